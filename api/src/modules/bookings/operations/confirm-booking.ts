import type { BookingRecord } from '../../../domain/records.ts';
import type { ParticipationDeps } from '../../../shared/deps.ts';
import { authorize, type Actor } from '../../../shared/policy.ts';
import { parseInput } from '../../../shared/validate.ts';
import { applyTransition } from '../apply-transition.ts';
import { bookingIdInput } from '../inputs.ts';

/** The partner of the offer accepts the request. */
export async function confirmBooking(deps: ParticipationDeps, actor: Actor, input: { id: string }): Promise<BookingRecord> {
  authorize(actor, 'Mutation.confirmBooking', undefined, deps.logger);
  const { id } = parseInput(bookingIdInput, input);
  return applyTransition(deps, actor, id, 'CONFIRM');
}
