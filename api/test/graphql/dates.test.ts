/**
 * Dates through the GraphQL API on DynamoDB Local: the date filter over the generated catalogue
 * (5,000 offers) against a recount written here from the rule in docs/graphql.md, and a school
 * booking a session: the place it takes, its blocked dates and the date the partner agrees.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OfferDoc } from '../../src/domain/content.ts';
import type { SchoolFacts } from '../../src/domain/records.ts';
import { upsertSchools } from '../../src/modules/schools/operations/upsert-schools.ts';
import { buildCatalogue, projectCatalogue } from '../support/content-fixtures.ts';
import { startDynamoDbLocal, type TestDynamoDb } from '../support/dynamodb.ts';
import { createTestApi, type TestApi } from '../support/graphql.ts';
import { partnerViewer, schoolViewer } from '../participation/support.ts';

const catalogue = buildCatalogue(5000, 7);
const TODAY = new Date('2026-12-03T10:00:00Z');
const SCHOOL: SchoolFacts = {
  id: '11AA11',
  institutionCode: '11AA',
  name: 'School 11AA11',
  place: 'Haarlem',
  municipalityCode: 'GM0392',
  municipalityName: 'Haarlem',
  kind: 'PO',
  sector: 'BO',
  sectors: ['BO'],
};

/** The recount: the rule written out again. */
function recount(from?: string, to?: string): string[] {
  const inside = (day: string) => (from === undefined || day >= from) && (to === undefined || day <= to);
  return catalogue.offers
    .filter((o: OfferDoc) => {
      if (o.sessions?.length) return o.sessions.some((s) => inside(s.date));
      if (!o.bookableFrom && !o.bookableUntil) return false;
      const start = o.bookableFrom ?? '0000-01-01';
      const end = o.bookableUntil ?? '9999-12-31';
      return (to === undefined || start <= to) && (from === undefined || end >= from);
    })
    .map((o) => o.id)
    .sort();
}

const IDS = `query Dates($filter: OfferFilter, $after: String) {
  offers(filter: $filter, sort: TITLE, first: 100, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id } }
  }
}`;
type Page = {
  offers: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string } }[] };
};

describe('dates (DynamoDB Local)', () => {
  let db: TestDynamoDb;
  let api: TestApi;

  beforeAll(async () => {
    db = await startDynamoDbLocal();
    const tables = await db.createTestTables();
    await projectCatalogue({ doc: db.doc, tableName: tables.content }, catalogue);
    await upsertSchools({ doc: db.doc, tableName: tables.participation }, [SCHOOL]);
    api = createTestApi(db.doc, tables, () => TODAY);
  }, 300_000);
  afterAll(async () => db?.stop());

  async function allIds(filter: Record<string, unknown>): Promise<{ ids: string[]; totalCount: number }> {
    const ids: string[] = [];
    let after: string | null = null;
    let totalCount: number;
    do {
      const result: { data?: Page; errors?: unknown[] } = await api.run<Page>(IDS, { filter, after });
      expect(result.errors).toBeUndefined();
      totalCount = result.data!.offers.totalCount;
      ids.push(...result.data!.offers.edges.map((e) => e.node.id));
      after = result.data!.offers.pageInfo.hasNextPage ? result.data!.offers.pageInfo.endCursor : null;
    } while (after);
    return { ids: ids.sort(), totalCount };
  }

  it.each([
    ['March 2027', '2027-03-01', '2027-03-31'],
    ['one day', '2027-01-14', '2027-01-14'],
    ['from a day on', '2027-06-01', undefined],
    ['up to a day', undefined, '2026-09-15'],
    ['before the catalogue', '2020-01-01', '2020-12-31'],
  ])(
    'dateFrom/dateTo (%s) give exactly the offers of the recount',
    async (_name, dateFrom, dateTo) => {
      const expected = recount(dateFrom, dateTo);
      const answer = await allIds({ ...(dateFrom ? { dateFrom } : {}), ...(dateTo ? { dateTo } : {}) });
      expect(answer.totalCount).toBe(expected.length);
      expect(answer.ids).toEqual(expected);
    },
    120_000,
  );

  it('the recount is not trivial: some ranges find sessions and booking windows, none finds everything', () => {
    const march = recount('2027-03-01', '2027-03-31');
    expect(march.length).toBeGreaterThan(100);
    expect(march.length).toBeLessThan(catalogue.offers.length / 2);
    const byId = new Map(catalogue.offers.map((o) => [o.id, o]));
    expect(march.some((id) => byId.get(id)!.sessions?.length)).toBe(true);
    expect(march.some((id) => !byId.get(id)!.sessions?.length)).toBe(true);
    // Long before the catalogue only windows without a start reach back (an open side is unbounded).
    const early = recount('2020-01-01', '2020-12-31');
    expect(early.length).toBeGreaterThan(0);
    for (const id of early) expect([byId.get(id)!.sessions, byId.get(id)!.bookableFrom]).toEqual([undefined, undefined]);
  });

  it('combines with the other filters, and refuses a dateTo before dateFrom', async () => {
    const filter = { dateFrom: '2027-03-01', dateTo: '2027-03-31', locationTypes: ['AT_VENUE'] };
    const byId = new Map(catalogue.offers.map((o) => [o.id, o]));
    const expected = recount(filter.dateFrom, filter.dateTo).filter((id) => byId.get(id)!.locationType === 'AT_VENUE');
    expect((await allIds(filter)).ids).toEqual(expected);
    const wrong = await api.run(IDS, { filter: { dateFrom: '2027-04-01', dateTo: '2027-03-01' } });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a school books a session: it takes one place per group, and the partner sees the blocked dates and the agreed session', async () => {
    const offer = catalogue.offers.find((o) =>
      o.sessions?.some((s) => s.places >= 3 && (s.bookingDeadline ?? s.date) >= '2026-12-03' && o.municipalityCodes.includes('GM0392')),
    )!;
    const session = offer.sessions!.find((s) => s.places >= 3 && (s.bookingDeadline ?? s.date) >= '2026-12-03')!;
    const SESSIONS = 'query($id: ID!) { offer(id: $id) { sessions { id date startTime endTime places remaining bookingDeadline } } }';
    // As the school (anonymous answers are shared from the response cache and may lag a few seconds).
    const asSchool = { viewer: schoolViewer(SCHOOL.id) };
    const before = await api.run<{ offer: { sessions: { id: string; remaining: number; places: number }[] } }>(
      SESSIONS,
      { id: offer.id },
      asSchool,
    );
    expect(before.data?.offer.sessions.find((s) => s.id === session.id)).toMatchObject({
      places: session.places,
      remaining: session.places,
    });

    const booked = await api.run<{ requestBooking: { booking: { id: string; session: { id: string; remaining: number } } } }>(
      `mutation($input: RequestBookingInput!) { requestBooking(input: $input) { booking { id session { id remaining } blockedDates } } }`,
      {
        input: {
          offerId: offer.id,
          schoolId: SCHOOL.id,
          sessionId: session.id,
          groups: [
            { grade: 5, pupils: 24 },
            { grade: 6, pupils: 26 },
          ],
          blockedDates: ['2027-04-27', '2027-02-16'],
          idempotencyKey: 'dates-1',
        },
      },
      { viewer: schoolViewer(SCHOOL.id) },
    );
    expect(booked.errors).toBeUndefined();
    expect(booked.data?.requestBooking.booking.session).toEqual({ id: session.id, remaining: session.places - 2 });
    const after = await api.run<{ offer: { sessions: { id: string; remaining: number }[] } }>(SESSIONS, { id: offer.id }, asSchool);
    expect(after.data?.offer.sessions.find((s) => s.id === session.id)?.remaining).toBe(session.places - 2);

    const partner = partnerViewer(offer.partner!.id);
    const id = booked.data!.requestBooking.booking.id;
    const BOOKING =
      'query($id: ID!) { booking(id: $id) { status blockedDates session { id } agreed { date startTime endTime sessionId } } }';
    expect((await api.run(BOOKING, { id }, { viewer: partner })).data).toEqual({
      booking: { status: 'REQUESTED', blockedDates: ['2027-02-16', '2027-04-27'], session: { id: session.id }, agreed: null },
    });
    const confirmed = await api.run(
      'mutation($id: ID!) { confirmBooking(id: $id) { booking { agreed { date startTime sessionId } } } }',
      { id },
      { viewer: partner },
    );
    expect(confirmed.data).toEqual({
      confirmBooking: { booking: { agreed: { date: session.date, startTime: session.startTime, sessionId: session.id } } },
    });
  });
});
