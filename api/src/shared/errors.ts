import { GraphQLError } from 'graphql';

/** The error codes of the outside contract (docs/errors.md). */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'OFFER_FULL'
  | 'ALREADY_BOOKED'
  | 'INVALID_TRANSITION'
  | 'ENDPOINT_DISABLED'
  /** Saving a final ambition talk as a draft again. */
  | 'AMBITION_TALK_FINAL'
  /** Too many requests with one partner API key (HTTP 429 with retry-after). */
  | 'RATE_LIMITED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'INTERNAL_SERVER_ERROR';

/** An error a user caused: its message is written for them and may be shown as it is. */
export class UserFacingError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { ...details, code } });
  }
}

export const isUserFacing = (error: unknown): error is UserFacingError => error instanceof UserFacingError;

/**
 * The one "does not exist" answer. Someone else's school or booking gets exactly this too, so a
 * caller cannot tell a missing object from one that is not theirs.
 */
export const notFound = (): UserFacingError => new UserFacingError('NOT_FOUND', 'This does not exist.');
