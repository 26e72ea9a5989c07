import type { ApolloServerPlugin } from '@apollo/server';

/**
 * Labels and messages follow Accept-Language, and who asks decides what is shown, so a shared
 * cache must key a stored answer on these headers too (operation-plugin.ts marks anonymous reads
 * `public`): otherwise a CDN serves Dutch to English readers, or an anonymous answer to a signed-in one.
 */
export const VARY = ['accept-language', 'authorization', 'x-api-key'];

export function varyPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const present = (response.http.headers.get('vary') ?? '')
            .split(',')
            .map((v) => v.trim().toLowerCase())
            .filter(Boolean);
          response.http.headers.set('vary', [...new Set([...present, ...VARY])].join(', '));
        },
      };
    },
  };
}
