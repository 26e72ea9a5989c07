import type { MutationResolvers } from '../../../../generated/resolvers-types.ts';
import { authorizedBooking, remember, withoutNulls } from '../../../participation/resolve.ts';
import { confirmBooking as run } from '../../operations/confirm-booking.ts';

/** The partner of the offer (or admin) accepts; policy first, then the transition table. */
export const confirmBooking: NonNullable<MutationResolvers['confirmBooking']> = async (_parent, args, context) => {
  await authorizedBooking(context, 'Mutation.confirmBooking', args.id);
  const booking = await run(context.participation, context.viewer, withoutNulls(args));
  context.logger.info('booking confirmed', { status: booking.status });
  return remember(context, booking);
};
