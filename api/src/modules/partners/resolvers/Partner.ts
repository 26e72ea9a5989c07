import type { PartnerResolvers } from '../../../generated/resolvers-types.ts';
import { findOffers } from '../../offers/find-offers.ts';
import { resolvePlace } from '../../offers/near.ts';

export const Partner: PartnerResolvers = {
  kind: (partner) => partner.partnerKind ?? null,
  municipality: async (partner, _args, { services, locale }) =>
    partner.municipalityCode ? ((await services.catalogue.get(locale)).municipalitiesByCode.get(partner.municipalityCode) ?? null) : null,
  location: async (partner, _args, { services, locale }) => {
    const place = resolvePlace(partner.location ?? {}, await services.catalogue.get(locale), partner.municipalityCode);
    return place.address || place.latitude !== undefined ? place : null;
  },
  logo: (partner) => partner.logo ?? null,
  offers: (partner, { first, after }, context) => findOffers({ filter: { partnerId: partner.id }, first, after }, context),
};
