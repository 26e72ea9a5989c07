import type { MutationResolvers } from '../../../../generated/resolvers-types.ts';
import { withoutNulls } from '../../../common/resolve.ts';
import { recordAmbitionTalk as record } from '../../operations/record-ambition-talk.ts';

/** The advisor of the school's region records an ambition talk. */
export const recordAmbitionTalk: NonNullable<MutationResolvers['recordAmbitionTalk']> = async (_parent, { input }, context) => {
  const talk = await record(context.participation, await context.actor(), withoutNulls(input));
  context.loaders.ambitionTalksBySchool.clear(talk.schoolId);
  context.logger.info('ambition talk recorded', { schoolYear: talk.schoolYear });
  return talk;
};
