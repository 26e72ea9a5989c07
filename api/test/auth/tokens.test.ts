import fs from 'node:fs';
import path from 'node:path';
import { SignJWT, base64url, importJWK, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ensureLocalKeys, signLocalToken, type LocalKeys } from '../../src/shared/auth/local-keys.ts';
import { ask, bearer, coldHandler, tempDir, type Handler } from './support.ts';

let keys: LocalKeys;
let handler: Handler;
const hour = 3600 * 1000;

beforeAll(async () => {
  keys = await ensureLocalKeys(tempDir('keys'));
  handler = await coldHandler({ LOCAL_JWKS_FILE: keys.jwksFile });
});
afterAll(() => vi.unstubAllEnvs());

const token = (viewer: Parameters<typeof signLocalToken>[1]['viewer'], extra: Partial<Parameters<typeof signLocalToken>[1]> = {}) =>
  signLocalToken(keys, { viewer, expiresIn: '1h', ...extra });

/** Re-encodes one part of a token (header or payload) without re-signing it. */
function rewrite(jwt: string, part: 0 | 1, change: (json: Record<string, unknown>) => Record<string, unknown>): string {
  const parts = jwt.split('.');
  const json = JSON.parse(new TextDecoder().decode(base64url.decode(parts[part]!))) as Record<string, unknown>;
  parts[part] = base64url.encode(JSON.stringify(change(json)));
  return parts.join('.');
}

async function expectRefused(headers: Record<string, string>, reason: RegExp) {
  const answer = await ask(handler, headers);
  expect(answer.status).toBe(401);
  expect(answer.body.data).toBeUndefined();
  expect(answer.body.errors).toHaveLength(1);
  expect(answer.body.errors![0]!.extensions?.code).toBe('UNAUTHENTICATED');
  expect(answer.body.errors![0]!.message).toMatch(reason);
  // The refusal never echoes the credential.
  const credential = Object.values(headers)[0]!;
  if (credential.length > 30) expect(JSON.stringify(answer.body)).not.toContain(credential.slice(-20));
}

describe('valid tokens give the viewer of their role', () => {
  it.each([
    [{ role: 'SCHOOL', schoolId: '00AA00' }],
    [{ role: 'PARTNER', partnerId: 'partner-museum-1' }],
    [{ role: 'ADVISOR', regionId: 'region-hart' }],
    [{ role: 'ADMIN' }],
  ] as const)('%o', async (viewer) => {
    const answer = await ask(handler, bearer(await token(viewer)));
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      data: { me: { schoolId: null, partnerId: null, regionId: null, ...viewer } },
    });
  });

  it('no Authorization header is anonymous', async () => {
    const answer = await ask(handler, {});
    expect(answer.body).toEqual({ data: { me: { role: 'ANONYMOUS', schoolId: null, partnerId: null, regionId: null } } });
  });

  it('a token of a role carries only that role’s scope', async () => {
    const jwt = await new SignJWT({ role: 'school', school: '00AA00', region: 'region-hart', partner: 'p1' })
      .setProtectedHeader({ alg: 'ES256', kid: keys.privateJwk.kid! })
      .setIssuer('cmk-local')
      .setAudience('cmk-api')
      .setExpirationTime('1h')
      .sign(await importJWK(keys.privateJwk, 'ES256'));
    const answer = await ask(handler, bearer(jwt));
    expect(answer.body.data).toEqual({ me: { role: 'SCHOOL', schoolId: '00AA00', partnerId: null, regionId: null } });
  });
});

describe('bad tokens are UNAUTHENTICATED, through the real handler', () => {
  const school = { role: 'SCHOOL', schoolId: '00AA00' } as const;

  it('expired', async () => {
    await expectRefused(bearer(await token(school, { now: new Date(Date.now() - 3 * hour) })), /expired/);
  });

  it('not yet valid', async () => {
    await expectRefused(bearer(await token(school, { now: new Date(Date.now() + 2 * hour) })), /not yet valid/);
  });

  it('wrong issuer', async () => {
    await expectRefused(bearer(await token(school, { issuer: 'https://evil.example' })), /wrong issuer/);
  });

  it('wrong audience', async () => {
    await expectRefused(bearer(await token(school, { audience: 'another-api' })), /wrong audience/);
  });

  it('alg: none', async () => {
    const valid = await token({ role: 'ADMIN' });
    const unsigned = `${rewrite(valid, 0, () => ({ alg: 'none', typ: 'JWT' }))
      .split('.')
      .slice(0, 2)
      .join('.')}.`;
    await expectRefused(bearer(unsigned), /algorithm not allowed/);
  });

  it('HS256 signed with the public key (algorithm confusion)', async () => {
    const { d: _d, ...publicJwk } = keys.privateJwk;
    const secret = new TextEncoder().encode(JSON.stringify(publicJwk));
    const forged = await new SignJWT({ role: 'admin' })
      .setProtectedHeader({ alg: 'HS256', kid: keys.privateJwk.kid! })
      .setIssuer('cmk-local')
      .setAudience('cmk-api')
      .setExpirationTime('1h')
      .sign(secret);
    await expectRefused(bearer(forged), /algorithm not allowed/);
  });

  it('tampered payload (school → admin)', async () => {
    const valid = await token(school);
    const tampered = rewrite(valid, 1, (claims) => ({ ...claims, role: 'admin' }));
    await expectRefused(bearer(tampered), /bad signature/);
  });

  it('signed by an unknown key', async () => {
    const stranger = await ensureLocalKeys(tempDir('stranger'));
    await expectRefused(bearer(await signLocalToken(stranger, { viewer: school, expiresIn: '1h' })), /unknown key/);
  });

  it('without an expiry', async () => {
    const jwt = await new SignJWT({ role: 'admin' })
      .setProtectedHeader({ alg: 'ES256', kid: keys.privateJwk.kid! })
      .setIssuer('cmk-local')
      .setAudience('cmk-api')
      .sign(await importJWK(keys.privateJwk, 'ES256'));
    await expectRefused(bearer(jwt), /missing claim/);
  });

  it('a school role without a school, or with a malformed BRIN6', async () => {
    const key = await importJWK(keys.privateJwk, 'ES256');
    const jwt = (claims: Record<string, unknown>) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'ES256', kid: keys.privateJwk.kid! })
        .setIssuer('cmk-local')
        .setAudience('cmk-api')
        .setExpirationTime('1h')
        .sign(key);
    await expectRefused(bearer(await jwt({ role: 'school' })), /no school/);
    await expectRefused(bearer(await jwt({ role: 'school', school: '0AA000' })), /not a valid id/);
    await expectRefused(bearer(await jwt({ role: 'superuser' })), /no known role/);
  });

  it('garbage, an empty Bearer and another scheme', async () => {
    await expectRefused({ authorization: 'Bearer not.a.jwt' }, /malformed/);
    await expectRefused({ authorization: 'Basic dXNlcjpwYXNz' }, /Bearer/);
    await expectRefused({ authorization: 'Bearer' }, /Bearer/);
  });

  it('the handler keeps answering after refusals', async () => {
    const answer = await ask(handler, bearer(await token(school)));
    expect(answer.status).toBe(200);
  });
});

describe('the local key pair', () => {
  it('is made once and reused (private key 0600, public JWKS without the private part)', async () => {
    const dir = tempDir('once');
    const [a, b] = await Promise.all([ensureLocalKeys(dir), ensureLocalKeys(dir)]);
    expect(a.privateJwk).toEqual(b.privateJwk);
    expect(fs.statSync(path.join(dir, 'private.jwk.json')).mode & 0o777).toBe(0o600);
    const jwks = JSON.parse(fs.readFileSync(a.jwksFile, 'utf8')) as { keys: JWK[] };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]!.d).toBeUndefined();
    expect(jwks.keys[0]!.kid).toBe(a.privateJwk.kid);
  });

  it('is made by the API on first use when the JWKS file is missing', async () => {
    const dir = tempDir('first-use');
    const fresh = await coldHandler({ LOCAL_JWKS_FILE: path.join(dir, 'jwks.json') });
    const answer = await ask(fresh, bearer('eyJhbGciOiJFUzI1NiIsImtpZCI6Im5vIn0.e30.sig'));
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(fs.existsSync(path.join(dir, 'jwks.json'))).toBe(true);
    handler = await coldHandler({ LOCAL_JWKS_FILE: keys.jwksFile });
  });
});
