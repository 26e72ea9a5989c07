import type { MutationResolvers } from '../../../../generated/resolvers-types.ts';
import { registerParticipation as register } from '../../operations/register-participation.ts';
import { authorizedSchool, withoutNulls } from '../../resolve.ts';

/** The advisor of the school's region registers its participation in a period. */
export const registerParticipation: NonNullable<MutationResolvers['registerParticipation']> = async (_parent, { input }, context) => {
  await authorizedSchool(context, 'Mutation.registerParticipation', input.schoolId);
  const participation = await register(context.participation, context.viewer, withoutNulls(input));
  context.logger.info('participation registered', { period: participation.period, trajectory: participation.trajectory });
  return participation;
};
