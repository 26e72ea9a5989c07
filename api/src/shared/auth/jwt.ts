/**
 * Bearer tokens: verified with jose against a JWKS (Cognito's, or the local file), with issuer,
 * audience, expiry/not-before and an algorithm allow-list; `alg: none` never passes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JSONWebKeySet, type JWTPayload } from 'jose';
import type { Viewer } from '../../domain/viewer.ts';
import { viewerFromClaims } from './claims.ts';
import { AuthenticationError, type RefusalReason } from './errors.ts';
import { ensureLocalKeys } from './local-keys.ts';
import type { AuthSettings, JwksSource } from './settings.ts';

export type TokenVerifier = (token: string) => Promise<Viewer>;
type KeySet = Parameters<typeof jwtVerify>[1];

export function createTokenVerifier(settings: AuthSettings, now: () => Date = () => new Date()): TokenVerifier {
  // Made on the first token, not at module init (a remote key set costs ~18 ms to set up): anonymous
  // requests never need it, and a cold start does not wait for it.
  let keySet: KeySet | undefined;
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, (keySet ??= keySetOf(settings.jwks)), {
        issuer: settings.issuer,
        algorithms: [...settings.algorithms],
        clockTolerance: settings.clockToleranceSeconds,
        currentDate: now(),
        requiredClaims: ['exp'],
        // Cognito access tokens carry the client as `client_id`, not `aud`: checked below.
        ...(settings.claimStyle === 'local' ? { audience: settings.audience } : {}),
      }));
    } catch (error) {
      throw refusal(error);
    }
    if (settings.claimStyle === 'cognito') checkCognitoClient(payload, settings.audience);
    return viewerFromClaims(payload, settings.claimStyle);
  };
}

/** ID tokens name the app client in `aud`, access tokens in `client_id`; anything else is refused. */
function checkCognitoClient(payload: JWTPayload, audience: string): void {
  const use = payload.token_use;
  const aud = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  const ok = use === 'id' ? aud.includes(audience) : use === 'access' ? payload.client_id === audience : false;
  if (!ok) throw new AuthenticationError('wrong audience');
}

/** Client mistakes become UNAUTHENTICATED; a JWKS that cannot be fetched is our fault and stays a fault. */
function refusal(error: unknown): unknown {
  if (error instanceof AuthenticationError) return error;
  const reason = reasonOf(error);
  return reason ? new AuthenticationError(reason) : error;
}

function reasonOf(error: unknown): RefusalReason | undefined {
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf' || error.claim === 'iat') return 'not yet valid';
    if (error.claim === 'iss') return 'wrong issuer';
    if (error.claim === 'aud') return 'wrong audience';
    return 'missing claim';
  }
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) return 'algorithm not allowed';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'bad signature';
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) return 'unknown key';
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid || error instanceof errors.JWKInvalid) return 'malformed';
  return undefined;
}

function keySetOf(source: JwksSource): KeySet {
  if (source.kind === 'remote') {
    // jose caches the keys (10 min) and refetches on an unknown kid (at most every 30 s): key rotation just works.
    return createRemoteJWKSet(source.url, { timeoutDuration: 3000, cooldownDuration: 30_000, cacheMaxAge: 600_000 });
  }
  return fileKeySet(source.path);
}

/** The local JWKS file, re-read when it changes (someone deleted `.data/keys` and made new keys). */
function fileKeySet(file: string): KeySet {
  let cached: { mtimeMs: number; keySet: ReturnType<typeof createLocalJWKSet> } | undefined;
  const load = async () => {
    if (!fs.existsSync(file)) await ensureLocalKeys(path.dirname(file));
    const { mtimeMs } = fs.statSync(file);
    if (!cached || cached.mtimeMs !== mtimeMs) {
      const jwks = JSON.parse(fs.readFileSync(file, 'utf8')) as JSONWebKeySet;
      cached = { mtimeMs, keySet: createLocalJWKSet(jwks) };
    }
    return cached.keySet;
  };
  return async (header, token) => (await load())(header, token);
}
