import type { QueryResolvers } from '../../../../generated/resolvers-types.ts';
import { authorizedSchool } from '../../../common/resolve.ts';

/** Its own school, an advisor's school of its region, admin any; everything else NOT_FOUND. */
export const school: NonNullable<QueryResolvers['school']> = async (_parent, { id }, context) =>
  (await authorizedSchool(context, 'Query.school', id)).school;
