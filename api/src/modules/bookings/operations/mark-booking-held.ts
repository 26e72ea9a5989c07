import type { BookingRecord } from '../../../domain/records.ts';
import type { ParticipationDeps } from '../../../shared/deps.ts';
import type { Actor } from '../../../shared/policy.ts';
import { parseInput } from '../../../shared/validate.ts';
import { applyTransition } from '../apply-transition.ts';
import { markBookingHeldInput, type MarkBookingHeldInput } from '../inputs.ts';

/** The activity took place: records pupils and groups actually reached and the date (the activity held). */
export async function markBookingHeld(deps: ParticipationDeps, actor: Actor, input: MarkBookingHeldInput): Promise<BookingRecord> {
  return applyTransition(deps, actor, input.id, 'MARK_HELD', () => {
    const { pupilsReached, heldOn, groupsReached } = parseInput(markBookingHeldInput, input);
    return {
      fields: (booking) => ({ activity: { pupilsReached, heldOn, groups: groupsReached ?? booking.groups.length } }),
      reach: { pupilsReached, activities: 1 },
      offer: { held: 1, pupilsReached },
    };
  });
}
