import type { MutationResolvers } from '../../../../generated/resolvers-types.ts';
import { remember, withoutNulls } from '../../../common/resolve.ts';
import { cancelBooking as run } from '../../operations/cancel-booking.ts';

/** The school or the partner calls the booking off, with a reason. */
export const cancelBooking: NonNullable<MutationResolvers['cancelBooking']> = async (_parent, args, context) => {
  const booking = await run(context.participation, await context.actor(), withoutNulls(args));
  context.logger.info('booking cancelled', { status: booking.status });
  return remember(context, booking);
};
