/**
 * @cmk/client: the typed client of the CmK GraphQL API. See client/README.md.
 *
 * ```ts
 * const cmk = createClient({ url: 'https://api.example.nl/graphql', apiKey: process.env.CMK_API_KEY! });
 * const partner = await cmk.partnerBookings({ partnerId, status: 'REQUESTED' });
 * ```
 */
export { createClient, describeOperation, type ClientOptions, type CmkClient, type RetryOptions, type TypedDocument } from './client.ts';
export { CmkGraphQLError, CmkNetworkError, isCmkError, type CmkErrorCode, type CmkGraphQLErrorEntry } from './errors.ts';
export * from './generated/graphql.ts';
/** A booking as the client's documents select it. */
export type { BookingFieldsFragment as Booking } from './generated/graphql.ts';
