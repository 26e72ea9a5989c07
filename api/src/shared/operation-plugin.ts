import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.ts';

/** Public content may sit in a CDN or browser cache this long; anything personal is never cached. */
export const PUBLIC_MAX_AGE_SECONDS = 60;

/**
 * One log line per operation (mutations at info, reads at debug: names and codes only, never
 * variables, tokens or personal data) and the Cache-Control header: `public` only for anonymous
 * reads that succeeded, `private, no-store` for everything else.
 */
export function operationPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = Date.now();
      return {
        async willSendResponse({ contextValue, operation, operationName, response, errors }) {
          const kind = operation?.operation ?? 'unknown';
          const codes = [...new Set((errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')))];
          const entry = {
            operation: kind,
            operationName: operationName ?? undefined,
            role: contextValue?.viewer?.role,
            ms: Date.now() - started,
            codes,
          };
          if (contextValue?.logger) {
            if (kind === 'mutation') contextValue.logger.info('graphql mutation', entry);
            else contextValue.logger.debug('graphql query', entry);
          }
          const cacheable = kind === 'query' && codes.length === 0 && contextValue?.viewer?.role === 'ANONYMOUS';
          response.http.headers.set('cache-control', cacheable ? `public, max-age=${PUBLIC_MAX_AGE_SECONDS}` : 'private, no-store');
        },
      };
    },
  };
}
