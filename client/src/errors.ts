/** The error codes of the API (docs/errors.md), with the API key's rate limit and trusted documents. */
export type CmkErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'OFFER_FULL'
  | 'ALREADY_BOOKED'
  | 'INVALID_TRANSITION'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'GRAPHQL_PARSE_FAILED'
  | 'RATE_LIMITED'
  | 'PERSISTED_QUERY_NOT_FOUND'
  | 'INTERNAL_SERVER_ERROR'
  // A code this version of the client does not know yet.
  | (string & {});

/** One error of a GraphQL response, as the API sends it. */
export interface CmkGraphQLErrorEntry {
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly extensions?: Readonly<Record<string, unknown>> & { readonly code?: string };
}

/**
 * The API answered, with errors: `code` is the first error's `extensions.code`. A mutation that
 * failed this way wrote nothing (docs/errors.md); `data` holds what a query could still answer.
 */
export class CmkGraphQLError extends Error {
  override readonly name = 'CmkGraphQLError';
  readonly code: CmkErrorCode;
  /** HTTP status of the response (200 for most GraphQL errors, 401, 403, 429...). */
  readonly status: number;
  readonly operationName: string | undefined;
  readonly errors: readonly CmkGraphQLErrorEntry[];
  readonly data: unknown;

  constructor(input: { errors: readonly CmkGraphQLErrorEntry[]; status: number; operationName?: string; data?: unknown }) {
    const first = input.errors[0];
    super(first?.message ?? 'GraphQL error');
    this.code = typeof first?.extensions?.code === 'string' ? first.extensions.code : 'INTERNAL_SERVER_ERROR';
    this.status = input.status;
    this.operationName = input.operationName;
    this.errors = input.errors;
    this.data = input.data ?? null;
  }

  /** Seconds to wait before asking again, for `RATE_LIMITED`. */
  get retryAfterSeconds(): number | undefined {
    const value = this.errors[0]?.extensions?.retryAfterSeconds;
    return typeof value === 'number' ? value : undefined;
  }
}

/** No GraphQL answer: the network failed, the request timed out, or a gateway answered without GraphQL (502, 503, 504). */
export class CmkNetworkError extends Error {
  override readonly name = 'CmkNetworkError';
  /** HTTP status when there was a response, else undefined. */
  readonly status: number | undefined;
  readonly operationName: string | undefined;
  /** How many times the request was sent. */
  readonly attempts: number;

  constructor(message: string, input: { status?: number; operationName?: string; attempts: number; cause?: unknown }) {
    super(message, input.cause === undefined ? undefined : { cause: input.cause });
    this.status = input.status;
    this.operationName = input.operationName;
    this.attempts = input.attempts;
  }
}

/** Narrows an error to a GraphQL error with the given code: `if (isCmkError(e, 'OFFER_FULL')) ...`. */
export function isCmkError(error: unknown, code?: CmkErrorCode): error is CmkGraphQLError {
  return error instanceof CmkGraphQLError && (code === undefined || error.code === code);
}
