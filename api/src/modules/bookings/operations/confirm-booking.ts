import type { BookingRecord } from '../../../domain/records.ts';
import type { ParticipationDeps } from '../../../shared/deps.ts';
import type { Actor } from '../../../shared/policy.ts';
import { parseInput } from '../../../shared/validate.ts';
import { applyTransition } from '../apply-transition.ts';
import { confirmBookingInput, type ConfirmBookingInput } from '../inputs.ts';

/**
 * The partner of the offer accepts the request and, with it, the date: a booking of a session is
 * agreed on that session (the session's date and times, whatever else is sent along); otherwise the
 * date and times the partner gives, or none (agreed later, outside the platform).
 */
export async function confirmBooking(deps: ParticipationDeps, actor: Actor, input: ConfirmBookingInput): Promise<BookingRecord> {
  return applyTransition(deps, actor, String(input.id ?? ''), 'CONFIRM', () => {
    const parsed = parseInput(confirmBookingInput, input);
    return {
      fields: (booking) => {
        if (booking.sessionId) {
          const [date = '', startTime] = booking.sessionId.split('T');
          return { agreed: { date, ...(startTime ? { startTime } : {}), sessionId: booking.sessionId } };
        }
        if (!parsed.agreedDate) return {};
        const { agreedDate: date, agreedStartTime: startTime, agreedEndTime: endTime } = parsed;
        return { agreed: { date, ...(startTime ? { startTime } : {}), ...(endTime ? { endTime } : {}) } };
      },
    };
  });
}
