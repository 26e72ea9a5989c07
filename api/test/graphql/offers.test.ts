import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OfferDoc } from '../../src/domain/content.ts';
import { buildCatalogue, projectCatalogue } from '../support/content-fixtures.ts';
import { startDynamoDbLocal, type TestDynamoDb } from '../support/dynamodb.ts';
import { createTestApi, quietCatalogue, type TestApi } from '../support/graphql.ts';
import type { TableNames } from '../../src/sources/dynamodb/create-tables.ts';

const catalogue = buildCatalogue(120, 7);
const OFFER_IDS = `query Offers($filter: OfferFilter, $first: Int, $after: String, $sort: OfferSort) {
  offers(filter: $filter, first: $first, after: $after, sort: $sort) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id } }
    facets {
      disciplines { value label count }
      sectors { value count }
      municipalities { value label count }
      offerTypes { value count }
      locationTypes { value count }
      themes { value label count }
      kerndoelen { value count }
      regions { value label count }
    }
  }
}`;

/** The expected result, computed straight from the fixture data (independent of the API's search code). */
function expected(filter: Record<string, unknown>): OfferDoc[] {
  const f = filter as {
    municipalityCodes?: string[];
    regionId?: string;
    provinceCode?: string;
    disciplines?: string[];
    sectors?: string[];
    grade?: number;
    offerTypes?: string[];
    locationTypes?: string[];
    themes?: string[];
    kerndoelen?: string[];
    audience?: string;
    maxPricePerPupil?: number;
    partnerId?: string;
    projectId?: string;
  };
  const region = catalogue.regions.find((r) => r.id === f.regionId);
  const province = catalogue.municipalities.filter((m) => m.provinceCode === f.provinceCode).map((m) => m.id);
  return catalogue.offers.filter((o) => {
    if (f.municipalityCodes && !o.municipalityCodes.some((c) => f.municipalityCodes!.includes(c))) return false;
    if (f.regionId && !o.municipalityCodes.some((c) => region?.municipalityCodes.includes(c))) return false;
    if (f.provinceCode && !o.municipalityCodes.some((c) => province.includes(c))) return false;
    if (f.disciplines && !o.disciplines.some((d) => f.disciplines!.includes(d))) return false;
    if (f.sectors && !o.sectors.some((s) => f.sectors!.includes(s))) return false;
    if (
      f.grade !== undefined &&
      !o.gradeRanges.some((r) => (!f.sectors || f.sectors.includes(r.sector)) && r.from <= f.grade! && f.grade! <= r.to)
    )
      return false;
    if (f.offerTypes && !f.offerTypes.includes(o.offerType)) return false;
    if (f.locationTypes && !f.locationTypes.includes(o.locationType)) return false;
    if (f.themes && !o.themes.some((t) => f.themes!.includes(t))) return false;
    if (f.kerndoelen && !o.kerndoelen.some((k) => f.kerndoelen!.includes(k))) return false;
    if (f.audience && o.audience !== f.audience) return false;
    if (f.maxPricePerPupil !== undefined) {
      const perPupil = o.prices.length === 0 ? 0 : o.prices.find((p) => p.unit === 'PER_PUPIL')?.amount;
      if (perPupil === undefined || perPupil > f.maxPricePerPupil) return false;
    }
    if (f.partnerId && o.partner?.id !== f.partnerId) return false;
    if (f.projectId && o.projectId !== f.projectId) return false;
    return true;
  });
}

const FILTERS: Record<string, Record<string, unknown>> = {
  municipalityCodes: { municipalityCodes: ['GM0392', 'GM0622'] },
  regionId: { regionId: 'region-hart' },
  provinceCode: { provinceCode: 'PV28' },
  disciplines: { disciplines: ['MUSIC', 'DANCE'] },
  sectors: { sectors: ['VMBO'] },
  grade: { grade: 5 },
  offerTypes: { offerTypes: ['WORKSHOP', 'VISIT'] },
  locationTypes: { locationTypes: ['AT_SCHOOL'] },
  themes: { themes: ['CITIZENSHIP'] },
  kerndoelen: { kerndoelen: ['PO-54'] },
  audience: { audience: 'TEACHERS' },
  maxPricePerPupil: { maxPricePerPupil: 7.5 },
  partnerId: { partnerId: 'partner-3' },
  projectId: { projectId: 'project-1' },
  'municipality and discipline': { municipalityCodes: ['GM0392'], disciplines: ['MUSIC', 'THEATRE'] },
  'region, sector, grade': { regionId: 'region-kunstgebouw', sectors: ['BO', 'SBO'], grade: 6 },
  'three filters': { provinceCode: 'PV27', offerTypes: ['WORKSHOP', 'PERFORMANCE', 'LESSON_SERIES'], maxPricePerPupil: 10 },
  'theme, kerndoel, region': { themes: ['CITIZENSHIP', 'LANGUAGE_AND_ART'], kerndoelen: ['PO-54', 'VO-48'], regionId: 'region-hart' },
};

describe('offer search against DynamoDB Local', () => {
  let db: TestDynamoDb;
  let tables: TableNames;
  let api: TestApi;

  beforeAll(async () => {
    db = await startDynamoDbLocal();
    tables = await db.createTestTables();
    await projectCatalogue({ doc: db.doc, tableName: tables.content }, catalogue);
    api = createTestApi(db.doc, tables);
  });
  afterAll(async () => db?.stop());

  for (const [name, filter] of Object.entries(FILTERS)) {
    it(`filter ${name}: returns exactly the matching offers, with facets under the other filters`, async () => {
      const result = await api.run<{
        offers: { totalCount: number; edges: { node: { id: string } }[]; facets: Record<string, { value: string; count: number }[]> };
      }>(OFFER_IDS, { filter, first: 100 });
      expect(result.errors).toBeUndefined();
      const want = expected(filter);
      expect(want.length).toBeGreaterThan(0);
      expect(result.data!.offers.totalCount).toBe(want.length);
      expect(result.data!.offers.edges.map((e) => e.node.id).sort()).toEqual(want.map((o) => o.id).sort());

      // A facet counts under every filter but its own.
      const facetOf = {
        disciplines: 'disciplines',
        sectors: 'sectors',
        municipalities: 'municipalityCodes',
        offerTypes: 'offerTypes',
        locationTypes: 'locationTypes',
        themes: 'themes',
        kerndoelen: 'kerndoelen',
        regions: 'municipalityCodes',
      } as const;
      const regionsOf = (o: OfferDoc) =>
        catalogue.regions.filter((r) => r.municipalityCodes.some((c) => o.municipalityCodes.includes(c))).map((r) => r.id);
      const values = {
        disciplines: (o: OfferDoc) => o.disciplines,
        sectors: (o: OfferDoc) => o.sectors,
        municipalities: (o: OfferDoc) => o.municipalityCodes,
        offerTypes: (o: OfferDoc) => [o.offerType],
        locationTypes: (o: OfferDoc) => [o.locationType],
        themes: (o: OfferDoc) => o.themes,
        kerndoelen: (o: OfferDoc) => o.kerndoelen,
        regions: regionsOf,
      };
      const place = new Set(['municipalityCodes', 'regionId', 'provinceCode']);
      for (const [dimension, field] of Object.entries(facetOf) as [keyof typeof values, string][]) {
        const others = Object.fromEntries(
          Object.entries(filter).filter(
            ([k]) => k !== field && !((dimension === 'municipalities' || dimension === 'regions') && place.has(k)),
          ),
        );
        const counts = new Map<string, number>();
        for (const o of expected(others)) for (const v of new Set(values[dimension](o))) counts.set(v, (counts.get(v) ?? 0) + 1);
        const got = Object.fromEntries(result.data!.offers.facets[dimension]!.map((b) => [b.value, b.count]));
        expect(got, dimension).toEqual(Object.fromEntries(counts));
      }
      const regionLabels = result.data!.offers.facets.regions!.map((b) => (b as { label?: string }).label);
      expect(regionLabels.every((l) => catalogue.regions.some((r) => r.name === l))).toBe(true);
    });
  }

  for (const sort of ['TITLE', 'NEWEST', 'MOST_BOOKED'] as const) {
    it(`walking all pages with after visits every offer once (${sort})`, async () => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 50; page++) {
        const result: {
          data?: { offers: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string } }[] } };
        } = await api.run(OFFER_IDS, { first: 7, after, sort, filter: { provinceCode: 'PV27' } });
        const { edges, pageInfo } = result.data!.offers;
        seen.push(...edges.map((e) => e.node.id));
        if (!pageInfo.hasNextPage) break;
        after = pageInfo.endCursor;
      }
      const want = expected({ provinceCode: 'PV27' }).map((o) => o.id);
      expect(seen.length).toBe(want.length);
      expect(new Set(seen)).toEqual(new Set(want));
    });
  }

  it('sorts by title in Dutch order and newest first', async () => {
    const byTitle = await api.run<{ offers: { edges: { node: { id: string } }[] } }>(OFFER_IDS, { first: 100, sort: 'TITLE', filter: {} });
    const titles = byTitle.data!.offers.edges.map((e) => catalogue.offers.find((o) => o.id === e.node.id)!.title.toLowerCase());
    expect(titles).toEqual([...titles].sort((a, b) => (a.normalize('NFD') < b.normalize('NFD') ? -1 : 1)));
    const newest = await api.run<{ offers: { edges: { node: { id: string } }[] } }>(OFFER_IDS, { first: 100, sort: 'NEWEST' });
    const dates = newest.data!.offers.edges.map((e) => catalogue.offers.find((o) => o.id === e.node.id)!.publishedAt);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('labels follow Accept-Language (nl by default, en on request)', async () => {
    const q = '{ offers(first: 1, filter: { disciplines: [MUSIC] }) { facets { disciplines { value label } } } }';
    const nl = await api.run<{ offers: { facets: { disciplines: { value: string; label: string }[] } } }>(q);
    const en = await api.run<{ offers: { facets: { disciplines: { value: string; label: string }[] } } }>(
      q,
      {},
      { acceptLanguage: 'en-GB,en;q=0.9' },
    );
    expect(nl.data!.offers.facets.disciplines.find((b) => b.value === 'MUSIC')!.label).toBe('Muziek');
    expect(en.data!.offers.facets.disciplines.find((b) => b.value === 'MUSIC')!.label).toBe('Music');
  });

  it('gives themes and the theme and kerndoel facets with labels in the request language', async () => {
    const offer = catalogue.offers.find((o) => o.themes.includes('CITIZENSHIP'))!;
    const q = `{ offer(id: "${offer.id}") { themes { value label } } offers(first: 1) { facets { themes { value label } kerndoelen { value label } } } }`;
    type Answer = {
      offer: { themes: { value: string; label: string }[] };
      offers: { facets: { themes: { value: string; label: string }[]; kerndoelen: { value: string; label: string }[] } };
    };
    const nl = await api.run<Answer>(q);
    const en = await api.run<Answer>(q, {}, { acceptLanguage: 'en' });
    expect(nl.data!.offer.themes.map((t) => t.value)).toEqual(offer.themes);
    expect(nl.data!.offer.themes.find((t) => t.value === 'CITIZENSHIP')!.label).toBe('Burgerschap');
    expect(en.data!.offer.themes.find((t) => t.value === 'CITIZENSHIP')!.label).toBe('Citizenship');
    expect(nl.data!.offers.facets.themes.find((b) => b.value === 'LANGUAGE_AND_ART')!.label).toBe('Taal en kunst');
    expect(en.data!.offers.facets.kerndoelen.find((b) => b.value === 'PO-56')!.label).toBe('Core goal 56: cultural heritage');
  });

  it('rejects a page over 100 and a foreign cursor with BAD_USER_INPUT', async () => {
    const big = await api.run(OFFER_IDS, { first: 101 });
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const bad = await api.run(OFFER_IDS, { first: 5, after: 'bm9wZQ' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badCode = await api.run(OFFER_IDS, { filter: { municipalityCodes: ['Haarlem'] } });
    expect(badCode.errors?.[0]?.message).toContain('not a CBS municipality code');
  });

  it('costs the same number of DynamoDB round trips for a page of 5 and of 50, with partner, project and figures', async () => {
    const query = `query($first: Int) { offers(first: $first) { edges { node { id title partner { name } project { title }
      municipalities { name } capacity remainingCapacity bookingsCount pupilsReached averageRating } } } }`;
    const countFor = async (first: number) => {
      let calls = 0;
      const counting = { send: (command: never) => (calls++, db.doc.send(command)) } as unknown as DynamoDBDocumentClient;
      // The catalogue is loaded once per process: count the page's own reads.
      const cold = createTestApi(counting, tables, undefined, {}, { catalogue: quietCatalogue(counting, tables) });
      await cold.services.catalogue.get('nl');
      calls = 0;
      const result = await cold.run<{ offers: { edges: unknown[] } }>(query, { first });
      expect(result.errors).toBeUndefined();
      expect(result.data!.offers.edges).toHaveLength(first);
      return calls;
    };
    const five = await countFor(5);
    const fifty = await countFor(50);
    expect(fifty).toBe(five);
    // one batch of figures (partner, project and municipalities come from the catalogue)
    expect(five).toBe(1);
  });

  it('reads every figure for hasCapacity and MOST_BOOKED in one index query, not a batch per 100 offers', async () => {
    const sent: { name: string; index?: string }[] = [];
    const counting = {
      send: (command: { constructor: { name: string }; input: { IndexName?: string } }) => (
        sent.push({ name: command.constructor.name, index: command.input.IndexName }),
        db.doc.send(command as never)
      ),
    } as unknown as DynamoDBDocumentClient;
    const warm = createTestApi(counting, tables, undefined, {}, { catalogue: quietCatalogue(counting, tables) });
    await warm.services.catalogue.get('nl');
    sent.length = 0;
    const result = await warm.run<{ offers: { totalCount: number } }>(
      '{ offers(first: 5, sort: MOST_BOOKED, filter: { hasCapacity: true }) { totalCount edges { node { id } } } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.offers.totalCount).toBeGreaterThan(0);
    expect(sent).toEqual([{ name: 'QueryCommand', index: 'gsi1' }]);
  });

  it('joins an offer with its partner, project and municipalities', async () => {
    const offer = catalogue.offers.find((o) => o.projectId)!;
    const result = await api.run<{
      offer: { title: string; partner: { name: string }; project: { title: string }; municipalities: { code: string }[] };
    }>(`query($id: ID!) { offer(id: $id) { title partner { name } project { title } municipalities { code } } }`, { id: offer.id });
    expect(result.data!.offer.partner.name).toBe(offer.partner!.name);
    expect(result.data!.offer.project.title).toBe(catalogue.projects.find((p) => p.id === offer.projectId)!.title);
    expect(result.data!.offer.municipalities.map((m) => m.code).sort()).toEqual([...offer.municipalityCodes].sort());
    expect((await api.run<{ offer: null }>('{ offer(id: "nope") { id } }')).data!.offer).toBeNull();
  });
});
