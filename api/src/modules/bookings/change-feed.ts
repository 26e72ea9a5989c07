/**
 * The booking change feed of a partner: every change to a booking of its offers, numbered 1, 2, 3…
 * per partner, so a partner's system can store the last number it read and resume after it.
 *
 * Why numbers cannot be skipped: a writer first takes the next number from the partner's counter
 * (an atomic ADD, so two writers never get the same one), then writes the change item under that
 * number in the same transaction as the booking itself, on condition that the slot is still empty.
 * A reader only hands out an unbroken run of numbers: at a missing number it stops, because that
 * writer may still commit. A writer whose transaction fails fills its number with a void marker;
 * a writer that died between taking and writing is voided by the reader once later changes are
 * older than GAP_TIMEOUT_MS, and should it wake up after all, its write fails on the slot's
 * condition and it takes a new number. Either the change or the void holds a number, never both,
 * and no reader passes a number before it is settled.
 */
import type { BookingChangeRecord, BookingChangeType, BookingRecord } from '../../domain/records.ts';
import { UserFacingError } from '../../shared/errors.ts';
import { keys } from '../../sources/dynamodb/keys.ts';
import type { Item } from '../../sources/dynamodb/query.ts';
import type { ParticipationStore } from '../../sources/dynamodb/store.ts';
import { transactWrite, type TransactItem, type TransactResult } from '../../sources/dynamodb/transact.ts';
import { documents, dynamodb } from '../../sources/dynamodb/sdk.ts';

const { PutCommand, UpdateCommand, QueryCommand } = documents;
const { ConditionalCheckFailedException } = dynamodb;

/** A number still empty this long after a later change was written belongs to a writer that died. */
export const GAP_TIMEOUT_MS = 30_000;

async function takeSequence(store: ParticipationStore, partnerId: string): Promise<number> {
  const { Attributes } = await store.doc.send(
    new UpdateCommand({
      TableName: store.tableName,
      Key: keys.changeSequence(partnerId),
      UpdateExpression: 'SET #type = :type ADD #last :one',
      ExpressionAttributeNames: { '#type': 'type', '#last': 'last' },
      ExpressionAttributeValues: { ':type': 'ChangeSequence', ':one': 1 },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  return Number(Attributes?.last);
}

/** Fills an empty number with a void marker; false when a change got there first. */
async function voidSequence(store: ParticipationStore, partnerId: string, sequence: number): Promise<boolean> {
  try {
    await store.doc.send(
      new PutCommand({
        TableName: store.tableName,
        Item: { ...keys.bookingChange(partnerId, sequence), type: 'BookingChangeVoid', partnerId, sequence, writtenAtMs: Date.now() },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/**
 * Runs a booking's transaction with its change appended to the partner's feed. The result is the
 * transaction's, for the caller's items only (the change item is not among `failed`).
 */
export async function transactWithChange(
  store: ParticipationStore,
  items: TransactItem[],
  change: { readonly type: BookingChangeType; readonly at: string; readonly booking: BookingRecord },
): Promise<TransactResult> {
  const { partnerId } = change.booking;
  for (;;) {
    const sequence = await takeSequence(store, partnerId);
    const put: TransactItem = {
      Put: {
        TableName: store.tableName,
        Item: {
          ...keys.bookingChange(partnerId, sequence),
          type: 'BookingChange',
          partnerId,
          sequence,
          changeType: change.type,
          at: change.at,
          booking: change.booking,
          writtenAtMs: Date.now(),
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    };
    let result: TransactResult;
    try {
      result = await transactWrite(store, [...items, put]);
    } catch (error) {
      await voidSequence(store, partnerId, sequence);
      throw error;
    }
    if (result.ok) return result;
    const own = result.failed.slice(0, items.length);
    const slotTaken = result.failed[items.length] === true;
    // Our number was voided by a reader that thought us dead: the booking is unchanged, so try again under a new one.
    if (slotTaken && !own.some(Boolean)) continue;
    if (!slotTaken) await voidSequence(store, partnerId, sequence);
    return { ok: false, failed: own };
  }
}

export interface ChangePage {
  readonly changes: readonly BookingChangeRecord[];
  /** The last number settled in this read (a change or a void); resume after it. */
  readonly last: number;
  /** True when settled numbers follow this page. */
  readonly more: boolean;
}

/** A change item (as stored, or from the table's stream) as the record. */
export const toChange = (item: Item): BookingChangeRecord => ({
  partnerId: String(item.partnerId),
  sequence: Number(item.sequence),
  type: item.changeType as BookingChangeType,
  at: String(item.at),
  booking: item.booking as BookingRecord,
});

/** Up to `first` changes after number `after`, in sequence order, never past a number that is not settled. */
export async function readChanges(
  store: ParticipationStore,
  partnerId: string,
  after: number,
  first: number,
  gapTimeoutMs = GAP_TIMEOUT_MS,
): Promise<ChangePage> {
  const changes: BookingChangeRecord[] = [];
  let last = after;
  for (;;) {
    const { Items = [], LastEvaluatedKey } = await store.doc.send(
      new QueryCommand({
        TableName: store.tableName,
        KeyConditionExpression: 'pk = :pk AND sk > :sk',
        ExpressionAttributeValues: { ':pk': keys.bookingChange(partnerId, 0).pk, ':sk': keys.bookingChange(partnerId, last).sk },
        ConsistentRead: true,
        Limit: Math.max(first - changes.length, 1) + 1,
      }),
    );
    let gapAt: Item | undefined;
    for (const item of Items) {
      const sequence = Number(item.sequence);
      if (sequence !== last + 1) {
        gapAt = item;
        break;
      }
      if (item.type === 'BookingChange') {
        if (changes.length === first) return { changes, last, more: true };
        changes.push(toChange(item));
      }
      last = sequence;
    }
    if (gapAt) {
      // A writer is probably still committing: hand out what is settled and let the caller come back.
      if (Date.now() - Number(gapAt.writtenAtMs) < gapTimeoutMs) return { changes, last, more: false };
      for (let s = last + 1; s < Number(gapAt.sequence); s++) await voidSequence(store, partnerId, s);
      continue;
    }
    if (!LastEvaluatedKey) return { changes, last, more: false };
    if (changes.length === first) return { changes, last, more: true };
  }
}

interface FeedCursor {
  readonly feed: 'bookingChanges';
  readonly after: number;
}

export const encodeChangeCursor = (after: number): string =>
  Buffer.from(JSON.stringify({ feed: 'bookingChanges', after } satisfies FeedCursor)).toString('base64url');

export function decodeChangeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as FeedCursor;
    if (parsed.feed === 'bookingChanges' && Number.isSafeInteger(parsed.after) && parsed.after >= 0) return parsed.after;
  } catch {
    // fall through to the error below
  }
  throw new UserFacingError('BAD_USER_INPUT', 'after is not a cursor of the booking change feed.', { field: 'after' });
}
