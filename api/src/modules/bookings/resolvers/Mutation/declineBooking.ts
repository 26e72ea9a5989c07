import type { MutationResolvers } from '../../../../generated/resolvers-types.ts';
import { remember, withoutNulls } from '../../../common/resolve.ts';
import { declineBooking as run } from '../../operations/decline-booking.ts';

/** The partner of the offer (or admin) turns the request down with a reason. */
export const declineBooking: NonNullable<MutationResolvers['declineBooking']> = async (_parent, args, context) => {
  const booking = await run(context.participation, await context.actor(), withoutNulls(args));
  context.logger.info('booking declined', { status: booking.status });
  return remember(context, booking);
};
