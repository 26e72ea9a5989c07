/**
 * The one table of allowed status changes of a booking. Operations ask it whether a change is
 * allowed; `allowedActions` asks it what a viewer may do next. Nothing else decides this.
 */
import type { Viewer } from '../../context.ts';
import type { BookingRecord } from '../../sources/dynamodb/items.ts';
import type { BookingStatus } from '../participation/vocabulary.ts';

export type BookingAction = 'CONFIRM' | 'DECLINE' | 'CANCEL' | 'MARK_HELD' | 'EVALUATE';
/** Who acts on a booking: the school that asked, or the partner whose offer it is. */
export type BookingActor = 'SCHOOL' | 'PARTNER';

export interface Transition {
  readonly action: BookingAction;
  readonly from: BookingStatus;
  readonly to: BookingStatus;
  readonly by: readonly BookingActor[];
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

/** The roles in which this viewer stands to this booking (an admin stands in every role). */
export function actorsOf(booking: Pick<BookingRecord, 'schoolId' | 'partnerId'>, viewer: Viewer): BookingActor[] {
  if (viewer.role === 'ADMIN') return ['SCHOOL', 'PARTNER'];
  if (viewer.role === 'SCHOOL' && viewer.schoolId === booking.schoolId) return ['SCHOOL'];
  if (viewer.role === 'PARTNER' && viewer.partnerId === booking.partnerId) return ['PARTNER'];
  return [];
}

/** What this viewer may do with this booking now, in the order of the table. */
export function allowedActions(booking: Pick<BookingRecord, 'schoolId' | 'partnerId' | 'status'>, viewer: Viewer): BookingAction[] {
  const actors = actorsOf(booking, viewer);
  const actions = TRANSITIONS.filter((t) => t.from === booking.status && t.by.some((a) => actors.includes(a))).map((t) => t.action);
  return [...new Set(actions)];
}
