/**
 * The catalogue in memory: a publish never holds up reads (the old catalogue is served while the
 * new one loads and is prepared), and a fresh process starts from the snapshot of the current
 * version instead of reading every document. Ordering is checked with a gate in front of
 * DynamoDB Local, never with timings.
 */
import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatalogueCache, type Catalogue } from '../../src/sources/content/catalogue.ts';
import { putDocument, type ContentStore } from '../../src/sources/content/projection-store.ts';
import { readSnapshot, writeSnapshot } from '../../src/sources/content/snapshot.ts';
import { buildCatalogue, projectCatalogue } from '../support/content-fixtures.ts';
import { startDynamoDbLocal, type TestDynamoDb } from '../support/dynamodb.ts';

const fixture = buildCatalogue(200, 4);
let db: TestDynamoDb;

beforeAll(async () => {
  db = await startDynamoDbLocal();
});
afterAll(async () => {
  await db?.stop();
});

/** A content store over fresh tables holding the fixture. */
async function freshStore(): Promise<ContentStore> {
  const store = { doc: db.doc, tableName: (await db.createTestTables()).content };
  await projectCatalogue(store, fixture);
  return store;
}

/** The store behind a gate: while closed, reads of documents and snapshots wait; every command is counted. */
function gated(store: ContentStore) {
  let open: () => void = () => undefined;
  let opened: Promise<void> = Promise.resolve();
  let reached: () => void = () => undefined;
  const state = {
    commands: [] as string[],
    reachedGate: Promise.resolve(),
    close() {
      opened = new Promise((resolve) => (open = resolve));
      state.reachedGate = new Promise((resolve) => (reached = resolve));
    },
    open: () => open(),
  };
  const doc = {
    send: async (command: { constructor: { name: string }; input: { Key?: { pk?: string } } }) => {
      state.commands.push(command.constructor.name);
      const meta = command.input.Key?.pk === 'META';
      if (!meta) {
        reached();
        await opened;
      }
      return (store.doc.send as (c: unknown) => Promise<unknown>)(command);
    },
  } as unknown as DynamoDBDocumentClient;
  return { store: { doc, tableName: store.tableName }, state };
}

const newOffer = { ...fixture.offers[0]!, id: 'offer-published-now', title: 'Nieuw: het laatst gepubliceerde aanbod' };

describe('the catalogue cache', () => {
  it('keeps serving the loaded catalogue while a publish loads, then swaps in the prepared new one', async () => {
    const store = await freshStore();
    const { store: slow, state } = gated(store);
    const prepared: Catalogue[] = [];
    const cache = new CatalogueCache(slow, { freshnessMs: 0, settleMs: 0, snapshots: false, prepare: (c) => void prepared.push(c) });
    const before = await cache.get('nl');
    expect(before.offers).toHaveLength(200);
    expect(prepared).toEqual([before]);

    await putDocument(store, newOffer, 1);
    state.close();
    // This read starts the reload, which stops at the gate; the read must not wait for it.
    const first = cache.get('nl');
    const winner = await Promise.race([
      first.then(() => 'answered with the catalogue it had'),
      state.reachedGate.then(() => new Promise((resolve) => setImmediate(resolve))).then(() => 'waited for the reload'),
    ]);
    expect(winner).toBe('answered with the catalogue it had');
    await state.reachedGate;
    for (let i = 0; i < 20; i++) expect(await cache.get('nl')).toBe(before);
    expect(prepared).toHaveLength(1);

    state.open();
    const after = await cache.refreshed('nl');
    expect(after.version).toBeGreaterThan(before.version);
    expect(after.offersById.get(newOffer.id)?.title).toBe(newOffer.title);
    expect(await cache.get('nl')).toBe(after);
    // Prepared (the search index built) before the first request saw it.
    expect(prepared.at(-1)).toBe(after);
  });

  it('a fresh process starts from the snapshot of the current version, without reading the documents', async () => {
    const store = await freshStore();
    const warm = new CatalogueCache(store, { settleMs: 0 });
    const loaded = await warm.get('nl');
    let snapshot;
    // The snapshot is written in the background after the load.
    while (!(snapshot = await readSnapshot(store, 'nl', loaded.version))) await new Promise((r) => setTimeout(r, 50));
    expect(snapshot.offers).toEqual(loaded.offers);

    const { store: counted, state } = gated(store);
    const cold = await new CatalogueCache(counted).get('nl');
    expect(state.commands).not.toContain(QueryCommand.name);
    expect(cold.version).toBe(loaded.version);
    expect(cold.offers).toEqual(loaded.offers);
    expect([...cold.partnersById.keys()]).toEqual([...loaded.partnersById.keys()]);
    expect([...cold.municipalitiesByCode.values()]).toEqual([...loaded.municipalitiesByCode.values()]);

    // After a publish the snapshot is of an old version: a fresh process reads the documents.
    await putDocument(store, newOffer, 1);
    const { store: counted2, state: state2 } = gated(store);
    const next = await new CatalogueCache(counted2).get('nl');
    expect(state2.commands).toContain(QueryCommand.name);
    expect(next.offersById.has(newOffer.id)).toBe(true);
  });

  it('a snapshot in several parts reads back whole, and an incomplete one is not used', async () => {
    const store = await freshStore();
    const docs = { ...fixture, offers: fixture.offers };
    await writeSnapshot(store, 'en', 7, docs, 4000);
    const back = await readSnapshot(store, 'en', 7);
    expect(back?.offers).toEqual(fixture.offers);
    expect(await readSnapshot(store, 'en', 8)).toBeUndefined();
    // A newer, smaller snapshot over part 0 only: the old parts behind it do not belong to it.
    await writeSnapshot(store, 'en', 9, { ...docs, offers: fixture.offers.slice(0, 1) }, 1_000_000);
    expect((await readSnapshot(store, 'en', 9))?.offers).toHaveLength(1);
  });
});
