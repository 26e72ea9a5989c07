/**
 * A school's calendar feed on DynamoDB Local, read back with ical.js as a calendar app would: it
 * lists exactly the school's confirmed (and held) bookings with an agreed date, never another
 * school's; revoking makes the URL answer 404 on the next request; a rotated URL works and the
 * old one does not. Served through the local HTTP adapter's `/calendar/*` route.
 *
 * The confirm path does not record an agreed date yet (sessions and agreed dates are built apart),
 * so the tests confirm through the operations and then set `agreed` on the stored booking directly.
 */
import type { AddressInfo } from 'node:net';
import type http from 'node:http';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BookingRecord } from '../../src/domain/records.ts';
import { createLambdaHttpServer } from '../../src/local/http-adapter.ts';
import { cancelBooking } from '../../src/modules/bookings/operations/cancel-booking.ts';
import { confirmBooking } from '../../src/modules/bookings/operations/confirm-booking.ts';
import { markBookingHeld } from '../../src/modules/bookings/operations/mark-booking-held.ts';
import { requestBooking } from '../../src/modules/bookings/operations/request-booking.ts';
import { serveCalendar } from '../../src/modules/calendar/http.ts';
import { offerRefOf } from '../../src/modules/offers/loaders.ts';
import { upsertSchools } from '../../src/modules/schools/operations/upsert-schools.ts';
import { staticOffers, type ParticipationDeps } from '../../src/shared/deps.ts';
import { keys } from '../../src/sources/dynamodb/keys.ts';
import { buildCatalogue, projectCatalogue } from '../support/content-fixtures.ts';
import { startDynamoDbLocal, type TestDynamoDb } from '../support/dynamodb.ts';
import { createTestApi, type TestApi } from '../support/graphql.ts';
import { admin, makeSchools, schoolViewer } from './support.ts';

const NOW = new Date('2025-10-01T10:00:00Z');
const catalogue = (() => {
  const base = buildCatalogue(20, 3);
  return { ...base, offers: base.offers.map((o) => ({ ...o, capacity: null })) };
})();
const [school, otherSchool] = makeSchools(2) as [ReturnType<typeof makeSchools>[0], ReturnType<typeof makeSchools>[0]];

describe('calendar feed', () => {
  let db: TestDynamoDb;
  let api: TestApi;
  let deps: ParticipationDeps;
  let server: http.Server;
  let base = '';
  let key = 0;
  const booked: Record<string, BookingRecord> = {};

  async function book(schoolId: string, offerIndex: number, agreed?: BookingRecord['agreed']) {
    const { id } = await requestBooking(deps, admin, {
      offerId: catalogue.offers[offerIndex]!.id,
      schoolId,
      groups: [
        { grade: 5, pupils: 24, teacher: 'Juf Geheim' },
        { grade: 6, pupils: 21 },
      ],
      idempotencyKey: `cal-${++key}`,
    });
    await confirmBooking(deps, admin, { id });
    if (agreed) {
      await deps.store.doc.send(
        new UpdateCommand({
          TableName: deps.store.tableName,
          Key: keys.booking(id),
          UpdateExpression: 'SET agreed = :agreed',
          ExpressionAttributeValues: { ':agreed': agreed },
        }),
      );
    }
    return id;
  }

  const gql = async <T>(query: string, viewerSchool = school.id) => {
    const result = await api.run<T>(query, {}, { viewer: schoolViewer(viewerSchool) });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!;
  };
  const createFeed = async () =>
    (
      await gql<{ createCalendarFeed: { url: string; token: string } }>(
        `mutation { createCalendarFeed(schoolId: "${school.id}") { url token } }`,
      )
    ).createCalendarFeed;
  /** The feed at a URL of this API, re-based onto the test server. */
  const fetchFeed = (url: string) => fetch(url.replace('http://localhost:4000', base));

  function events(text: string) {
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
    return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  }

  beforeAll(async () => {
    db = await startDynamoDbLocal();
    const tables = await db.createTestTables();
    await projectCatalogue({ doc: db.doc, tableName: tables.content }, catalogue);
    const store = { doc: db.doc, tableName: tables.participation, now: () => NOW };
    await upsertSchools(store, [school, otherSchool]);
    deps = { store, offers: staticOffers(catalogue.offers.map((o) => offerRefOf(o)!)) };
    api = createTestApi(db.doc, tables, () => NOW, {
      CALENDAR_BASE_URL: 'http://localhost:4000',
      PORTAL_BASE_URL: 'https://portal.example',
    });
    server = createLambdaHttpServer({ '/calendar/*': (event) => serveCalendar(api.services, event) });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    booked.allDay = { id: await book(school.id, 0, { date: '2026-03-12' }) } as BookingRecord;
    booked.timed = { id: await book(school.id, 1, { date: '2026-03-31', startTime: '09:30', endTime: '11:00' }) } as BookingRecord;
    const held = await book(school.id, 2, { date: '2025-11-04' });
    await markBookingHeld(deps, admin, { id: held, pupilsReached: 45, heldOn: '2025-11-04' });
    booked.held = { id: held } as BookingRecord;
    booked.noDate = { id: await book(school.id, 3) } as BookingRecord;
    const cancelled = await book(school.id, 4, { date: '2026-02-02' });
    await cancelBooking(deps, admin, { id: cancelled, reason: 'OTHER' });
    booked.cancelled = { id: cancelled } as BookingRecord;
    booked.requested = {
      id: (
        await requestBooking(deps, admin, {
          offerId: catalogue.offers[5]!.id,
          schoolId: school.id,
          groups: [{ grade: 7, pupils: 20 }],
          idempotencyKey: `cal-${++key}`,
        })
      ).id,
    } as BookingRecord;
    booked.other = { id: await book(otherSchool.id, 0, { date: '2026-03-12' }) } as BookingRecord;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await db?.stop();
  });

  it('lists exactly the school’s confirmed and held bookings with an agreed date, as a calendar app reads them', async () => {
    const { url } = await createFeed();
    expect(url).toMatch(/^http:\/\/localhost:4000\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const response = await fetchFeed(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('private, max-age=300');
    const text = await response.text();
    const list = events(text);
    const uid = (name: string) => `booking-${booked[name]!.id}@cmk`;
    expect(list.map((e) => e.uid).sort()).toEqual([uid('allDay'), uid('timed'), uid('held')].sort());

    const allDay = list.find((e) => e.uid === uid('allDay'))!;
    expect(allDay.startDate.isDate).toBe(true);
    expect(allDay.startDate.toString()).toBe('2026-03-12');
    const offer = catalogue.offers[0]!;
    expect(allDay.summary).toBe(`${offer.title} (${offer.partner!.name})`);
    expect(allDay.description).toContain('2 groepen (groep 5, groep 6), 45 leerlingen');
    expect(offer.venue).toBeUndefined(); // the fixture's offer 0 has no venue: no LOCATION
    expect(allDay.location).toBeNull();
    expect(allDay.component.getFirstPropertyValue('url')).toBe(`https://portal.example/mijn-aanmeldingen#booking-${booked.allDay!.id}`);
    expect(text).not.toContain('Juf Geheim');

    // 09:30 in Amsterdam on 31 March 2026 is summer time: 07:30 UTC.
    const timed = list.find((e) => e.uid === uid('timed'))!;
    expect(timed.startDate.isDate).toBe(false);
    const venue = catalogue.offers[1]!.venue!.address!;
    expect(timed.location).toBe(`${venue.street} ${venue.houseNumber}`);
    expect(timed.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Amsterdam');
    expect(timed.startDate.toJSDate().toISOString()).toBe('2026-03-31T07:30:00.000Z');
    expect(timed.endDate.toJSDate().toISOString()).toBe('2026-03-31T09:00:00.000Z');
    expect(text).toContain('BEGIN:VTIMEZONE');
  });

  it('gives another school its own feed without this school’s bookings', async () => {
    const other = await gql<{ createCalendarFeed: { url: string } }>(
      `mutation { createCalendarFeed(schoolId: "${otherSchool.id}") { url } }`,
      otherSchool.id,
    );
    const list = events(await (await fetchFeed(other.createCalendarFeed.url)).text());
    expect(list.map((e) => e.uid)).toEqual([`booking-${booked.other!.id}@cmk`]);
  });

  it('answers 404 on the next request once revoked, and for unknown or malformed tokens', async () => {
    const { url } = await createFeed();
    expect((await fetchFeed(url)).status).toBe(200);
    expect(await gql(`mutation { revokeCalendarFeed(schoolId: "${school.id}") }`)).toEqual({ revokeCalendarFeed: true });
    const gone = await fetchFeed(url);
    expect(gone.status).toBe(404);
    expect(await gone.text()).toMatch(/unknown or revoked/);
    expect(await gql(`{ school(id: "${school.id}") { calendarFeed { createdAt } } }`)).toEqual({ school: { calendarFeed: null } });
    expect((await fetch(`${base}/calendar/${'A'.repeat(43)}.ics`)).status).toBe(404);
    expect((await fetch(`${base}/calendar/not-a-token.ics`)).status).toBe(404);
    expect(await gql(`mutation { revokeCalendarFeed(schoolId: "${school.id}") }`)).toEqual({ revokeCalendarFeed: false });
  });

  it('rotates: a new URL works and the previous one no longer does', async () => {
    const first = await createFeed();
    const second = await createFeed();
    expect(second.token).not.toBe(first.token);
    expect((await fetchFeed(first.url)).status).toBe(404);
    expect((await fetchFeed(second.url)).status).toBe(200);
    const { school: s } = await gql<{ school: { calendarFeed: { createdAt: string } | null } }>(
      `{ school(id: "${school.id}") { calendarFeed { createdAt } } }`,
    );
    expect(s.calendarFeed?.createdAt).toBe(NOW.toISOString());
  });

  it('keeps the token out of the table: only its SHA-256 is stored', async () => {
    const { token } = await createFeed();
    const { scanAll } = await import('../../src/sources/dynamodb/query.ts');
    const dump = JSON.stringify(await scanAll(deps.store));
    expect(dump).not.toContain(token);
  });
});
