/**
 * Offer search over the in-memory catalogue: filters (AND between fields, OR within a list),
 * facet counts under the other filters, sorting and keyset cursors. Pure functions: the
 * resolver supplies the catalogue and, when needed, the participation figures.
 */
import { UserFacingError } from '../../shared/errors.ts';
import { checkPageSize, compareSortKeys, fold, type SortKey } from '../common/pagination.ts';
import { matchText } from './text-search.ts';
import type { Catalogue } from '../../sources/content/catalogue.ts';
import type { Audience, Discipline, LocationType, OfferType, Sector } from '../../domain/vocabulary.ts';
import type { OfferDoc } from '../../domain/content.ts';
import type { NearInput } from './near.ts';
import { FACET_DIMENSIONS, facetValuesOf, HIDDEN_BY, type FacetDimension } from './facet-values.ts';

export interface OfferFilter {
  municipalityCodes?: readonly string[] | null;
  regionId?: string | null;
  provinceCode?: string | null;
  disciplines?: readonly Discipline[] | null;
  sectors?: readonly Sector[] | null;
  grade?: number | null;
  offerTypes?: readonly OfferType[] | null;
  locationTypes?: readonly LocationType[] | null;
  themes?: readonly string[] | null;
  kerndoelen?: readonly string[] | null;
  audience?: Audience | null;
  maxPricePerPupil?: number | null;
  partnerId?: string | null;
  projectId?: string | null;
  text?: string | null;
  hasCapacity?: boolean | null;
  /** As the API takes it; resolved by find-offers.ts into `within` (near.ts). */
  near?: NearInput | null;
  /** Resolved place filter (near.ts): rules an offer out of the matches and every count. */
  within?: ((offer: OfferDoc) => boolean) | null;
}

export type OfferSort = 'TITLE' | 'NEWEST' | 'MOST_BOOKED' | 'RELEVANCE';
export type { FacetDimension } from './facet-values.ts';

/** Participation figures search needs: remaining places and bookings this school year. */
export interface SearchFigures {
  remaining(offer: OfferDoc): number | null;
  bookings(offer: OfferDoc): number;
}

const anyOf = <T>(wanted: readonly T[] | null | undefined, have: readonly T[]) =>
  !wanted || wanted.length === 0 || wanted.some((w) => have.includes(w));

/** The per-pupil price of an offer: its PER_PUPIL price; 0 when it is free (no prices); undefined when priced otherwise. */
export function pricePerPupil(offer: OfferDoc): number | undefined {
  if (offer.prices.length === 0) return 0;
  const perPupil = offer.prices.filter((p) => p.unit === 'PER_PUPIL').map((p) => p.amount);
  return perPupil.length ? Math.min(...perPupil) : undefined;
}

/** The municipalities the place filters (codes, region, province) allow together; undefined: no place filter. */
export function municipalitiesIn(catalogue: Catalogue, filter: OfferFilter): Set<string> | undefined {
  let allowed: Set<string> | undefined;
  const intersect = (codes: Iterable<string>) => {
    const next = new Set(codes);
    allowed = allowed ? new Set([...allowed].filter((c) => next.has(c))) : next;
  };
  if (filter.municipalityCodes?.length) intersect(filter.municipalityCodes);
  if (filter.regionId) intersect(catalogue.regionsById.get(filter.regionId)?.municipalityCodes ?? []);
  if (filter.provinceCode) {
    intersect([...catalogue.municipalitiesByCode.values()].filter((m) => m.provinceCode === filter.provinceCode).map((m) => m.id));
  }
  return allowed;
}

type Predicate = (offer: OfferDoc) => boolean;

/** Per offer, what search needs folded or parsed: computed once per loaded document, not per request. */
interface Derived {
  readonly title: string;
  readonly published: number;
}
const derivedCache = new WeakMap<OfferDoc, Derived>();
function derived(offer: OfferDoc): Derived {
  let d = derivedCache.get(offer);
  if (!d) {
    d = {
      title: fold(offer.title),
      published: Date.parse(offer.publishedAt),
    };
    derivedCache.set(offer, d);
  }
  return d;
}

/** One predicate per filter field, keyed by the facet it would hide (so facets can leave their own out). */
function predicates(catalogue: Catalogue, filter: OfferFilter, figures?: SearchFigures): { facet?: FacetDimension; test: Predicate }[] {
  const list: { facet?: FacetDimension; test: Predicate }[] = [];
  const places = municipalitiesIn(catalogue, filter);
  if (places) list.push({ facet: 'municipalities', test: (o) => o.municipalityCodes.some((c) => places.has(c)) });
  if (filter.disciplines?.length) list.push({ facet: 'disciplines', test: (o) => anyOf(filter.disciplines, o.disciplines) });
  if (filter.sectors?.length) list.push({ facet: 'sectors', test: (o) => anyOf(filter.sectors, o.sectors) });
  if (filter.offerTypes?.length) list.push({ facet: 'offerTypes', test: (o) => filter.offerTypes!.includes(o.offerType) });
  if (filter.locationTypes?.length) list.push({ facet: 'locationTypes', test: (o) => filter.locationTypes!.includes(o.locationType) });
  if (filter.grade != null) {
    const grade = filter.grade;
    const fits = (o: OfferDoc, sectors?: readonly Sector[] | null) =>
      o.gradeRanges.some((r) => (!sectors?.length || sectors.includes(r.sector)) && r.from <= grade && grade <= r.to);
    list.push({ test: (o) => fits(o) });
    // With sectors given, the grade must fit one of those sectors: part of the sector filter, so the sector facet leaves it out.
    if (filter.sectors?.length) list.push({ facet: 'sectors', test: (o) => fits(o, filter.sectors) });
  }
  if (filter.themes?.length) list.push({ facet: 'themes', test: (o) => anyOf(filter.themes, o.themes) });
  if (filter.kerndoelen?.length) list.push({ facet: 'kerndoelen', test: (o) => anyOf(filter.kerndoelen, o.kerndoelen) });
  if (filter.audience) list.push({ test: (o) => o.audience === filter.audience });
  if (filter.maxPricePerPupil != null) {
    const max = filter.maxPricePerPupil;
    list.push({ test: (o) => (pricePerPupil(o) ?? Infinity) <= max });
  }
  if (filter.partnerId) list.push({ test: (o) => o.partner?.id === filter.partnerId });
  if (filter.projectId) list.push({ test: (o) => o.projectId === filter.projectId });
  if (filter.text?.trim()) {
    const hits = matchText(catalogue, filter.text);
    const matching = new Set([...hits.keys()].map((i) => catalogue.offers[i]!));
    list.push({ test: (o) => matching.has(o) });
  }
  if (filter.within) list.push({ test: filter.within });
  if (filter.hasCapacity != null) {
    if (!figures) throw new Error('hasCapacity needs participation figures');
    const wanted = filter.hasCapacity;
    list.push({
      test: (o) => {
        const remaining = figures.remaining(o);
        return (remaining === null || remaining > 0) === wanted;
      },
    });
  }
  return list;
}

/** Longer texts are not questions people type; they only make matching slower. */
const MAX_TEXT = 200;

export function validateFilter(filter: OfferFilter, first: number): void {
  checkPageSize(first);
  if (filter.grade != null && (!Number.isInteger(filter.grade) || filter.grade < 1 || filter.grade > 8)) {
    throw new UserFacingError('BAD_USER_INPUT', 'grade is a groep (1-8) or leerjaar (1-6).', { field: 'grade' });
  }
  if (filter.text && filter.text.length > MAX_TEXT) {
    throw new UserFacingError('BAD_USER_INPUT', `text is at most ${MAX_TEXT} characters.`, { field: 'text' });
  }
  if (filter.maxPricePerPupil != null && filter.maxPricePerPupil < 0) {
    throw new UserFacingError('BAD_USER_INPUT', 'maxPricePerPupil cannot be negative.', { field: 'maxPricePerPupil' });
  }
  for (const code of filter.municipalityCodes ?? []) {
    if (!/^GM\d{4}$/.test(code)) {
      throw new UserFacingError('BAD_USER_INPUT', `${code} is not a CBS municipality code (GM + 4 digits).`, {
        field: 'municipalityCodes',
      });
    }
  }
  if (filter.provinceCode && !/^PV\d{2}$/.test(filter.provinceCode)) {
    throw new UserFacingError('BAD_USER_INPUT', `${filter.provinceCode} is not a CBS province code (PV + 2 digits).`, {
      field: 'provinceCode',
    });
  }
}

export interface FacetBucket {
  readonly value: string;
  readonly count: number;
}

export type Facets = Record<FacetDimension, FacetBucket[]>;

export interface SearchResult {
  readonly matches: OfferDoc[];
  readonly facets: Facets;
}

const presortedCache = new WeakMap<readonly OfferDoc[], Map<OfferSort, OfferDoc[]>>();

/** The catalogue's offers in a fixed sort order, sorted once per loaded catalogue (TITLE, NEWEST). */
export function presorted(catalogue: Catalogue, sort: OfferSort): readonly OfferDoc[] {
  if (sort === 'MOST_BOOKED' || sort === 'RELEVANCE') return catalogue.offers;
  let bySort = presortedCache.get(catalogue.offers);
  if (!bySort) presortedCache.set(catalogue.offers, (bySort = new Map()));
  let list = bySort.get(sort);
  if (!list) {
    const key = offerSortKey(sort);
    list = catalogue.offers
      .map((offer) => ({ offer, key: key(offer) }))
      .sort((a, b) => compareSortKeys(a.key, b.key))
      .map((e) => e.offer);
    bySort.set(sort, list);
  }
  return list;
}

/**
 * The plain scan: every offer against every filter. Requests go through the index
 * (offer-index.ts), which must give exactly this answer; this stays as its reference.
 * Matches come out in the order of `offers` (pass a presorted list to skip most of the sorting).
 */
export function searchOffers(
  catalogue: Catalogue,
  filter: OfferFilter,
  figures?: SearchFigures,
  offers: readonly OfferDoc[] = catalogue.offers,
): SearchResult {
  const tests = predicates(catalogue, filter, figures);
  const matches: OfferDoc[] = [];
  const facetValues = facetValuesOf(catalogue);
  const counts = Object.fromEntries(FACET_DIMENSIONS.map((d) => [d, new Map<string, number>()])) as Record<
    FacetDimension,
    Map<string, number>
  >;
  const dimensions = FACET_DIMENSIONS;
  for (const offer of offers) {
    // Which filters this offer fails, without allocating per offer: `always` filters rule it out of every count.
    let failedFacet: FacetDimension | 'always' | undefined;
    let failures = 0;
    for (const t of tests) {
      if (t.test(offer)) continue;
      const facet = t.facet ?? 'always';
      if (failedFacet === undefined) {
        failedFacet = facet;
        failures = 1;
      } else if (failedFacet !== facet) {
        failures = 2;
        break;
      }
    }
    if (failures === 0) matches.push(offer);
    // An offer counts in a facet when it passes every filter but that facet's own.
    if (failures > 1 || failedFacet === 'always') continue;
    for (const dimension of dimensions) {
      if (failedFacet !== undefined && failedFacet !== HIDDEN_BY[dimension]) continue;
      const map = counts[dimension];
      const values = facetValues[dimension](offer);
      for (let i = 0; i < values.length; i++) {
        const value = values[i]!;
        if (values.indexOf(value) !== i) continue;
        map.set(value, (map.get(value) ?? 0) + 1);
      }
    }
  }
  const facets = Object.fromEntries(
    (Object.keys(counts) as FacetDimension[]).map((d) => [
      d,
      [...counts[d]].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
    ]),
  ) as Facets;
  return { matches, facets };
}

/** An offer's relevance to this request's text (0 without text: RELEVANCE is then TITLE's order). */
export type Relevance = (offer: OfferDoc) => number;

/** Sort keys per order; the offer id breaks ties so the order is total and cursors are stable. */
export function offerSortKey(sort: OfferSort, figures?: SearchFigures, relevance?: Relevance): (offer: OfferDoc) => SortKey {
  switch (sort) {
    case 'TITLE':
      return (o) => [derived(o).title, o.id];
    case 'NEWEST':
      return (o) => [-derived(o).published, o.id];
    case 'MOST_BOOKED':
      if (!figures) throw new Error('MOST_BOOKED needs participation figures');
      return (o) => [-figures.bookings(o), derived(o).title, o.id];
    case 'RELEVANCE':
      // Rounded so a cursor written as JSON compares equal to the key it came from.
      return (o) => [-Math.round((relevance?.(o) ?? 0) * 1e6) / 1e6, derived(o).title, o.id];
  }
}
