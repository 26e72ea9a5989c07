/**
 * The stack of the portal's browser tests: the API's very Lambda handler behind the local HTTP
 * adapter over DynamoDB Local (generated catalogue, schools, local keys; trusted documents only,
 * so the portal proves it sends nothing else), and the portal server with the built files, all on
 * 127.0.0.1 with free ports. No Strapi: the catalogue is projected straight into the content table.
 */
import fs from 'node:fs';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { vi } from 'vitest';
import type { Viewer } from '@cmk/api/domain/viewer';
import { createLambdaHttpServer, type LambdaHttpHandler } from '@cmk/api/local/http-adapter';
import { createFeedDispatcher } from '@cmk/api/modules/integrations/feed-dispatcher';
import { upsertSchools } from '@cmk/api/modules/schools/operations/upsert-schools';
import { ensureLocalKeys, signLocalToken } from '@cmk/api/shared/auth/local-keys';
import { makeSchools } from '@cmk/api/test/participation/support';
import { buildCatalogue, projectCatalogue } from '@cmk/api/test/support/content-fixtures';
import { startDynamoDbLocal, type TestDynamoDb } from '@cmk/api/test/support/dynamodb';
import { startPortalServer, type PortalServerOptions } from '../../server/index.ts';
import { DIST_DIR } from '../../scripts/build-lib.ts';

const generated = buildCatalogue(60, 11);
/** The generated catalogue, with one knowledge item that has a body, attachments and links (made up, like the rest). */
export const catalogue = {
  ...generated,
  knowledgeItems: generated.knowledgeItems.map((item, i) =>
    i === 0
      ? {
          ...item,
          body: 'Een **gegenereerde** uitwerking: zo pakten we het aan.',
          attachments: [
            { name: 'Werkblad (gegenereerd).pdf', url: '/uploads/werkblad-gegenereerd.pdf', mime: 'application/pdf', sizeKb: 120 },
          ],
          links: [{ label: 'Voorbeeldbron', url: 'https://example.org/bron' }],
        }
      : item,
  ),
};
export const schools = makeSchools(4);

export interface PortalStack {
  /** The portal, e.g. http://127.0.0.1:41234. */
  readonly portalUrl: string;
  /** The API's own endpoint (not through the portal), for the tests' expectations. */
  readonly apiUrl: string;
  token(viewer: Viewer): Promise<string>;
  /** One round of the webhook dispatcher `npm start` runs every second: new changes go out, due retries too. */
  deliverWebhooks(): Promise<void>;
  /** A second portal server on the same API with other settings (e.g. a tile layer); stopped with the stack. */
  startPortal(settings: Pick<PortalServerOptions, 'tiles'>): Promise<string>;
  /** Writes items straight into the participation table (member profiles, with the API's own builders). */
  putParticipation(items: readonly Record<string, unknown>[]): Promise<void>;
  /** Stops the API only: the portal keeps serving, its /graphql answers 502. */
  stopApi(): Promise<void>;
  stop(): Promise<void>;
}

const close = (server: http.Server) => new Promise<void>((resolve) => server.close(() => resolve()));

async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export async function startPortalStack(): Promise<PortalStack> {
  const db: TestDynamoDb = await startDynamoDbLocal();
  const tables = await db.createTestTables();
  await projectCatalogue({ doc: db.doc, tableName: tables.content }, catalogue);
  await upsertSchools({ doc: db.doc, tableName: tables.participation, now: () => new Date() }, schools);
  const keysDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cmk-portal-keys-'));
  const keys = await ensureLocalKeys(keysDir);

  vi.resetModules();
  // Listening first, so the API knows its own address for the calendar URLs it hands out.
  const routes: Record<string, LambdaHttpHandler> = {};
  const apiServer = createLambdaHttpServer(routes);
  const apiBase = await listen(apiServer);
  const env: Record<string, string> = {
    CALENDAR_BASE_URL: apiBase,
    STAGE: 'test',
    LOG_LEVEL: 'SILENT',
    DYNAMODB_ENDPOINT: db.endpoint,
    CONTENT_TABLE: tables.content,
    PARTICIPATION_TABLE: tables.participation,
    LOCAL_JWKS_FILE: keys.jwksFile,
    TRUSTED_DOCUMENTS: 'all',
  };
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  const { handler } = await import('@cmk/api/handler');
  vi.unstubAllEnvs();
  routes['/graphql'] = handler as unknown as LambdaHttpHandler;
  routes['/calendar/*'] = handler as unknown as LambdaHttpHandler;
  const apiUrl = `${apiBase}/graphql`;
  const portal = await startPortalServer({ distDir: DIST_DIR, apiUrl, stage: 'local', keysDir, port: 0 });

  const dispatcher = createFeedDispatcher({ store: { doc: db.doc, tableName: tables.participation }, rules: { local: true } });
  let apiRunning = true;
  const stopApi = async () => {
    if (!apiRunning) return;
    apiRunning = false;
    apiServer.closeAllConnections();
    await close(apiServer);
  };
  const extra: http.Server[] = [];
  return {
    portalUrl: portal.url,
    apiUrl,
    async startPortal(settings) {
      const more = await startPortalServer({ distDir: DIST_DIR, apiUrl, stage: 'local', keysDir, port: 0, ...settings });
      extra.push(more.server);
      return more.url;
    },
    token: (viewer) => signLocalToken(keys, { viewer, expiresIn: '1h' }),
    async putParticipation(items) {
      for (const Item of items) await db.doc.send(new PutCommand({ TableName: tables.participation, Item }));
    },
    deliverWebhooks: () => dispatcher.tick(),
    stopApi,
    async stop() {
      await stopApi();
      for (const server of [portal.server, ...extra]) {
        server.closeAllConnections();
        await close(server);
      }
      await db.stop();
      fs.rmSync(keysDir, { recursive: true, force: true });
    },
  };
}
