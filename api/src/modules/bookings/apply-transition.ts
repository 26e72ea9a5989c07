/**
 * The one way a booking changes status: the transition table decides, and one transaction writes
 * the booking (on condition that its status is still the one we read), the capacity it frees and
 * the reach and offer counters. A failed condition writes nothing.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Viewer } from '../../context.ts';
import { UserFacingError } from '../../shared/errors.ts';
import { toBooking, type BookingRecord } from '../../sources/dynamodb/items.ts';
import { indexKeys, keys } from '../../sources/dynamodb/keys.ts';
import { nowOf } from '../../sources/dynamodb/store.ts';
import { transactWrite, type TransactItem } from '../../sources/dynamodb/transact.ts';
import { notFound } from '../participation/access.ts';
import type { ParticipationDeps } from '../participation/deps.ts';
import { bookingReachUpdates, counterUpdate, type ReachDeltas } from '../reports/reach-counters.ts';
import { actorsOf, HOLDS_CAPACITY, transitionFor, type BookingAction } from './transitions.ts';

export interface TransitionChange {
  /** Attributes the transition sets on the booking. */
  readonly fields?: (booking: BookingRecord, at: string) => Partial<BookingRecord>;
  /** Extra reach counter deltas (pupils reached, activities). */
  readonly reach?: ReachDeltas;
  /** Deltas of the offer's running figures for the school year. */
  readonly offer?: ReachDeltas;
}

const VERB: Record<BookingAction, string> = {
  CONFIRM: 'confirmed',
  DECLINE: 'declined',
  CANCEL: 'cancelled',
  MARK_HELD: 'marked as held',
  EVALUATE: 'evaluated',
};

const invalid = (booking: BookingRecord, action: BookingAction) =>
  new UserFacingError('INVALID_TRANSITION', `A booking that is ${booking.status} cannot be ${VERB[action]}.`, {
    status: booking.status,
    action,
  });

export async function applyTransition(
  deps: ParticipationDeps,
  viewer: Viewer,
  id: string,
  action: BookingAction,
  change: TransitionChange = {},
): Promise<BookingRecord> {
  const { store } = deps;
  const { Item } = await store.doc.send(new GetCommand({ TableName: store.tableName, Key: keys.booking(id), ConsistentRead: true }));
  const booking = Item ? toBooking(Item) : null;
  const actors = booking ? actorsOf(booking, viewer) : [];
  if (!booking || actors.length === 0) throw notFound('Booking', id);

  const transition = transitionFor(action, booking.status);
  if (!transition) throw invalid(booking, action);
  if (!transition.by.some((a) => actors.includes(a))) {
    throw new UserFacingError('FORBIDDEN', `Only the ${transition.by.join(' or ').toLowerCase()} may do this.`);
  }

  const at = nowOf(store).toISOString();
  const fields: Partial<BookingRecord> = {
    ...change.fields?.(booking, at),
    status: transition.to,
    updatedAt: at,
  };
  const next: BookingRecord = { ...booking, ...fields, history: [...booking.history, { status: transition.to, at, by: viewer.role }] };
  const { gsi2sk, gsi3sk, gsi4sk } = indexKeys.booking(next);
  const sets = { ...fields, gsi2sk, gsi3sk, gsi4sk };

  const names: Record<string, string> = { '#status': 'status', '#history': 'history' };
  const values: Record<string, unknown> = { ':from': booking.status, ':entry': [{ status: transition.to, at, by: viewer.role }] };
  const assignments = Object.entries(sets).map(([attribute, value], i) => {
    names[`#f${i}`] = attribute;
    values[`:f${i}`] = value;
    return `#f${i} = :f${i}`;
  });

  const TableName = store.tableName;
  const items: TransactItem[] = [
    {
      Update: {
        TableName,
        Key: keys.booking(id),
        UpdateExpression: `SET ${assignments.join(', ')}, #history = list_append(#history, :entry)`,
        ConditionExpression: '#status = :from',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    },
    ...bookingReachUpdates(TableName, booking, { ...change.reach, [booking.status]: -1, [transition.to]: 1 }),
  ];
  const frees = HOLDS_CAPACITY.has(booking.status) && !HOLDS_CAPACITY.has(transition.to);
  const offerDeltas: ReachDeltas = { ...change.offer, ...(frees ? { booked: -1 } : {}) };
  if (Object.values(offerDeltas).some(Boolean)) {
    items.push(counterUpdate(TableName, keys.offerYear(booking.offerId, booking.schoolYear), offerDeltas, {}));
  }
  if (frees) {
    items.push(counterUpdate(TableName, keys.schoolSlot(booking.offerId, booking.schoolYear, booking.schoolId), { active: -1 }, {}));
  }

  const result = await transactWrite(store, items);
  if (!result.ok) {
    if (result.failed[0]) {
      // Someone else changed the booking between our read and our write: report its status now.
      const { Item: current } = await store.doc.send(
        new GetCommand({ TableName: store.tableName, Key: keys.booking(id), ConsistentRead: true }),
      );
      throw invalid(current ? toBooking(current) : booking, action);
    }
    throw new Error(`Booking transition ${action} failed on a counter condition`);
  }
  return next;
}
