/**
 * The offer index: per loaded catalogue, a posting list per filter value (the offers that carry
 * it, as a bitset over the catalogue's positions), the per-offer values search cannot index
 * (per-pupil price), and the positions presorted per order; text matches come from text-search.ts. A request intersects
 * bitsets instead of testing every offer, and counts facets only over the offers that pass the
 * other filters. Built once per catalogue version (in the background, before the catalogue is
 * swapped in: see `prepare` in sources/content/catalogue.ts). Same answers as the plain scan
 * (`searchOffers` in search.ts): api/test/graphql/offer-index.test.ts checks that over random filters.
 */
import type { Catalogue } from '../../sources/content/catalogue.ts';
import type { OfferDoc } from '../../domain/content.ts';
import type { Sector } from '../../domain/vocabulary.ts';
import { compareSortKeys, type SortKey } from '../common/pagination.ts';
import { matchText, prepareTextIndex } from './text-search.ts';
import { FACET_DIMENSIONS, facetValuesOf, HIDDEN_BY, type FacetValues } from './facet-values.ts';
import {
  municipalitiesIn,
  offerSortKey,
  pricePerPupil,
  type FacetDimension,
  type Facets,
  type OfferFilter,
  type OfferSort,
  type SearchFigures,
  type SearchResult,
} from './search.ts';
import { inDateRange } from './dates.ts';
import { lazyRecord } from '../../shared/lazy.ts';
import { slicer } from '../../shared/slices.ts';

type Bits = Uint32Array;

const DIMENSIONS = FACET_DIMENSIONS;
const GRADES = 9; // groep 1–8 and leerjaar 1–6, indexed by the number itself

/** Values of one facet dimension: the distinct values, and per offer the ids of its values. */
interface Dimension {
  readonly values: readonly string[];
  readonly postings: ReadonlyMap<string, Bits>;
  /** Offer i's value ids are ids[start[i] .. start[i + 1]). */
  readonly start: Uint32Array;
  readonly ids: Uint16Array | Uint32Array;
}

export interface OfferIndex {
  readonly offers: readonly OfferDoc[];
  readonly words: number;
  readonly dimensions: Readonly<Record<FacetDimension, Dimension>>;
  readonly audiences: ReadonlyMap<string, Bits>;
  readonly partners: ReadonlyMap<string, Bits>;
  readonly projects: ReadonlyMap<string, Bits>;
  /** Offers with a grade range (any sector) that holds the grade, per grade. */
  readonly grades: readonly Bits[];
  /** The same per sector of the range. */
  readonly gradesBySector: ReadonlyMap<Sector, readonly Bits[]>;
  /** Per offer: its per-pupil price (Infinity when priced otherwise). */
  readonly prices: Float64Array;
  /** Positions in order, and each position's place in that order. */
  readonly sorted: Readonly<Record<'TITLE' | 'NEWEST', { readonly order: Uint32Array; readonly rank: Uint32Array }>>;
}

const emptyBits = (words: number): Bits => new Uint32Array(words);
const setBit = (bits: Bits, i: number) => {
  bits[i >>> 5]! |= 1 << (i & 31);
};
const hasBit = (bits: Bits, i: number) => (bits[i >>> 5]! & (1 << (i & 31))) !== 0;

function popcount(bits: Bits): number {
  let n = 0;
  for (let w = 0; w < bits.length; w++) {
    let v = bits[w]!;
    v -= (v >>> 1) & 0x55555555;
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    n += (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return n;
}

/** Calls `visit` with every set position, in position order. */
function forEachBit(bits: Bits, visit: (i: number) => void): void {
  for (let w = 0; w < bits.length; w++) {
    let v = bits[w]!;
    while (v !== 0) {
      const low = v & -v;
      visit((w << 5) + 31 - Math.clz32(low));
      v ^= low;
    }
  }
}

const and = (a: Bits, b: Bits): Bits => {
  const out = new Uint32Array(a.length);
  for (let w = 0; w < a.length; w++) out[w] = a[w]! & b[w]!;
  return out;
};
const andInto = (target: Bits, b: Bits): Bits => {
  for (let w = 0; w < target.length; w++) target[w]! &= b[w]!;
  return target;
};
const orInto = (target: Bits, b: Bits): Bits => {
  for (let w = 0; w < target.length; w++) target[w]! |= b[w]!;
  return target;
};

function postingsOf(offers: readonly OfferDoc[], words: number, values: (o: OfferDoc) => readonly (string | undefined)[]) {
  const postings = new Map<string, Bits>();
  offers.forEach((offer, i) => {
    for (const value of values(offer)) {
      if (value === undefined) continue;
      let bits = postings.get(value);
      if (!bits) postings.set(value, (bits = emptyBits(words)));
      setBit(bits, i);
    }
  });
  return postings;
}

function dimensionOf(offers: readonly OfferDoc[], words: number, values: (o: OfferDoc) => readonly string[]): Dimension {
  const postings = postingsOf(offers, words, values);
  const names = [...postings.keys()];
  const idOf = new Map(names.map((v, i) => [v, i]));
  const start = new Uint32Array(offers.length + 1);
  const list: number[] = [];
  offers.forEach((offer, i) => {
    start[i] = list.length;
    for (const value of new Set(values(offer))) list.push(idOf.get(value)!);
  });
  start[offers.length] = list.length;
  return { values: names, postings, start, ids: names.length < 0xffff ? Uint16Array.from(list) : Uint32Array.from(list) };
}

function sortedBy(keys: readonly SortKey[]) {
  const order = Uint32Array.from(keys.keys()).sort((a, b) => compareSortKeys(keys[a]!, keys[b]!));
  const rank = new Uint32Array(keys.length);
  order.forEach((position, place) => (rank[position] = place));
  return { order, rank };
}

/** Offers handled between two pauses of a stepwise build (a few milliseconds of work). */
const STEP = 1000;

/** The build, pausing (`yield`) every few milliseconds of work so a background build never holds up requests for long. */
function* buildSteps(offers: readonly OfferDoc[], facetValues: FacetValues): Generator<void, OfferIndex> {
  const words = Math.ceil(offers.length / 32);
  const grades = Array.from({ length: GRADES }, () => emptyBits(words));
  const gradesBySector = new Map<Sector, Bits[]>();
  const prices = new Float64Array(offers.length);
  const titleKey = offerSortKey('TITLE');
  const newestKey = offerSortKey('NEWEST');
  const titles: SortKey[] = [];
  const newest: SortKey[] = [];
  for (let i = 0; i < offers.length; i++) {
    if (i % STEP === STEP - 1) yield;
    const offer = offers[i]!;
    for (const range of offer.gradeRanges) {
      let bySector = gradesBySector.get(range.sector);
      if (!bySector) gradesBySector.set(range.sector, (bySector = Array.from({ length: GRADES }, () => emptyBits(words))));
      for (let g = Math.max(1, range.from); g <= Math.min(GRADES - 1, range.to); g++) {
        setBit(grades[g]!, i);
        setBit(bySector[g]!, i);
      }
    }
    prices[i] = pricePerPupil(offer) ?? Infinity;
    titles.push(titleKey(offer));
    newest.push(newestKey(offer));
  }
  const dimensions = {} as Record<FacetDimension, Dimension>;
  for (const d of DIMENSIONS) {
    yield;
    dimensions[d] = dimensionOf(offers, words, facetValues[d]);
  }
  yield;
  const audiences = postingsOf(offers, words, (o) => [o.audience]);
  const partners = postingsOf(offers, words, (o) => [o.partner?.id]);
  const projects = postingsOf(offers, words, (o) => [o.projectId]);
  yield;
  const byTitle = sortedBy(titles);
  yield;
  const byNewest = sortedBy(newest);
  return {
    offers,
    words,
    dimensions,
    audiences,
    partners,
    projects,
    grades,
    gradesBySector,
    prices,
    sorted: { TITLE: byTitle, NEWEST: byNewest },
  };
}

/** `facetValues`: the catalogue's (facetValuesOf), so derived facets such as regions count as in the plain scan. */
export function buildOfferIndex(offers: readonly OfferDoc[], facetValues: FacetValues): OfferIndex {
  const steps = buildSteps(offers, facetValues);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

const built = new WeakMap<readonly OfferDoc[], OfferIndex>();

/**
 * Builds the index of a new catalogue in the background, in steps with a pause between them so
 * requests served from the current catalogue go on meanwhile (the catalogue's `prepare`).
 *
 * The first catalogue of a process (`waiting`: a cold start, requests wait for it) gets its filter
 * index at once, and its text index (about 550 ms at 5,000 offers) afterwards in the background:
 * a first search without text does not wait for it, and a text search that comes before it is
 * done builds it then (`textIndex`).
 */
export async function prepareOfferIndex(catalogue: Catalogue, { waiting = false }: { readonly waiting?: boolean } = {}): Promise<void> {
  if (waiting) {
    offerIndex(catalogue);
    setImmediate(() => void prepareTextIndex(catalogue).catch((error: unknown) => console.warn('text index: build failed', error)));
    return;
  }
  await prepareTextIndex(catalogue);
  if (built.has(catalogue.offers)) return;
  const steps = buildSteps(catalogue.offers, facetValuesOf(catalogue));
  const pause = slicer();
  for (;;) {
    const step = steps.next();
    if (step.done) {
      built.set(catalogue.offers, step.value);
      return;
    }
    await pause();
  }
}

/** The index of a catalogue's offers, built on first use and kept as long as the catalogue is. */
export function offerIndex(catalogue: Catalogue): OfferIndex {
  let index = built.get(catalogue.offers);
  if (!index) built.set(catalogue.offers, (index = buildOfferIndex(catalogue.offers, facetValuesOf(catalogue))));
  return index;
}

/** The union of the posting lists of the wanted values (an empty list matches nothing). */
function anyOf(index: OfferIndex, postings: ReadonlyMap<string, Bits>, wanted: Iterable<string>): Bits {
  const out = emptyBits(index.words);
  for (const value of wanted) {
    const bits = postings.get(value);
    if (bits) orInto(out, bits);
  }
  return out;
}

/** Offers among `candidates` that pass `test`. */
function scan(index: OfferIndex, candidates: Bits, test: (i: number) => boolean): Bits {
  const out = emptyBits(index.words);
  forEachBit(candidates, (i) => {
    if (test(i)) setBit(out, i);
  });
  return out;
}

/**
 * The same answer as `searchOffers(catalogue, filter, figures, presorted(catalogue, sort))`:
 * matches in the sort's order (catalogue order for MOST_BOOKED and RELEVANCE, which the caller sorts), facets
 * counted under the other filters.
 */
export function searchIndexed(
  catalogue: Catalogue,
  filter: OfferFilter,
  sort: OfferSort,
  figures?: SearchFigures,
  index: OfferIndex = offerIndex(catalogue),
): SearchResult {
  const { words, offers } = index;
  // Filters that hide one facet dimension from its own counts.
  const byFacet = new Map<FacetDimension, Bits>();
  const places = municipalitiesIn(catalogue, filter);
  if (places) byFacet.set('municipalities', anyOf(index, index.dimensions.municipalities.postings, places));
  if (filter.disciplines?.length) byFacet.set('disciplines', anyOf(index, index.dimensions.disciplines.postings, filter.disciplines));
  if (filter.sectors?.length) {
    const sectors = anyOf(index, index.dimensions.sectors.postings, filter.sectors);
    // With sectors given, the grade must fit one of those sectors: part of the sector filter.
    if (filter.grade != null) {
      const fits = emptyBits(words);
      for (const sector of filter.sectors) {
        const bits = index.gradesBySector.get(sector)?.[filter.grade];
        if (bits) orInto(fits, bits);
      }
      andInto(sectors, fits);
    }
    byFacet.set('sectors', sectors);
  }
  if (filter.offerTypes?.length) byFacet.set('offerTypes', anyOf(index, index.dimensions.offerTypes.postings, filter.offerTypes));
  if (filter.locationTypes?.length) {
    byFacet.set('locationTypes', anyOf(index, index.dimensions.locationTypes.postings, filter.locationTypes));
  }
  if (filter.themes?.length) byFacet.set('themes', anyOf(index, index.dimensions.themes.postings, filter.themes));
  if (filter.kerndoelen?.length) byFacet.set('kerndoelen', anyOf(index, index.dimensions.kerndoelen.postings, filter.kerndoelen));

  // Filters that rule an offer out of the matches and of every count.
  const always = emptyBits(words).fill(0xffffffff);
  if (offers.length % 32) always[words - 1] = (1 << (offers.length % 32)) - 1;
  if (filter.grade != null) andInto(always, index.grades[filter.grade] ?? emptyBits(words));
  if (filter.audience) andInto(always, anyOf(index, index.audiences, [filter.audience]));
  if (filter.partnerId) andInto(always, anyOf(index, index.partners, [filter.partnerId]));
  if (filter.projectId) andInto(always, anyOf(index, index.projects, [filter.projectId]));

  // Per dimension, the offers passing every facet filter but its own (prefix and suffix intersections).
  const filtered = DIMENSIONS.filter((d) => byFacet.has(d));
  const allBut = new Map<FacetDimension, Bits>();
  let prefix: Bits | undefined;
  const prefixes: (Bits | undefined)[] = [];
  for (const d of filtered) {
    prefixes.push(prefix);
    prefix = prefix ? and(prefix, byFacet.get(d)!) : byFacet.get(d)!;
  }
  let suffix: Bits | undefined;
  for (let k = filtered.length - 1; k >= 0; k--) {
    const before = prefixes[k];
    allBut.set(filtered[k]!, before && suffix ? and(before, suffix) : (before ?? suffix ?? always));
    suffix = suffix ? and(suffix, byFacet.get(filtered[k]!)!) : byFacet.get(filtered[k]!)!;
  }
  const everyFacet = prefix; // undefined: no facet filter

  // The filters that need each offer's own value run only over offers that can still count somewhere.
  let candidates = always;
  if (filtered.length > 1) {
    const some = emptyBits(words);
    for (const bits of allBut.values()) orInto(some, bits);
    candidates = and(always, some);
  }
  if (filter.maxPricePerPupil != null) {
    const max = filter.maxPricePerPupil;
    candidates = scan(index, candidates, (i) => index.prices[i]! <= max);
  }
  if (filter.text?.trim()) {
    const matching = emptyBits(words);
    for (const i of matchText(catalogue, filter.text).keys()) setBit(matching, i);
    candidates = and(candidates, matching);
  }
  const within = filter.within;
  if (within) candidates = scan(index, candidates, (i) => within(offers[i]!));
  if (filter.dateFrom || filter.dateTo) {
    const range = { from: filter.dateFrom, to: filter.dateTo };
    candidates = scan(index, candidates, (i) => inDateRange(offers[i]!, range));
  }
  if (filter.hasCapacity != null) {
    if (!figures) throw new Error('hasCapacity needs participation figures');
    const wanted = filter.hasCapacity;
    candidates = scan(index, candidates, (i) => {
      const remaining = figures.remaining(offers[i]!);
      return (remaining === null || remaining > 0) === wanted;
    });
  }
  const passing = candidates === always ? always : andInto(candidates, always);

  const matchBits = everyFacet ? and(passing, everyFacet) : passing;
  let facets: Facets | undefined;
  return {
    matches: inOrder(index, matchBits, sort),
    // Counted when read: a query that selects no facets does not pay for them.
    get facets() {
      return (facets ??= countFacets(index, passing, allBut, everyFacet));
    },
  };
}

function countFacets(index: OfferIndex, passing: Bits, allBut: ReadonlyMap<FacetDimension, Bits>, everyFacet: Bits | undefined): Facets {
  // Per dimension when first read: a query that selects some facets counts only those.
  return lazyRecord(DIMENSIONS, (d) => {
    const base = allBut.get(HIDDEN_BY[d]) ?? everyFacet;
    const counted = base ? and(passing, base) : passing;
    const { values, start, ids } = index.dimensions[d];
    const counts = new Uint32Array(values.length);
    forEachBit(counted, (i) => {
      for (let k = start[i]!; k < start[i + 1]!; k++) counts[ids[k]!]!++;
    });
    const buckets: { value: string; count: number }[] = [];
    counts.forEach((count, id) => {
      if (count > 0) buckets.push({ value: values[id]!, count });
    });
    return buckets.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  });
}

/** The matching offers in the sort's order: sort the few, or walk the presorted list for the many. */
function inOrder(index: OfferIndex, bits: Bits, sort: OfferSort): OfferDoc[] {
  const { offers } = index;
  const out: OfferDoc[] = [];
  if (sort === 'MOST_BOOKED' || sort === 'RELEVANCE') {
    forEachBit(bits, (i) => out.push(offers[i]!));
    return out;
  }
  const { order, rank } = index.sorted[sort];
  const count = popcount(bits);
  if (count * 16 < offers.length) {
    const positions: number[] = [];
    forEachBit(bits, (i) => positions.push(i));
    positions.sort((a, b) => rank[a]! - rank[b]!);
    for (const i of positions) out.push(offers[i]!);
    return out;
  }
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    if (hasBit(bits, i)) out.push(offers[i]!);
  }
  return out;
}
