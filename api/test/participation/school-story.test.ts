/**
 * What an advisor and a school read as the school's story, through GraphQL on DynamoDB Local:
 * ambition talks as drafts and final (who reads which, a final talk never becomes a draft again,
 * a refused save writes nothing), whether bookings followed each agreement, bookings of every
 * school year with the date of each status change, and the change per Evi pillar since the
 * previous result.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/domain/viewer.ts';
import { upsertSchools } from '../../src/modules/schools/operations/upsert-schools.ts';
import { buildCatalogue, projectCatalogue } from '../support/content-fixtures.ts';
import { startDynamoDbLocal, type TestDynamoDb } from '../support/dynamodb.ts';
import { createTestApi, type TestApi } from '../support/graphql.ts';
import { makeSchools } from './support.ts';

let now = new Date('2025-09-01T09:00:00Z');
const catalogue = buildCatalogue(60, 5);
const schools = makeSchools(10);
const [haarlem, , , vlaardingen] = schools as [(typeof schools)[0], unknown, unknown, (typeof schools)[0]];
const unlimited = catalogue.offers.filter((o) => o.capacity === null);
const musicOffers = unlimited.filter((o) => o.disciplines.includes('MUSIC') && !o.disciplines.includes('DANCE'));
const danceOffers = unlimited.filter((o) => o.disciplines.includes('DANCE') && !o.disciplines.includes('MUSIC'));

const as = {
  school: { role: 'SCHOOL', schoolId: haarlem.id } as Viewer,
  otherSchool: { role: 'SCHOOL', schoolId: vlaardingen.id } as Viewer,
  advisor: { role: 'ADVISOR', regionId: 'region-hart' } as Viewer,
  otherAdvisor: { role: 'ADVISOR', regionId: 'region-kunstgebouw' } as Viewer,
  partner: { role: 'PARTNER', partnerId: unlimited[0]!.partner!.id } as Viewer,
  admin: { role: 'ADMIN' } as Viewer,
};

type Answer<T> = { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
const codeOf = (r: Answer<unknown>) => r.errors?.[0]?.extensions?.code;

const TALK = `schoolId date status preparation schoolYear place schoolType participants advisorId remarks
  goals { selected notes } currentState { developments opportunities aspects { aspect strengths weaknesses } }
  ambition2028 { content organisation supportAndProfile }
  agreements { schoolYear longerTerm items { area agreement owner due disciplines followUp { status bookings { id } } } }`;
const RECORD = `mutation($input: AmbitionTalkInput!) { recordAmbitionTalk(input: $input) { ${TALK} } }`;
const TALKS = `query($id: ID!) { school(id: $id) { ambitionTalks { ${TALK} } ambitionTalkDrafts { ${TALK} } } }`;

const TALK_DATE = '2025-09-10';
const fullTalk = (status: 'DRAFT' | 'FINAL', extra: Record<string, unknown> = {}) => ({
  schoolId: haarlem.id,
  date: TALK_DATE,
  status,
  preparation: ['PREVIOUS_REPORTS_READ', 'SELF_EVALUATION_ANALYSED', 'PREPARATION_MAIL_SENT'],
  schoolType: 'PRIMARY',
  participants: ["ICC'er", 'directeur'],
  advisorId: 'advisor-hart',
  remarks: 'Jaarplanning vooraf ontvangen.',
  goals: { selected: ['VISION_ON_CULTURE_EDUCATION', 'PROFESSIONAL_DEVELOPMENT'], notes: 'Burgerschap' },
  currentState: {
    developments: 'Nieuw curriculum',
    opportunities: 'Projectweken',
    aspects: [
      { aspect: 'VISION', strengths: 'Gedragen', weaknesses: 'Niet op papier' },
      { aspect: 'ORGANISATION', weaknesses: 'Geen overleg' },
    ],
  },
  ambition2028: { content: 'Twee disciplines per groep', organisation: "ICC'er met uren", supportAndProfile: 'In de schoolgids' },
  agreements: {
    schoolYear: '2025-2026',
    longerTerm: 'Cultuurvisie in het schoolplan 2027',
    items: [
      { area: 'CONTENT_FOCUS', agreement: 'Muziek in elke groep', owner: "ICC'er", due: '2025-12-31', disciplines: ['MUSIC'] },
      { area: 'PROFESSIONAL_DEVELOPMENT', agreement: 'Teamscholing dans', owner: 'directeur', due: '2026-03-31', disciplines: ['DANCE'] },
      { area: 'SCHOOL_CULTURE', agreement: 'Draagvlak in het team', owner: 'directeur', due: '2026-06-30' },
    ],
  },
  ...extra,
});

describe('a school’s story', () => {
  let db: TestDynamoDb;
  let api: TestApi;
  const run = <T = Record<string, unknown>>(viewer: Viewer, query: string, variables?: Record<string, unknown>) =>
    api.run<T>(query, variables, { viewer }) as Promise<Answer<T>>;
  let key = 0;
  const book = async (offerId: string, schoolYear?: string) => {
    const r = await run<{ requestBooking: { booking: { id: string } } }>(
      as.school,
      'mutation($input: RequestBookingInput!) { requestBooking(input: $input) { booking { id } } }',
      {
        input: {
          offerId,
          schoolId: haarlem.id,
          groups: [{ grade: 5, pupils: 22 }],
          idempotencyKey: `story-${++key}`,
          ...(schoolYear ? { schoolYear } : {}),
        },
      },
    );
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data!.requestBooking.booking.id;
  };

  beforeAll(async () => {
    expect(musicOffers.length).toBeGreaterThan(1);
    expect(danceOffers.length).toBeGreaterThan(0);
    db = await startDynamoDbLocal();
    const tables = await db.createTestTables();
    await projectCatalogue({ doc: db.doc, tableName: tables.content }, catalogue);
    await upsertSchools({ doc: db.doc, tableName: tables.participation, now: () => now }, schools);
    api = createTestApi(db.doc, tables, () => now);
  });
  afterAll(async () => db?.stop());

  it('a draft is the advisor’s alone; a final talk reaches its school and no other; final never turns back into a draft', async () => {
    const draft = await run<{ recordAmbitionTalk: Record<string, unknown> }>(as.advisor, RECORD, {
      input: { ...fullTalk('DRAFT'), participants: [], agreements: { schoolYear: '2025-2026', items: [] } },
    });
    expect(draft.errors).toBeUndefined();
    expect(draft.data!.recordAmbitionTalk).toMatchObject({ status: 'DRAFT', participants: [] });

    type Talks = { school: { ambitionTalks: Record<string, unknown>[] | null; ambitionTalkDrafts: Record<string, unknown>[] | null } };
    const advisorView = await run<Talks>(as.advisor, TALKS, { id: haarlem.id });
    expect(advisorView.data!.school.ambitionTalks).toEqual([]);
    expect(advisorView.data!.school.ambitionTalkDrafts).toHaveLength(1);
    const schoolView = await run<Talks>(as.school, TALKS, { id: haarlem.id });
    expect(schoolView.data!.school).toEqual({ ambitionTalks: [], ambitionTalkDrafts: null });

    // Final without participants: refused, naming the field, and the draft stays as it was.
    const refused = await run(as.advisor, RECORD, { input: fullTalk('FINAL', { participants: [] }) });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0]!.extensions!.issues).toEqual([expect.objectContaining({ path: 'participants' })]);
    expect((await run<Talks>(as.advisor, TALKS, { id: haarlem.id })).data!.school.ambitionTalkDrafts).toEqual(
      advisorView.data!.school.ambitionTalkDrafts,
    );

    const final = await run<{ recordAmbitionTalk: Record<string, unknown> }>(as.advisor, RECORD, { input: fullTalk('FINAL') });
    expect(final.errors).toBeUndefined();
    const expected = {
      ...fullTalk('FINAL'),
      schoolYear: '2025-2026',
      place: haarlem.place,
      agreements: {
        ...fullTalk('FINAL').agreements,
        items: fullTalk('FINAL').agreements.items.map((item) => ({
          disciplines: [],
          ...item,
          followUp: expect.any(Object),
        })),
      },
      currentState: {
        ...fullTalk('FINAL').currentState,
        aspects: [
          { aspect: 'VISION', strengths: 'Gedragen', weaknesses: 'Niet op papier' },
          { aspect: 'ORGANISATION', strengths: null, weaknesses: 'Geen overleg' },
        ],
      },
    };
    expect(final.data!.recordAmbitionTalk).toEqual(expected);

    // Read back unchanged by the school itself and the advisor; another school and another region's advisor see nothing.
    const read = await run<Talks>(as.school, TALKS, { id: haarlem.id });
    expect(read.data!.school.ambitionTalks).toEqual([expected]);
    expect(read.data!.school.ambitionTalkDrafts).toBeNull();
    expect((await run<Talks>(as.advisor, TALKS, { id: haarlem.id })).data!.school.ambitionTalkDrafts).toEqual([]);
    expect(codeOf(await run(as.otherSchool, TALKS, { id: haarlem.id }))).toBe('NOT_FOUND');
    expect(codeOf(await run(as.otherAdvisor, TALKS, { id: haarlem.id }))).toBe('NOT_FOUND');
    const viaBooking = await run<{ booking: { school: { ambitionTalks: unknown; ambitionTalkDrafts: unknown } } | null }>(
      as.partner,
      `query($id: ID!) { booking(id: $id) { school { ambitionTalks { date } ambitionTalkDrafts { date } } } }`,
      { id: await book(unlimited[0]!.id) },
    );
    // The partner of a booking sees the school's name, never its talks.
    expect(viaBooking.data!.booking!.school).toEqual({ ambitionTalks: null, ambitionTalkDrafts: null });

    // A final talk saved as a draft again: a coded error, and the talk stays final and unchanged.
    const backToDraft = await run(as.advisor, RECORD, { input: fullTalk('DRAFT', { remarks: 'Overschreven?' }) });
    expect(codeOf(backToDraft)).toBe('AMBITION_TALK_FINAL');
    expect((await run<Talks>(as.school, TALKS, { id: haarlem.id })).data!.school.ambitionTalks).toEqual([expected]);
    // Correcting it as final is allowed (one talk per school and date).
    const corrected = await run<{ recordAmbitionTalk: { remarks: string; status: string } }>(as.advisor, RECORD, {
      input: fullTalk('FINAL', { remarks: 'Gecorrigeerd' }),
    });
    expect(corrected.data!.recordAmbitionTalk).toMatchObject({ remarks: 'Gecorrigeerd', status: 'FINAL' });
    // The school may never record a talk.
    expect(codeOf(await run(as.school, RECORD, { input: fullTalk('DRAFT') }))).toBe('FORBIDDEN');
  });

  it('tells per agreement whether bookings followed it: discipline, term, after the talk, not cancelled', async () => {
    type Items = {
      school: { ambitionTalks: { agreements: { items: { area: string; followUp: { status: string; bookings: { id: string }[] } }[] } }[] };
    };
    const followUps = async () => {
      const r = await run<Items>(as.advisor, TALKS, { id: haarlem.id });
      expect(r.errors).toBeUndefined();
      return Object.fromEntries(r.data!.school.ambitionTalks[0]!.agreements.items.map((i) => [i.area, i.followUp]));
    };
    // Before any music booking after the talk (the booking of the first test was on 1 September, before the talk).
    expect(await followUps()).toEqual({
      CONTENT_FOCUS: { status: 'OPEN', bookings: [] },
      PROFESSIONAL_DEVELOPMENT: { status: 'OPEN', bookings: [] },
      SCHOOL_CULTURE: { status: 'NOT_APPLICABLE', bookings: [] },
    });

    now = new Date('2025-10-15T10:00:00Z');
    const cancelled = await book(musicOffers[0]!.id);
    const cancel = await run(as.school, 'mutation($id: ID!) { cancelBooking(id: $id, reason: BUDGET) { booking { id } } }', {
      id: cancelled,
    });
    expect(cancel.errors).toBeUndefined();
    expect((await followUps()).CONTENT_FOCUS).toEqual({ status: 'OPEN', bookings: [] });

    const music = await book(musicOffers[1]!.id);
    expect((await followUps()).CONTENT_FOCUS).toEqual({ status: 'FOLLOWED', bookings: [{ id: music }] });

    // The dance agreement's term passes without a dance booking; one requested afterwards does not follow it.
    now = new Date('2026-04-02T10:00:00Z');
    await book(danceOffers[0]!.id);
    expect(await followUps()).toMatchObject({
      CONTENT_FOCUS: { status: 'FOLLOWED' },
      PROFESSIONAL_DEVELOPMENT: { status: 'NOT_FOLLOWED', bookings: [] },
    });
  });

  it('lists bookings of every school year with the date of each status change', async () => {
    now = new Date('2025-03-03T08:00:00Z');
    const earlier = await book(unlimited[5]!.id, '2024-2025');
    now = new Date('2025-03-05T14:30:00Z');
    const confirmed = await run(
      { role: 'PARTNER', partnerId: unlimited[5]!.partner!.id } as Viewer,
      'mutation($id: ID!) { confirmBooking(id: $id) { booking { id } } }',
      { id: earlier },
    );
    expect(confirmed.errors).toBeUndefined();
    now = new Date('2026-04-10T10:00:00Z');

    type Story = { school: { bookings: { id: string; schoolYear: string; history: { status: string; at: string; by: string }[] }[] } };
    const Q = `query($id: ID!, $all: Boolean) { school(id: $id) { bookings(allSchoolYears: $all) { id schoolYear history { status at by } } } }`;
    const all = await run<Story>(as.advisor, Q, { id: haarlem.id, all: true });
    expect(all.errors).toBeUndefined();
    const years = all.data!.school.bookings.map((b) => b.schoolYear);
    expect(years[0]).toBe('2024-2025');
    expect(new Set(years)).toEqual(new Set(['2024-2025', '2025-2026']));
    expect(all.data!.school.bookings.find((b) => b.id === earlier)!.history).toEqual([
      { status: 'REQUESTED', at: '2025-03-03T08:00:00.000Z', by: 'SCHOOL' },
      { status: 'CONFIRMED', at: '2025-03-05T14:30:00.000Z', by: 'PARTNER' },
    ]);
    // Without the flag: only this school year, as before.
    const current = await run<Story>(as.school, Q, { id: haarlem.id, all: false });
    expect(current.data!.school.bookings.every((b) => b.schoolYear === '2025-2026')).toBe(true);
    // Both at once is a contradiction, answered with a coded error.
    const both = await run(
      as.school,
      `query($id: ID!) { school(id: $id) { bookings(allSchoolYears: true, schoolYear: "2024-2025") { id } } }`,
      {
        id: haarlem.id,
      },
    );
    expect(codeOf(both)).toBe('BAD_USER_INPUT');
  });

  it('gives each Evi pillar its change since the previous result', async () => {
    const record = (schoolYear: string, scenarios: number[]) =>
      run(as.school, 'mutation($input: EviResultInput!) { recordEviResult(input: $input) { revision } }', {
        input: {
          schoolId: haarlem.id,
          schoolYear,
          version: 'V2_1',
          completedOn: `${schoolYear.slice(5)}-01-15`,
          respondents: [{ role: 'ICC', count: 1 }],
          pillars: ['VISION', 'EXPERTISE', 'PROGRAMME', 'COLLABORATION'].map((pillar, i) => ({ pillar, scenario: scenarios[i] })),
        },
      });
    expect((await record('2023-2024', [1, 2, 2, 3])).errors).toBeUndefined();
    expect((await record('2025-2026', [2, 2, 4, 1])).errors).toBeUndefined();
    const r = await run<{
      school: {
        eviResults: { schoolYear: string; pillars: { pillar: string; previousScenario: number | null; change: number | null }[] }[];
      };
    }>(as.school, `query($id: ID!) { school(id: $id) { eviResults { schoolYear pillars { pillar scenario previousScenario change } } } }`, {
      id: haarlem.id,
    });
    expect(r.errors).toBeUndefined();
    const [first, second] = r.data!.school.eviResults;
    expect(first!.pillars.map((p) => p.change)).toEqual([null, null, null, null]);
    expect(second!.pillars.map((p) => [p.pillar, p.previousScenario, p.change])).toEqual([
      ['VISION', 1, 1],
      ['EXPERTISE', 2, 0],
      ['PROGRAMME', 2, 2],
      ['COLLABORATION', 3, -2],
    ]);
  });
});
