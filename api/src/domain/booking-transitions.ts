/**
 * The one table of allowed status changes of a booking, and which side of the booking takes each
 * step. Whether a caller stands on that side is the policy's decision (shared/policy.ts).
 */
import type { BookingStatus } from './vocabulary.ts';

export type BookingAction = 'CONFIRM' | 'DECLINE' | 'CANCEL' | 'MARK_HELD' | 'EVALUATE';
/** Who acts on a booking: the school that asked, or the partner whose offer it is. */
export type BookingSide = 'SCHOOL' | 'PARTNER';

export interface Transition {
  readonly action: BookingAction;
  readonly from: BookingStatus;
  readonly to: BookingStatus;
  readonly by: readonly BookingSide[];
}

export const TRANSITIONS: readonly Transition[] = [
  { action: 'CONFIRM', from: 'REQUESTED', to: 'CONFIRMED', by: ['PARTNER'] },
  { action: 'DECLINE', from: 'REQUESTED', to: 'DECLINED', by: ['PARTNER'] },
  { action: 'CANCEL', from: 'REQUESTED', to: 'CANCELLED', by: ['SCHOOL', 'PARTNER'] },
  { action: 'CANCEL', from: 'CONFIRMED', to: 'CANCELLED', by: ['SCHOOL', 'PARTNER'] },
  { action: 'MARK_HELD', from: 'CONFIRMED', to: 'HELD', by: ['PARTNER', 'SCHOOL'] },
  { action: 'EVALUATE', from: 'HELD', to: 'EVALUATED', by: ['SCHOOL'] },
];

/** Statuses that hold a place of the offer's capacity (and of the school's one booking per year). */
export const HOLDS_CAPACITY: ReadonlySet<BookingStatus> = new Set(['REQUESTED', 'CONFIRMED', 'HELD', 'EVALUATED']);

export function transitionFor(action: BookingAction, from: BookingStatus): Transition | undefined {
  return TRANSITIONS.find((t) => t.action === action && t.from === from);
}
