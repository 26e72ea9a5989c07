/**
 * The two ways a request is refused before any resolver runs. Both are GraphQL errors with a code
 * and an HTTP status, so Apollo answers them as a normal error response instead of crashing.
 */
import { UserFacingError } from '../errors.ts';

/** Why a credential was refused; goes to the log and, as a phrase, to the caller. Never the token. */
export type RefusalReason =
  | 'malformed'
  | 'expired'
  | 'not yet valid'
  | 'wrong issuer'
  | 'wrong audience'
  | 'algorithm not allowed'
  | 'bad signature'
  | 'unknown key'
  | 'missing claim'
  | 'no role'
  | 'bad scope'
  | 'unsupported scheme'
  | 'unknown or revoked api key';

export class AuthenticationError extends UserFacingError {
  readonly reason: RefusalReason;
  constructor(reason: RefusalReason, message?: string) {
    super('UNAUTHENTICATED', message ?? `Your credentials were refused (${reason}). Sign in again or send a valid token.`, {
      http: { status: 401 },
    });
    this.reason = reason;
  }
}

/** Too many requests with one partner API key: `RATE_LIMITED`, HTTP 429 with retry-after. */
export class RateLimitedError extends UserFacingError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number, window: 'second' | 'minute', limit: number) {
    super('RATE_LIMITED', `Too many requests with this API key: at most ${limit} per ${window}. Retry after ${retryAfterSeconds} s.`, {
      retryAfterSeconds,
      http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
    });
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
