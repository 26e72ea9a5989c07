import type { QueryResolvers } from '../../../../generated/resolvers-types.ts';
import { findOffers } from '../../find-offers.ts';

export const offers: NonNullable<QueryResolvers['offers']> = (_parent, args, context) => findOffers(args, context);
