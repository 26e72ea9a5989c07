import type { PartnerResolvers } from '../../../generated/resolvers-types.ts';
import { findOffers } from '../../offers/find-offers.ts';

export const Partner: PartnerResolvers = {
  kind: (partner) => partner.partnerKind ?? null,
  municipality: async (partner, _args, { services, locale }) =>
    partner.municipalityCode ? ((await services.catalogue.get(locale)).municipalitiesByCode.get(partner.municipalityCode) ?? null) : null,
  offers: (partner, { first, after }, context) => findOffers({ filter: { partnerId: partner.id }, first, after }, context),
};
