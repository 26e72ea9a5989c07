import type { Context } from '../../context.ts';
import type { QueryOffersArgs } from '../../generated/resolvers-types.ts';
import type { OfferFigures } from '../bookings/operations/get-offer-figures.ts';
import { keysetPage } from '../common/pagination.ts';
import { facetsWithLabels } from './facets.ts';
import { offerSortKey, presorted, searchOffers, validateFilter, type SearchFigures } from './search.ts';

/** The offer list, behind Query.offers, Partner.offers and Project.offers. */
export async function findOffers({ filter, first, after, sort }: Partial<QueryOffersArgs>, { services, loaders, locale }: Context) {
  const wanted = filter ?? {};
  const size = first ?? 20;
  const order = sort ?? 'TITLE';
  validateFilter(wanted, size);
  const catalogue = await services.catalogue.get(locale);

  // Capacity and booking counts live in the participation table: read them only when the query needs them.
  let figures: SearchFigures | undefined;
  if (wanted.hasCapacity != null || order === 'MOST_BOOKED') {
    const loaded = await loaders.figures.loadMany(catalogue.offers);
    const byId = new Map<string, OfferFigures>();
    loaded.forEach((f, i) => {
      if (f instanceof Error) throw f;
      byId.set(catalogue.offers[i]!.id, f);
    });
    figures = {
      remaining: (o) => byId.get(o.id)?.remaining ?? null,
      bookings: (o) => byId.get(o.id)?.booked ?? 0,
    };
  }

  const { matches, facets } = searchOffers(catalogue, wanted, figures, presorted(catalogue, order));
  return {
    ...keysetPage(matches, offerSortKey(order, figures), order, size, after),
    facets: facetsWithLabels(facets, catalogue, locale),
  };
}
