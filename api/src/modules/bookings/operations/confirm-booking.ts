import type { BookingRecord } from '../../../domain/records.ts';
import type { ParticipationDeps } from '../../../shared/deps.ts';
import type { Actor } from '../../../shared/policy.ts';
import { parseInput } from '../../../shared/validate.ts';
import { applyTransition, loadBooking } from '../apply-transition.ts';
import { confirmBookingInput, type ConfirmBookingInput } from '../inputs.ts';

/**
 * The partner of the offer accepts the request and, with it, the date: a booking of a session is
 * agreed on that session (the session's date and times as the CMS has them, whatever else is sent
 * along); otherwise the date and times the partner gives, or none (agreed later, outside the platform).
 */
export async function confirmBooking(deps: ParticipationDeps, actor: Actor, input: ConfirmBookingInput): Promise<BookingRecord> {
  const id = String(input.id ?? '');
  // The session's times come from the offer; a booking the caller may not confirm is refused below either way.
  const stored = await loadBooking(deps.store, id);
  const offer = stored?.sessionId ? await (deps.offers?.getOffer(stored.offerId) ?? null) : null;
  const session = offer?.sessions?.find((s) => s.id === stored?.sessionId);
  return applyTransition(deps, actor, id, 'CONFIRM', () => {
    const parsed = parseInput(confirmBookingInput, input);
    return {
      fields: (booking) => {
        if (booking.sessionId) {
          const [date = '', startTime] = booking.sessionId.split('T');
          const times = session ? { startTime: session.startTime, endTime: session.endTime } : startTime ? { startTime } : {};
          return { agreed: { date: session?.date ?? date, ...times, sessionId: booking.sessionId } };
        }
        if (!parsed.agreedDate) return {};
        const { agreedDate: date, agreedStartTime: startTime, agreedEndTime: endTime } = parsed;
        return { agreed: { date, ...(startTime ? { startTime } : {}), ...(endTime ? { endTime } : {}) } };
      },
    };
  });
}
