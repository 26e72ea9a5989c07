import DataLoader from 'dataloader';
import { schoolYearOf } from '../participation/vocabulary.ts';
import { getOfferFigures, type OfferFigures } from '../bookings/operations/get-offer-figures.ts';
import type { Services } from '../../context.ts';
import type { OfferDoc } from '../../sources/content/types.ts';

export interface OfferLoaders {
  /** This school year's participation figures of offers: one batched read for a whole page. */
  readonly figures: DataLoader<OfferDoc, OfferFigures, string>;
}

export function createOfferLoaders(services: Services): OfferLoaders {
  const store = { doc: services.doc, tableName: services.tables.participation, now: services.now };
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
  };
}
