import type { Resolvers } from '../../../generated/resolvers-types.ts';
import { Partner } from './Partner.ts';
import { partner } from './Query/partner.ts';
import { partners } from './Query/partners.ts';

export const partnerResolvers: Resolvers = {
  Query: { partners, partner },
  Partner,
};
