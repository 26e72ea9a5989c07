import type { Viewer } from '../../../context.ts';
import type { BookingRecord } from '../../../sources/dynamodb/items.ts';
import type { ParticipationDeps } from '../../participation/deps.ts';
import { parseInput } from '../../participation/validate.ts';
import { applyTransition } from '../apply-transition.ts';
import { bookingIdInput } from '../inputs.ts';

/** The partner of the offer accepts the request. */
export async function confirmBooking(deps: ParticipationDeps, viewer: Viewer, input: { id: string }): Promise<BookingRecord> {
  const { id } = parseInput(bookingIdInput, input);
  return applyTransition(deps, viewer, id, 'CONFIRM');
}
