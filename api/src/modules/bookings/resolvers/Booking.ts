import type {
  ActivityHeldResolvers,
  BookingGroupResolvers,
  BookingResolvers,
  CancellationResolvers,
} from '../../../generated/resolvers-types.ts';
import { mayReadField, subjects } from '../../../shared/policy.ts';
import { participationLabel } from '../../common/labels.ts';
import { allowedActions } from '../../../shared/policy.ts';

/** A booking as stored; the teacher's name by field rule, the next actions from the transition table. */
export const Booking: BookingResolvers = {
  statusLabel: (booking, _args, { locale }) => participationLabel('bookingStatus', booking.status, locale),
  allowedActions: (booking, _args, { viewer }) => allowedActions(booking, viewer),
  offer: (booking, _args, { loaders }) => loaders.offers.load(booking.offerId),
  school: (booking, _args, { loaders }) => loaders.schools.load(booking.schoolId),
  groups: (booking) => booking.groups.map((group) => ({ ...group, booking })),
  pupils: (booking) => booking.groups.reduce((sum, g) => sum + g.pupils, 0),
  note: (booking) => booking.note ?? null,
  declineReason: (booking) => booking.declineReason ?? null,
  cancellation: (booking) => booking.cancellation ?? null,
  activity: (booking) => booking.activity ?? null,
  evaluation: (booking) => booking.evaluation ?? null,
  sandbox: (booking) => booking.sandbox === true,
};

export const BookingGroup: BookingGroupResolvers = {
  teacher: async (group, _args, { actor, logger }) =>
    mayReadField(await actor(), 'BookingGroup.teacher', subjects.booking(group.booking), logger) ? (group.teacher ?? null) : null,
};

export const Cancellation: CancellationResolvers = {
  reason: (cancellation) => cancellation.reason as never,
  reasonLabel: (cancellation, _args, { locale }) => participationLabel('cancellationReason', cancellation.reason, locale),
  note: (cancellation) => cancellation.note ?? null,
};

export const ActivityHeld: ActivityHeldResolvers = {
  groupsReached: (activity) => activity.groups,
};
