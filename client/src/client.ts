/**
 * A small SDK over the generated documents: plain `fetch`, typed results, typed errors, and
 * retries with back-off for queries only (a mutation is sent once: the caller decides whether to
 * try again, with the same idempotency key where the mutation has one).
 */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { CmkGraphQLError, CmkNetworkError, type CmkGraphQLErrorEntry } from './errors.ts';
import {
  ConfirmBookingDocument,
  DeclineBookingDocument,
  MarkBookingHeldDocument,
  MeDocument,
  OfferDocument,
  OffersDocument,
  PartnerBookingsDocument,
  SchoolBookingsDocument,
  BookingChangesDocument,
  DisableWebhookEndpointDocument,
  RegisterWebhookEndpointDocument,
  SandboxRequestBookingDocument,
  WebhookEndpointsDocument,
  type BookingChangesQuery,
  type BookingChangesQueryVariables,
  type WebhookEndpointFieldsFragment,
  type RegisterWebhookEndpointMutation,
  type RegisterWebhookEndpointMutationVariables,
  type SandboxRequestBookingMutation,
  type SandboxRequestBookingMutationVariables,
  type WebhookEndpointsQuery,
  type BookingFieldsFragment,
  type MarkBookingHeldMutationVariables,
  type MeQuery,
  type OfferQuery,
  type OffersQuery,
  type OffersQueryVariables,
  type PartnerBookingsQuery,
  type PartnerBookingsQueryVariables,
  type SchoolBookingsQuery,
  type SchoolBookingsQueryVariables,
} from './generated/graphql.ts';

/** A generated document: its text, and the sha256 of its trusted form in `__meta__.hash`. */
export type TypedDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & {
  toString(): string;
  readonly __meta__?: Readonly<Record<string, unknown>> | undefined;
};

/** Variables may be left out when the operation has no required ones. */
export type VariablesArg<TVariables> = [TVariables] extends [Record<string, never>]
  ? []
  : // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- "every field optional" is exactly what `{} extends` asks
    {} extends TVariables
    ? [variables?: TVariables]
    : [variables: TVariables];

export interface RetryOptions {
  /** Extra attempts after the first (default 3). */
  readonly retries?: number;
  /** The first wait; it doubles per attempt, with jitter (default 200 ms). */
  readonly baseDelayMs?: number;
  /** The longest wait, also for a `Retry-After` the server sends (default 5000 ms). */
  readonly maxDelayMs?: number;
}

type Credentials =
  /** A signed-in user: a JWT (Cognito ID token in AWS, `npm run token` locally). */
  | { readonly token: string; readonly apiKey?: never }
  /** A partner's machine client: `cmk_<keyId>.<secret>` from `npm run partner-key`. */
  | { readonly apiKey: string; readonly token?: never }
  /** Anonymous: published content and aggregate figures. */
  | { readonly token?: never; readonly apiKey?: never };

export type ClientOptions = Credentials & {
  /** The GraphQL endpoint, e.g. `http://localhost:4000/graphql`. */
  readonly url: string;
  /** `hash` (default): trusted documents by their sha256 only; `text`: the query text too. */
  readonly send?: 'hash' | 'text';
  /** Retries of queries on network errors and 502/503/504; `false` for none. Mutations are never retried. */
  readonly retry?: RetryOptions | false;
  /** Per attempt (default 30 s). */
  readonly timeoutMs?: number;
  /** Extra headers, e.g. `{ 'accept-language': 'en' }` for English labels. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Another fetch (tests, proxies); default the global one. */
  readonly fetch?: typeof fetch;
};

const RETRY_STATUSES = new Set([502, 503, 504]);
const defaults = { retries: 3, baseDelayMs: 200, maxDelayMs: 5000, timeoutMs: 30_000 };

/** What kind of operation a document holds, and its name, from its text. */
export function describeOperation(text: string): { kind: 'query' | 'mutation' | 'subscription'; name: string | undefined } {
  const withoutComments = text.replace(/#[^\n]*/g, '');
  const match = /(?:^|\})\s*(query|mutation|subscription)\b\s*([_A-Za-z][_0-9A-Za-z]*)?/.exec(withoutComments);
  if (match) return { kind: match[1] as 'query' | 'mutation' | 'subscription', name: match[2] };
  // The shorthand `{ ... }` is a query.
  return { kind: 'query', name: undefined };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function backoff(attempt: number, retry: Required<RetryOptions>, retryAfter: string | null): number {
  const seconds = retryAfter === null ? NaN : Number(retryAfter);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, retry.maxDelayMs);
  const ceiling = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1));
  return ceiling / 2 + (Math.random() * ceiling) / 2;
}

interface GraphQLBody {
  data?: unknown;
  errors?: CmkGraphQLErrorEntry[];
}

export type CmkClient = ReturnType<typeof createClient>;

export function createClient(options: ClientOptions) {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const retry: Required<RetryOptions> | undefined =
    options.retry === false ? undefined : { ...defaults, ...Object.fromEntries(Object.entries(options.retry ?? {})) };
  const timeoutMs = options.timeoutMs ?? defaults.timeoutMs;
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
    ...options.headers,
  };
  if (options.apiKey) headers['x-api-key'] = options.apiKey;
  if (options.token) headers.authorization = `Bearer ${options.token}`;

  /** Runs any generated (or your own typed) document and returns its `data`, or throws a typed error. */
  async function request<TResult, TVariables>(
    document: TypedDocument<TResult, TVariables>,
    ...[variables]: VariablesArg<TVariables>
  ): Promise<TResult> {
    const text = document.toString();
    const { kind, name } = describeOperation(text);
    const hash = typeof document.__meta__?.hash === 'string' ? document.__meta__.hash : undefined;
    const body = JSON.stringify({
      operationName: name,
      variables: variables ?? {},
      ...(hash && options.send !== 'text' ? { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } } : { query: text }),
    });
    // Only a query may be sent again: a mutation that timed out may still have been carried out.
    const retries = kind === 'query' && retry ? retry.retries : 0;

    for (let attempt = 1; ; attempt++) {
      const canRetry = attempt <= retries;
      let response: Response;
      try {
        response = await fetchImpl(options.url, { method: 'POST', headers, body, signal: AbortSignal.timeout(timeoutMs) });
      } catch (cause) {
        if (canRetry) {
          await sleep(backoff(attempt, retry!, null));
          continue;
        }
        const why = cause instanceof Error ? cause.message : String(cause);
        throw new CmkNetworkError(`${name ?? kind} failed: ${why}`, { operationName: name, attempts: attempt, cause });
      }
      if (RETRY_STATUSES.has(response.status) && canRetry) {
        await response.body?.cancel().catch(() => undefined);
        await sleep(backoff(attempt, retry!, response.headers.get('retry-after')));
        continue;
      }
      let answer: GraphQLBody | undefined;
      try {
        answer = (await response.json()) as GraphQLBody;
      } catch {
        answer = undefined;
      }
      if (answer?.errors?.length) {
        throw new CmkGraphQLError({ errors: answer.errors, status: response.status, operationName: name, data: answer.data });
      }
      if (!answer || answer.data === undefined || answer.data === null) {
        throw new CmkNetworkError(`${name ?? kind} failed: HTTP ${response.status} without a GraphQL answer`, {
          status: response.status,
          operationName: name,
          attempts: attempt,
        });
      }
      return answer.data as TResult;
    }
  }

  return {
    request,

    /** How the API sees the caller (role and scope); null when anonymous. A partner's API key tells its partnerId. */
    me: async (): Promise<MeQuery['me']> => (await request(MeDocument)).me,

    /** Published offers under a filter (region, disciplines, sectors, text...), with facet counts per filter option. */
    offers: async (variables: OffersQueryVariables = {}): Promise<OffersQuery['offers']> =>
      (await request(OffersDocument, variables)).offers,

    /** One offer with its content and this school year's figures; null when there is no such published offer. */
    offer: async (id: string): Promise<OfferQuery['offer']> => (await request(OfferDocument, { id })).offer,

    /** A partner's offers with their figures and the bookings of those offers (its own key or token, or admin). */
    partnerBookings: async (variables: PartnerBookingsQueryVariables): Promise<PartnerBookingsQuery['partner']> =>
      (await request(PartnerBookingsDocument, variables)).partner,

    /** A school's bookings (its own token, its advisor, admin). */
    schoolBookings: async (variables: SchoolBookingsQueryVariables): Promise<SchoolBookingsQuery['school']> =>
      (await request(SchoolBookingsDocument, variables)).school,

    /** The partner accepts a requested booking. */
    confirmBooking: async (id: string): Promise<BookingFieldsFragment> =>
      (await request(ConfirmBookingDocument, { id })).confirmBooking.booking,

    /** The partner turns a requested booking down, with a reason the school reads. */
    declineBooking: async (id: string, reason: string): Promise<BookingFieldsFragment> =>
      (await request(DeclineBookingDocument, { id, reason })).declineBooking.booking,

    /** The activity took place: pupils reached and the date (YYYY-MM-DD). */
    markBookingHeld: async (variables: MarkBookingHeldMutationVariables): Promise<BookingFieldsFragment> =>
      (await request(MarkBookingHeldDocument, variables)).markBookingHeld.booking,

    /** A page of the partner's booking changes after `after` (null: from the first); keep `pageInfo.endCursor` for next time. */
    bookingChanges: async (
      variables: BookingChangesQueryVariables,
    ): Promise<NonNullable<NonNullable<BookingChangesQuery['partner']>['bookingChanges']>> => {
      const changes = (await request(BookingChangesDocument, variables)).partner?.bookingChanges;
      if (!changes) throw new Error(`No booking changes for partner ${variables.partnerId}: is this your partner's key?`);
      return changes;
    },

    /** Registers a webhook endpoint (a partner user's token, not an API key); `secret` is shown only here. */
    registerWebhookEndpoint: async (
      variables: RegisterWebhookEndpointMutationVariables,
    ): Promise<RegisterWebhookEndpointMutation['registerWebhookEndpoint']> =>
      (await request(RegisterWebhookEndpointDocument, variables)).registerWebhookEndpoint,

    /** Stops deliveries to an endpoint (a partner user's token); its changes stay in the feed. */
    disableWebhookEndpoint: async (id: string): Promise<WebhookEndpointFieldsFragment> =>
      (await request(DisableWebhookEndpointDocument, { id })).disableWebhookEndpoint,

    /** The partner's webhook endpoints with their delivery log. */
    webhookEndpoints: async (partnerId: string): Promise<NonNullable<WebhookEndpointsQuery['partner']>['webhookEndpoints']> =>
      (await request(WebhookEndpointsDocument, { partnerId })).partner?.webhookEndpoints ?? null,

    /** Sandbox: the partner's test school requests one of its offers (feed and webhooks fire; no figure counts it). */
    sandboxRequestBooking: async (
      variables: SandboxRequestBookingMutationVariables,
    ): Promise<SandboxRequestBookingMutation['sandboxRequestBooking']['booking']> =>
      (await request(SandboxRequestBookingDocument, variables)).sandboxRequestBooking.booking,
  };
}
