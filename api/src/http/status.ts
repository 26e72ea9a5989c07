import type { ApolloServerPlugin } from '@apollo/server';

/** Codes of requests refused before execution: the client's fault, so a 4xx (GraphQL over HTTP). */
const REFUSED_BEFORE_EXECUTION = new Set(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST']);

/**
 * graphql-armor's token limit rejects while the document is parsed, and Apollo answers anything
 * thrown there with 500. A response without data whose every error is a refusal gets 400 instead.
 */
export function refusalStatusPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (data !== undefined || !errors?.length) return;
          const refused = errors.every((e) => REFUSED_BEFORE_EXECUTION.has(String(e.extensions?.code)));
          if (refused && (response.http.status === undefined || response.http.status >= 500)) response.http.status = 400;
        },
      };
    },
  };
}
