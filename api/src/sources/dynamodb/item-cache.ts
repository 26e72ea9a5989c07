import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { itemKey, type Key } from './keys.ts';

type Item = Record<string, unknown>;

/**
 * Items of this process's recent reads, each for `ttlMs`: the counters that every offer list with
 * figures reads again (capacity, bookings, reach). This process forgets an item as soon as it
 * writes it, so its own bookings show at once; another process's write shows within `ttlMs`.
 * Items that do not exist are kept too (an offer nobody booked yet).
 */
export class ItemCache {
  readonly #entries: InMemoryLRUCache<{ readonly item?: Item }>;
  readonly #ttlSeconds: number;

  constructor(options: { readonly ttlMs: number; readonly maxItems?: number }) {
    this.#ttlSeconds = options.ttlMs / 1000;
    this.#entries = new InMemoryLRUCache({ maxSize: options.maxItems ?? 50_000, sizeCalculation: () => 1 });
  }

  /** The items of `wanted` this cache holds (a key without an item: known not to exist), and the keys it does not. */
  async take(wanted: readonly Key[]): Promise<{ found: Map<string, Item>; missing: Key[] }> {
    const found = new Map<string, Item>();
    const missing: Key[] = [];
    for (const key of wanted) {
      const entry = await this.#entries.get(itemKey(key));
      if (!entry) missing.push(key);
      else if (entry.item) found.set(itemKey(key), entry.item);
    }
    return { found, missing };
  }

  /** Keeps what a read of `keys` gave (`found` by `itemKey`); keys not in `found` are kept as absent. */
  async keep(keys: readonly Key[], found: ReadonlyMap<string, Item>): Promise<void> {
    for (const key of keys) {
      const item = found.get(itemKey(key));
      await this.#entries.set(itemKey(key), item ? { item } : {}, { ttl: this.#ttlSeconds });
    }
  }

  /** Forgets an item this process is writing, so its next read goes to the table. */
  forget(key: Key): void {
    void this.#entries.delete(itemKey(key));
  }
}
