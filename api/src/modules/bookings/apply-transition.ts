/**
 * The one way a booking changes status: the policy decides who may take the step, the transition
 * table whether the step exists from the booking's status, and one transaction writes the booking
 * (on condition that its status is still the one we read), the capacity it frees and the reach and
 * offer counters. A failed condition writes nothing.
 */
import { HOLDS_CAPACITY, transitionFor, type BookingAction } from '../../domain/booking-transitions.ts';
import type { BookingRecord } from '../../domain/records.ts';
import type { ParticipationDeps } from '../../shared/deps.ts';
import { notFound, UserFacingError } from '../../shared/errors.ts';
import { authorize, authorizeSide, subjects, type Actor, type OperationName } from '../../shared/policy.ts';
import { toBooking } from '../../sources/dynamodb/items.ts';
import { indexKeys, keys } from '../../sources/dynamodb/keys.ts';
import { getItem } from '../../sources/dynamodb/query.ts';
import { nowOf, type ParticipationStore } from '../../sources/dynamodb/store.ts';
import type { TransactItem } from '../../sources/dynamodb/transact.ts';
import { buildUpdate } from '../../sources/dynamodb/update.ts';
import { transactWithChange } from './change-feed.ts';
import { bookingReachUpdates, counterUpdate, type ReachDeltas } from '../reports/reach-counters.ts';

export interface TransitionChange {
  /** Attributes the transition sets on the booking. */
  readonly fields?: (booking: BookingRecord, at: string) => Partial<BookingRecord>;
  /** Extra reach counter deltas (pupils reached, activities). */
  readonly reach?: ReachDeltas;
  /** Deltas of the offer's running figures for the school year. */
  readonly offer?: ReachDeltas;
}

/** The mutation of each step, as the policy knows it. */
export const OPERATION_OF: Record<BookingAction, OperationName> = {
  CONFIRM: 'Mutation.confirmBooking',
  DECLINE: 'Mutation.declineBooking',
  CANCEL: 'Mutation.cancelBooking',
  MARK_HELD: 'Mutation.markBookingHeld',
  EVALUATE: 'Mutation.evaluateBooking',
};

/** The booking as stored now (consistent: we are about to change it), or null. */
export async function loadBooking(store: ParticipationStore, id: string): Promise<BookingRecord | null> {
  const item = await getItem(store, keys.booking(id), { consistent: true });
  return item ? toBooking(item) : null;
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

/**
 * A step of one booking, in the order every path answers: the role (FORBIDDEN, UNAUTHENTICATED),
 * the booking in the caller's reach (else NOT_FOUND), the input (`prepare` parses it:
 * BAD_USER_INPUT), the step from the booking's status (INVALID_TRANSITION), and the caller on a
 * side that takes it (FORBIDDEN).
 */
export async function applyTransition(
  deps: ParticipationDeps,
  actor: Actor,
  id: string,
  action: BookingAction,
  prepare: () => TransitionChange = () => ({}),
): Promise<BookingRecord> {
  const { store } = deps;
  const operation = OPERATION_OF[action];
  authorize(actor, operation, undefined, deps.logger);
  const booking = await loadBooking(store, String(id ?? '').trim());
  if (!booking) throw notFound();
  authorize(actor, operation, subjects.booking(booking), deps.logger);
  const change = prepare();

  const transition = transitionFor(action, booking.status);
  if (!transition) throw invalid(booking, action);
  authorizeSide(actor, operation, transition.by, booking, deps.logger);

  const at = nowOf(store).toISOString();
  const fields: Partial<BookingRecord> = {
    ...change.fields?.(booking, at),
    status: transition.to,
    updatedAt: at,
  };
  const entry = { status: transition.to, at, by: actor.role };
  const next: BookingRecord = { ...booking, ...fields, history: [...booking.history, entry] };
  const { gsi2sk, gsi3sk, gsi4sk } = indexKeys.booking(next);

  const TableName = store.tableName;
  const items: TransactItem[] = [
    {
      Update: {
        TableName,
        Key: keys.booking(booking.id),
        ...buildUpdate({
          set: { ...fields, gsi2sk, gsi3sk, gsi4sk },
          setClauses: ['#history = list_append(#history, :entry)'],
          names: { '#status': 'status', '#history': 'history' },
          values: { ':from': booking.status, ':entry': [entry] },
        }),
        ConditionExpression: '#status = :from',
      },
    },
    // A sandbox booking moves no counter: nothing it does may show in figures or reports.
    ...(booking.sandbox ? [] : bookingReachUpdates(TableName, booking, { ...change.reach, [booking.status]: -1, [transition.to]: 1 })),
  ];
  const frees = !booking.sandbox && HOLDS_CAPACITY.has(booking.status) && !HOLDS_CAPACITY.has(transition.to);
  const offerDeltas: ReachDeltas = booking.sandbox ? {} : { ...change.offer, ...(frees ? { booked: -1 } : {}) };
  if (Object.values(offerDeltas).some(Boolean)) {
    items.push(counterUpdate(TableName, keys.offerYear(booking.offerId, booking.schoolYear), offerDeltas, {}));
  }
  if (frees) {
    items.push(counterUpdate(TableName, keys.schoolSlot(booking.offerId, booking.schoolYear, booking.schoolId), { active: -1 }, {}));
  }

  const result = await transactWithChange(store, items, { type: transition.to, at, booking: next });
  if (!result.ok) {
    if (result.failed[0]) {
      // Someone else changed the booking between our read and our write: report its status now.
      throw invalid((await loadBooking(store, booking.id)) ?? booking, action);
    }
    throw new Error(`Booking transition ${action} failed on a counter condition`);
  }
  return next;
}
