/**
 * The API for the client's tests: the very Lambda handler of AWS behind the local HTTP adapter
 * on a free port, over DynamoDB Local with the generated catalogue, schools and a few bookings,
 * a partner API key and local tokens.
 */
import type { AddressInfo } from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import { createLambdaHttpServer, type LambdaHttpHandler } from '@cmk/api/local/http-adapter';
import { upsertSchools } from '@cmk/api/modules/schools/operations/upsert-schools';
import { createApiKey } from '@cmk/api/shared/auth/api-keys';
import { ensureLocalKeys, signLocalToken, type LocalKeys } from '@cmk/api/shared/auth/local-keys';
import type { Viewer } from '@cmk/api/domain/viewer';
import type { TableNames } from '@cmk/api/sources/dynamodb/create-tables';
import { buildCatalogue, projectCatalogue } from '@cmk/api/test/support/content-fixtures';
import { startDynamoDbLocal, type TestDynamoDb } from '@cmk/api/test/support/dynamodb';
import { makeSchools } from '@cmk/api/test/participation/support';

export const catalogue = buildCatalogue(40, 3);
export const schools = makeSchools(6);
/** The partner of the tests: the one with the most offers without a capacity limit. */
export const partnerId = (() => {
  const counts = new Map<string, number>();
  for (const o of catalogue.offers) if (o.capacity === null && o.partner) counts.set(o.partner.id, (counts.get(o.partner.id) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
})();
export const partnerOffers = catalogue.offers.filter((o) => o.partner?.id === partnerId && o.capacity === null);
/** The offer with the fewest places (fewer than there are schools), for OFFER_FULL. */
export const smallestOffer = catalogue.offers
  .filter((o) => typeof o.capacity === 'number' && o.capacity < schools.length)
  .sort((a, b) => a.capacity! - b.capacity!)[0]!;

export interface RunningApi {
  /** `http://127.0.0.1:<port>/graphql` of a server with the given TRUSTED_DOCUMENTS mode. */
  url(mode?: 'off' | 'partners' | 'all'): string;
  apiKey: string;
  token(viewer: Viewer): Promise<string>;
  db: TestDynamoDb;
  tables: TableNames;
  stop(): Promise<void>;
}

async function listen(handler: LambdaHttpHandler) {
  const server = createLambdaHttpServer({ '/graphql': handler });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/graphql`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** One DynamoDB Local, one handler (a cold Lambda container) per trusted-documents mode. */
export async function startApi(): Promise<RunningApi> {
  const db = await startDynamoDbLocal();
  const tables = await db.createTestTables();
  const now = () => new Date();
  await projectCatalogue({ doc: db.doc, tableName: tables.content }, catalogue);
  await upsertSchools({ doc: db.doc, tableName: tables.participation, now }, schools);
  const keysDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cmk-client-keys-'));
  const keys: LocalKeys = await ensureLocalKeys(keysDir);
  const { key: apiKey } = await createApiKey({ doc: db.doc, tableName: tables.participation, now }, { partnerId, name: 'client tests' });

  const servers: Partial<Record<'off' | 'partners' | 'all', { url: string; close(): Promise<void> }>> = {};
  for (const mode of ['off', 'partners', 'all'] as const) {
    vi.resetModules();
    vi.unstubAllEnvs();
    const env: Record<string, string> = {
      STAGE: 'test',
      LOG_LEVEL: 'SILENT',
      DYNAMODB_ENDPOINT: db.endpoint,
      CONTENT_TABLE: tables.content,
      PARTICIPATION_TABLE: tables.participation,
      LOCAL_JWKS_FILE: keys.jwksFile,
      API_KEY_RATE_PER_SECOND: '1000',
      API_KEY_RATE_PER_MINUTE: '100000',
      TRUSTED_DOCUMENTS: mode,
    };
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
    const { handler } = await import('@cmk/api/handler');
    servers[mode] = await listen(handler as unknown as LambdaHttpHandler);
  }
  vi.unstubAllEnvs();

  return {
    url: (mode = 'off') => servers[mode]!.url,
    apiKey,
    token: (viewer) => signLocalToken(keys, { viewer, expiresIn: '1h' }),
    db,
    tables,
    async stop() {
      await Promise.all(Object.values(servers).map((s) => s.close()));
      await db.stop();
      fs.rmSync(keysDir, { recursive: true, force: true });
    },
  };
}

/** A school asks for an offer through the API (the client has no requestBooking: partners and portals do not book). */
export async function requestBooking(api: RunningApi, schoolIndex: number, offerId: string): Promise<{ id: string; status: string }> {
  const school = schools[schoolIndex]!;
  const token = await api.token({ role: 'SCHOOL', schoolId: school.id });
  const response = await fetch(api.url(), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: 'mutation($input: RequestBookingInput!) { requestBooking(input: $input) { booking { id status } } }',
      variables: {
        input: {
          offerId,
          schoolId: school.id,
          groups: [{ grade: 5, pupils: 25, teacher: 'Meester Bas' }],
          preferredDates: ['2026-05-12'],
          idempotencyKey: `client-test-${schoolIndex}-${offerId}`,
        },
      },
    }),
  });
  const body = (await response.json()) as { data?: { requestBooking: { booking: { id: string; status: string } } }; errors?: unknown };
  if (!body.data) throw new Error(`requestBooking failed: ${JSON.stringify(body.errors)}`);
  return body.data.requestBooking.booking;
}
