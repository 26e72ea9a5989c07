import type { MutationResolvers } from '../../../../generated/resolvers-types.ts';
import { remember, withoutNulls } from '../../../common/resolve.ts';
import { markBookingHeld as run } from '../../operations/mark-booking-held.ts';

/** The partner or the school records that the activity took place. */
export const markBookingHeld: NonNullable<MutationResolvers['markBookingHeld']> = async (_parent, args, context) => {
  const booking = await run(context.participation, await context.actor(), withoutNulls(args));
  context.logger.info('booking marked held', { status: booking.status });
  return remember(context, booking);
};
