/**
 * Cognito-style tokens: the issuer is a user pool URL, so the API reads `cognito:groups` and the
 * `custom:*` attributes. The JWKS is a local file here; in AWS it is the pool's jwks.json.
 */
import { SignJWT, importJWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ensureLocalKeys, type LocalKeys } from '../../src/shared/auth/local-keys.ts';
import { ask, bearer, coldHandler, tempDir, type Handler } from './support.ts';

const ISSUER = 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_TestPool1';
const CLIENT = '4tq1examplefakeclientid0';
let keys: LocalKeys;
let handler: Handler;

beforeAll(async () => {
  keys = await ensureLocalKeys(tempDir('cognito'));
  handler = await coldHandler({ LOCAL_JWKS_FILE: keys.jwksFile, COGNITO_USER_POOL_ID: 'eu-west-1_TestPool1', JWT_AUDIENCE: CLIENT });
});
afterAll(() => vi.unstubAllEnvs());

async function cognitoToken(claims: Record<string, unknown>, use: 'id' | 'access' = 'id', audience = CLIENT) {
  const jwt = new SignJWT({ token_use: use, 'cognito:username': 'u-123', ...(use === 'access' ? { client_id: audience } : {}), ...claims })
    .setProtectedHeader({ alg: 'ES256', kid: keys.privateJwk.kid! })
    .setIssuer(ISSUER)
    .setSubject('8f1c-uuid')
    .setIssuedAt()
    .setExpirationTime('1h');
  if (use === 'id') jwt.setAudience(audience);
  return jwt.sign(await importJWK(keys.privateJwk, 'ES256'));
}

const me = async (token: string) => (await ask(handler, bearer(token))).body;
const viewer = (v: Record<string, string>) => ({ data: { me: { schoolId: null, partnerId: null, regionId: null, ...v } } });

describe('Cognito claims map to the viewer', () => {
  it('group school + custom:school (BRIN6 upper-cased)', async () => {
    expect(await me(await cognitoToken({ 'cognito:groups': ['school'], 'custom:school': '12ab34' }))).toEqual(
      viewer({ role: 'SCHOOL', schoolId: '12AB34' }),
    );
  });

  it('group partner + custom:partner', async () => {
    expect(await me(await cognitoToken({ 'cognito:groups': ['partner'], 'custom:partner': 'k3x9a2b7c1' }))).toEqual(
      viewer({ role: 'PARTNER', partnerId: 'k3x9a2b7c1' }),
    );
  });

  it('group advisor + custom:region', async () => {
    expect(await me(await cognitoToken({ 'cognito:groups': ['advisor'], 'custom:region': 'region-kunstgebouw' }))).toEqual(
      viewer({ role: 'ADVISOR', regionId: 'region-kunstgebouw' }),
    );
  });

  it('group admin, from an access token (client_id instead of aud)', async () => {
    expect(await me(await cognitoToken({ 'cognito:groups': ['admin'] }, 'access'))).toEqual(viewer({ role: 'ADMIN' }));
  });

  it('several role groups: the widest wins, with its own scope only', async () => {
    const token = await cognitoToken({
      'cognito:groups': ['school', 'advisor', 'newsletter'],
      'custom:school': '12AB34',
      'custom:region': 'r1',
    });
    expect(await me(token)).toEqual(viewer({ role: 'ADVISOR', regionId: 'r1' }));
  });

  it('local-style claims are ignored for a Cognito issuer', async () => {
    const body = await me(await cognitoToken({ role: 'admin' }));
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.errors?.[0]?.message).toMatch(/no CmK role/);
  });

  it.each([
    ['another app client (aud)', () => cognitoToken({ 'cognito:groups': ['admin'] }, 'id', 'other-client')],
    ['another app client (client_id)', () => cognitoToken({ 'cognito:groups': ['admin'] }, 'access', 'other-client')],
    ['no token_use', () => cognitoToken({ 'cognito:groups': ['admin'], token_use: undefined })],
    ['a school without custom:school', () => cognitoToken({ 'cognito:groups': ['school'] })],
  ])('%s → UNAUTHENTICATED', async (_name, make) => {
    const body = await me(await make());
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
