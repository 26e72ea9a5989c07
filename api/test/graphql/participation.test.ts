/**
 * The participation half of the GraphQL API against DynamoDB Local: every mutation through GraphQL
 * for its role with its payload, the error codes of docs/errors.md, the joins of School, Booking,
 * Partner.bookings, regionReport and me, and round trips that do not grow with the page size.
 *
 * Error codes covered elsewhere as well: GRAPHQL_VALIDATION_FAILED for depth, alias and
 * introspection limits and INTERNAL_SERVER_ERROR masking in test/graphql/protection.test.ts;
 * UNAUTHENTICATED for bad tokens and API keys in test/auth/tokens.test.ts and api-keys.test.ts.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/domain/viewer.ts';
import { upsertSchools } from '../../src/modules/schools/operations/upsert-schools.ts';
import type { TableNames } from '../../src/sources/dynamodb/create-tables.ts';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MUNICIPALITY_GEOMETRY } from '@cmk/cms/src/seed/municipality-geometry.ts';
import { buildCatalogue, municipalities as fixtureMunicipalities, projectCatalogue } from '../support/content-fixtures.ts';
import { startDynamoDbLocal, type TestDynamoDb } from '../support/dynamodb.ts';
import { createTestApi, quietCatalogue, type TestApi } from '../support/graphql.ts';
import { makeSchools } from '../participation/support.ts';
import { scanAll } from '../../src/sources/dynamodb/query.ts';
import { DISCIPLINES, SECTORS } from '../../src/domain/vocabulary.ts';
import { labels } from '../../src/modules/offers/labels.ts';

const NOW = new Date('2025-10-01T10:00:00Z');
const YEAR = '2025-2026';
const catalogue = buildCatalogue(80, 11);
// 0: GM0392 (Hart), 3: GM0622 (Kunstgebouw); by name, any five in a row lie in five municipalities.
const schools = makeSchools(60).map((s, i) => ({ ...s, name: `Testschool ${String(i).padStart(2, '0')}` }));
const [haarlem, , , vlaardingen] = schools as [(typeof schools)[0], unknown, unknown, (typeof schools)[0]];
const unlimited = catalogue.offers.filter((o) => o.capacity === null);
const limitedToOne = catalogue.offers.find((o) => o.capacity !== null)!;
const offerA = unlimited[0]!;
const partnerA = offerA.partner!.id;
const otherPartner = catalogue.partners.find((p) => p.id !== partnerA)!.id;

const as = {
  anonymous: { role: 'ANONYMOUS' } as Viewer,
  school: { role: 'SCHOOL', schoolId: haarlem.id } as Viewer,
  otherSchool: { role: 'SCHOOL', schoolId: vlaardingen.id } as Viewer,
  partner: { role: 'PARTNER', partnerId: partnerA } as Viewer,
  otherPartner: { role: 'PARTNER', partnerId: otherPartner } as Viewer,
  advisor: { role: 'ADVISOR', regionId: 'region-hart' } as Viewer,
  otherAdvisor: { role: 'ADVISOR', regionId: 'region-kunstgebouw' } as Viewer,
  admin: { role: 'ADMIN' } as Viewer,
};

const BOOKING = `id status statusLabel allowedActions schoolYear offerId schoolName pupils
  groups { grade pupils teacher } preferredDates note declineReason
  cancellation { reason reasonLabel note by } activity { heldOn pupilsReached groupsReached }
  evaluation { rating comment } history { status by } offer { id title } school { id name pupilCount }`;
const REQUEST = `mutation($input: RequestBookingInput!) { requestBooking(input: $input) { booking { ${BOOKING} } } }`;
const CONFIRM = `mutation($id: ID!) { confirmBooking(id: $id) { booking { ${BOOKING} } } }`;
const DECLINE = `mutation($id: ID!, $reason: String!) { declineBooking(id: $id, reason: $reason) { booking { ${BOOKING} } } }`;
const CANCEL = `mutation($id: ID!, $reason: CancellationReason!, $note: String) { cancelBooking(id: $id, reason: $reason, note: $note) { booking { ${BOOKING} } } }`;
const HELD = `mutation($id: ID!, $pupils: Int!, $on: Date!) { markBookingHeld(id: $id, pupilsReached: $pupils, heldOn: $on) { booking { ${BOOKING} } } }`;
const EVALUATE = `mutation($id: ID!, $rating: Int!, $comment: String) { evaluateBooking(id: $id, rating: $rating, comment: $comment) { booking { ${BOOKING} } } }`;

type Booking = Record<string, unknown> & { id: string; status: string; allowedActions: string[] };
type Answer<T> = { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
const codeOf = (r: Answer<unknown>) => r.errors?.[0]?.extensions?.code;

let key = 0;
const requestInput = (offerId: string, schoolId = haarlem.id, extra: Record<string, unknown> = {}) => ({
  offerId,
  schoolId,
  groups: [{ grade: 6, pupils: 24, teacher: 'Juf Anna' }],
  preferredDates: ['2025-11-12'],
  note: null,
  idempotencyKey: `key-${++key}`,
  ...extra,
});

describe('participation through GraphQL', () => {
  let db: TestDynamoDb;
  let tables: TableNames;
  let api: TestApi;

  const run = <T = Record<string, unknown>>(viewer: Viewer, query: string, variables?: Record<string, unknown>, acceptLanguage?: string) =>
    api.run<T>(query, variables, { viewer, ...(acceptLanguage ? { acceptLanguage } : {}) }) as Promise<Answer<T>>;
  const request = async (viewer: Viewer, input: Record<string, unknown>) => {
    const r = await run<{ requestBooking: { booking: Booking } }>(viewer, REQUEST, { input });
    expect(r.errors).toBeUndefined();
    return r.data!.requestBooking.booking;
  };
  /** The held and evaluated bookings of the school year in these municipalities, read from the table itself. */
  const heldBookingsIn = async (codes: readonly string[]) =>
    (await scanAll({ doc: db.doc, tableName: tables.participation }))
      .filter(
        (i) =>
          i.type === 'Booking' &&
          i.schoolYear === YEAR &&
          !i.sandbox &&
          (i.status === 'HELD' || i.status === 'EVALUATED') &&
          codes.includes(i.municipalityCode as string),
      )
      .map((i) => ({ municipalityCode: i.municipalityCode as string, sector: i.sector as string, disciplines: i.disciplines as string[] }));
  const step = async (viewer: Viewer, query: string, variables: Record<string, unknown>) => {
    const r = await run<Record<string, { booking: Booking }>>(viewer, query, variables);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return Object.values(r.data!)[0]!.booking;
  };

  beforeAll(async () => {
    db = await startDynamoDbLocal();
    tables = await db.createTestTables();
    await projectCatalogue({ doc: db.doc, tableName: tables.content }, catalogue);
    await upsertSchools({ doc: db.doc, tableName: tables.participation, now: () => NOW }, schools);
    api = createTestApi(db.doc, tables, () => NOW);
  });
  afterAll(async () => db?.stop());

  it('a school requests, the partner confirms and marks held, the school evaluates: each payload carries the booking', async () => {
    const requested = await request(as.school, requestInput(offerA.id));
    expect(requested).toMatchObject({
      status: 'REQUESTED',
      statusLabel: 'Aangevraagd',
      allowedActions: ['CANCEL'],
      schoolYear: YEAR,
      schoolName: haarlem.name,
      pupils: 24,
      groups: [{ grade: 6, pupils: 24, teacher: 'Juf Anna' }],
      offer: { id: offerA.id, title: offerA.title },
      school: { id: haarlem.id, pupilCount: haarlem.pupils },
    });

    const confirmed = await step(as.partner, CONFIRM, { id: requested.id });
    // The partner sees the school's name, never the teacher's name or the pupil count.
    expect(confirmed).toMatchObject({ status: 'CONFIRMED', allowedActions: ['CANCEL', 'MARK_HELD'], schoolName: haarlem.name });
    expect(confirmed.groups).toEqual([{ grade: 6, pupils: 24, teacher: null }]);
    expect(confirmed.school).toEqual({ id: haarlem.id, name: haarlem.name, pupilCount: null });

    const held = await step(as.partner, HELD, { id: requested.id, pupils: 23, on: '2025-11-12' });
    expect(held).toMatchObject({
      status: 'HELD',
      activity: { heldOn: '2025-11-12', pupilsReached: 23, groupsReached: 1 },
      allowedActions: [],
    });

    const evaluated = await step(as.school, EVALUATE, { id: requested.id, rating: 5, comment: 'Prachtig' });
    expect(evaluated).toMatchObject({ status: 'EVALUATED', evaluation: { rating: 5, comment: 'Prachtig' }, allowedActions: [] });
    expect((evaluated.history as { status: string }[]).map((h) => h.status)).toEqual(['REQUESTED', 'CONFIRMED', 'HELD', 'EVALUATED']);

    const figures = await run<{ offer: { bookingsCount: number; pupilsReached: number; averageRating: number } }>(
      as.anonymous,
      'query($id: ID!) { offer(id: $id) { bookingsCount pupilsReached averageRating } }',
      { id: offerA.id },
    );
    expect(figures.data!.offer).toEqual({ bookingsCount: 1, pupilsReached: 23, averageRating: 5 });
  });

  it('a retry with the same idempotency key returns the first booking', async () => {
    const input = requestInput(unlimited[1]!.id);
    const first = await request(as.school, input);
    const again = await request(as.school, input);
    expect(again.id).toBe(first.id);
  });

  it('the partner declines; the school cancels with a reason, labels in English on request', async () => {
    const a = await request(as.admin, requestInput(unlimited[2]!.id));
    const declined = await step(as.admin, DECLINE, { id: a.id, reason: 'Geen speler beschikbaar' });
    expect(declined).toMatchObject({ status: 'DECLINED', declineReason: 'Geen speler beschikbaar' });

    const b = await request(as.school, requestInput(unlimited[3]!.id));
    const r = await run<{ cancelBooking: { booking: Booking } }>(as.school, CANCEL, { id: b.id, reason: 'ILLNESS', note: 'Griep' }, 'en');
    expect(r.data!.cancelBooking.booking).toMatchObject({
      status: 'CANCELLED',
      statusLabel: 'Cancelled',
      cancellation: { reason: 'ILLNESS', reasonLabel: 'Illness', note: 'Griep', by: 'SCHOOL' },
    });
  });

  it('produces each error code of docs/errors.md', async () => {
    const offer = unlimited[4]!;
    const booking = await request(as.school, requestInput(offer.id));
    const codes: Record<string, unknown> = {};

    codes.ALREADY_BOOKED = codeOf(await run(as.school, REQUEST, { input: requestInput(offer.id) }));
    await request(as.admin, requestInput(limitedToOne.id, vlaardingen.id));
    const capacity = limitedToOne.capacity!;
    for (let i = 1; i < capacity; i++) await request(as.admin, requestInput(limitedToOne.id, schools[10 + i]!.id));
    codes.OFFER_FULL = codeOf(await run(as.school, REQUEST, { input: requestInput(limitedToOne.id) }));
    codes.INVALID_TRANSITION = codeOf(await run(as.school, EVALUATE, { id: booking.id, rating: 4 }));
    codes.FORBIDDEN = codeOf(await run(as.advisor, CONFIRM, { id: booking.id })); // the operation alone would say NOT_FOUND
    const stranger = catalogue.partners.find((p) => p.id !== offer.partner!.id)!.id;
    codes.NOT_FOUND = codeOf(await run({ role: 'PARTNER', partnerId: stranger }, CONFIRM, { id: booking.id }));
    codes.UNAUTHENTICATED = codeOf(await run(as.anonymous, REQUEST, { input: requestInput(offer.id) }));
    codes.BAD_USER_INPUT = codeOf(
      await run(as.school, REQUEST, { input: requestInput(offer.id, haarlem.id, { groups: [{ grade: 12, pupils: 20 }] }) }),
    );
    codes.GRAPHQL_VALIDATION_FAILED = codeOf(await run(as.school, '{ booking { id } }'));
    const failing = { send: () => Promise.reject(new Error('table participation-secret is on fire')) } as unknown as DynamoDBDocumentClient;
    const broken = await createTestApi(failing, tables, () => NOW).run('{ school(id: "10AX00") { name } }', {}, { viewer: as.admin });
    codes.INTERNAL_SERVER_ERROR = codeOf(broken);
    expect(JSON.stringify(broken.errors)).not.toContain('secret');
    expect(codes).toEqual(Object.fromEntries(Object.keys(codes).map((c) => [c, c])));

    // Someone else's objects answer as if they did not exist.
    expect(codeOf(await run(as.otherSchool, 'query($id: ID!) { booking(id: $id) { id } }', { id: booking.id }))).toBe('NOT_FOUND');
    expect(codeOf(await run(as.otherSchool, 'query($id: ID!) { school(id: $id) { id } }', { id: haarlem.id }))).toBe('NOT_FOUND');
    expect(codeOf(await run(as.otherAdvisor, 'query($id: ID!) { school(id: $id) { id } }', { id: haarlem.id }))).toBe('NOT_FOUND');
    expect(codeOf(await run(as.school, 'query($id: ID!) { booking(id: $id) { id } }', { id: 'nope' }))).toBe('NOT_FOUND');
    // Bad input writes nothing and does not hide behind access errors.
    expect(codeOf(await run(as.school, EVALUATE, { id: booking.id, rating: 9 }))).toBe('BAD_USER_INPUT');
  });

  it('records Evi results, ambition talks and participation; the school joins them with its bookings', async () => {
    const evi = await run<{ recordEviResult: Record<string, unknown> }>(
      as.school,
      `mutation($input: EviResultInput!) { recordEviResult(input: $input) { schoolId schoolYear version revision
        pillars { pillar label scenario } developmentPoints helpRequest { requested } school { name } } }`,
      {
        input: {
          schoolId: haarlem.id,
          schoolYear: YEAR,
          version: 'V2_1',
          completedOn: '2025-09-20',
          respondents: [{ role: 'ICC', count: 1 }],
          pillars: [
            { pillar: 'VISION', scenario: 2 },
            { pillar: 'EXPERTISE', scenario: 3 },
            { pillar: 'PROGRAMME', scenario: 2 },
            { pillar: 'COLLABORATION', scenario: 1 },
          ],
          helpRequest: { requested: true, question: null },
        },
      },
    );
    expect(evi.errors).toBeUndefined();
    expect(evi.data!.recordEviResult).toMatchObject({
      revision: 1,
      version: 'V2_1',
      helpRequest: { requested: true },
      school: { name: haarlem.name },
    });

    const talk = await run<{ recordAmbitionTalk: Record<string, unknown> }>(
      as.advisor,
      `mutation($input: AmbitionTalkInput!) { recordAmbitionTalk(input: $input) { schoolId date schoolYear place
        goals { selected } currentState { aspects { aspect label strengths } } agreements { schoolYear items { area agreement } } } }`,
      {
        input: {
          schoolId: haarlem.id,
          date: '2025-09-25',
          schoolType: 'PRIMARY',
          participants: ['ICC’er', 'directeur'],
          advisorId: 'advisor-hart-1',
          goals: { selected: ['VISION_ON_CULTURE_EDUCATION'] },
          currentState: { aspects: [{ aspect: 'VISION', strengths: 'Gedragen visie' }] },
          ambition2028: { content: 'Cultuur in elk vak' },
          agreements: { schoolYear: YEAR, items: [{ area: 'CONTENT_FOCUS', agreement: 'Thema erfgoed' }] },
        },
      },
    );
    expect(talk.errors).toBeUndefined();
    expect(talk.data!.recordAmbitionTalk).toMatchObject({ schoolYear: YEAR, place: haarlem.place });

    const participation = await run<{ registerParticipation: Record<string, unknown> }>(
      as.advisor,
      `mutation($input: ParticipationInput!) { registerParticipation(input: $input) { schoolId period trajectory trajectoryLabel region { name } school { id } } }`,
      { input: { schoolId: haarlem.id, trajectory: 'PROEFTUIN', advisorId: 'advisor-hart-1', regionId: 'region-hart' } },
    );
    expect(participation.data!.registerParticipation).toEqual({
      schoolId: haarlem.id,
      period: 'CMK4',
      trajectory: 'PROEFTUIN',
      trajectoryLabel: 'Proeftuin',
      region: { name: 'Hart' },
      school: { id: haarlem.id },
    });
    // A school may not register itself; another region's advisor does not see the school.
    expect(
      codeOf(
        await run(
          as.school,
          `mutation { registerParticipation(input: { schoolId: "${haarlem.id}", trajectory: NETWORK, advisorId: "x" }) { period } }`,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await run(
          as.otherAdvisor,
          `mutation { registerParticipation(input: { schoolId: "${haarlem.id}", trajectory: NETWORK, advisorId: "x" }) { period } }`,
        ),
      ),
    ).toBe('NOT_FOUND');

    const SCHOOL = `query($id: ID!) { school(id: $id) { id name municipality { name } sector sectorLabel pupilCount
      participations { period trajectory } eviResults { version pillars { pillar scenario } } ambitionTalks { date }
      bookings { id status offer { id } } } }`;
    for (const viewer of [as.school, as.advisor, as.admin]) {
      const r = await run<{ school: Record<string, unknown> & { bookings: { status: string }[] } }>(viewer, SCHOOL, { id: haarlem.id });
      expect(r.errors).toBeUndefined();
      expect(r.data!.school).toMatchObject({
        id: haarlem.id,
        municipality: { name: 'Haarlem' },
        sectorLabel: 'Basisonderwijs',
        pupilCount: haarlem.pupils,
        participations: [{ period: 'CMK4', trajectory: 'PROEFTUIN' }],
        eviResults: [{ version: 'V2_1' }],
        ambitionTalks: [{ date: '2025-09-25' }],
      });
      expect(r.data!.school.bookings.map((b) => b.status)).toContain('EVALUATED');
    }
  });

  it('Partner.bookings: the partner pages through its own bookings; others read null', async () => {
    const Q = `query($id: ID!, $after: String) { partner(id: $id) { name bookings(first: 1, after: $after) { totalCount
      pageInfo { hasNextPage endCursor } edges { node { id schoolName groups { teacher } offer { partner { id } } } } } } }`;
    type P = {
      partner: {
        bookings: null | { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: Booking }[] };
      };
    };
    const first = await run<P>(as.partner, Q, { id: partnerA });
    expect(first.errors).toBeUndefined();
    const page = first.data!.partner.bookings!;
    expect(page.totalCount).toBeGreaterThan(1);
    expect(page.edges[0]!.node).toMatchObject({ groups: [{ teacher: null }], offer: { partner: { id: partnerA } } });
    const second = await run<P>(as.partner, Q, { id: partnerA, after: page.pageInfo.endCursor });
    expect(second.data!.partner.bookings!.edges[0]!.node.id).not.toBe(page.edges[0]!.node.id);
    for (const viewer of [as.anonymous, as.otherPartner, as.school, as.advisor]) {
      expect((await run<P>(viewer, Q, { id: partnerA })).data!.partner.bookings).toBeNull();
    }
    expect((await run<P>(as.admin, Q, { id: partnerA })).data!.partner.bookings!.totalCount).toBe(page.totalCount);
  });

  it('regionReport: reach per municipality, discipline and sector, bookings by status, Evi spread and blind spots', async () => {
    const Q = `query($regionId: ID, $municipalityCode: String) { regionReport(regionId: $regionId, municipalityCode: $municipalityCode) {
      schoolYear region { name }
      municipalities { municipalityCode name schools schoolsTakingPart pupilsEnrolled pupilsReached reachRate activities bookingsByStatus { status label count } }
      sectors { sector label schools } disciplines { discipline label activities pupilsReached }
      totals { schools pupilsReached bookingsByStatus { status count } }
      eviSpread { pillar label scenarios } blindSpots { municipalityCode discipline disciplineLabel } } }`;
    type R = {
      regionReport: Record<string, never> & {
        municipalities: { municipalityCode: string; schoolsTakingPart: number; pupilsReached: number }[];
        totals: { bookingsByStatus: { status: string; count: number }[] };
        eviSpread: { pillar: string; scenarios: number[] }[];
        blindSpots: unknown[];
      };
    };
    const r = await run<R>(as.advisor, Q, {});
    expect(r.errors).toBeUndefined();
    const report = r.data!.regionReport;
    expect(report.municipalities.map((m) => m.municipalityCode)).toEqual(['GM0392', 'GM0397', 'GM0473']);
    const hrl = report.municipalities.find((m) => m.municipalityCode === 'GM0392')!;
    expect(hrl).toMatchObject({ schoolsTakingPart: 1, pupilsReached: 23 });
    const byStatus = Object.fromEntries(report.totals.bookingsByStatus.map((s) => [s.status, s.count]));
    expect(byStatus.EVALUATED).toBe(1);
    expect(report.eviSpread.find((e) => e.pillar === 'VISION')!.scenarios).toEqual([0, 1, 0, 0]);
    expect(report.blindSpots.length).toBeGreaterThan(0);

    const one = await run<R>(as.advisor, Q, { municipalityCode: 'GM0397' });
    expect(one.data!.regionReport.municipalities.map((m) => m.municipalityCode)).toEqual(['GM0397']);
    expect(codeOf(await run(as.otherAdvisor, Q, { regionId: 'region-hart' }))).toBe('FORBIDDEN');
    expect(codeOf(await run(as.school, Q, {}))).toBe('FORBIDDEN');
    expect(codeOf(await run(as.anonymous, Q, {}))).toBe('UNAUTHENTICATED');
    expect(codeOf(await run(as.admin, Q, { regionId: 'region-kunstgebouw', municipalityCode: 'GM0392' }))).toBe('BAD_USER_INPUT');
    expect((await run<R>(as.admin, Q, { regionId: 'region-hart' })).data!.regionReport.municipalities).toHaveLength(3);
  });

  it('regionReport blind spots: the suggested partners equal a recount from the catalogue and the CBS topology', async () => {
    const Q = `query($regionId: ID) { regionReport(regionId: $regionId) {
      municipalities { municipalityCode sectors { sector schools } disciplines { discipline activities } }
      blindSpots { municipalityCode discipline disciplineLabel sector sectorLabel sectors suggestions { partnerId partnerName neighbourCodes sectors offerIds
        partner { id } neighbours { code } offers { id } } } } }`;
    type Spot = {
      municipalityCode: string;
      discipline: string;
      disciplineLabel: string;
      sector: string;
      sectorLabel: string;
      sectors: string[];
      suggestions: { partnerId: string; partnerName: string; neighbourCodes: string[]; sectors: string[]; offerIds: string[] }[];
    };
    type R = {
      regionReport: {
        blindSpots: Spot[];
        municipalities: {
          municipalityCode: string;
          sectors: { sector: string; schools: number }[];
          disciplines: { discipline: string; activities: number }[];
        }[];
      };
    };
    const known = new Set(fixtureMunicipalities.map((m) => m.id));
    const geometry = new Map(MUNICIPALITY_GEOMETRY.filter((g) => known.has(g.code)).map((g) => [g.code, g]));
    // Neighbours as the topology says (topojson-client's neighbors, in the generated file), else the nearest centre.
    const neighbours = (code: string): string[] => {
      const own = geometry.get(code);
      if (!own) return [];
      const bordering = own.bordersOn.filter((c) => geometry.has(c));
      if (bordering.length) return bordering;
      const km = (g: { latitude: number; longitude: number }) =>
        Math.hypot((g.latitude - own.latitude) * 111.2, (g.longitude - own.longitude) * 111.2 * Math.cos((own.latitude * Math.PI) / 180));
      return [[...geometry.values()].filter((g) => g.code !== code).sort((a, b) => km(a) - km(b))[0]!.code];
    };
    const recount = (spot: Spot) => {
      const near = new Set(neighbours(spot.municipalityCode));
      const partners = new Map<string, { name: string; near: Set<string>; sectors: Set<string>; offers: string[] }>();
      for (const o of catalogue.offers) {
        const sectors = o.sectors.filter((x) => x === spot.sector);
        const served = o.municipalityCodes.filter((c) => near.has(c));
        if (!o.partner || !o.disciplines.includes(spot.discipline as never) || !sectors.length || !served.length) continue;
        const p = partners.get(o.partner.id) ?? { name: o.partner.name, near: new Set(), sectors: new Set(), offers: [] };
        served.forEach((c) => p.near.add(c));
        sectors.forEach((x) => p.sectors.add(x));
        p.offers.push(o.id);
        partners.set(o.partner.id, p);
      }
      return [...partners]
        .map(([partnerId, p]) => ({
          partnerId,
          partnerName: p.name,
          neighbourCodes: [...p.near].sort(),
          sectors: [...p.sectors],
          offerIds: p.offers.sort(),
        }))
        .sort((a, b) => b.offerIds.length - a.offerIds.length || a.partnerName.localeCompare(b.partnerName, 'nl'));
    };

    for (const regionId of ['region-hart', 'region-kunstgebouw']) {
      const r = await run<R>(as.admin, Q, { regionId });
      expect(r.errors).toBeUndefined();
      const { blindSpots, municipalities } = r.data!.regionReport;
      expect(blindSpots.length).toBeGreaterThan(0);
      // Every sector of every municipality's schools, in every discipline without a held booking for it, and nothing else.
      const held = await heldBookingsIn(municipalities.map((m) => m.municipalityCode));
      const expectedSpots = municipalities.flatMap((m) => {
        const sectorsHere = SECTORS.filter((x) => schools.some((s) => s.municipalityCode === m.municipalityCode && s.sector === x));
        return DISCIPLINES.flatMap((d) =>
          sectorsHere
            .filter((x) => !held.some((b) => b.municipalityCode === m.municipalityCode && b.sector === x && b.disciplines.includes(d)))
            .map((x) => `${m.municipalityCode}:${d}:${x}`),
        );
      });
      expect(blindSpots.map((s) => `${s.municipalityCode}:${s.discipline}:${s.sector}`)).toEqual(expectedSpots);
      for (const spot of blindSpots) {
        expect(spot.sectors).toEqual([spot.sector]);
        expect(spot.sectorLabel).toBe(labels.sector[spot.sector as keyof typeof labels.sector].nl);
        for (const s of spot.suggestions) expect(s.sectors).toEqual([spot.sector]);
        expect(
          spot.suggestions.map(({ partnerId, partnerName, neighbourCodes, sectors, offerIds }) => ({
            partnerId,
            partnerName,
            neighbourCodes,
            sectors,
            offerIds,
          })),
        ).toEqual(recount(spot));
      }
      for (const m of municipalities)
        expect(m.sectors.reduce((n, x) => n + x.schools, 0)).toBe(schools.filter((x) => x.municipalityCode === m.municipalityCode).length);
    }
    // Haarlem borders Heemstede; Zandvoort borders neither, so its nearest centre (Heemstede) stands in.
    expect(neighbours('GM0392')).toEqual(['GM0397']);
    expect(neighbours('GM0473')).toEqual(['GM0397']);
    const hart = (await run<R>(as.advisor, Q, {})).data!.regionReport.blindSpots;
    expect(hart.some((s) => s.suggestions.length > 0)).toBe(true);
    expect(codeOf(await run(as.otherAdvisor, Q, { regionId: 'region-hart' }))).toBe('FORBIDDEN');
  });

  it('municipalityFactsheet: a one-page PDF with the municipality, the school year and its reach', async () => {
    const Q = `query($code: String!) { municipalityFactsheet(municipalityCode: $code) { fileName contentType base64 generatedAt } }`;
    type R = { municipalityFactsheet: { fileName: string; contentType: string; base64: string; generatedAt: string } };
    const r = await run<R>(as.advisor, Q, { code: 'GM0392' });
    expect(r.errors).toBeUndefined();
    const sheet = r.data!.municipalityFactsheet;
    expect(sheet).toMatchObject({ fileName: `factsheet-GM0392-${YEAR}.pdf`, contentType: 'application/pdf' });
    const pdf = Buffer.from(sheet.base64, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const dir = mkdtempSync(join(tmpdir(), 'factsheet-'));
    writeFileSync(join(dir, 'f.pdf'), pdf);
    const info = execFileSync('pdfinfo', [join(dir, 'f.pdf')], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1\n/);
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'f.pdf'), '-'], { encoding: 'utf8' });
    const report = (
      await run<{ regionReport: { municipalities: { schoolsTakingPart: number; schools: number; pupilsReached: number }[] } }>(
        as.advisor,
        '{ regionReport(municipalityCode: "GM0392") { municipalities { schoolsTakingPart schools pupilsReached } } }',
      )
    ).data!.regionReport.municipalities[0]!;
    expect(text).toContain('Factsheet Haarlem');
    expect(text).toContain(YEAR);
    expect(text).toContain(`${report.schoolsTakingPart} / ${report.schools} scholen doen mee`);
    expect(text).toContain(`${report.pupilsReached} / `);
    // The blind spots, one line per discipline with the sectors it did not reach here.
    const spots = (
      await run<{ regionReport: { blindSpots: { disciplineLabel: string; sectorLabel: string }[] } }>(
        as.advisor,
        '{ regionReport(municipalityCode: "GM0392") { blindSpots { disciplineLabel sectorLabel } } }',
      )
    ).data!.regionReport.blindSpots;
    expect(spots.length).toBeGreaterThan(0);
    const oneLine = text.replace(/\s+/g, ' ');
    const first = spots.filter((s) => s.disciplineLabel === spots[0]!.disciplineLabel);
    expect(oneLine).toContain(`${first[0]!.disciplineLabel}: niets voor ${first.map((s) => s.sectorLabel).join(', ')}`);
    expect(codeOf(await run(as.otherAdvisor, Q, { code: 'GM0392' }))).toBe('FORBIDDEN');
    expect(codeOf(await run(as.school, Q, { code: 'GM0392' }))).toBe('FORBIDDEN');
    expect(codeOf(await run(as.advisor, Q, { code: 'GM9999' }))).toBe('NOT_FOUND');
  });

  it('me: the viewer with its school, partner or region', async () => {
    const Q = '{ me { role school { id pupilCount } partner { id bookings { totalCount } } region { name } } }';
    expect((await run<{ me: unknown }>(as.school, Q)).data!.me).toEqual({
      role: 'SCHOOL',
      school: { id: haarlem.id, pupilCount: haarlem.pupils },
      partner: null,
      region: null,
    });
    const partner = (await run<{ me: { partner: { bookings: { totalCount: number } } } }>(as.partner, Q)).data!.me;
    expect(partner.partner.bookings.totalCount).toBeGreaterThan(0);
    expect((await run<{ me: unknown }>(as.advisor, Q)).data!.me).toMatchObject({ role: 'ADVISOR', region: { name: 'Hart' } });
    expect((await run<{ me: unknown }>(as.anonymous, Q)).data!.me).toEqual({
      role: 'ANONYMOUS',
      school: null,
      partner: null,
      region: null,
    });
  });

  it('schools: the caller’s reach, filters and cursors', async () => {
    const Q = `query($filter: SchoolFilter, $first: Int, $after: String) { schools(filter: $filter, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id municipalityCode } } } }`;
    type S = {
      schools: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { id: string; municipalityCode: string } }[];
      };
    };
    const hart = ['GM0392', 'GM0397', 'GM0473'];
    const advisor = await run<S>(as.advisor, Q, { first: 100 });
    expect(advisor.data!.schools.totalCount).toBe(schools.filter((s) => hart.includes(s.municipalityCode)).length);
    expect((await run<S>(as.school, Q, {})).data!.schools.edges.map((e) => e.node.id)).toEqual([haarlem.id]);
    expect((await run<S>(as.admin, Q, { first: 100 })).data!.schools.totalCount).toBe(schools.length);
    const filtered = await run<S>(as.admin, Q, { filter: { municipalityCodes: ['GM0622'], sectors: ['VMBO'] }, first: 100 });
    expect(filtered.data!.schools.totalCount).toBe(schools.filter((s) => s.municipalityCode === 'GM0622' && s.sector === 'VMBO').length);
    expect((await run<S>(as.otherAdvisor, Q, { filter: { regionId: 'region-hart' } })).data!.schools.totalCount).toBe(0);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const page: Answer<S> = await run<S>(as.advisor, Q, { first: 7, after });
      seen.push(...page.data!.schools.edges.map((e) => e.node.id));
      if (!page.data!.schools.pageInfo.hasNextPage) break;
      after = page.data!.schools.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(advisor.data!.schools.totalCount);
    expect(codeOf(await run(as.partner, Q, {}))).toBe('FORBIDDEN');
    expect(codeOf(await run(as.anonymous, Q, {}))).toBe('UNAUTHENTICATED');
    expect(codeOf(await run(as.admin, Q, { filter: { municipalityCodes: ['Haarlem'] } }))).toBe('BAD_USER_INPUT');
  });

  describe('round trips', () => {
    const counted = async (viewer: Viewer, query: string, variables: Record<string, unknown>) => {
      let calls = 0;
      const counting = { send: (command: never) => (calls++, db.doc.send(command)) } as unknown as DynamoDBDocumentClient;
      const cold = createTestApi(counting, tables, () => NOW, {}, { catalogue: quietCatalogue(counting, tables) });
      await cold.services.catalogue.get('nl'); // the catalogue is per process; count the request's own reads
      calls = 0;
      const result = await cold.run(query, variables, { viewer });
      expect(result.errors).toBeUndefined();
      return { calls, data: result.data as Record<string, unknown> };
    };

    it('a page of 5 or 50 bookings of a partner costs the same, with offer, school and figures', async () => {
      const offer = unlimited[10]!;
      for (let i = 0; i < 56; i += 8) {
        await Promise.all(schools.slice(i, i + 8).map((s) => request(as.admin, requestInput(offer.id, s.id))));
      }
      const partner = { role: 'PARTNER', partnerId: offer.partner!.id } as Viewer;
      const Q = `query($id: ID!, $first: Int) { partner(id: $id) { bookings(first: $first) { edges { node { id schoolName
        school { name municipality { name } } offer { title bookingsCount remainingCapacity } } } } } }`;
      const five = await counted(partner, Q, { id: offer.partner!.id, first: 5 });
      const fifty = await counted(partner, Q, { id: offer.partner!.id, first: 50 });
      expect((fifty.data.partner as { bookings: { edges: unknown[] } }).bookings.edges).toHaveLength(50);
      expect(fifty.calls).toBe(five.calls);
      expect(five.calls).toBeLessThanOrEqual(3); // bookings of the partner, schools in one batch, figures in one batch
    });

    // Lists of a page of schools are read per municipality (DynamoDB has no batched query): the
    // cost is bounded by the municipalities on the page, never by the number of schools.
    it('a page of 5 or 50 schools (in the same municipalities) costs the same, with bookings and participation', async () => {
      const Q = `query($first: Int) { schools(first: $first) { edges { node { id name pupilCount
        bookings { id status offer { title } } participations { period } } } } }`;
      const five = await counted(as.admin, Q, { first: 5 });
      const fifty = await counted(as.admin, Q, { first: 50 });
      expect(fifty.calls).toBe(five.calls);
    });
  });
});
