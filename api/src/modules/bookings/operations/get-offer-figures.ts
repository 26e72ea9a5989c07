import type { OfferYearRecord } from '../../../domain/records.ts';
import { toOfferYear } from '../../../sources/dynamodb/items.ts';
import { keys } from '../../../sources/dynamodb/keys.ts';
import { batchGet, itemKey } from '../../../sources/dynamodb/query.ts';
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
