import type { MutationResolvers } from '../../../../generated/resolvers-types.ts';
import { authorizedSchool, withoutNulls } from '../../../participation/resolve.ts';
import { recordAmbitionTalk as record } from '../../operations/record-ambition-talk.ts';

/** The advisor of the school's region records an ambition talk. */
export const recordAmbitionTalk: NonNullable<MutationResolvers['recordAmbitionTalk']> = async (_parent, { input }, context) => {
  await authorizedSchool(context, 'Mutation.recordAmbitionTalk', input.schoolId);
  const talk = await record(context.participation, context.viewer, withoutNulls(input));
  context.loaders.ambitionTalksBySchool.clear(talk.schoolId);
  context.logger.info('ambition talk recorded', { schoolYear: talk.schoolYear });
  return talk;
};
