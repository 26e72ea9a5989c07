import type { OfferResolvers } from '../../../generated/resolvers-types.ts';
import type { PartnerDoc } from '../../../domain/content.ts';
import { label } from '../labels.ts';
import { pricePerPupil } from '../search.ts';
import { distanceKm, venueOf } from '../near.ts';
import { originOf } from '../origin.ts';

/** Offer fields: content from the projection, participation through the figures loader (one batch per page). */
export const Offer: OfferResolvers = {
  disciplines: (offer, _args, { locale }) => offer.disciplines.map((value) => ({ value, label: label('discipline', value, locale) })),
  sectors: (offer, _args, { locale }) =>
    offer.gradeRanges.map((r) => ({ sector: r.sector, label: label('sector', r.sector, locale), gradeFrom: r.from, gradeTo: r.to })),
  themes: (offer, _args, { locale }) => offer.themes.map((value) => ({ value, label: label('theme', value, locale) })),
  offerTypeLabel: (offer, _args, { locale }) => label('offerType', offer.offerType, locale),
  locationTypeLabel: (offer, _args, { locale }) => label('locationType', offer.locationType, locale),
  prices: (offer, _args, { locale }) => offer.prices.map((p) => ({ ...p, unitLabel: label('priceUnit', p.unit, locale) })),
  pricePerPupil: (offer) => pricePerPupil(offer) ?? null,
  municipalities: async (offer, _args, { services, locale }) => {
    const { municipalitiesByCode } = await services.catalogue.get(locale);
    return offer.municipalityCodes.flatMap((code) => municipalitiesByCode.get(code) ?? []);
  },
  partner: async (offer, _args, { services, locale }) => {
    if (!offer.partner) return null;
    const known = (await services.catalogue.get(locale)).partnersById.get(offer.partner.id);
    if (known) return known;
    // The partner is not in the projection (yet): show what the offer carries.
    const { kind: partnerKind, ...summary } = offer.partner;
    const fallback: PartnerDoc = {
      ...summary,
      kind: 'partner',
      partnerKind,
      locale,
      publishedAt: offer.publishedAt,
      updatedAt: offer.updatedAt,
    };
    return fallback;
  },
  project: async (offer, _args, { services, locale }) =>
    offer.projectId ? ((await services.catalogue.get(locale)).projectsById.get(offer.projectId) ?? null) : null,
  images: (offer) => [...(offer.images ?? [])],
  coverImage: (offer) => offer.images?.[0] ?? null,
  venue: async (offer, _args, { services, locale }) => venueOf(offer, await services.catalogue.get(locale)) ?? null,
  distanceKm: async (offer, { from }, context) => {
    const catalogue = await context.services.catalogue.get(context.locale);
    const km = distanceKm(offer, catalogue, await originOf(from, 'from', context));
    return km === null ? null : Math.round(km * 1000) / 1000;
  },
  capacity: async (offer, _args, { loaders }) => (await loaders.figures.load(offer)).capacity ?? null,
  remainingCapacity: async (offer, _args, { loaders }) => (await loaders.figures.load(offer)).remaining,
  bookingsCount: async (offer, _args, { loaders }) => (await loaders.figures.load(offer)).booked,
  schoolsReached: async (offer, _args, { loaders }) => (await loaders.figures.load(offer)).held,
  pupilsReached: async (offer, _args, { loaders }) => (await loaders.figures.load(offer)).pupilsReached,
  averageRating: async (offer, _args, { loaders }) => (await loaders.figures.load(offer)).averageRating,
};
