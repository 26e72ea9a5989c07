import { setTimeout as sleep } from 'node:timers/promises';
import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Key } from './keys.ts';
import { forgetCounter, type ParticipationStore } from './store.ts';
import { documents, dynamodb } from './sdk.ts';

const { TransactionCanceledException } = dynamodb;
const { TransactWriteCommand } = documents;

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

export type TransactResult =
  | { readonly ok: true }
  /** `failed[i]` is true when item i's condition did not hold. */
  | { readonly ok: false; readonly failed: readonly boolean[] };

const RETRYABLE = new Set(['TransactionConflict', 'ThrottlingError', 'ProvisionedThroughputExceeded']);

/**
 * Runs one TransactWriteItems. A conflict with a concurrent transaction is retried with full-jitter
 * back-off (the whole point of the conditions is that a retry re-evaluates them); a failed condition
 * is returned per item so the operation can name the rule that was broken. The store's counter
 * cache forgets every item the transaction may have written, whatever its outcome.
 */
export async function transactWrite(store: ParticipationStore, items: TransactItem[], maxAttempts = 25): Promise<TransactResult> {
  try {
    return await transactOnce(store, items, maxAttempts);
  } finally {
    for (const item of items) {
      const key = (item.Update?.Key ?? item.Put?.Item ?? item.Delete?.Key) as Key | undefined;
      if (key) forgetCounter(store, key);
    }
  }
}

async function transactOnce(store: ParticipationStore, items: TransactItem[], maxAttempts: number): Promise<TransactResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      await store.doc.send(new TransactWriteCommand({ TransactItems: items }));
      return { ok: true };
    } catch (error) {
      const reasons = error instanceof TransactionCanceledException ? (error.CancellationReasons ?? []) : undefined;
      const retryable =
        (reasons !== undefined &&
          reasons.some((r) => r.Code && RETRYABLE.has(r.Code)) &&
          !reasons.some((r) => r.Code === 'ConditionalCheckFailed')) ||
        (error instanceof Error && error.name === 'TransactionInProgressException');
      if (retryable && attempt < maxAttempts) {
        const ceiling = Math.min(1_000, 15 * 2 ** Math.min(attempt, 8));
        await sleep(Math.random() * ceiling);
        continue;
      }
      if (reasons !== undefined && reasons.some((r) => r.Code === 'ConditionalCheckFailed')) {
        return { ok: false, failed: items.map((_, i) => reasons[i]?.Code === 'ConditionalCheckFailed') };
      }
      throw new Error(`DynamoDB transaction failed after ${attempt} attempt(s)`, { cause: error });
    }
  }
}
