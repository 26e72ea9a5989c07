import type { OfferYearRecord } from '../../../domain/records.ts';
import { toOfferYear } from '../../../sources/dynamodb/items.ts';
import { indexKeys, keys, type Key } from '../../../sources/dynamodb/keys.ts';
import { batchGet, itemKey, queryIndex, type Item } from '../../../sources/dynamodb/query.ts';
import type { ParticipationStore } from '../../../sources/dynamodb/store.ts';

export interface OfferFigures extends OfferYearRecord {
  readonly averageRating: number | null;
}

/**
 * Capacity, remaining capacity, bookings, pupils reached and average rating of offers in a school
 * year, in at most one round trip (the Offer resolvers' DataLoader batch function; counters this
 * process read a moment ago come from its cache). `fallbackCapacity` is
 * the CMS capacity for offers nobody booked yet.
 */
export async function getOfferFigures(
  store: ParticipationStore,
  requests: readonly { offerId: string; schoolYear: string; fallbackCapacity?: number | null }[],
): Promise<OfferFigures[]> {
  const wanted = requests.map((r) => keys.offerYear(r.offerId, r.schoolYear));
  const found = await readCounters(store, wanted);
  return requests.map((r, i) => {
    const item = found.get(itemKey(wanted[i]!));
    const withFallback = item ?? (r.fallbackCapacity == null ? undefined : { capacity: r.fallbackCapacity });
    const figures = toOfferYear(r.offerId, r.schoolYear, withFallback);
    return { ...figures, averageRating: figures.ratingCount ? figures.ratingSum / figures.ratingCount : null };
  });
}

/** Counter items by key: the ones this process read a moment ago from its cache, the rest in one batch. */
async function readCounters(store: ParticipationStore, wanted: readonly Key[]): Promise<Map<string, Item>> {
  const cache = store.counterCache;
  if (!cache) return batchGet(store, wanted);
  const { found, missing } = await cache.take(wanted);
  if (missing.length === 0) return found;
  const read = await batchGet(store, missing);
  await cache.keep(missing, read);
  for (const [key, item] of read) found.set(key, item);
  return found;
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
