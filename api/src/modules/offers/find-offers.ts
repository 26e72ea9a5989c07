import type { Context } from '../../context.ts';
import type { QueryOffersArgs } from '../../generated/resolvers-types.ts';
import { getYearFigures } from '../bookings/operations/get-offer-figures.ts';
import { schoolYearOf } from '../../domain/vocabulary.ts';
import { keysetPage, keysetPageOfSorted } from '../common/pagination.ts';
import { facetsWithLabels } from './facets.ts';
import { searchIndexed } from './offer-index.ts';
import { offerSortKey, validateFilter, type SearchFigures } from './search.ts';

/** The offer list, behind Query.offers, Partner.offers and Project.offers. */
export async function findOffers({ filter, first, after, sort }: Partial<QueryOffersArgs>, { services, locale }: Context) {
  const wanted = filter ?? {};
  const size = first ?? 20;
  const order = sort ?? 'TITLE';
  validateFilter(wanted, size);
  const catalogue = await services.catalogue.get(locale);

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
  const key = offerSortKey(order, figures);
  const page =
    order === 'MOST_BOOKED'
      ? keysetPage(result.matches, key, order, size, after)
      : keysetPageOfSorted(result.matches, key, order, size, after);
  return {
    ...page,
    // Read by the default resolver only when the query selects facets.
    get facets() {
      return facetsWithLabels(result.facets, catalogue, locale);
    },
  };
}
