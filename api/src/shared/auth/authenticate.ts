/**
 * Who is asking, decided once per request before any resolver runs: a partner API key
 * (`x-api-key`) first, then a Bearer token, else anonymous. A credential that is present but bad
 * is refused (UNAUTHENTICATED), never silently downgraded to anonymous.
 */
import type { RequestLogger } from '../logger.ts';
import { anonymous, type Viewer } from '../../domain/viewer.ts';
import type { Services } from '../../services.ts';
import { verifyApiKey } from './api-keys.ts';
import { AuthenticationError, RateLimitedError } from './errors.ts';
import { createTokenVerifier } from './jwt.ts';
import { authSettings, type AuthSettings } from './settings.ts';

export type Headers = Readonly<Record<string, string | undefined>>;

export interface AuthenticateDeps {
  readonly verifyToken: (token: string) => Promise<Viewer>;
  readonly verifyApiKey: (key: string) => Promise<Viewer>;
  readonly logger?: Pick<RequestLogger, 'warn'>;
}

const header = (headers: Headers, name: string): string | undefined => {
  const direct = headers[name];
  if (direct !== undefined) return direct;
  // API Gateway v2 and Node lower-case header names; other callers may not.
  const found = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return found === undefined ? undefined : headers[found];
};

export async function authenticate(headers: Headers, deps: AuthenticateDeps): Promise<Viewer> {
  const apiKey = header(headers, 'x-api-key')?.trim();
  const authorization = header(headers, 'authorization')?.trim();
  const method = apiKey ? 'api-key' : authorization ? 'bearer' : 'none';
  try {
    if (apiKey) return await deps.verifyApiKey(apiKey);
    if (!authorization) return anonymous;
    const [scheme, token, ...rest] = authorization.split(/\s+/);
    if (scheme?.toLowerCase() !== 'bearer' || !token || rest.length > 0) {
      throw new AuthenticationError('unsupported scheme', 'Send your token as `Authorization: Bearer <token>`.');
    }
    return await deps.verifyToken(token);
  } catch (error) {
    // Denials are logged with the method and the reason only: no token, no key, no person.
    if (error instanceof AuthenticationError) {
      deps.logger?.warn('authentication refused', { method, reason: error.reason });
    } else if (error instanceof RateLimitedError) {
      deps.logger?.warn('rate limit reached', { method, retryAfterSeconds: error.retryAfterSeconds });
    }
    throw error;
  }
}

/** Built once per process (Lambda container): the JWKS cache and the clients are reused. */
export function createAuthenticateDeps(
  services: Pick<Services, 'doc' | 'tables' | 'now'>,
  settings: AuthSettings,
  logger?: Pick<RequestLogger, 'warn'>,
): AuthenticateDeps {
  const store = { doc: services.doc, tableName: services.tables.participation, now: services.now };
  return {
    verifyToken: createTokenVerifier(settings, services.now),
    verifyApiKey: (key) => verifyApiKey({ ...store, limits: settings.rateLimit }, key),
    ...(logger ? { logger } : {}),
  };
}

export { authSettings };
