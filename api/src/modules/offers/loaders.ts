import DataLoader from 'dataloader';
import type { OfferDoc } from '../../domain/content.ts';
import type { OfferRef } from '../../domain/records.ts';
import { schoolYearOf, type Locale } from '../../domain/vocabulary.ts';
import type { Services } from '../../services.ts';
import { participationStore } from '../../services.ts';
import { getOfferFigures, type OfferFigures } from '../bookings/operations/get-offer-figures.ts';
import { keys } from '../../sources/dynamodb/keys.ts';
import { batchGet, itemKey } from '../../sources/dynamodb/query.ts';

export interface OfferLoaders {
  /** This school year's participation figures of offers: one batched read for a whole page. */
  readonly figures: DataLoader<OfferDoc, OfferFigures, string>;
  /** Published offers by documentId, from the in-memory catalogue of the request's language. */
  readonly offers: DataLoader<string, OfferDoc | null>;
  /** Places taken of sessions, by `offerId` and session id: one batched read for a whole page. */
  readonly sessionTaken: DataLoader<{ offerId: string; sessionId: string }, number, string>;
}

export function createOfferLoaders(services: Services, locale: Locale): OfferLoaders {
  const store = participationStore(services);
  return {
    figures: new DataLoader<OfferDoc, OfferFigures, string>(
      (offers) => {
        const schoolYear = schoolYearOf(services.now());
        return getOfferFigures(
          store,
          offers.map((o) => ({ offerId: o.id, schoolYear, fallbackCapacity: o.capacity ?? null })),
        );
      },
      { cacheKeyFn: (offer) => offer.id, maxBatchSize: 100 },
    ),
    sessionTaken: new DataLoader(
      async (wanted) => {
        const found = await batchGet(
          store,
          wanted.map((w) => keys.offerSession(w.offerId, w.sessionId)),
        );
        return wanted.map((w) => {
          const taken = found.get(itemKey(keys.offerSession(w.offerId, w.sessionId)))?.taken;
          return typeof taken === 'number' ? taken : 0;
        });
      },
      { cacheKeyFn: (w) => `${w.offerId}|${w.sessionId}`, maxBatchSize: 100 },
    ),
    offers: new DataLoader(async (ids) => {
      const { offersById } = await services.catalogue.get(locale);
      return ids.map((id) => offersById.get(id) ?? null);
    }),
  };
}

/** What the booking operations need to know of an offer, from the published catalogue. */
export function offerRefOf(offer: OfferDoc): OfferRef | null {
  if (!offer.partner) return null; // an offer without a partner cannot be answered, so it cannot be booked
  return {
    id: offer.id,
    partnerId: offer.partner.id,
    capacity: offer.capacity ?? null,
    disciplines: offer.disciplines,
    sectors: offer.sectors,
    municipalityCodes: offer.municipalityCodes,
    slug: offer.slug,
    title: offer.title,
    sessions: offer.sessions ?? [],
  };
}
