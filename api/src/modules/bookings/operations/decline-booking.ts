import type { BookingRecord } from '../../../domain/records.ts';
import type { ParticipationDeps } from '../../../shared/deps.ts';
import type { Actor } from '../../../shared/policy.ts';
import { parseInput } from '../../../shared/validate.ts';
import { applyTransition } from '../apply-transition.ts';
import { declineBookingInput, type DeclineBookingInput } from '../inputs.ts';

/** The partner of the offer turns the request down; its place becomes free again. */
export async function declineBooking(deps: ParticipationDeps, actor: Actor, input: DeclineBookingInput): Promise<BookingRecord> {
  return applyTransition(deps, actor, input.id, 'DECLINE', () => {
    const { reason } = parseInput(declineBookingInput, input);
    return { fields: () => ({ declineReason: reason }) };
  });
}
