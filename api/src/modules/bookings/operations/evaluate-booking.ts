import type { BookingRecord } from '../../../domain/records.ts';
import type { ParticipationDeps } from '../../../shared/deps.ts';
import type { Actor } from '../../../shared/policy.ts';
import { parseInput } from '../../../shared/validate.ts';
import { applyTransition } from '../apply-transition.ts';
import { evaluateBookingInput, type EvaluateBookingInput } from '../inputs.ts';

/** The school rates a held booking (1–5) with an optional comment; feeds the offer's average rating. */
export async function evaluateBooking(deps: ParticipationDeps, actor: Actor, input: EvaluateBookingInput): Promise<BookingRecord> {
  return applyTransition(deps, actor, input.id, 'EVALUATE', () => {
    const { rating, comment } = parseInput(evaluateBookingInput, input);
    return {
      fields: (_booking, at) => ({ evaluation: { rating, ...(comment ? { comment } : {}), evaluatedAt: at } }),
      offer: { ratingSum: rating, ratingCount: 1 },
    };
  });
}
