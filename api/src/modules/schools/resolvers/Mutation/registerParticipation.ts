import type { MutationResolvers } from '../../../../generated/resolvers-types.ts';
import { withoutNulls } from '../../../common/resolve.ts';
import { registerParticipation as register } from '../../operations/register-participation.ts';

/** The advisor of the school's region registers its participation in a period. */
export const registerParticipation: NonNullable<MutationResolvers['registerParticipation']> = async (_parent, { input }, context) => {
  const participation = await register(context.participation, await context.actor(), withoutNulls(input));
  context.logger.info('participation registered', { period: participation.period, trajectory: participation.trajectory });
  return participation;
};
