/**
 * The booking change feed against DynamoDB Local: under concurrent writes a reader that resumes
 * from its cursor sees every change exactly once, in order; a number whose writer died is passed
 * only once it is settled; and the feed and `updatedSince` answer through GraphQL.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BookingChangeRecord } from '../../src/domain/records.ts';
import { decodeChangeCursor, readChanges } from '../../src/modules/bookings/change-feed.ts';
import { confirmBooking } from '../../src/modules/bookings/operations/confirm-booking.ts';
import { evaluateBooking } from '../../src/modules/bookings/operations/evaluate-booking.ts';
import { markBookingHeld } from '../../src/modules/bookings/operations/mark-booking-held.ts';
import { requestBooking } from '../../src/modules/bookings/operations/request-booking.ts';
import { upsertSchools } from '../../src/modules/schools/operations/upsert-schools.ts';
import { staticOffers, type ParticipationDeps } from '../../src/shared/deps.ts';
import { keys } from '../../src/sources/dynamodb/keys.ts';
import { startDynamoDbLocal, type TestDynamoDb } from '../support/dynamodb.ts';
import { buildCatalogue, projectCatalogue } from '../support/content-fixtures.ts';
import { createTestApi } from '../support/graphql.ts';
import { admin, makeSchools, offer, partnerViewer } from './support.ts';

const PARTNER = 'partner-1';
const schools = makeSchools(50);
const offers = Array.from({ length: 50 }, (_, i) => offer(`offer-${i}`, { partnerId: PARTNER }));

let db: TestDynamoDb;
beforeAll(async () => {
  db = await startDynamoDbLocal();
});
afterAll(async () => db?.stop());

async function setup(): Promise<ParticipationDeps> {
  const names = await db.createTestTables();
  const store = { doc: db.doc, tableName: names.participation };
  await upsertSchools(store, schools);
  return { store, offers: staticOffers([...offers, offer('other-offer', { partnerId: 'partner-2' })]) };
}

/** One booking's life: requested, confirmed, held, evaluated: four changes, each after the one before. */
async function lifeOf(deps: ParticipationDeps, i: number): Promise<void> {
  const { id } = await requestBooking(deps, admin, {
    offerId: `offer-${i}`,
    schoolId: schools[i]!.id,
    groups: [{ grade: 6, pupils: 24 }],
    idempotencyKey: `life-${i}`,
  });
  await confirmBooking(deps, admin, { id });
  await markBookingHeld(deps, admin, { id, pupilsReached: 24, heldOn: '2025-11-12' });
  await evaluateBooking(deps, admin, { id, rating: 5 });
}

describe('booking change feed', () => {
  it('reads back 200 concurrent changes across 50 bookings exactly once, in order, while they are written', async () => {
    const deps = await setup();
    const seen: BookingChangeRecord[] = [];
    let after = 0;
    let writing = true;
    // A partner's system polling with a small page while the writes are under way, resuming from its cursor.
    const reader = (async () => {
      for (;;) {
        const done = !writing;
        const page = await readChanges(deps.store, PARTNER, after, 7);
        seen.push(...page.changes);
        after = page.last;
        if (done && !page.more) return;
      }
    })();
    await Promise.all(schools.map((_, i) => lifeOf(deps, i)));
    writing = false;
    await reader;

    expect(seen).toHaveLength(200);
    expect(seen.map((c) => c.sequence)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    const perBooking = new Map<string, string[]>();
    for (const c of seen) {
      expect(c.booking.status).toBe(c.type);
      perBooking.set(c.booking.id, [...(perBooking.get(c.booking.id) ?? []), c.type]);
    }
    expect(perBooking.size).toBe(50);
    for (const types of perBooking.values()) expect(types).toEqual(['REQUESTED', 'CONFIRMED', 'HELD', 'EVALUATED']);

    // A second system reading from the start afterwards gets the same feed.
    const again = await readChanges(deps.store, PARTNER, 0, 100);
    const rest = await readChanges(deps.store, PARTNER, again.last, 100);
    expect([...again.changes, ...rest.changes].map((c) => c.sequence)).toEqual(seen.map((c) => c.sequence));
    expect(rest.more).toBe(false);
    // Another partner's feed is its own.
    expect((await readChanges(deps.store, 'partner-2', 0, 10)).changes).toEqual([]);
  }, 120_000);

  it('waits at a number whose writer has not committed, and passes it once that writer is taken for dead', async () => {
    const deps = await setup();
    await lifeOf(deps, 0);
    // A writer takes number 5 and dies before writing it.
    await db.doc.send(
      new UpdateCommand({
        TableName: deps.store.tableName,
        Key: keys.changeSequence(PARTNER),
        UpdateExpression: 'ADD #last :one',
        ExpressionAttributeNames: { '#last': 'last' },
        ExpressionAttributeValues: { ':one': 1 },
      }),
    );
    await lifeOf(deps, 1);
    const waiting = await readChanges(deps.store, PARTNER, 0, 50);
    expect(waiting.changes.map((c) => c.sequence)).toEqual([1, 2, 3, 4]);
    expect(waiting.last).toBe(4);
    const passed = await readChanges(deps.store, PARTNER, waiting.last, 50, 0);
    expect(passed.changes.map((c) => c.sequence)).toEqual([6, 7, 8, 9]);
    expect(passed.last).toBe(9);
  });

  it('answers Partner.bookingChanges and Partner.bookings(updatedSince) through GraphQL', async () => {
    const names = await db.createTestTables();
    const catalogue = buildCatalogue(4, 2);
    await projectCatalogue({ doc: db.doc, tableName: names.content }, catalogue);
    const PARTNER = catalogue.partners[0]!.id;
    const mine = Array.from({ length: 2 }, (_, i) => offer(`offer-${i}`, { partnerId: PARTNER }));
    let now = new Date('2025-10-01T10:00:00Z');
    const api = createTestApi(db.doc, names, () => now);
    const deps: ParticipationDeps = { store: { doc: db.doc, tableName: names.participation, now: () => now }, offers: staticOffers(mine) };
    await upsertSchools(deps.store, schools.slice(0, 2));
    const ids: string[] = [];
    for (const i of [0, 1]) {
      ids.push(
        (
          await requestBooking(deps, admin, {
            offerId: `offer-${i}`,
            schoolId: schools[i]!.id,
            groups: [{ grade: 5, pupils: 20 }],
            idempotencyKey: `g${i}`,
          })
        ).id,
      );
    }
    now = new Date('2025-10-02T10:00:00Z');
    await confirmBooking(deps, admin, { id: ids[1]! });

    const feed = `query($after: String) { partner(id: "${PARTNER}") { bookingChanges(after: $after, first: 2) {
      edges { cursor node { sequence type at booking { id status } } } pageInfo { hasNextPage endCursor } } } }`;
    type Feed = {
      partner: {
        bookingChanges: {
          edges: { node: { sequence: number; type: string; booking: { id: string; status: string } } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      };
    };
    const first = await api.run<Feed>(feed, {}, { viewer: partnerViewer(PARTNER) });
    expect(first.errors).toBeUndefined();
    const page1 = first.data!.partner.bookingChanges;
    expect(page1.edges.map((e) => [e.node.sequence, e.node.type])).toEqual([
      [1, 'REQUESTED'],
      [2, 'REQUESTED'],
    ]);
    const second = await api.run<Feed>(feed, { after: page1.pageInfo.endCursor }, { viewer: partnerViewer(PARTNER) });
    const page2 = second.data!.partner.bookingChanges;
    expect(page2.edges.map((e) => [e.node.sequence, e.node.type, e.node.booking.id, e.node.booking.status])).toEqual([
      [3, 'CONFIRMED', ids[1], 'CONFIRMED'],
    ]);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    // An empty page keeps the cursor where it was.
    const third = await api.run<Feed>(feed, { after: page2.pageInfo.endCursor }, { viewer: partnerViewer(PARTNER) });
    expect(third.data!.partner.bookingChanges.edges).toEqual([]);
    expect(decodeChangeCursor(third.data!.partner.bookingChanges.pageInfo.endCursor)).toBe(3);

    const bad = await api.run(feed, { after: 'not-a-cursor' }, { viewer: partnerViewer(PARTNER) });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const since = `query($since: DateTime) { partner(id: "${PARTNER}") { bookings(schoolYear: "2025-2026", updatedSince: $since) { edges { node { id } } } } }`;
    type Since = { partner: { bookings: { edges: { node: { id: string } }[] } } };
    const recent = await api.run<Since>(since, { since: '2025-10-02T11:00:00+02:00' }, { viewer: partnerViewer(PARTNER) });
    expect(recent.data!.partner.bookings.edges.map((e) => e.node.id)).toEqual([ids[1]]);
    const all = await api.run<Since>(since, { since: '2025-09-01T00:00:00Z' }, { viewer: partnerViewer(PARTNER) });
    expect(all.data!.partner.bookings.edges).toHaveLength(2);
    const wrong = await api.run(since, { since: 'yesterday' }, { viewer: partnerViewer(PARTNER) });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
