/**
 * Partner API keys and their rate limit against a real DynamoDB Local, through the real handler
 * where the caller sees the result.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parsePartnerKeyArgs, runPartnerKey, UsageError } from '../../../scripts/partner-key.ts';
import { createApiKey, listApiKeys, revokeApiKey, type ApiKeyStore } from '../../src/shared/auth/api-keys.ts';
import { RateLimitedError } from '../../src/shared/auth/errors.ts';
import { authKeys } from '../../src/shared/auth/keys.ts';
import { consumeRateLimit } from '../../src/shared/auth/rate-limit.ts';
import type { TableNames } from '../../src/sources/dynamodb/create-tables.ts';
import { startDynamoDbLocal, type TestDynamoDb } from '../support/dynamodb.ts';
import { ensureLocalKeys, signLocalToken, type LocalKeys } from '../../src/shared/auth/local-keys.ts';
import { ask, bearer, coldHandler, tempDir, type Handler } from './support.ts';

let db: TestDynamoDb;
let tables: TableNames;
let store: ApiKeyStore;
let handler: Handler;
let localKeys: LocalKeys;

beforeAll(async () => {
  localKeys = await ensureLocalKeys(tempDir('apikey-keys'));
  db = await startDynamoDbLocal();
  tables = await db.createTestTables();
  store = { doc: db.doc, tableName: tables.participation, now: () => new Date() };
  handler = await coldHandler({
    DYNAMODB_ENDPOINT: db.endpoint,
    PARTICIPATION_TABLE: tables.participation,
    CONTENT_TABLE: tables.content,
    LOCAL_JWKS_FILE: localKeys.jwksFile,
    API_KEY_RATE_PER_SECOND: '3',
    API_KEY_RATE_PER_MINUTE: '1000',
  });
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await db?.stop();
});

const key = (value: string) => ({ 'x-api-key': value });

describe('partner API keys', () => {
  it('a new key works at once and stands for its partner', async () => {
    const { key: secret, record } = await createApiKey(store, { partnerId: 'partner-museum-1', name: 'booking sync' });
    expect(secret).toMatch(/^cmk_[0-9a-f]{16}\.[A-Za-z0-9_-]{43}$/);
    const answer = await ask(handler, key(secret));
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({ me: { role: 'PARTNER', partnerId: 'partner-museum-1', schoolId: null, regionId: null } });

    // Only the hash is stored.
    const { Item } = await db.doc.send(new GetCommand({ TableName: tables.participation, Key: authKeys.apiKey(record.keyId) }));
    expect(JSON.stringify(Item)).not.toContain(secret.split('.')[1]);
    expect(Item?.secretHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a revoked key is refused on the very next request', async () => {
    const { key: secret, record } = await createApiKey(store, { partnerId: 'partner-theatre-2' });
    expect((await ask(handler, key(secret))).status).toBe(200);
    expect(await revokeApiKey(store, record.keyId)).toMatchObject({ keyId: record.keyId, revokedAt: expect.any(String) });
    const answer = await ask(handler, key(secret));
    expect(answer.status).toBe(401);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(answer.body.errors?.[0]?.message).toMatch(/unknown or revoked/);
  });

  it('a wrong secret for a real key id, an unknown key and a malformed key are refused', async () => {
    const { key: secret } = await createApiKey(store, { partnerId: 'partner-library-3' });
    const [id] = secret.split('.');
    const wrongSecret = `${id}.${'A'.repeat(43)}`;
    for (const bad of [wrongSecret, `cmk_0123456789abcdef.${'B'.repeat(43)}`, 'not-a-key']) {
      const answer = await ask(handler, key(bad));
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('x-api-key is used before a Bearer token', async () => {
    const { key: secret } = await createApiKey(store, { partnerId: 'partner-first' });
    const answer = await ask(handler, { ...key(secret), authorization: 'Bearer garbage' });
    expect(answer.body.data).toMatchObject({ me: { role: 'PARTNER', partnerId: 'partner-first' } });
  });

  it('lists a partner’s keys without secrets', async () => {
    const a = await createApiKey(store, { partnerId: 'partner-listed', name: 'one' });
    const b = await createApiKey(store, { partnerId: 'partner-listed' });
    await revokeApiKey(store, a.record.keyId);
    const listed = await listApiKeys(store, 'partner-listed');
    expect(listed.map((r) => r.keyId).sort()).toEqual([a.record.keyId, b.record.keyId].sort());
    expect(listed.find((r) => r.keyId === a.record.keyId)?.revokedAt).toBeDefined();
    expect(JSON.stringify(listed)).not.toContain('secretHash');
    expect(await revokeApiKey(store, '0000000000000000')).toBeNull();
  });
});

describe('self-service keys through GraphQL', () => {
  const signedIn = async (partnerId: string) =>
    bearer(await signLocalToken(localKeys, { viewer: { role: 'PARTNER', partnerId }, expiresIn: '1h' }));
  type Answer = { createApiKey: { key: string; apiKey: { id: string } } };

  it('a signed-in partner user creates, lists, rotates and revokes its own keys; each step counts from the next request', async () => {
    const user = await signedIn('partner-self');
    const made = await ask(
      handler,
      user,
      'mutation { createApiKey(partnerId: "partner-self", name: "crm") { key apiKey { id name revokedAt } } }',
    );
    expect(made.body.errors).toBeUndefined();
    const { key: first, apiKey } = (made.body.data as Answer).createApiKey;
    expect((await ask(handler, key(first))).body.data).toMatchObject({ me: { role: 'PARTNER', partnerId: 'partner-self' } });

    expect(await listApiKeys(store, 'partner-self')).toEqual([expect.objectContaining({ keyId: apiKey.id, name: 'crm' })]);

    const rotated = await ask(handler, user, `mutation { rotateApiKey(id: "${apiKey.id}") { key apiKey { id name } } }`);
    const second = (rotated.body.data as { rotateApiKey: { key: string; apiKey: { id: string; name: string } } }).rotateApiKey;
    expect(second.apiKey).toMatchObject({ name: 'crm' });
    expect((await ask(handler, key(first))).status).toBe(401);
    expect((await ask(handler, key(second.key))).status).toBe(200);

    const revoked = await ask(handler, user, `mutation { revokeApiKey(id: "${second.apiKey.id}") { id revokedAt } }`);
    expect(revoked.body.data).toMatchObject({ revokeApiKey: { id: second.apiKey.id, revokedAt: expect.any(String) } });
    expect((await ask(handler, key(second.key))).status).toBe(401);
  });

  it('a caller holding an API key may not make keys, and nobody touches another partner’s keys', async () => {
    const { key: machine, record } = await createApiKey(store, { partnerId: 'partner-machine' });
    const byKey = await ask(handler, key(machine), 'mutation { createApiKey(partnerId: "partner-machine") { key } }');
    expect(byKey.body.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringMatching(/API key may not/) });
    const other = await signedIn('partner-other');
    const revoke = await ask(handler, other, `mutation { revokeApiKey(id: "${record.keyId}") { id } }`);
    expect(revoke.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const create = await ask(handler, other, 'mutation { createApiKey(partnerId: "partner-machine") { key } }');
    expect(create.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await ask(handler, key(machine))).status).toBe(200);
  });
});

describe('the rate limit', () => {
  it('answers RATE_LIMITED with retryAfterSeconds and Retry-After, then recovers after the window', async () => {
    const { key: secret } = await createApiKey(store, { partnerId: 'partner-busy' });
    // Whatever the speed of this machine, at most 3 requests fit in one second: one of these is refused.
    const answers = [];
    for (let i = 0; i < 20 && answers.at(-1)?.status !== 429; i++) answers.push(await ask(handler, key(secret)));
    expect(answers.length).toBeGreaterThanOrEqual(4);
    expect(answers.slice(0, -1).every((a) => a.status === 200)).toBe(true);
    const limited = answers.at(-1)!;
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('1');
    expect(limited.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/at most 3 per second/),
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 1 },
    });
    await new Promise((r) => setTimeout(r, 1000 * Number(limited.body.errors?.[0]?.extensions?.retryAfterSeconds)));
    expect((await ask(handler, key(secret))).status).toBe(200);
  });

  it('counts fixed windows per second and per minute, shared by every container (one table)', async () => {
    let now = new Date('2026-11-25T10:00:00.000Z');
    const deps = { doc: db.doc, tableName: tables.participation, limits: { perSecond: 2, perMinute: 5 }, now: () => now };
    const at = (iso: string) => (now = new Date(iso));
    await consumeRateLimit(deps, 'K1');
    await consumeRateLimit(deps, 'K1');
    await expect(consumeRateLimit(deps, 'K1')).rejects.toMatchObject({ retryAfterSeconds: 1, extensions: { code: 'RATE_LIMITED' } });
    await consumeRateLimit(deps, 'K2'); // another key has its own budget
    at('2026-11-25T10:00:01.100Z');
    await consumeRateLimit(deps, 'K1');
    await consumeRateLimit(deps, 'K1');
    at('2026-11-25T10:00:02.500Z');
    await consumeRateLimit(deps, 'K1'); // the fifth of this minute
    at('2026-11-25T10:00:03.000Z');
    const error = await consumeRateLimit(deps, 'K1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error).toMatchObject({ retryAfterSeconds: 57, message: expect.stringMatching(/5 per minute/) });
    at('2026-11-25T10:01:00.000Z');
    await consumeRateLimit(deps, 'K1'); // a new minute

    const { Item } = await db.doc.send(
      new GetCommand({
        TableName: tables.participation,
        Key: authKeys.rateWindow('K1', `M#${Math.floor(Date.parse('2026-11-25T10:00:00Z') / 60000)}`),
      }),
    );
    expect(Item).toMatchObject({ count: 5, expiresAt: Date.parse('2026-11-25T10:01:00Z') / 1000 + 60 });
  });
});

describe('npm run partner-key', () => {
  it('create prints the key once; list shows it; revoke refuses it', async () => {
    const created = await runPartnerKey(store, parsePartnerKeyArgs(['create', '--partner', 'partner-cli', '--name', 'sync']));
    const secret = created.stdout.trim();
    expect(created.stderr).toMatch(/Shown only now/);
    expect((await ask(handler, key(secret))).status).toBe(200);
    const keyId = secret.slice(4, 20);
    const listed = await runPartnerKey(store, parsePartnerKeyArgs(['list', '--partner', 'partner-cli']));
    expect(listed.stdout).toContain(`${keyId}\t`);
    expect(listed.stdout).toContain('active\tsync');
    expect(listed.stdout).not.toContain(secret);
    const revoked = await runPartnerKey(store, parsePartnerKeyArgs(['revoke', keyId]));
    expect(revoked.stdout).toMatch(new RegExp(`^revoked ${keyId}`));
    expect((await ask(handler, key(secret))).status).toBe(401);
    await expect(runPartnerKey(store, parsePartnerKeyArgs(['revoke', '0000000000000000']))).rejects.toThrow(UsageError);
  });

  it.each([
    [[], /create, list or revoke/],
    [['create'], /needs --partner/],
    [['create', '--partner', 'a b'], /not an id/],
    [['list'], /needs --partner/],
    [['revoke'], /exactly one <keyId>/],
    [['revoke', 'xyz'], /not a key id/],
    [['rotate'], /Unknown command/],
    [['create', '--partner', 'p', '--bogus'], /Unknown option/],
  ])('%j is refused', (argv, message) => {
    expect(() => parsePartnerKeyArgs(argv)).toThrow(message);
  });
});
