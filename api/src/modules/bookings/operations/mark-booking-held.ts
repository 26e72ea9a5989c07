import type { Viewer } from '../../../context.ts';
import type { BookingRecord } from '../../../sources/dynamodb/items.ts';
import type { ParticipationDeps } from '../../participation/deps.ts';
import { parseInput } from '../../participation/validate.ts';
import { applyTransition } from '../apply-transition.ts';
import { markBookingHeldInput, type MarkBookingHeldInput } from '../inputs.ts';

/** The activity took place: records pupils and groups actually reached and the date (the activity held). */
export async function markBookingHeld(deps: ParticipationDeps, viewer: Viewer, input: MarkBookingHeldInput): Promise<BookingRecord> {
  const { id, pupilsReached, heldOn, groupsReached } = parseInput(markBookingHeldInput, input);
  return applyTransition(deps, viewer, id, 'MARK_HELD', {
    fields: (booking) => ({ activity: { pupilsReached, heldOn, groups: groupsReached ?? booking.groups.length } }),
    reach: { pupilsReached, activities: 1 },
    offer: { held: 1, pupilsReached },
  });
}
