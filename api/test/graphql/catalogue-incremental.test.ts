/**
 * A publish is applied to the catalogue in memory from the change log (a few documents) instead of
 * reloading every document. It must give exactly what a full load gives: the same documents in the
 * same order, and therefore the same search answers and facets, checked over random filters with
 * fast-check after rounds of random publishes, edits, unpublishes and translations, on DynamoDB Local.
 */
import fc from 'fast-check';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatalogueCache, type Catalogue } from '../../src/sources/content/catalogue.ts';
import { putDocument, removeDocument, type ContentStore } from '../../src/sources/content/projection-store.ts';
import { prepareOfferIndex, searchIndexed } from '../../src/modules/offers/offer-index.ts';
import type { OfferFilter, OfferSort } from '../../src/modules/offers/search.ts';
import { DISCIPLINES, SECTORS, type Locale } from '../../src/domain/vocabulary.ts';
import type { OfferDoc } from '../../src/domain/content.ts';
import { random as seeded } from '@cmk/cms/src/catalogue/random.ts';
import { buildCatalogue, projectCatalogue } from '../support/content-fixtures.ts';
import { startDynamoDbLocal, type TestDynamoDb } from '../support/dynamodb.ts';

const fixture = buildCatalogue(300, 13);
let db: TestDynamoDb;

beforeAll(async () => {
  db = await startDynamoDbLocal();
});
afterAll(async () => {
  await db?.stop();
});

/** The store with every read through the kind index counted (a full load pages through it). */
function counting(store: ContentStore) {
  const seen = { indexQueries: 0 };
  const doc = {
    send: (command: { input: { IndexName?: string } }) => {
      if (command.input.IndexName === 'gsi1') seen.indexQueries++;
      return (store.doc.send as (c: unknown) => Promise<unknown>)(command);
    },
  } as unknown as DynamoDBDocumentClient;
  return { store: { doc, tableName: store.tableName }, seen };
}

function filterArbitrary(catalogue: Catalogue): fc.Arbitrary<OfferFilter> {
  const offers = catalogue.offers;
  const distinct = <T>(values: Iterable<T>) => [...new Set(values)];
  const list = <T>(values: readonly T[]) => fc.uniqueArray(fc.constantFrom(...values), { minLength: 0, maxLength: 3 });
  const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
  const words = distinct(offers.flatMap((o) => o.title.split(/\s+/))).filter(Boolean);
  return fc.record(
    {
      municipalityCodes: maybe(list([...catalogue.municipalitiesByCode.keys()])),
      regionId: maybe(fc.constantFrom(...catalogue.regionsById.keys())),
      disciplines: maybe(list(DISCIPLINES)),
      sectors: maybe(list(SECTORS)),
      grade: maybe(fc.integer({ min: 1, max: 8 })),
      offerTypes: maybe(list(distinct(offers.map((o) => o.offerType)))),
      themes: maybe(list(distinct(offers.flatMap((o) => o.themes)))),
      partnerId: maybe(fc.constantFrom(...distinct(offers.map((o) => o.partner?.id ?? 'none')))),
      maxPricePerPupil: maybe(fc.constantFrom(0, 5, 15)),
      text: maybe(fc.constantFrom(...words, 'bijgewerkt')),
    },
    { requiredKeys: [] },
  );
}

const ids = (offers: readonly OfferDoc[]) => offers.map((o) => o.id);
const SORTS: OfferSort[] = ['TITLE', 'NEWEST', 'RELEVANCE'];

describe('a publish applied from the change log', () => {
  it('gives the same catalogue and search answers as a full load, over random edits and filters', async () => {
    const base = { doc: db.doc, tableName: (await db.createTestTables()).content };
    await projectCatalogue(base, fixture);
    const { store, seen } = counting(base);
    const locales: Locale[] = ['nl', 'en'];
    const warm = new CatalogueCache(store, { freshnessMs: 0, settleMs: 0, snapshots: false, prepare: prepareOfferIndex });
    for (const locale of locales) await warm.get(locale);

    const random = seeded(21).next;
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    const versions = new Map<string, number>();
    const nextVersion = (key: string) => {
      const v = (versions.get(key) ?? 1) + 1;
      versions.set(key, v);
      return v;
    };
    let fresh = 0;
    for (let round = 0; round < 3; round++) {
      // A round of single writes, as the sync endpoint makes them.
      for (let k = 0; k < 6; k++) {
        const offer = pick(fixture.offers);
        const what = random();
        if (what < 0.35) {
          await putDocument(base, { ...offer, title: `${offer.title} bijgewerkt ${round}` }, nextVersion(`${offer.id}#nl`));
        } else if (what < 0.55) {
          await removeDocument(base, 'offer', offer.id, 'nl', nextVersion(`${offer.id}#nl`));
        } else if (what < 0.75) {
          const en = { ...offer, locale: 'en' as const, title: `${offer.title} (English)` };
          await putDocument(base, en, nextVersion(`${offer.id}#en`));
        } else if (what < 0.9) {
          const id = `offer-new-${round}-${fresh++}`;
          await putDocument(base, { ...offer, id, title: `Nieuw aanbod ${id}` }, 1);
        } else {
          const partner = pick(fixture.partners);
          await putDocument(base, { ...partner, name: `${partner.name} bijgewerkt` }, nextVersion(`${partner.id}#nl`));
        }
      }
      for (const locale of locales) {
        const before = seen.indexQueries;
        const applied = await warm.refreshed(locale);
        expect(seen.indexQueries, 'applied from the change log, without a full load').toBe(before);
        const full = await new CatalogueCache(base, { settleMs: 0, snapshots: false, prepare: prepareOfferIndex }).get(locale);
        expect(applied.version).toBe(full.version);
        expect(applied.offers).toEqual(full.offers);
        expect([...applied.partnersById.entries()]).toEqual([...full.partnersById.entries()]);
        fc.assert(
          fc.property(filterArbitrary(full), fc.constantFrom(...SORTS), (filter, sort) => {
            const a = searchIndexed(applied, filter, sort);
            const b = searchIndexed(full, filter, sort);
            expect(ids(a.matches)).toEqual(ids(b.matches));
            expect(a.facets).toEqual(b.facets);
          }),
          { numRuns: 80, seed: round },
        );
      }
    }
    // The edits reached the catalogue (the comparison is not between two unchanged ones).
    const nl = await warm.get('nl');
    expect(nl.offers.some((o) => o.title.includes('bijgewerkt'))).toBe(true);
    expect(nl.offers.some((o) => o.id.startsWith('offer-new-'))).toBe(true);
    expect(nl.offers.length).not.toBe(fixture.offers.length);
  }, 300_000);
});
