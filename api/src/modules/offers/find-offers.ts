import type { Context } from '../../context.ts';
import type { QueryOffersArgs } from '../../generated/resolvers-types.ts';
import { getYearFigures } from '../bookings/operations/get-offer-figures.ts';
import { schoolYearOf } from '../../domain/vocabulary.ts';
import { keysetPage, keysetPageOfSorted } from '../common/pagination.ts';
import { facetsWithLabels } from './facets.ts';
import { searchIndexed } from './offer-index.ts';
import { offerSortKey, validateFilter, type Relevance, type SearchFigures } from './search.ts';
import { hasSearchWords, highlightsOf, matchTextByOffer } from './text-search.ts';

/** The offer list, behind Query.offers, Partner.offers and Project.offers. */
export async function findOffers({ filter, first, after, sort }: Partial<QueryOffersArgs>, { services, locale }: Context) {
  // A text of only stop words or punctuation asks for nothing: it filters nothing either.
  const wanted = filter?.text && !hasSearchWords(filter.text, locale) ? { ...filter, text: null } : (filter ?? {});
  const size = first ?? 20;
  const order = sort ?? (wanted.text ? 'RELEVANCE' : 'TITLE');
  validateFilter(wanted, size);
  const catalogue = await services.catalogue.get(locale);
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

  // TITLE and NEWEST come out of the index in order; MOST_BOOKED is sorted here, by this request's figures.
  const result = searchIndexed(catalogue, wanted, order, figures);
  const key = offerSortKey(order, figures, relevance);
  const page =
    order === 'MOST_BOOKED' || order === 'RELEVANCE'
      ? keysetPage(result.matches, key, order, size, after)
      : keysetPageOfSorted(result.matches, key, order, size, after);
  return {
    ...page,
    edges: page.edges.map((edge) => ({
      ...edge,
      // Where the words matched, worked out only for the edges a query asks it of.
      get highlights() {
        const hit = hits?.get(edge.node);
        return hit ? highlightsOf(catalogue, edge.node, hit) : [];
      },
    })),
    // Read by the default resolver only when the query selects facets.
    get facets() {
      return facetsWithLabels(result.facets, catalogue, locale);
    },
  };
}
