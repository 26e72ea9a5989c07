import type { Viewer } from '../../../context.ts';
import type { BookingRecord } from '../../../sources/dynamodb/items.ts';
import type { ParticipationDeps } from '../../participation/deps.ts';
import { parseInput } from '../../participation/validate.ts';
import { applyTransition } from '../apply-transition.ts';
import { evaluateBookingInput, type EvaluateBookingInput } from '../inputs.ts';

/** The school rates a held booking (1–5) with an optional comment; feeds the offer's average rating. */
export async function evaluateBooking(deps: ParticipationDeps, viewer: Viewer, input: EvaluateBookingInput): Promise<BookingRecord> {
  const { id, rating, comment } = parseInput(evaluateBookingInput, input);
  return applyTransition(deps, viewer, id, 'EVALUATE', {
    fields: (_booking, at) => ({ evaluation: { rating, ...(comment ? { comment } : {}), evaluatedAt: at } }),
    offer: { ratingSum: rating, ratingCount: 1 },
  });
}
