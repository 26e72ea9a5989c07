/**
 * The index must answer exactly what the plain scan answers: the same offers in the same order and
 * the same facet counts, for any filter. Random filters over the generated test catalogue, drawn
 * from the catalogue's own values plus values no offer has, checked with fast-check (a failure is
 * shrunk to the smallest filter that still differs).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keysetPage, keysetPageOfSorted } from '../../src/modules/common/pagination.ts';
import { buildOfferIndex, prepareOfferIndex, searchIndexed } from '../../src/modules/offers/offer-index.ts';
import { facetValuesOf } from '../../src/modules/offers/facet-values.ts';
import {
  offerSortKey,
  presorted,
  searchOffers,
  type OfferFilter,
  type OfferSort,
  type SearchFigures,
} from '../../src/modules/offers/search.ts';
import { DISCIPLINES, SECTORS } from '../../src/domain/vocabulary.ts';
import type { Catalogue } from '../../src/sources/content/catalogue.ts';
import type { OfferDoc } from '../../src/domain/content.ts';
import { random as seeded } from '@cmk/cms/src/catalogue/random.ts';
import { buildCatalogue } from '../support/content-fixtures.ts';

function catalogueOf(size: number, seed: number): Catalogue {
  const built = buildCatalogue(size, seed);
  const byId = <T extends { id: string }>(docs: readonly T[]) => new Map(docs.map((d) => [d.id, d]));
  return {
    locale: 'nl',
    version: 1,
    offers: built.offers,
    offersById: byId(built.offers),
    partnersById: byId(built.partners),
    projectsById: byId(built.projects),
    regionsById: byId(built.regions),
    municipalitiesByCode: byId(built.municipalities),
    communitiesById: new Map(),
    knowledgeItems: [],
    knowledgeItemsById: new Map(),
  };
}

/** Figures that vary per offer (some full, some without a limit), for hasCapacity and MOST_BOOKED. */
function figuresOf(catalogue: Catalogue, seed: number): SearchFigures {
  const random = seeded(seed).next;
  const byId = new Map(
    catalogue.offers.map((o) => [o.id, { remaining: random() < 0.2 ? null : Math.floor(random() * 3), booked: Math.floor(random() * 6) }]),
  );
  return { remaining: (o) => byId.get(o.id)!.remaining, bookings: (o) => byId.get(o.id)!.booked };
}

const distinct = <T>(values: Iterable<T>) => [...new Set(values)];
const dayOf = (n: number) => new Date(Date.UTC(2026, 7, 1) + n * 86_400_000).toISOString().slice(0, 10);

function filterArbitrary(catalogue: Catalogue): fc.Arbitrary<OfferFilter> {
  const offers = catalogue.offers;
  const list = <T>(values: readonly T[]) => fc.uniqueArray(fc.constantFrom(...values), { minLength: 0, maxLength: 3 });
  const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
  const words = distinct(offers.flatMap((o) => `${o.title} ${o.summary ?? ''} ${o.partner?.name ?? ''}`.split(/\s+/))).filter(Boolean);
  const text = fc.oneof(
    fc.constantFrom(...words),
    fc.tuple(fc.constantFrom(...words), fc.constantFrom(...words)).map(([a, b]) => `${a.slice(1, 4)} ${b.toUpperCase()}`),
    fc.constantFrom('café', 'CAFE', '  ', 'zzz-nergens'),
  );
  return fc.record(
    {
      municipalityCodes: maybe(list([...catalogue.municipalitiesByCode.keys(), 'GM9999'])),
      regionId: maybe(fc.constantFrom(...catalogue.regionsById.keys(), 'region-none')),
      provinceCode: maybe(fc.constantFrom('PV27', 'PV28', 'PV99')),
      disciplines: maybe(list(DISCIPLINES)),
      sectors: maybe(list(SECTORS)),
      grade: maybe(fc.integer({ min: 1, max: 8 })),
      offerTypes: maybe(list(distinct(offers.map((o) => o.offerType)))),
      locationTypes: maybe(list(distinct(offers.map((o) => o.locationType)))),
      themes: maybe(list([...distinct(offers.flatMap((o) => o.themes)), 'geen thema'])),
      kerndoelen: maybe(list(distinct(offers.flatMap((o) => o.kerndoelen)))),
      audience: maybe(fc.constantFrom('PUPILS' as const, 'TEACHERS' as const)),
      maxPricePerPupil: maybe(fc.constantFrom(0, 2.5, 7, 15, 1000)),
      partnerId: maybe(fc.constantFrom(...distinct(offers.map((o) => o.partner?.id ?? 'none')), 'partner-none')),
      projectId: maybe(fc.constantFrom(...catalogue.projectsById.keys(), 'project-none')),
      text: maybe(text),
      hasCapacity: maybe(fc.boolean()),
      // Days of the school year 2026-2027 and around it; a range may be open on either side or empty.
      dateFrom: maybe(fc.integer({ min: -30, max: 400 }).map(dayOf)),
      dateTo: maybe(fc.integer({ min: -30, max: 400 }).map(dayOf)),
    },
    { requiredKeys: [] },
  );
}

const ids = (offers: readonly OfferDoc[]) => offers.map((o) => o.id);
const SORTS: OfferSort[] = ['TITLE', 'NEWEST', 'MOST_BOOKED'];

describe('the offer index answers what the plain scan answers', () => {
  for (const [size, seed] of [
    [3000, 11],
    [257, 3],
  ] as const) {
    const catalogue = catalogueOf(size, seed);
    const figures = figuresOf(catalogue, seed);
    const index = buildOfferIndex(catalogue.offers, facetValuesOf(catalogue));

    it(`over random filters and every sort (${size} generated offers)`, () => {
      fc.assert(
        fc.property(filterArbitrary(catalogue), fc.constantFrom(...SORTS), (filter, sort) => {
          const plain = searchOffers(catalogue, filter, figures, presorted(catalogue, sort));
          const indexed = searchIndexed(catalogue, filter, sort, figures, index);
          expect(ids(indexed.matches)).toEqual(ids(plain.matches));
          expect(indexed.facets).toEqual(plain.facets);
        }),
        { numRuns: size > 1000 ? 300 : 500, seed },
      );
    });
  }

  it('filters really narrow the list (the comparison is not between two empty answers)', () => {
    const catalogue = catalogueOf(3000, 11);
    const sizes = fc
      .sample(filterArbitrary(catalogue), { numRuns: 200, seed: 11 })
      .map((filter) => searchIndexed(catalogue, { ...filter, hasCapacity: undefined }, 'TITLE').matches.length);
    expect(sizes.filter((n) => n > 0 && n < 3000).length).toBeGreaterThan(50);
    expect(sizes.some((n) => n > 100)).toBe(true);
  });

  it('handles catalogues whose size is not a multiple of the bitset word, and an empty one', () => {
    for (const size of [0, 1, 31, 32, 33, 64, 65]) {
      const catalogue = catalogueOf(size, 5);
      const plain = searchOffers(catalogue, {}, undefined, presorted(catalogue, 'TITLE'));
      const indexed = searchIndexed(catalogue, {}, 'TITLE');
      expect(ids(indexed.matches)).toEqual(ids(plain.matches));
      expect(indexed.matches).toHaveLength(size);
      expect(indexed.facets).toEqual(plain.facets);
    }
  });

  it('pages of a sorted list are the pages of the plain keyset pager, cursor after cursor', () => {
    const catalogue = catalogueOf(500, 9);
    const { matches } = searchIndexed(catalogue, { sectors: ['BO'] }, 'NEWEST');
    const key = offerSortKey('NEWEST');
    let after: string | null | undefined;
    let pages = 0;
    do {
      const fast = keysetPageOfSorted(matches, key, 'NEWEST', 7, after);
      const plain = keysetPage(matches, key, 'NEWEST', 7, after);
      expect(fast).toEqual(plain);
      after = fast.pageInfo.hasNextPage ? fast.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(Math.ceil(matches.length / 7));
  });

  it('a cold start answers at once, text searches included, while its text index is still built in the background', async () => {
    const catalogue = catalogueOf(800, 21);
    const word = catalogue.offers[0]!.title.split(/\s+/).find((w) => w.length >= 5)!;
    const filters: OfferFilter[] = [{ text: word }, { text: word, sectors: ['BO'] }, { disciplines: ['MUSIC'] }];
    const plain = filters.map((filter) => ids(searchOffers(catalogue, filter, undefined, presorted(catalogue, 'TITLE')).matches));
    // The first catalogue of a process: requests wait for it, so it is ready without the text index.
    await prepareOfferIndex(catalogue, { waiting: true });
    expect(filters.map((filter) => ids(searchIndexed(catalogue, filter, 'TITLE').matches))).toEqual(plain);
    expect(plain[0]!.length).toBeGreaterThan(0);
    // Once the background build is done, the answers stay the same.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(filters.map((filter) => ids(searchIndexed(catalogue, filter, 'TITLE').matches))).toEqual(plain);
  });

  it('a background build gives way to waiting requests again and again, and then answers as the plain scan', async () => {
    const catalogue = catalogueOf(4000, 13);
    const word = catalogue.offers[0]!.title.split(/\s+/).find((w) => w.length >= 5)!;
    const filters: OfferFilter[] = [{ text: word }, { text: word, sectors: ['HAVO'] }, { disciplines: ['DANCE'], sectors: ['BO'] }];
    const plain = filters.map((filter) => ids(searchOffers(catalogue, filter, undefined, presorted(catalogue, 'TITLE')).matches));
    // A request stands for each turn of the event loop that the build leaves to others.
    let turns = 0;
    let done = false;
    const build = prepareOfferIndex(catalogue, { waiting: false }).then(() => (done = true));
    const tick = (): void => {
      if (done) return;
      turns++;
      setImmediate(tick);
    };
    setImmediate(tick);
    await build;
    // Text and filter index each take several 10 ms slices here; one pass without pausing gives 1.
    expect(turns).toBeGreaterThan(5);
    expect(filters.map((filter) => ids(searchIndexed(catalogue, filter, 'TITLE').matches))).toEqual(plain);
  });
});
