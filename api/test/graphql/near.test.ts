/**
 * Place and distance: `near`, `distanceKm` and the DISTANCE sort over the generated test catalogue
 * (venues with and without their own position), checked against a recount written here from the
 * rules in docs/graphql.md, with its own haversine, and the haversine against hand-computed values.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OfferDoc } from '../../src/domain/content.ts';
import type { SchoolFacts } from '../../src/domain/records.ts';
import { EARTH_RADIUS_KM, haversineKm } from '../../src/modules/offers/near.ts';
import { upsertSchools } from '../../src/modules/schools/operations/upsert-schools.ts';
import { buildCatalogue, projectCatalogue } from '../support/content-fixtures.ts';
import { startDynamoDbLocal, type TestDynamoDb } from '../support/dynamodb.ts';
import { createTestApi, type TestApi } from '../support/graphql.ts';
import { admin, partnerViewer, schoolViewer } from '../participation/support.ts';

const catalogue = buildCatalogue(600, 7);

const school = (id: string, municipalityCode: string, place: string, position?: { latitude: number; longitude: number }): SchoolFacts => ({
  id,
  institutionCode: id.slice(0, 4),
  name: `School ${id}`,
  place,
  municipalityCode,
  municipalityName: place,
  kind: 'PO',
  sector: 'BO',
  sectors: ['BO'],
  ...position,
});
// A school with DUO coordinates, one placed at its municipality's centre, one whose municipality has no centre.
const LOCATED = school('11AA11', 'GM0392', 'Haarlem', { latitude: 52.3799, longitude: 4.6369 });
const BY_MUNICIPALITY = school('22BB22', 'GM0542', 'Krimpen aan den IJssel');
const NOWHERE = school('33CC33', 'GM0599', 'Rotterdam');

/** The recount: a second haversine and the venue rules, written out again. */
function km(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.latitude - a.latitude) * rad) / 2) ** 2 +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(((b.longitude - a.longitude) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
}
const centre = (code?: string) => {
  const m = catalogue.municipalities.find((x) => x.id === code);
  return m?.latitude !== undefined ? { latitude: m.latitude, longitude: m.longitude! } : undefined;
};
function venuePosition(o: OfferDoc) {
  if (o.venue) {
    if (o.venue.latitude !== undefined) return { latitude: o.venue.latitude, longitude: o.venue.longitude! };
    return centre(o.venue.address?.municipalityCode ?? o.partner?.municipalityCode);
  }
  if (o.locationType !== 'AT_VENUE') return undefined;
  return centre(catalogue.partners.find((p) => p.id === o.partner?.id)?.municipalityCode);
}
function recount(origin: { latitude: number; longitude: number; municipalityCode?: string }, maxKm: number): Set<string> {
  return new Set(
    catalogue.offers
      .filter((o) => {
        const venue = venuePosition(o);
        const within = venue !== undefined && km(origin, venue) <= maxKm;
        const serves = origin.municipalityCode
          ? o.municipalityCodes.includes(origin.municipalityCode)
          : o.municipalityCodes.some((c) => {
              const at = centre(c);
              return at !== undefined && km(origin, at) <= maxKm;
            });
        if (o.locationType === 'ONLINE') return true;
        if (o.locationType === 'AT_SCHOOL') return serves;
        if (o.locationType === 'AT_VENUE') return within;
        return within || serves;
      })
      .map((o) => o.id),
  );
}

const NEAR = `query Near($filter: OfferFilter, $sort: OfferSort, $after: String, $from: DistanceFrom!) {
  offers(filter: $filter, sort: $sort, first: 100, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id title locationType distanceKm(from: $from) venue { latitude longitude approximate address { street municipality { code } } } } }
    facets { locationTypes { value count } }
  }
}`;
interface Node {
  id: string;
  title: string;
  locationType: string;
  distanceKm: number | null;
  venue: { latitude: number | null; longitude: number | null; approximate: boolean; address: { street: string | null } | null } | null;
}
type Answer = {
  offers: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: Node }[];
    facets: { locationTypes: { value: string; count: number }[] };
  };
};

describe('near, distanceKm and the DISTANCE sort (DynamoDB Local)', () => {
  let db: TestDynamoDb;
  let api: TestApi;
  let tables: Awaited<ReturnType<TestDynamoDb['createTestTables']>>;

  beforeAll(async () => {
    db = await startDynamoDbLocal();
    tables = await db.createTestTables();
    await projectCatalogue({ doc: db.doc, tableName: tables.content }, catalogue);
    await upsertSchools({ doc: db.doc, tableName: tables.participation }, [LOCATED, BY_MUNICIPALITY, NOWHERE]);
    api = createTestApi(db.doc, tables);
  });
  afterAll(async () => db?.stop());

  /** Every page of a query, in order. */
  async function all(variables: Record<string, unknown>, viewer = admin): Promise<{ nodes: Node[]; first: Answer }> {
    const nodes: Node[] = [];
    let after: string | null = null;
    let first: Answer | undefined;
    do {
      const result: { data?: Answer; errors?: unknown[] } = await api.run<Answer>(NEAR, { ...variables, after }, { viewer });
      expect(result.errors).toBeUndefined();
      first ??= result.data!;
      nodes.push(...result.data!.offers.edges.map((e) => e.node));
      after = result.data!.offers.pageInfo.hasNextPage ? result.data!.offers.pageInfo.endCursor : null;
    } while (after);
    return { nodes, first: first! };
  }

  it('measures great-circle distances as computed by hand', () => {
    // One degree of longitude on the equator: 2πR / 360.
    expect(haversineKm({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 1 })).toBeCloseTo((2 * Math.PI * EARTH_RADIUS_KM) / 360, 6);
    expect((2 * Math.PI * 6371.0088) / 360).toBeCloseTo(111.195, 3);
    // Equator to pole: a quarter of the circumference, π/2 · 6371.0088 = 10 007.557 km.
    expect(haversineKm({ latitude: 0, longitude: 0 }, { latitude: 90, longitude: 0 })).toBeCloseTo(10007.557, 2);
    // One degree of longitude at 52° N: 2R·asin(cos 52° · sin 0.5°) = 2 · 6371.0088 · asin(0.615661 · 0.0087265) = 68.457 km.
    expect(haversineKm({ latitude: 52, longitude: 4 }, { latitude: 52, longitude: 5 })).toBeCloseTo(68.457, 2);
    // Haarlem (52.38, 4.64) to Rotterdam (51.92, 4.48): Δφ = 0.46°, Δλ = 0.16° at cos 52.15° = 0.6135;
    // √(0.46² + (0.16 · 0.6135)²) = 0.47049° of arc · 111.195 km = 52.32 km.
    expect(haversineKm({ latitude: 52.38, longitude: 4.64 }, { latitude: 51.92, longitude: 4.48 })).toBeCloseTo(52.32, 1);
    // Symmetric, and zero to itself.
    const a = { latitude: 51.91, longitude: 4.34 };
    const b = { latitude: 52.16, longitude: 4.49 };
    expect(haversineKm(a, b)).toBeCloseTo(haversineKm(b, a), 9);
    expect(haversineKm(a, a)).toBe(0);
  });

  for (const [latitude, longitude, maxKm] of [
    [52.38, 4.64, 10],
    [51.92, 4.48, 15],
    [52.0, 4.4, 25],
    [52.38, 4.64, 0.5],
    [53.2, 6.56, 20],
  ] as const) {
    it(`near (${latitude}, ${longitude}) within ${maxKm} km returns exactly the haversine recount`, async () => {
      const from = { latitude, longitude };
      const { nodes, first } = await all({ filter: { near: { latitude, longitude, maxKm } }, from });
      const want = recount(from, maxKm);
      expect(new Set(nodes.map((n) => n.id))).toEqual(want);
      expect(first.offers.totalCount).toBe(want.size);
      // Facets are counted under near like under any other filter.
      expect(first.offers.facets.locationTypes.reduce((sum, b) => sum + b.count, 0)).toBe(want.size);
      for (const n of nodes) {
        const venue = venuePosition(catalogue.offers.find((o) => o.id === n.id)!);
        if (venue) expect(n.distanceKm).toBeCloseTo(km(from, venue), 2);
        else expect(n.distanceKm).toBeNull();
      }
    });
  }

  it('narrows for real: some offers at a venue are in and some out, online ones always in', async () => {
    const want = recount({ latitude: 52.38, longitude: 4.64 }, 10);
    const atVenue = catalogue.offers.filter((o) => o.locationType === 'AT_VENUE');
    expect(atVenue.some((o) => want.has(o.id))).toBe(true);
    expect(atVenue.some((o) => !want.has(o.id))).toBe(true);
    expect(catalogue.offers.filter((o) => o.locationType === 'ONLINE').every((o) => want.has(o.id))).toBe(true);
    expect(want.size).toBeLessThan(catalogue.offers.length);
  });

  it('sorts DISTANCE nearest first, offers without a venue position last by title, page after page', async () => {
    const from = { latitude: 51.92, longitude: 4.48 };
    const { nodes } = await all({ filter: { near: { ...from, maxKm: 40 } }, sort: 'DISTANCE', from });
    expect(nodes).toHaveLength(recount(from, 40).size);
    const located = nodes.filter((n) => n.distanceKm !== null);
    const unlocated = nodes.filter((n) => n.distanceKm === null);
    expect(located.length).toBeGreaterThan(10);
    expect(nodes.slice(0, located.length)).toEqual(located);
    for (let i = 1; i < located.length; i++) expect(located[i]!.distanceKm!).toBeGreaterThanOrEqual(located[i - 1]!.distanceKm!);
    const titles = unlocated.map((n) => n.title.toLowerCase());
    expect(titles).toEqual([...titles].sort());
  });

  it('measures from a school: its own coordinates, or its municipality’s centre (approximate)', async () => {
    const own = await all({ filter: { near: { schoolId: LOCATED.id, maxKm: 8 } }, from: { schoolId: LOCATED.id } });
    expect(new Set(own.nodes.map((n) => n.id))).toEqual(recount({ ...LOCATED, latitude: 52.3799, longitude: 4.6369 }, 8));
    // Offers at school come when they serve the school's municipality, however far their partner is.
    const atSchool = own.nodes.filter((n) => n.locationType === 'AT_SCHOOL');
    expect(atSchool.length).toBeGreaterThan(0);
    for (const n of atSchool) expect(catalogue.offers.find((o) => o.id === n.id)!.municipalityCodes).toContain('GM0392');

    const approx = await all({ filter: { near: { schoolId: BY_MUNICIPALITY.id, maxKm: 12 } }, from: { schoolId: BY_MUNICIPALITY.id } });
    expect(new Set(approx.nodes.map((n) => n.id))).toEqual(recount({ ...centre('GM0542')!, municipalityCode: 'GM0542' }, 12));

    const location = await api.run<{ school: { location: { latitude: number; approximate: boolean; address: { place: string } } } }>(
      `{ school(id: "${BY_MUNICIPALITY.id}") { location { latitude approximate address { place } } } }`,
      {},
      { viewer: admin },
    );
    expect(location.data!.school.location).toEqual({
      latitude: centre('GM0542')!.latitude,
      approximate: true,
      address: { place: 'Krimpen aan den IJssel' },
    });
  });

  it('lets a school measure from itself but not from another school; anonymous callers and partners not from any', async () => {
    const query = (id: string) => `{ offers(filter: { near: { schoolId: "${id}", maxKm: 5 } }) { totalCount } }`;
    const code = async (id: string, viewer: Parameters<TestApi['run']>[2]) =>
      (await api.run(query(id), {}, viewer)).errors?.[0]?.extensions?.code ?? 'OK';
    expect(await code(LOCATED.id, { viewer: schoolViewer(LOCATED.id) })).toBe('OK');
    expect(await code(BY_MUNICIPALITY.id, { viewer: schoolViewer(LOCATED.id) })).toBe('NOT_FOUND');
    expect(await code('99ZZ99', { viewer: schoolViewer(LOCATED.id) })).toBe('NOT_FOUND');
    expect(await code(LOCATED.id, {})).toBe('UNAUTHENTICATED');
    expect(await code('99ZZ99', {})).toBe('UNAUTHENTICATED');
    expect(await code(LOCATED.id, { viewer: partnerViewer('partner-1') })).toBe('FORBIDDEN');
    // Measuring from a point needs no sign-in.
    expect(
      (await api.run('{ offers(filter: { near: { latitude: 52.38, longitude: 4.64, maxKm: 5 } }) { totalCount } }')).errors,
    ).toBeUndefined();
  });

  it('refuses unusable origins with BAD_USER_INPUT and a message that says what to give', async () => {
    const cases: [string, RegExp][] = [
      ['near: { schoolId: "11AA11", latitude: 52, longitude: 4, maxKm: 5 }', /either schoolId or latitude/],
      ['near: { maxKm: 5 }', /give a schoolId, or latitude and longitude/],
      ['near: { latitude: 52, maxKm: 5 }', /go together/],
      ['near: { latitude: 95, longitude: 4, maxKm: 5 }', /between -90 and 90/],
      ['near: { latitude: 52, longitude: 4, maxKm: 0 }', /above 0/],
      [`near: { schoolId: "${NOWHERE.id}", maxKm: 5 }`, /no coordinates.*latitude and longitude instead/],
    ];
    for (const [filter, message] of cases) {
      const result = await api.run(`{ offers(filter: { ${filter} }) { totalCount } }`, {}, { viewer: admin });
      expect(result.errors?.[0]?.extensions?.code, filter).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message, filter).toMatch(message);
    }
    const unsorted = await api.run('{ offers(sort: DISTANCE) { totalCount } }');
    expect(unsorted.errors?.[0]?.message).toMatch(/DISTANCE measures from filter.near/);
  });

  it('refuses a DISTANCE cursor of another origin', async () => {
    const from = { latitude: 52.38, longitude: 4.64 };
    const page = await api.run<Answer>(NEAR, { filter: { near: { ...from, maxKm: 50 } }, sort: 'DISTANCE', from });
    const after = page.data!.offers.pageInfo.endCursor;
    const other = await api.run(NEAR, { filter: { near: { latitude: 51.92, longitude: 4.48, maxKm: 50 } }, sort: 'DISTANCE', from, after });
    expect(other.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers “theatre for groep 7 within 10 km of school X”: the right offers, nearest first, each with its cover image', async () => {
    const media = createTestApi(db.doc, tables, undefined, { MEDIA_BASE_URL: 'https://cms.example/' });
    const query = `query Theatre($school: ID!) {
      offers(filter: { disciplines: [THEATRE], sectors: [BO], grade: 7, near: { schoolId: $school, maxKm: 10 } }, sort: DISTANCE, first: 100) {
        totalCount
        edges { node { id title distanceKm(from: { schoolId: $school }) coverImage { url alt width formats { thumbnail { url width } large { url } } } images { url } partner { logo { url alt } } } }
      }
    }`;
    type Theatre = {
      offers: {
        totalCount: number;
        edges: {
          node: {
            id: string;
            title: string;
            distanceKm: number | null;
            coverImage: {
              url: string;
              alt: string;
              width: number;
              formats: { thumbnail: { url: string; width: number }; large: { url: string } };
            } | null;
            images: { url: string }[];
            partner: { logo: { url: string; alt: string } | null } | null;
          };
        }[];
      };
    };
    const result = await media.run<Theatre>(query, { school: LOCATED.id }, { viewer: schoolViewer(LOCATED.id) });
    expect(result.errors).toBeUndefined();
    const origin = { latitude: 52.3799, longitude: 4.6369, municipalityCode: 'GM0392' };
    const near = recount(origin, 10);
    const want = catalogue.offers
      .filter((o) => near.has(o.id) && o.disciplines.includes('THEATRE'))
      .filter((o) => o.gradeRanges.some((r) => r.sector === 'BO' && r.from <= 7 && 7 <= r.to))
      .map((o) => ({ o, d: venuePosition(o) ? km(origin, venuePosition(o)!) : Number.MAX_SAFE_INTEGER }))
      .sort((a, b) => a.d - b.d || a.o.title.toLowerCase().localeCompare(b.o.title.toLowerCase()) || a.o.id.localeCompare(b.o.id));
    const nodes = result.data!.offers.edges.map((e) => e.node);
    expect(want.length).toBeGreaterThan(2);
    expect(nodes.map((n) => n.id)).toEqual(want.map((w) => w.o.id));
    for (const [k, n] of nodes.entries()) {
      const offer = want[k]!.o;
      const cover = offer.images?.[0];
      if (!cover) {
        expect(n.coverImage).toBeNull();
        continue;
      }
      expect(n.coverImage).toEqual({
        url: `https://cms.example${cover.url}`,
        alt: cover.alt,
        width: 1280,
        formats: {
          thumbnail: { url: `https://cms.example${cover.formats.thumbnail!.url}`, width: 245 },
          large: { url: `https://cms.example${cover.formats.large!.url}` },
        },
      });
      expect(n.images.map((i) => i.url)).toEqual(offer.images!.map((i) => `https://cms.example${i.url}`));
      const partner = catalogue.partners.find((p) => p.id === offer.partner?.id);
      expect(n.partner?.logo?.url ?? null).toBe(partner?.logo ? `https://cms.example${partner.logo.url}` : null);
    }
    expect(nodes.some((n) => n.coverImage)).toBe(true);
  });

  it('shows the venue with its address, own position or the municipality’s centre marked approximate', async () => {
    const own = catalogue.offers.find((o) => o.venue?.latitude !== undefined)!;
    const byMunicipality = catalogue.offers.find(
      (o) => o.venue && o.venue.latitude === undefined && centre(o.venue.address?.municipalityCode) !== undefined,
    )!;
    const q = (id: string) =>
      `{ offer(id: "${id}") { venue { latitude longitude approximate address { street houseNumber municipality { code } } } } }`;
    type V = {
      offer: {
        venue: { latitude: number; longitude: number; approximate: boolean; address: { street: string; municipality: { code: string } } };
      };
    };
    const a = (await api.run<V>(q(own.id))).data!.offer.venue;
    expect(a).toMatchObject({ latitude: own.venue!.latitude, longitude: own.venue!.longitude, approximate: false });
    expect(a.address.street).toBe(own.venue!.address!.street);
    const b = (await api.run<V>(q(byMunicipality.id))).data!.offer.venue;
    expect(b).toMatchObject({ ...centre(byMunicipality.venue!.address!.municipalityCode), approximate: true });
    expect(b.address.municipality.code).toBe(byMunicipality.venue!.address!.municipalityCode);
    const online = catalogue.offers.find((o) => o.locationType === 'ONLINE' && !o.venue)!;
    expect((await api.run<V>(q(online.id))).data!.offer.venue).toBeNull();
  });
});
