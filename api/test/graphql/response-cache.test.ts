/**
 * The response cache never hands one viewer's answer to another, nor one language's to another,
 * and a publish shows at once. Viewers are authenticated as the handler does it (a real local
 * token, a real partner API key), answers come from the real server over DynamoDB Local, and
 * every answer must equal what the same server without a cache answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.ts';
import { createServices, type Services } from '../../src/services.ts';
import { parseEnv } from '../../src/env.ts';
import { createServer } from '../../src/server.ts';
import { createApiKey } from '../../src/shared/auth/api-keys.ts';
import { authenticate, createAuthenticateDeps } from '../../src/shared/auth/authenticate.ts';
import { authSettings } from '../../src/shared/auth/settings.ts';
import { ensureLocalKeys, signLocalToken } from '../../src/shared/auth/local-keys.ts';
import { createLogger } from '../../src/shared/logger.ts';
import { createResponseCache, type ResponseCache } from '../../src/shared/response-cache.ts';
import { CatalogueCache } from '../../src/sources/content/catalogue.ts';
import { putDocument } from '../../src/sources/content/projection-store.ts';
import type { TableNames } from '../../src/sources/dynamodb/create-tables.ts';
import { tempDir } from '../auth/support.ts';
import { buildCatalogue, projectCatalogue } from '../support/content-fixtures.ts';
import { startDynamoDbLocal, type TestDynamoDb } from '../support/dynamodb.ts';

const catalogue = buildCatalogue(60, 3);
const partner = catalogue.partners[0]!;

/** Who asks shows in the answer (`me`), the language in the labels. */
const QUERY = `query Page($first: Int) {
  me { role schoolId partnerId regionId }
  offers(first: $first) {
    totalCount
    edges { node { id title disciplines { value label } offerTypeLabel } }
    facets { disciplines { value label count } }
  }
}`;

let db: TestDynamoDb;
let tables: TableNames;
type Ask = (headers: Record<string, string>, variables?: Record<string, unknown>) => Promise<unknown>;

/** A server as the handler builds it, asked through the handler's own authentication. */
function api(services: Services, cache: ResponseCache | false): Ask {
  const env = services.env;
  const server = createServer(env, { responseCache: cache });
  const logger = createLogger('SILENT');
  const auth = createAuthenticateDeps(services, authSettings(env), logger);
  return async (headers, variables = { first: 5 }) => {
    const viewer = await authenticate(headers, auth);
    const context = createContext({ services, viewer, logger, requestId: 'cache', acceptLanguage: headers['accept-language'] });
    const response = await server.executeOperation({ query: QUERY, variables }, { contextValue: context });
    if (response.body.kind !== 'single') throw new Error('unexpected incremental answer');
    return response.body.singleResult;
  };
}

let env: ReturnType<typeof parseEnv>;
let viewers: Record<string, Record<string, string>>;

beforeAll(async () => {
  db = await startDynamoDbLocal();
  tables = await db.createTestTables();
  await projectCatalogue({ doc: db.doc, tableName: tables.content }, catalogue);
  const keys = await ensureLocalKeys(tempDir('cache-keys'));
  // The partner key asks often here: its rate limit is not what this test is about.
  env = parseEnv({ STAGE: 'test', LOG_LEVEL: 'SILENT', LOCAL_JWKS_FILE: keys.jwksFile, API_KEY_RATE_PER_SECOND: '1000' });
  const store = { doc: db.doc, tableName: tables.participation, now: () => new Date() };
  const { key } = await createApiKey(store, { partnerId: partner.id, name: 'cache test' });
  const schoolToken = await signLocalToken(keys, { viewer: { role: 'SCHOOL', schoolId: '00AA00' }, expiresIn: '1h' });
  const advisorToken = await signLocalToken(keys, { viewer: { role: 'ADVISOR', regionId: 'region-hart' }, expiresIn: '1h' });
  viewers = {
    anonymous: {},
    school: { authorization: `Bearer ${schoolToken}` },
    'partner key': { 'x-api-key': key },
    advisor: { authorization: `Bearer ${advisorToken}` },
  };
});
afterAll(async () => {
  await db?.stop();
});

const servicesOver = (content: string) =>
  createServices(env, {
    doc: db.doc,
    tables: { ...tables, content },
    // Checked on every request (no waiting in the test).
    catalogue: new CatalogueCache({ doc: db.doc, tableName: content }, { freshnessMs: 0, settleMs: 0 }),
  });

describe('the response cache', () => {
  it('serves every viewer and language the answer made for them', async () => {
    const services = servicesOver(tables.content);
    const cache = createResponseCache();
    const cached = api(services, cache);
    const plain = api(services, false);
    // Nothing is cached before a catalogue is in memory (the version is part of the key).
    await Promise.all([services.catalogue.get('nl'), services.catalogue.get('en')]);
    // Every viewer, in both languages, asked in an order where each one follows another viewer's answer.
    const rounds = ['anonymous', 'school', 'anonymous', 'partner key', 'advisor', 'anonymous', 'school', 'partner key'];
    const roles = new Set<string>();
    for (const language of ['nl', 'en', 'nl-NL,nl;q=0.9', 'en-GB']) {
      for (const who of rounds) {
        const headers = { ...viewers[who]!, 'accept-language': language };
        const answer = (await cached(headers)) as { data: { me: { role: string } } };
        expect(answer, `${who} in ${language}`).toEqual(await plain(headers));
        roles.add(answer.data.me.role);
      }
    }
    expect([...roles].sort()).toEqual(['ADVISOR', 'ANONYMOUS', 'PARTNER', 'SCHOOL']);
    // The anonymous answers did come from the cache (two languages, each asked again and again) ...
    expect(cache.stats.stores).toBe(2);
    expect(cache.stats.hits).toBe(4 * 3 - 2);
  });

  it('stores nothing for signed-in viewers, so they can never fill it for anyone', async () => {
    const cache = createResponseCache();
    const services = servicesOver(tables.content);
    await services.catalogue.get('nl');
    const cached = api(services, cache);
    for (const who of ['school', 'partner key', 'advisor']) {
      await cached(viewers[who]!);
      await cached(viewers[who]!);
    }
    expect(cache.stats).toEqual({ hits: 0, stores: 0 });
    const first = (await cached({})) as { data: { me: unknown } };
    expect(first.data.me).toEqual({ role: 'ANONYMOUS', schoolId: null, partnerId: null, regionId: null });
    expect(cache.stats).toEqual({ hits: 0, stores: 1 });
  });

  it('keeps answers apart per variables, and a publish shows as soon as its catalogue is served', async () => {
    const content = (await db.createTestTables()).content;
    const store = { doc: db.doc, tableName: content };
    await projectCatalogue(store, catalogue);
    const services = servicesOver(content);
    const cache = createResponseCache();
    const cached = api(services, cache);
    const plain = api(services, false);
    await services.catalogue.get('nl');
    expect(await cached({}, { first: 2 })).toEqual(await plain({}, { first: 2 }));
    expect(await cached({}, { first: 3 })).toEqual(await plain({}, { first: 3 }));
    expect(cache.stats).toEqual({ hits: 0, stores: 2 });

    const before = (await cached({}, { first: 2 })) as { data: { offers: { totalCount: number } } };
    expect(cache.stats.hits).toBe(1);
    const added = { ...catalogue.offers[0]!, id: 'offer-new', title: 'Aaaa, het nieuwste aanbod' };
    await putDocument(store, added, 1);
    // Reads keep the catalogue they have while a new one loads: wait until the new one is served.
    await services.catalogue.refreshed('nl');
    const after = (await cached({}, { first: 2 })) as { data: { offers: { totalCount: number; edges: { node: { id: string } }[] } } };
    expect(after.data.offers.totalCount).toBe(before.data.offers.totalCount + 1);
    expect(after.data.offers.edges[0]!.node.id).toBe('offer-new');
    expect(after).toEqual(await plain({}, { first: 2 }));
  });
});
