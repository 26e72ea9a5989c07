import type { MutationResolvers } from '../../../../generated/resolvers-types.ts';
import { remember, withoutNulls } from '../../../common/resolve.ts';
import { evaluateBooking as run } from '../../operations/evaluate-booking.ts';

/** The school rates a held activity. */
export const evaluateBooking: NonNullable<MutationResolvers['evaluateBooking']> = async (_parent, args, context) => {
  const booking = await run(context.participation, await context.actor(), withoutNulls(args));
  context.logger.info('booking evaluated', { status: booking.status });
  return remember(context, booking);
};
