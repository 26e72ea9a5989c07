import type { QueryResolvers } from '../../../../generated/resolvers-types.ts';
import { authorizedBooking } from '../../../common/resolve.ts';

/** Its school, the partner of its offer, the region's advisor, admin; everyone else NOT_FOUND. */
export const booking: NonNullable<QueryResolvers['booking']> = (_parent, { id }, context) =>
  authorizedBooking(context, 'Query.booking', id);
