/**
 * Trusted documents: operations sent by hash, looked up in the manifest that GraphQL Code
 * Generator writes for `@cmk/client` (client/src/generated/persisted-documents.json, sha256 of
 * each operation's text). The manifest is imported, so it is part of the Lambda bundle.
 *
 * Protocol (Apollo's): `{ "extensions": { "persistedQuery": { "version": 1, "sha256Hash": "<hash>" } }, "variables": ... }`.
 * A known hash always executes. `TRUSTED_DOCUMENTS` decides who may still send a raw `query`:
 * - `off`: everyone (the API also accepts known hashes);
 * - `partners` (default on dev/prod): not partner API keys (`x-api-key`);
 * - `all`: nobody.
 * A raw query that is byte for byte a trusted document counts as that document. Refused: an
 * unknown hash (`PERSISTED_QUERY_NOT_FOUND`) and a raw query where raw queries are not accepted
 * (`FORBIDDEN`), both before the document is parsed. Nothing registers new hashes at run time.
 */
import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLRequest } from '@apollo/server';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import manifest from '../../../client/src/generated/persisted-documents.json' with { type: 'json' };

export type TrustedDocumentsMode = 'off' | 'partners' | 'all';

export type TrustedDocuments = Readonly<Record<string, string>>;
export const trustedDocuments: TrustedDocuments = manifest;

const APQ_PREFIX = 'apq:';

/**
 * Apollo's persisted-query store, read-only over the manifest: Apollo resolves
 * `extensions.persistedQuery.sha256Hash` through it, and what a client asks to register is dropped.
 */
export function trustedDocumentsStore(documents: TrustedDocuments = trustedDocuments): KeyValueCache<string> {
  return {
    async get(key) {
      const hash = key.startsWith(APQ_PREFIX) ? key.slice(APQ_PREFIX.length) : key;
      return Object.hasOwn(documents, hash) ? documents[hash] : undefined;
    },
    async set() {},
    async delete() {
      return false;
    },
  };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function rawQueriesAllowed(mode: TrustedDocumentsMode, request: GraphQLRequest): boolean {
  if (mode === 'off') return true;
  if (mode === 'all') return false;
  return !request.http?.headers.get('x-api-key')?.trim();
}

const REFUSED_RAW =
  'Only trusted documents are accepted here: send the sha256 of an operation of @cmk/client ' +
  '(persisted-documents.json) as extensions.persistedQuery.sha256Hash, without a query.';
const UNKNOWN_HASH =
  'Unknown document: this hash is not one of the trusted documents (persisted-documents.json of @cmk/client). ' +
  'Update the client, or send the query text where raw queries are accepted.';

/**
 * Refuses raw queries where the mode says so: the query is swapped for its hash, so only the text
 * of a trusted document resolves; anything else ends as PERSISTED_QUERY_NOT_FOUND, which this
 * plugin words (and codes FORBIDDEN for a refused raw query) before the response leaves.
 */
export function trustedDocumentsPlugin<TContext extends object>(mode: TrustedDocumentsMode): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ request }) {
      let refusedRaw = false;
      if (typeof request.query === 'string' && !rawQueriesAllowed(mode, request)) {
        refusedRaw = true;
        request.extensions = { ...request.extensions, persistedQuery: { version: 1, sha256Hash: sha256(request.query) } };
        delete request.query;
      }
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (!errors?.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND')) return;
          response.body.singleResult.errors = errors.map((e) =>
            e.extensions?.code !== 'PERSISTED_QUERY_NOT_FOUND'
              ? e
              : refusedRaw
                ? { message: REFUSED_RAW, extensions: { code: 'FORBIDDEN', trustedDocuments: mode } }
                : { message: UNKNOWN_HASH, extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } },
          );
          if (refusedRaw) response.http.status = 403;
        },
      };
    },
  };
}
