import type { BookingRecord } from '../../../domain/records.ts';
import type { ParticipationDeps } from '../../../shared/deps.ts';
import type { Actor } from '../../../shared/policy.ts';
import { parseInput } from '../../../shared/validate.ts';
import { applyTransition } from '../apply-transition.ts';
import { bookingIdInput } from '../inputs.ts';

/** The partner of the offer accepts the request. */
export async function confirmBooking(deps: ParticipationDeps, actor: Actor, input: { id: string }): Promise<BookingRecord> {
  return applyTransition(deps, actor, input.id, 'CONFIRM', () => {
    parseInput(bookingIdInput, input);
    return {};
  });
}
