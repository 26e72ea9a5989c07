import type { MutationResolvers } from '../../../../generated/resolvers-types.ts';
import { remember, withoutNulls } from '../../../common/resolve.ts';
import { requestBooking as request } from '../../operations/request-booking.ts';

/** A school books for itself (admin for any school); the operation asks the policy, then checks input, capacity and the one booking per year. */
export const requestBooking: NonNullable<MutationResolvers['requestBooking']> = async (_parent, { input }, context) => {
  const booking = await request(context.participation, await context.actor(), withoutNulls(input));
  context.logger.info('booking requested', { status: booking.status });
  return remember(context, booking);
};
