import type { BookingRecord } from '../../../domain/records.ts';
import type { ParticipationDeps } from '../../../shared/deps.ts';
import type { Actor } from '../../../shared/policy.ts';
import { parseInput } from '../../../shared/validate.ts';
import { applyTransition } from '../apply-transition.ts';
import { cancelBookingInput, type CancelBookingInput } from '../inputs.ts';

/** School or partner calls it off (before it is held), with a reason; its place becomes free again. */
export async function cancelBooking(deps: ParticipationDeps, actor: Actor, input: CancelBookingInput): Promise<BookingRecord> {
  return applyTransition(deps, actor, input.id, 'CANCEL', () => {
    const { reason, note } = parseInput(cancelBookingInput, input);
    return { fields: () => ({ cancellation: { reason, ...(note ? { note } : {}), by: actor.role } }) };
  });
}
