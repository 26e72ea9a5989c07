/**
 * Trusted documents through the real handler: a known hash executes, an unknown hash and a raw
 * query where raw queries are refused get a clear error, per TRUSTED_DOCUMENTS mode.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnv } from '@cmk/api/env';
import { trustedDocuments } from '@cmk/api/shared/trusted-documents';
import manifest from '../src/generated/persisted-documents.json' with { type: 'json' };
import * as generated from '../src/generated/graphql.ts';
import { CmkGraphQLError, createClient } from '../src/index.ts';
import { partnerId, startApi, type RunningApi } from './support/api.ts';

let api: RunningApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => api?.stop());

type Answer = {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
};

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

const ME = '{ me { role partnerId } }';
const meHash = Object.entries(manifest).find(([, text]) => text.startsWith('query Me'))![0];
const unknownHash = 'f'.repeat(64);
const byHash = (sha256Hash: string, variables = {}) => ({ variables, extensions: { persistedQuery: { version: 1, sha256Hash } } });

describe('the manifest', () => {
  it('holds every generated operation by the sha256 of its text, and the API carries the same one', () => {
    const documents: unknown[] = Object.values(generated).filter((d) => d instanceof String);
    const hashes = documents.map((d) => (d as { __meta__?: { hash?: string } }).__meta__?.hash).filter(Boolean);
    expect(hashes.length).toBeGreaterThanOrEqual(8);
    expect(Object.keys(manifest).sort()).toEqual([...hashes].sort());
    for (const [hash, text] of Object.entries(manifest)) expect(createHash('sha256').update(text).digest('hex')).toBe(hash);
    expect(trustedDocuments).toEqual(manifest);
  });

  it('is on for partner API keys by default on dev and prod, off locally', () => {
    const aws = { COGNITO_USER_POOL_ID: 'eu-west-1_AbC123', JWT_AUDIENCE: 'portal' };
    expect(parseEnv({ STAGE: 'prod', ...aws }).TRUSTED_DOCUMENTS).toBe('partners');
    expect(parseEnv({ STAGE: 'dev', ...aws }).TRUSTED_DOCUMENTS).toBe('partners');
    expect(parseEnv({ STAGE: 'prod', ...aws, TRUSTED_DOCUMENTS: 'all' }).TRUSTED_DOCUMENTS).toBe('all');
    expect(parseEnv({ STAGE: 'local' }).TRUSTED_DOCUMENTS).toBe('off');
    expect(() => parseEnv({ TRUSTED_DOCUMENTS: 'sometimes' })).toThrow(/TRUSTED_DOCUMENTS/);
  });
});

describe('TRUSTED_DOCUMENTS=partners', () => {
  const key = () => ({ 'x-api-key': api.apiKey });

  it('a partner API key: a known hash executes (the SDK sends only hashes)', async () => {
    const answer = await post(api.url('partners'), byHash(meHash), key());
    expect(answer).toEqual({ status: 200, body: { data: { me: { role: 'PARTNER', schoolId: null, partnerId, regionId: null } } } });
    const partner = createClient({ url: api.url('partners'), apiKey: api.apiKey });
    expect((await partner.partnerBookings({ partnerId }))?.id).toBe(partnerId);
  });

  it('a partner API key: an unknown hash is refused with PERSISTED_QUERY_NOT_FOUND', async () => {
    const answer = await post(api.url('partners'), byHash(unknownHash), key());
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors).toEqual([
      {
        message: expect.stringMatching(/^Unknown document: this hash is not one of the trusted documents/),
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
      },
    ]);
  });

  it('a partner API key: a raw query is refused with FORBIDDEN (HTTP 403), before it runs', async () => {
    const answer = await post(api.url('partners'), { query: ME }, key());
    expect(answer.status).toBe(403);
    expect(answer.body.errors?.[0]).toMatchObject({
      message: expect.stringContaining('Only trusted documents are accepted here'),
      extensions: { code: 'FORBIDDEN' },
    });
    // Sending the hash along with other text does not help.
    const sneaky = await post(api.url('partners'), { query: ME, ...byHash(meHash) }, key());
    expect(sneaky.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Through the SDK: a typed error.
    const error = await createClient({ url: api.url('partners'), apiKey: api.apiKey, send: 'text' })
      .me()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CmkGraphQLError);
    expect(error).toMatchObject({ code: 'FORBIDDEN', status: 403 });
  });

  it('a partner API key: the exact text of a trusted document counts as that document', async () => {
    const answer = await post(api.url('partners'), { query: manifest[meHash as keyof typeof manifest] }, key());
    expect(answer.body.data).toMatchObject({ me: { role: 'PARTNER' } });
  });

  it('tokens and anonymous callers may still send raw queries', async () => {
    const token = await api.token({ role: 'PARTNER', partnerId });
    expect((await post(api.url('partners'), { query: ME }, { authorization: `Bearer ${token}` })).body.data).toEqual({
      me: { role: 'PARTNER', partnerId },
    });
    expect((await post(api.url('partners'), { query: '{ offers(first: 1) { totalCount } }' })).body.errors).toBeUndefined();
  });
});

describe('TRUSTED_DOCUMENTS=all', () => {
  it('everyone: known hashes only', async () => {
    const anonymous = createClient({ url: api.url('all') });
    expect((await anonymous.offers({ first: 2 })).totalCount).toBeGreaterThan(0);
    const raw = await post(api.url('all'), { query: '{ offers(first: 1) { totalCount } }' });
    expect(raw.status).toBe(403);
    expect(raw.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('TRUSTED_DOCUMENTS=off', () => {
  it('raw queries run, known hashes run, unknown hashes are not found and nothing registers new ones', async () => {
    const key = { 'x-api-key': api.apiKey };
    expect((await post(api.url('off'), { query: ME }, key)).body.data).toMatchObject({ me: { role: 'PARTNER' } });
    expect((await post(api.url('off'), byHash(meHash), key)).body.data).toMatchObject({ me: { role: 'PARTNER' } });
    // Apollo's automatic persisted queries would register this text under its hash: trusted documents do not.
    const hash = createHash('sha256').update(ME).digest('hex');
    expect((await post(api.url('off'), { query: ME, ...byHash(hash) })).body.data).toBeDefined();
    const later = await post(api.url('off'), byHash(hash));
    expect(later.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});
