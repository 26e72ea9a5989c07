import type { Viewer } from '../../../context.ts';
import type { BookingRecord } from '../../../sources/dynamodb/items.ts';
import type { ParticipationDeps } from '../../participation/deps.ts';
import { parseInput } from '../../participation/validate.ts';
import { applyTransition } from '../apply-transition.ts';
import { declineBookingInput, type DeclineBookingInput } from '../inputs.ts';

/** The partner of the offer turns the request down; its place becomes free again. */
export async function declineBooking(deps: ParticipationDeps, viewer: Viewer, input: DeclineBookingInput): Promise<BookingRecord> {
  const { id, reason } = parseInput(declineBookingInput, input);
  return applyTransition(deps, viewer, id, 'DECLINE', { fields: () => ({ declineReason: reason }) });
}
