import type { MutationResolvers } from '../../../../generated/resolvers-types.ts';
import { authorizedBooking, remember, withoutNulls } from '../../../participation/resolve.ts';
import { cancelBooking as run } from '../../operations/cancel-booking.ts';

/** The school or the partner calls the booking off, with a reason. */
export const cancelBooking: NonNullable<MutationResolvers['cancelBooking']> = async (_parent, args, context) => {
  await authorizedBooking(context, 'Mutation.cancelBooking', args.id);
  const booking = await run(context.participation, context.viewer, withoutNulls(args));
  context.logger.info('booking cancelled', { status: booking.status });
  return remember(context, booking);
};
