import type { MutationResolvers } from '../../../../generated/resolvers-types.ts';
import { withoutNulls } from '../../../common/resolve.ts';
import { recordEviResult as record } from '../../operations/record-evi-result.ts';

/** The school itself or the advisor of its region records an Evi result. */
export const recordEviResult: NonNullable<MutationResolvers['recordEviResult']> = async (_parent, { input }, context) => {
  const result = await record(context.participation, await context.actor(), withoutNulls(input));
  context.loaders.eviResultsBySchool.clear(result.schoolId);
  context.logger.info('evi result recorded', { version: result.version, revision: result.revision });
  return result;
};
