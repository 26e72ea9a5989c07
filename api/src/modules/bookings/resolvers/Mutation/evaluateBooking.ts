import type { MutationResolvers } from '../../../../generated/resolvers-types.ts';
import { authorizedBooking, remember, withoutNulls } from '../../../participation/resolve.ts';
import { evaluateBooking as run } from '../../operations/evaluate-booking.ts';

/** The school rates a held activity. */
export const evaluateBooking: NonNullable<MutationResolvers['evaluateBooking']> = async (_parent, args, context) => {
  await authorizedBooking(context, 'Mutation.evaluateBooking', args.id);
  const booking = await run(context.participation, context.viewer, withoutNulls(args));
  context.logger.info('booking evaluated', { status: booking.status });
  return remember(context, booking);
};
