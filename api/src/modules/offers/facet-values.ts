/**
 * The values an offer counts under in each facet, shared by the plain scan (search.ts) and the
 * index (offer-index.ts) so both count the same. Regions are derived, not stored: an offer is in
 * a region when one of its municipalities is, read from the catalogue's regions (the same lists
 * the `regionId` filter uses), so a region's new municipality needs no re-projection of offers.
 */
import type { OfferDoc } from '../../domain/content.ts';
import type { Catalogue } from '../../sources/content/catalogue.ts';

export const FACET_DIMENSIONS = [
  'disciplines',
  'sectors',
  'municipalities',
  'regions',
  'offerTypes',
  'locationTypes',
  'themes',
  'kerndoelen',
] as const;
export type FacetDimension = (typeof FACET_DIMENSIONS)[number];

/**
 * The filter that a facet leaves out of its own counts. Regions are a place like municipalities:
 * the place filters (municipalities, region, province) narrow them together, so the regions facet
 * leaves out the same combined place filter the municipalities facet does.
 */
export const HIDDEN_BY: Readonly<Record<FacetDimension, FacetDimension>> = {
  disciplines: 'disciplines',
  sectors: 'sectors',
  municipalities: 'municipalities',
  regions: 'municipalities',
  offerTypes: 'offerTypes',
  locationTypes: 'locationTypes',
  themes: 'themes',
  kerndoelen: 'kerndoelen',
};

export type FacetValues = Readonly<Record<FacetDimension, (offer: OfferDoc) => readonly string[]>>;

const cache = new WeakMap<object, FacetValues>();

/** Per facet, the values of an offer (computed once per catalogue's region lists). */
export function facetValuesOf(catalogue: Pick<Catalogue, 'regionsById'>): FacetValues {
  let values = cache.get(catalogue.regionsById);
  if (values) return values;
  const regionsOfMunicipality = new Map<string, string[]>();
  for (const region of catalogue.regionsById.values()) {
    for (const code of region.municipalityCodes) {
      const list = regionsOfMunicipality.get(code);
      if (list) list.push(region.id);
      else regionsOfMunicipality.set(code, [region.id]);
    }
  }
  values = {
    disciplines: (o) => o.disciplines,
    sectors: (o) => o.sectors,
    municipalities: (o) => o.municipalityCodes,
    regions: (o) => [...new Set(o.municipalityCodes.flatMap((code) => regionsOfMunicipality.get(code) ?? []))],
    offerTypes: (o) => [o.offerType],
    locationTypes: (o) => [o.locationType],
    themes: (o) => o.themes,
    kerndoelen: (o) => o.kerndoelen,
  };
  cache.set(catalogue.regionsById, values);
  return values;
}
