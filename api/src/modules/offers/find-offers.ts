import type { Context } from '../../context.ts';
import type { OfferDoc } from '../../domain/content.ts';
import type { QueryOffersArgs } from '../../generated/resolvers-types.ts';
import { getYearFigures } from '../bookings/operations/get-offer-figures.ts';
import { schoolYearOf } from '../../domain/vocabulary.ts';
import { UserFacingError } from '../../shared/errors.ts';
import type { Catalogue } from '../../sources/content/catalogue.ts';
import { fold, keysetPage, keysetPageOfSorted, type Page, type SortKey } from '../common/pagination.ts';
import { facetsWithLabels } from './facets.ts';
import { checkNear, distanceKm, nearTest, type Origin } from './near.ts';
import { searchIndexed } from './offer-index.ts';
import { originOf } from './origin.ts';
import { offerSortKey, validateFilter, type Facets, type OfferFilter, type Relevance, type SearchFigures } from './search.ts';
import { hasSearchWords, highlightsOf, matchTextByOffer, type TextHit } from './text-search.ts';

/** The offer list, behind Query.offers, Partner.offers and Project.offers. */
export async function findOffers({ filter, first, after, sort }: Partial<QueryOffersArgs>, context: Context) {
  const { services, locale } = context;
  // A text of only stop words or punctuation asks for nothing: it filters nothing either.
  const asked: OfferFilter = filter?.text && !hasSearchWords(filter.text, locale) ? { ...filter, text: null } : (filter ?? {});
  const size = first ?? 20;
  const order = sort ?? (asked.text ? 'RELEVANCE' : 'TITLE');
  validateFilter(asked, size);
  if (asked.near) checkNear(asked.near);
  if (order === 'DISTANCE' && !asked.near) {
    throw new UserFacingError('BAD_USER_INPUT', 'sort DISTANCE measures from filter.near: give near with it.', { field: 'sort' });
  }
  const catalogue = await services.catalogue.get(locale);
  const origin = asked.near ? await originOf(asked.near, 'near', context) : undefined;
  const wanted: OfferFilter = origin ? { ...asked, within: nearTest(catalogue, origin, asked.near!.maxKm) } : asked;
  const hits = wanted.text ? matchTextByOffer(catalogue, wanted.text) : undefined;
  const relevance: Relevance = (o) => hits?.get(o)?.score ?? 0;

  // Capacity and booking counts live in the participation table: read them only when the query needs them.
  let figures: SearchFigures | undefined;
  if (wanted.hasCapacity != null || order === 'MOST_BOOKED') {
    const byId = await getYearFigures(
      { doc: services.doc, tableName: services.tables.participation, now: services.now },
      schoolYearOf(services.now()),
      catalogue.offers.map((o) => ({ offerId: o.id, fallbackCapacity: o.capacity ?? null })),
    );
    figures = {
      remaining: (o) => byId.get(o.id)?.remaining ?? null,
      bookings: (o) => byId.get(o.id)?.booked ?? 0,
    };
  }

  // TITLE and NEWEST come out of the index in order; MOST_BOOKED, RELEVANCE and DISTANCE are sorted
  // here, by this request's figures, text or origin.
  if (order === 'DISTANCE') {
    const result = searchIndexed(catalogue, wanted, 'TITLE', figures);
    // The cursor names the origin, so a cursor of another origin's list is refused rather than misread.
    const page = keysetPage(
      result.matches,
      distanceKey(catalogue, origin!),
      `DISTANCE@${origin!.latitude},${origin!.longitude}`,
      size,
      after,
    );
    return withExtras(page, result, catalogue, hits);
  }
  const result = searchIndexed(catalogue, wanted, order, figures);
  const key = offerSortKey(order, figures, relevance);
  const page =
    order === 'MOST_BOOKED' || order === 'RELEVANCE'
      ? keysetPage(result.matches, key, order, size, after)
      : keysetPageOfSorted(result.matches, key, order, size, after);
  return withExtras(page, result, catalogue, hits);
}

/** Offers without a venue position sort after every distance (a JSON-safe stand-in for infinity). */
const NO_DISTANCE = Number.MAX_SAFE_INTEGER;

function distanceKey(catalogue: Catalogue, origin: Origin) {
  return (offer: OfferDoc): SortKey => [distanceKm(offer, catalogue, origin) ?? NO_DISTANCE, fold(offer.title), offer.id];
}

/** The page with its facets and each edge's highlights, both worked out only when a query selects them. */
function withExtras(
  page: Page<OfferDoc>,
  result: { readonly facets: Facets },
  catalogue: Catalogue,
  hits: Map<OfferDoc, TextHit> | undefined,
) {
  return {
    ...page,
    edges: page.edges.map((edge) => ({
      node: edge.node,
      get cursor() {
        return edge.cursor;
      },
      get highlights() {
        const hit = hits?.get(edge.node);
        return hit ? highlightsOf(catalogue, edge.node, hit) : [];
      },
    })),
    // `result.facets` counts them when first read: not here, so a query without facets never does.
    get facets() {
      return facetsWithLabels(result.facets, catalogue, catalogue.locale);
    },
  };
}
