import type { OfferYearRecord } from '../../../domain/records.ts';
import { toOfferYear } from '../../../sources/dynamodb/items.ts';
import { indexKeys, keys } from '../../../sources/dynamodb/keys.ts';
import { batchGet, itemKey, queryIndex } from '../../../sources/dynamodb/query.ts';
import type { ParticipationStore } from '../../../sources/dynamodb/store.ts';

export interface OfferFigures extends OfferYearRecord {
  readonly averageRating: number | null;
}

/**
 * Capacity, remaining capacity, bookings, pupils reached and average rating of offers in a school
 * year, in one round trip (the Offer resolvers' DataLoader batch function). `fallbackCapacity` is
 * the CMS capacity for offers nobody booked yet.
 */
export async function getOfferFigures(
  store: ParticipationStore,
  requests: readonly { offerId: string; schoolYear: string; fallbackCapacity?: number | null }[],
): Promise<OfferFigures[]> {
  const found = await batchGet(
    store,
    requests.map((r) => keys.offerYear(r.offerId, r.schoolYear)),
  );
  return requests.map((r) => {
    const item = found.get(itemKey(keys.offerYear(r.offerId, r.schoolYear)));
    const withFallback = item ?? (r.fallbackCapacity == null ? undefined : { capacity: r.fallbackCapacity });
    const figures = toOfferYear(r.offerId, r.schoolYear, withFallback);
    return { ...figures, averageRating: figures.ratingCount ? figures.ratingSum / figures.ratingCount : null };
  });
}

/**
 * The figures of every offer of a school year in one index query (paged by DynamoDB, about 5,000
 * offers a page), for the searches that need all of them (`hasCapacity`, `MOST_BOOKED`): the
 * round trips do not grow with the catalogue as BatchGets of 100 would. Offers without an item
 * get their CMS capacity, as in `getOfferFigures`. The index is eventually consistent: a booking
 * of a moment ago may show in the next search instead of this one.
 */
export async function getYearFigures(
  store: ParticipationStore,
  schoolYear: string,
  offers: readonly { offerId: string; fallbackCapacity?: number | null }[],
): Promise<Map<string, OfferFigures>> {
  const { gsi1pk } = indexKeys.offerYear('', schoolYear);
  const items = new Map(
    (await queryIndex(store, 'gsi1', gsi1pk)).map((item) => [String(item.gsi1sk).slice('OFFER#'.length), item] as const),
  );
  return new Map(
    offers.map((o) => {
      const item = items.get(o.offerId) ?? (o.fallbackCapacity == null ? undefined : { capacity: o.fallbackCapacity });
      const figures = toOfferYear(o.offerId, schoolYear, item);
      return [o.offerId, { ...figures, averageRating: figures.ratingCount ? figures.ratingSum / figures.ratingCount : null }];
    }),
  );
}
