import type { Viewer } from '../../../context.ts';
import type { BookingRecord } from '../../../sources/dynamodb/items.ts';
import type { ParticipationDeps } from '../../participation/deps.ts';
import { parseInput } from '../../participation/validate.ts';
import { applyTransition } from '../apply-transition.ts';
import { cancelBookingInput, type CancelBookingInput } from '../inputs.ts';

/** School or partner calls it off (before it is held), with a reason; its place becomes free again. */
export async function cancelBooking(deps: ParticipationDeps, viewer: Viewer, input: CancelBookingInput): Promise<BookingRecord> {
  const { id, reason, note } = parseInput(cancelBookingInput, input);
  return applyTransition(deps, viewer, id, 'CANCEL', {
    fields: () => ({ cancellation: { reason, ...(note ? { note } : {}), by: viewer.role } }),
  });
}
