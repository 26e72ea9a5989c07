import type { Catalogue } from '../../sources/content/catalogue.ts';
import type { Locale } from '../../domain/vocabulary.ts';
import { label, type LabelList } from './labels.ts';
import type { FacetDimension, Facets } from './search.ts';

const lists: Record<Exclude<FacetDimension, 'municipalities'>, LabelList> = {
  disciplines: 'discipline',
  sectors: 'sector',
  offerTypes: 'offerType',
  locationTypes: 'locationType',
};

export function facetsWithLabels(facets: Facets, catalogue: Catalogue, locale: Locale) {
  const withLabel = (dimension: FacetDimension) =>
    facets[dimension].map((b) => ({
      ...b,
      label:
        dimension === 'municipalities'
          ? (catalogue.municipalitiesByCode.get(b.value)?.name ?? b.value)
          : label(lists[dimension], b.value, locale),
    }));
  return {
    disciplines: withLabel('disciplines'),
    sectors: withLabel('sectors'),
    municipalities: withLabel('municipalities'),
    offerTypes: withLabel('offerTypes'),
    locationTypes: withLabel('locationTypes'),
  };
}
