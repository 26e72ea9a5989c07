/**
 * End to end: a real Strapi (in-process, SQLite), its outbox, the API's sync endpoint behind the
 * local adapter, DynamoDB Local, and the GraphQL API reading the projection.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Core } from '@strapi/strapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDynamoDbLocal, type TestDynamoDb } from '@cmk/api/test/support/dynamodb';
import { createTestApi, type TestApi } from '@cmk/api/test/support/graphql';
import { createLambdaHttpServer } from '@cmk/api/local/http-adapter';
import { createStrapiClient } from '@cmk/api/sources/strapi/client';
import { handleSync } from '@cmk/api/sync/handler';
import { reconcile } from '@cmk/api/sync/reconcile';
import { CMS_DIR, testEnv } from './support/env';
import { OUTBOX_TABLE } from '../src/sync/outbox';

const require = createRequire(__filename);
const SECRET = 'end-to-end-sync-secret-0123456789';

describe('published content reaches the API through the outbox', () => {
  let db: TestDynamoDb;
  let api: TestApi;
  let strapi: Core.Strapi | undefined;
  let strapiUrl = '';
  let tokenFile = '';
  let syncServer: http.Server | undefined;
  let syncPort = 0;
  let contentTable = '';
  const { dir, env } = testEnv('sync');

  let inFlight = 0;
  const startSyncEndpoint = async () => {
    const server = createLambdaHttpServer({
      '/sync': async (event) => {
        inFlight++;
        try {
          return await handleSync(
            {
              store: { doc: db.doc, tableName: contentTable },
              strapi: createStrapiClient(strapiUrl, fs.readFileSync(tokenFile, 'utf8').trim()),
              secret: SECRET,
            },
            event,
          );
        } finally {
          inFlight--;
        }
      },
    });
    await new Promise<void>((r) => server.listen(syncPort, '127.0.0.1', r));
    syncPort = (server.address() as AddressInfo).port;
    syncServer = server;
  };
  const stopSyncEndpoint = () => new Promise<void>((r) => (syncServer ? syncServer.close(() => r()) : r()));

  const startCms = async () => {
    Object.assign(process.env, env, {
      CMS_SYNC_URL: `http://127.0.0.1:${syncPort}/sync`,
      CMS_SYNC_SECRET: SECRET,
      CMS_SYNC_POLL_MS: '200',
      CMS_SYNC_MAX_BACKOFF_MS: '1000',
    });
    tokenFile = env.CMS_API_TOKEN_FILE!;
    const { createStrapi } = require('@strapi/strapi');
    strapi = await createStrapi({ appDir: CMS_DIR, distDir: path.join(CMS_DIR, 'dist'), serveAdminPanel: false, autoReload: false }).load();
    await new Promise<void>((r) => strapi!.server.listen(0, '127.0.0.1', () => r()));
    strapiUrl = `http://127.0.0.1:${(strapi!.server.httpServer.address() as AddressInfo).port}`;
  };
  const stopCms = async () => {
    await new Promise<void>((r) => strapi!.server.httpServer.close(() => r()));
    await strapi!.destroy();
    strapi = undefined;
  };
  const outboxSize = async () => Number((await strapi!.db.connection(OUTBOX_TABLE).count({ n: '*' }))[0]!.n);
  const offerTitle = async (id: string) =>
    (
      await api.run<{ offer: { title: string; partner: { name: string } | null } | null }>(
        'query($id: ID!) { offer(id: $id) { title partner { name } } }',
        { id },
      )
    ).data?.offer ?? null;
  const offers = () => strapi!.documents('api::offer.offer' as any);
  const first = async (uid: string, filters: object = {}) => (await strapi!.documents(uid as any).findFirst({ filters } as any)) as any;

  let newOffer: (title: string) => Promise<string>;

  beforeAll(async () => {
    db = await startDynamoDbLocal();
    const tables = await db.createTestTables();
    contentTable = tables.content;
    api = createTestApi(db.doc, tables);
    await startSyncEndpoint();
    await startCms();
    // The seed's own changes sit in the outbox too. Delivering 130 documents one by one is what
    // reconcile is for: drop that backlog and project the seed in one pass, then test single changes.
    await strapi!.db.connection(OUTBOX_TABLE).delete();
    // A delivery of that backlog may be under way: let it finish, so the tests below time single changes.
    await new Promise((r) => setTimeout(r, 500));
    for (const until = Date.now() + 120_000; inFlight > 0 && Date.now() < until;) await new Promise((r) => setTimeout(r, 100));
    await reconcile({
      store: { doc: db.doc, tableName: contentTable },
      strapi: createStrapiClient(strapiUrl, fs.readFileSync(tokenFile, 'utf8').trim()),
    });

    const [music, bo, haarlem, partner] = await Promise.all([
      first('api::discipline.discipline', { code: 'MUSIC' }),
      first('api::sector.sector', { code: 'BO' }),
      first('api::municipality.municipality', { code: 'GM0392' }),
      first('api::partner.partner'),
    ]);
    let n = 0;
    newOffer = async (title: string) => {
      const created = await offers().create({
        locale: 'nl',
        data: {
          title,
          slug: `e2e-${++n}-${Date.now()}`,
          offerType: 'workshop',
          locationType: 'op_school',
          audience: 'leerlingen',
          disciplines: [music.documentId],
          sectors: [bo.documentId],
          municipalities: [haarlem.documentId],
          partner: partner.documentId,
          gradeFrom: 3,
          gradeTo: 6,
          capacity: 10,
        },
      } as any);
      await offers().publish({ documentId: created.documentId, locale: 'nl' } as any);
      return created.documentId as string;
    };
  }, 300_000);

  afterAll(async () => {
    if (strapi) await stopCms();
    await stopSyncEndpoint();
    await db?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a published offer is visible within 5 s, and gone within 5 s after unpublish', async () => {
    const id = await newOffer('Ritme en dans op het schoolplein');
    await expect.poll(() => offerTitle(id), { timeout: 5000, interval: 200 }).toMatchObject({ title: 'Ritme en dans op het schoolplein' });
    const list = await api.run<{ offers: { edges: { node: { id: string } }[] } }>(
      '{ offers(first: 100, filter: { text: "ritme schoolplein" }) { edges { node { id } } } }',
    );
    expect(list.data!.offers.edges.map((e) => e.node.id)).toContain(id);

    await offers().unpublish({ documentId: id, locale: 'nl' } as any);
    await expect.poll(() => offerTitle(id), { timeout: 5000, interval: 200 }).toBeNull();
  });

  it("a partner's rename shows on its offers", async () => {
    const id = await newOffer('Zingen met de buurt');
    const offer = (await offers().findOne({ documentId: id, locale: 'nl', populate: ['partner'] } as any)) as any;
    const partners = strapi!.documents('api::partner.partner' as any);
    const newName = `${offer.partner.name} (vernieuwd)`;
    await partners.update({ documentId: offer.partner.documentId, locale: 'nl', data: { name: newName } } as any);
    await partners.publish({ documentId: offer.partner.documentId, locale: 'nl' } as any);
    await expect.poll(async () => (await offerTitle(id))?.partner?.name, { timeout: 5000, interval: 200 }).toBe(newName);
  });

  it('the seeded knowledge is projected in Dutch and English, and a new knowledge item comes and goes with publish', async () => {
    type Found = {
      knowledgeItems: { totalCount: number; edges: { node: { id: string; title: string; community: { title: string } | null } }[] };
    };
    const byTheme = (lang: string) =>
      api.run<Found>(
        '{ knowledgeItems(first: 100, filter: { themes: ["SOCIAL_DOMAIN"] }) { totalCount edges { node { id title community { title } } } } }',
        {},
        {
          acceptLanguage: lang,
        },
      );
    const nl = await byTheme('nl');
    expect(nl.errors).toBeUndefined();
    expect(nl.data!.knowledgeItems.edges.map((e) => e.node.title)).toContain('Een museumbezoek voorbereiden met een so-klas');
    expect(nl.data!.knowledgeItems.edges.find((e) => e.node.title.startsWith('Een museumbezoek'))?.node.community?.title).toBe(
      'Speciaal onderwijs beter bereiken',
    );
    const en = await byTheme('en');
    expect(en.data!.knowledgeItems.edges.map((e) => e.node.title)).toContain('Preparing a museum visit with a special-education class');
    const communities = await api.run<{
      learningCommunities: { edges: { node: { title: string; status: string; meetings: unknown[] } }[] };
    }>('{ learningCommunities { edges { node { title status meetings { date } } } } }');
    expect(communities.data!.learningCommunities.edges.map((e) => e.node.status).sort()).toEqual(['ACTIVE', 'GOAL_REACHED', 'STARTING']);

    const items = strapi!.documents('api::knowledge-item.knowledge-item' as any);
    const theme = await first('api::theme.theme', { code: 'CITIZENSHIP' });
    const created = await items.create({
      locale: 'nl',
      data: {
        title: 'Werkvorm: de kennisestafette',
        slug: `kennisestafette-${Date.now()}`,
        kind: 'werkvorm',
        summary: 'Om de beurt vertelt een deelnemer in drie minuten wat hij geleerd heeft; de volgende bouwt erop voort.',
        themes: [theme.documentId],
        usefulFor: [{ role: 'iccer' }],
        links: [{ label: 'Verslag CmK-bijeenkomst', url: 'https://www.kunstgebouw.example/verslag' }],
      },
    } as any);
    const find = async () =>
      (
        await api.run<{ knowledgeItem: { title: string; kind: string; usefulFor: string[]; links: { url: string }[] } | null }>(
          'query($id: ID!) { knowledgeItem(id: $id) { title kind usefulFor links { url } } }',
          { id: created.documentId },
        )
      ).data?.knowledgeItem ?? null;
    await new Promise((r) => setTimeout(r, 1000));
    expect(await find()).toBeNull(); // a draft never leaves Strapi
    await items.publish({ documentId: created.documentId, locale: 'nl' } as any);
    await expect.poll(find, { timeout: 5000, interval: 200 }).toEqual({
      title: 'Werkvorm: de kennisestafette',
      kind: 'WORK_FORM',
      usefulFor: ['ICC_COORDINATOR'],
      links: [{ url: 'https://www.kunstgebouw.example/verslag' }],
    });
    await items.unpublish({ documentId: created.documentId, locale: 'nl' } as any);
    await expect.poll(find, { timeout: 5000, interval: 200 }).toBeNull();
  });

  it("the seed's CBS/PDOK place of a municipality reaches the API, and an editor's correction of its centre follows", async () => {
    type Place = { municipalities: { code: string; latitude: number | null; longitude: number | null; boundary: number[][][] }[] };
    const place = async () =>
      (await api.run<Place>('{ municipalities { code latitude longitude boundary } }')).data?.municipalities.find(
        (m) => m.code === 'GM0392',
      );
    const seeded = await place();
    expect(seeded).toMatchObject({ latitude: 52.38416, longitude: 4.64768 });
    expect(seeded!.boundary[0]!.length).toBeGreaterThan(4);
    expect(seeded!.boundary[0]![0]).toEqual(seeded!.boundary[0]!.at(-1));

    const haarlem = await first('api::municipality.municipality', { code: 'GM0392' });
    await strapi!
      .documents('api::municipality.municipality' as any)
      .update({ documentId: haarlem.documentId, data: { latitude: 52.381 } } as any);
    await expect.poll(async () => (await place())?.latitude, { timeout: 5000, interval: 200 }).toBe(52.381);
    // A boundary that is not GeoJSON is left out, not stored half: the map falls back to the centre.
    await strapi!.documents('api::municipality.municipality' as any).update({
      documentId: haarlem.documentId,
      data: { boundary: { type: 'Polygon', coordinates: [[['x', 1]]] } },
    } as any);
    await expect.poll(async () => (await place())?.boundary, { timeout: 5000, interval: 200 }).toEqual([]);
    expect((await place())?.latitude).toBe(52.381);
    await strapi!.documents('api::municipality.municipality' as any).update({
      documentId: haarlem.documentId,
      data: { latitude: seeded!.latitude, boundary: haarlem.boundary },
    } as any);
  });

  it('a change made while the sync endpoint is down arrives once it is back', async () => {
    await stopSyncEndpoint();
    const id = await newOffer('Theater in de gymzaal');
    await new Promise((r) => setTimeout(r, 1500));
    expect(await outboxSize()).toBeGreaterThan(0);
    expect(await offerTitle(id)).toBeNull();
    await startSyncEndpoint();
    await expect.poll(() => offerTitle(id), { timeout: 10_000, interval: 250 }).toMatchObject({ title: 'Theater in de gymzaal' });
  });

  it('a change made before a Strapi restart arrives after it', async () => {
    await stopSyncEndpoint();
    const id = await newOffer('Erfgoedwandeling door de wijk');
    await stopCms();
    await startSyncEndpoint();
    await startCms(); // same SQLite file: the outbox survived
    await expect.poll(() => offerTitle(id), { timeout: 15_000, interval: 250 }).toMatchObject({ title: 'Erfgoedwandeling door de wijk' });
  });

  it('reconcile finds nothing to repair after normal delivery, and offers answer with Strapi stopped', async () => {
    const client = createStrapiClient(strapiUrl, fs.readFileSync(tokenFile, 'utf8').trim());
    await expect.poll(outboxSize, { timeout: 15_000 }).toBe(0);
    expect(await reconcile({ store: { doc: db.doc, tableName: contentTable }, strapi: client })).toEqual([]);

    await stopCms();
    const result = await api.run<{ offers: { totalCount: number } }>('{ offers(first: 5) { totalCount } }');
    expect(result.errors).toBeUndefined();
    expect(result.data!.offers.totalCount).toBeGreaterThanOrEqual(60);
  });
});
