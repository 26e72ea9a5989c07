/**
 * The two ways a request is refused before any resolver runs. Both are GraphQL errors with a code
 * and an HTTP status, so Apollo answers them as a normal error response instead of crashing.
 */
import { GraphQLError } from 'graphql';
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

/**
 * Too many requests with one partner API key. `RATE_LIMITED` is not (yet) a code of CONTRACT.md's
 * list, so this is a plain GraphQLError; the server's error masking lets it through because its
 * code is not INTERNAL_SERVER_ERROR.
 */
export class RateLimitedError extends GraphQLError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number, window: 'second' | 'minute', limit: number) {
    super(`Too many requests with this API key: at most ${limit} per ${window}. Retry after ${retryAfterSeconds} s.`, {
      extensions: {
        code: 'RATE_LIMITED',
        retryAfterSeconds,
        http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
      },
    });
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
