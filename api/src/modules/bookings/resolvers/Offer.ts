import type { OfferResolvers } from '../../../generated/resolvers-types.ts';
import { mayReadField } from '../../../shared/policy.ts';

/** Offer fields of the bookings module: who answers its bookings (personal data, by field rule). */
export const Offer: OfferResolvers = {
  contactPerson: async (offer, _args, { actor, logger, services, locale }) => {
    if (!mayReadField(await actor(), 'Offer.contactPerson', undefined, logger) || !offer.partner) return null;
    return (await services.catalogue.get(locale)).partnersById.get(offer.partner.id)?.contactPerson ?? null;
  },
};
