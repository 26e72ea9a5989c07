import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ItemCache } from './item-cache.ts';
import type { Key } from './keys.ts';

/** A table as the helpers of this folder read it: the document client and the physical table name. */
export interface Table {
  readonly doc: DynamoDBDocumentClient;
  readonly tableName: string;
}

/** What every participation operation needs: the participation table and a clock. */
export interface ParticipationStore extends Table {
  /** Injectable clock, so tests and the seed are deterministic. */
  readonly now?: () => Date;
  /**
   * Offer counters (capacity, bookings, reach per school year) read in the last moment, shared by
   * the requests of this process; unset: every read goes to the table. Writers of a counter forget it.
   */
  readonly counterCache?: ItemCache;
}

/** Forgets a counter this process wrote (after the write, so a read during it cannot keep the old value). */
export function forgetCounter(store: ParticipationStore, key: Key): void {
  store.counterCache?.forget(key);
}

export const nowOf = (store: ParticipationStore): Date => (store.now ? store.now() : new Date());
