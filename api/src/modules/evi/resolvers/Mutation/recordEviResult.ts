import type { MutationResolvers } from '../../../../generated/resolvers-types.ts';
import { authorizedSchool, withoutNulls } from '../../../participation/resolve.ts';
import { recordEviResult as record } from '../../operations/record-evi-result.ts';

/** The school itself or the advisor of its region records an Evi result. */
export const recordEviResult: NonNullable<MutationResolvers['recordEviResult']> = async (_parent, { input }, context) => {
  await authorizedSchool(context, 'Mutation.recordEviResult', input.schoolId);
  const result = await record(context.participation, context.viewer, withoutNulls(input));
  context.loaders.eviResultsBySchool.clear(result.schoolId);
  context.logger.info('evi result recorded', { version: result.version, revision: result.revision });
  return result;
};
