/**
 * The response cache for public reads: an anonymous query's answer is kept, serialized, under
 * its document hash, operation name, variables, locale and catalogue version; the same question
 * again skips execution. Only anonymous viewers read or fill it, so a school's, a partner's (token
 * or API key) or an advisor's answer is never stored and never served to anyone: their answers
 * may hold what only they may see. A publish moves the catalogue version, so content answers
 * change with it; participation figures (capacity, bookings) in public answers may lag by
 * `ttlMs`, well inside the minute the Cache-Control header already allows anonymous answers.
 */
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { FormattedExecutionResult } from 'graphql';
import type { Context } from '../context.ts';

export interface ResponseCacheOptions {
  /** Bound of the stored answers, in MB of serialized JSON (UTF-16 in memory, so about twice that). */
  readonly maxMegabytes?: number;
  /** How long an answer is served; content answers also end when the catalogue version moves. */
  readonly ttlMs?: number;
}

export interface ResponseCache {
  readonly plugin: ApolloServerPlugin<Context>;
  /** Answers served from the cache and answers executed and stored, since start (for tests and logs). */
  readonly stats: { hits: number; stores: number };
}

/** Who may share answers: only viewers without any identity. */
const shareable = (context: Context | undefined) => context?.viewer?.role === 'ANONYMOUS';

async function keyOf(request: GraphQLRequestContext<Context>): Promise<string | undefined> {
  const { contextValue: context, queryHash } = request;
  if (!queryHash || !shareable(context)) return undefined;
  // Before the first catalogue is loaded nothing is cached: a question that needs no content
  // (`{ __typename }`) does not wait for the load to learn the version.
  if (!context.services.catalogue.has(context.locale)) return undefined;
  // Without a catalogue (DynamoDB unreachable) nothing is cached: the resolvers meet the fault and report it.
  const version = await context.services.catalogue.get(context.locale).then(
    (c) => c.version,
    () => undefined,
  );
  if (version === undefined) return undefined;
  return JSON.stringify([queryHash, request.operationName ?? '', context.locale, version, request.request.variables ?? {}]);
}

export function createResponseCache(options: ResponseCacheOptions = {}): ResponseCache {
  const maxMegabytes = options.maxMegabytes ?? 32;
  const ttl = options.ttlMs ?? 5000;
  const store = new InMemoryLRUCache<string>({ maxSize: maxMegabytes * 1e6, sizeCalculation: (value) => value.length + 200 });
  const stats = { hits: 0, stores: 0 };
  const plugin: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      let key: string | undefined;
      let served = false;
      return {
        async responseForOperation(request) {
          if (request.operation.operation !== 'query') return null;
          key = await keyOf(request);
          const hit = key === undefined ? undefined : await store.get(key);
          if (hit === undefined) return null;
          served = true;
          stats.hits++;
          return { body: { kind: 'single', singleResult: JSON.parse(hit) as FormattedExecutionResult }, http: request.response.http };
        },
        async willSendResponse(request) {
          if (key === undefined || served || request.response.body.kind !== 'single') return;
          const result = request.response.body.singleResult;
          if (result.errors?.length || (request.response.http.status ?? 200) !== 200) return;
          // The catalogue moved while this answer was made: it may mix two versions, so it is not kept.
          if ((await keyOf(request)) !== key) return;
          await store.set(key, JSON.stringify(result), { ttl: ttl / 1000 });
          stats.stores++;
        },
      };
    },
  };
  return { plugin, stats };
}
