import type { MutationResolvers } from '../../../../generated/resolvers-types.ts';
import { remember, withoutNulls } from '../../../common/resolve.ts';
import { confirmBooking as run } from '../../operations/confirm-booking.ts';

/** The partner of the offer (or admin) accepts. */
export const confirmBooking: NonNullable<MutationResolvers['confirmBooking']> = async (_parent, args, context) => {
  const booking = await run(context.participation, await context.actor(), withoutNulls(args));
  context.logger.info('booking confirmed', { status: booking.status });
  return remember(context, booking);
};
