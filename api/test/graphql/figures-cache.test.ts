/**
 * The figures cache (FIGURES_CACHE_MS) against DynamoDB Local: a process answers a repeated page of
 * figures without reading the table, shows its own bookings at once, and another process's within
 * the configured time. Two API instances over one table stand for two Lambda containers.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/domain/viewer.ts';
import { upsertSchools } from '../../src/modules/schools/operations/upsert-schools.ts';
import type { TableNames } from '../../src/sources/dynamodb/create-tables.ts';
import { buildCatalogue, projectCatalogue } from '../support/content-fixtures.ts';
import { startDynamoDbLocal, type TestDynamoDb } from '../support/dynamodb.ts';
import { createTestApi, quietCatalogue, type TestApi } from '../support/graphql.ts';
import { makeSchools } from '../participation/support.ts';

const NOW = new Date('2025-10-01T10:00:00Z');
const catalogue = buildCatalogue(40, 5);
const schools = makeSchools(12);
const admin = { role: 'ADMIN' } as Viewer;
const limited = catalogue.offers.filter((o) => (o.capacity ?? 0) >= 4);
const FIGURES = 'query($id: ID!) { offer(id: $id) { bookingsCount remainingCapacity } }';
const PAGE = '{ offers(first: 20) { edges { node { id bookingsCount remainingCapacity schoolsReached } } } }';
const REQUEST = 'mutation($input: RequestBookingInput!) { requestBooking(input: $input) { booking { id } } }';

let key = 0;
const book = async (api: TestApi, offerId: string, schoolId: string) => {
  const input = {
    offerId,
    schoolId,
    groups: [{ grade: 6, pupils: 20, teacher: 'Juf' }],
    preferredDates: [],
    idempotencyKey: `fc-${++key}`,
  };
  const r = await api.run(REQUEST, { input }, { viewer: admin });
  expect(r.errors).toBeUndefined();
};

describe('figures cache', () => {
  let db: TestDynamoDb;
  let tables: TableNames;
  /** BatchGetItem calls made through the counting client, in all. */
  let batchGets = 0;
  let counting: DynamoDBDocumentClient;

  /**
   * An API process of its own (its own services, so its own cache), reading through the counting
   * client; without the response cache, which keeps whole anonymous answers for a moment on its own.
   */
  const process = (figuresCacheMs: number) =>
    createTestApi(
      counting,
      tables,
      () => NOW,
      { FIGURES_CACHE_MS: String(figuresCacheMs), RESPONSE_CACHE_MB: '0' },
      { catalogue: quietCatalogue(counting, tables) },
    );
  const figures = async (api: TestApi, offerId: string) => {
    const r = await api.run<{ offer: { bookingsCount: number; remainingCapacity: number } }>(FIGURES, { id: offerId });
    expect(r.errors).toBeUndefined();
    return r.data!.offer;
  };

  beforeAll(async () => {
    db = await startDynamoDbLocal();
    tables = await db.createTestTables();
    await projectCatalogue({ doc: db.doc, tableName: tables.content }, catalogue);
    await upsertSchools({ doc: db.doc, tableName: tables.participation, now: () => NOW }, schools);
    counting = {
      send: (command: { constructor: { name: string } }) => {
        if (command.constructor.name === 'BatchGetCommand') batchGets++;
        return db.doc.send(command as never);
      },
    } as unknown as DynamoDBDocumentClient;
    expect(limited.length).toBeGreaterThanOrEqual(2);
  });
  afterAll(async () => db?.stop());

  it('answers a repeated page of figures without reading the table, and reads it on every request when switched off', async () => {
    const page = async (api: TestApi) => {
      const before = batchGets;
      const r = await api.run(PAGE);
      expect(r.errors).toBeUndefined();
      return { reads: batchGets - before, data: r.data };
    };
    const cached = process(60_000);
    const first = await page(cached);
    expect(first.reads).toBe(1);
    expect(await page(cached)).toEqual({ reads: 0, data: first.data });

    const uncached = process(0);
    expect(await page(uncached)).toEqual({ reads: 1, data: first.data });
    expect(await page(uncached)).toEqual({ reads: 1, data: first.data });
  });

  it("shows the process's own booking at once, another process's booking within FIGURES_CACHE_MS", async () => {
    const offer = limited[0]!;
    const a = process(60_000);
    const b = process(60_000);
    expect(await figures(a, offer.id)).toEqual({ bookingsCount: 0, remainingCapacity: offer.capacity });
    expect(await figures(b, offer.id)).toEqual({ bookingsCount: 0, remainingCapacity: offer.capacity });

    await book(a, offer.id, schools[0]!.id);
    expect(await figures(a, offer.id)).toEqual({ bookingsCount: 1, remainingCapacity: offer.capacity! - 1 });
    // b read the figures a moment ago and keeps them for its 60 s; a process without the cache sees the booking.
    expect(await figures(b, offer.id)).toEqual({ bookingsCount: 0, remainingCapacity: offer.capacity });
    expect(await figures(process(0), offer.id)).toEqual({ bookingsCount: 1, remainingCapacity: offer.capacity! - 1 });

    await book(b, offer.id, schools[1]!.id);
    expect(await figures(b, offer.id)).toEqual({ bookingsCount: 2, remainingCapacity: offer.capacity! - 2 });
  });

  it("sees another process's booking once its short cache time has passed", async () => {
    const offer = limited[1]!;
    const a = process(250);
    expect((await figures(a, offer.id)).bookingsCount).toBe(0);
    await book(process(250), offer.id, schools[2]!.id);
    await sleep(400);
    expect(await figures(a, offer.id)).toEqual({ bookingsCount: 1, remainingCapacity: offer.capacity! - 1 });
  });
});
