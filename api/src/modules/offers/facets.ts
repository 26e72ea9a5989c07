import type { Catalogue } from '../../sources/content/catalogue.ts';
import type { Locale } from '../../domain/vocabulary.ts';
import { label, type LabelList } from './labels.ts';
import { lazyRecord } from '../../shared/lazy.ts';
import { FACET_DIMENSIONS, type FacetDimension } from './facet-values.ts';
import type { Facets } from './search.ts';

const lists: Record<Exclude<FacetDimension, 'municipalities' | 'regions'>, LabelList> = {
  disciplines: 'discipline',
  sectors: 'sector',
  offerTypes: 'offerType',
  locationTypes: 'locationType',
  themes: 'theme',
  kerndoelen: 'kerndoel',
};

/** Places are labelled by their name in the CMS; the fixed lists by the label tables. */
function labelOf(dimension: FacetDimension, value: string, catalogue: Catalogue, locale: Locale): string {
  switch (dimension) {
    case 'municipalities':
      return catalogue.municipalitiesByCode.get(value)?.name ?? value;
    case 'regions':
      return catalogue.regionsById.get(value)?.name ?? value;
    default:
      return label(lists[dimension], value, locale);
  }
}

export function facetsWithLabels(facets: Facets, catalogue: Catalogue, locale: Locale) {
  return lazyRecord(FACET_DIMENSIONS, (d) => facets[d].map((b) => ({ ...b, label: labelOf(d, b.value, catalogue, locale) })));
}
