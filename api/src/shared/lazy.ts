/**
 * An object whose every key is worked out when it is first read, once: GraphQL reads only the
 * fields a query selects, so what no query asks for is never computed.
 */
export function lazyRecord<K extends string, V>(keys: readonly K[], compute: (key: K) => V): Record<K, V> {
  const out = {} as Record<K, V>;
  for (const key of keys) {
    let value: { readonly v: V } | undefined;
    Object.defineProperty(out, key, { enumerable: true, get: () => (value ??= { v: compute(key) }).v });
  }
  return out;
}
