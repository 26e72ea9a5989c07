/**
 * The one seeded generator of the repository (mulberry32): small, fast, and the same sequence for
 * the same seed on every machine. The catalogue generator, the demo participation seed, the
 * benchmark and the tests draw from it. It lives in the CMS because Strapi compiles only cms/.
 */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** An integer in [0, n). */
  below(n: number): number;
  pick<T>(items: readonly T[]): T;
  /** Between min and max different items, in random order. */
  some<T>(items: readonly T[], min: number, max: number): T[];
}

export function random(seed: number): Random {
  let state = seed >>> 0 || 0x9e3779b9;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const below = (n: number) => Math.floor(next() * n);
  const int = (min: number, max: number) => min + below(max - min + 1);
  const pick = <T>(items: readonly T[]): T => items[below(items.length)] as T;
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const pool = [...items];
    const out: T[] = [];
    for (let n = int(min, Math.min(max, pool.length)); n > 0; n--) out.push(pool.splice(below(pool.length), 1)[0] as T);
    return out;
  };
  return { next, int, below, pick, some };
}
