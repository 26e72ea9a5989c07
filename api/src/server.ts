import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLFormattedError } from 'graphql';
import type { Context } from './context.ts';
import type { Env } from './env.ts';
import { typeDefs } from './generated/type-defs.ts';
import { costLimitPlugin } from './http/cost.ts';
import { explorerPlugin } from './http/explorer.ts';
import { refusalStatusPlugin } from './http/status.ts';
import { varyPlugin } from './http/vary.ts';
import { resolvers } from './resolvers.ts';
import { isUserFacing } from './shared/errors.ts';
import { executableSchema } from './shared/executable-schema.ts';
import { operationPlugin } from './shared/operation-plugin.ts';
import { createResponseCache, type ResponseCache } from './shared/response-cache.ts';
import { trustedDocumentsPlugin, trustedDocumentsStore } from './shared/trusted-documents.ts';

/** Longer documents are refused by the parser itself (HTTP 400, GRAPHQL_VALIDATION_FAILED as every limit). */
export const MAX_TOKENS = 2000;

/**
 * Builds the ApolloServer used by the Lambda handler, the local adapter and the tests.
 * `responseCache`: the cache of public answers (shared/response-cache.ts); by default one sized
 * by RESPONSE_CACHE_MB, none when that is 0 or `false` is passed.
 */
export function createServer(env: Env, { responseCache }: { responseCache?: ResponseCache | false } = {}): ApolloServer<Context> {
  const cache = responseCache ?? (env.RESPONSE_CACHE_MB > 0 && createResponseCache({ maxMegabytes: env.RESPONSE_CACHE_MB }));
  const armor = new ApolloArmor({
    maxDepth: { n: 10 },
    maxAliases: { n: 15 },
    // Cost needs the schema (cheap catalogue fields, page sizes from variables): http/cost.ts.
    costLimit: { enabled: false },
    // The token limit is graphql-js's own parse option below: armor's throws from a plugin hook, which Apollo answers with 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: 20 },
    blockFieldSuggestion: { enabled: !env.isLocal },
  });
  const protection = armor.protect();

  return new ApolloServer<Context>({
    schema: executableSchema(typeDefs, resolvers),
    introspection: env.isLocal,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: !env.isLocal,
    plugins: [
      ...(protection.plugins as ApolloServerPlugin<Context>[]),
      // GraphiQL from node_modules, inlined: the explorer works offline (local and test stages only).
      env.isLocal ? explorerPlugin() : ApolloServerPluginLandingPageDisabled(),
      costLimitPlugin<Context>(),
      refusalStatusPlugin<Context>(),
      varyPlugin<Context>(),
      // Federation inline traces are for Apollo GraphOS, which we do not use (and the Lambda bundle leaves out).
      ApolloServerPluginInlineTraceDisabled(),
      // Cache-Control is set by operationPlugin; Apollo's hint plugin would only add a hook to every field.
      ApolloServerPluginCacheControlDisabled(),
      operationPlugin(),
      trustedDocumentsPlugin<Context>(env.TRUSTED_DOCUMENTS),
      ...(cache ? [cache.plugin] : []),
    ],
    // Hashes resolve only to trusted documents (client/README.md); nothing is registered at run time.
    persistedQueries: { cache: trustedDocumentsStore() },
    validationRules: protection.validationRules,
    parseOptions: { maxTokens: MAX_TOKENS },
    formatError: maskError,
  });
}

/** Nothing internal leaves the process: only errors written for users keep their message. */
export function maskError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  // The parser enforces MAX_TOKENS; like the depth and alias limits it is a validation refusal (CONTRACT's codes).
  if (formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' && /more tha[nt] \d+ tokens/.test(formatted.message)) {
    return { ...formatted, extensions: { ...formatted.extensions, code: 'GRAPHQL_VALIDATION_FAILED' } };
  }
  const code = formatted.extensions?.code;
  if (isUserFacing((error as { originalError?: unknown })?.originalError ?? error)) return formatted;
  if (code && code !== 'INTERNAL_SERVER_ERROR') {
    // Apollo's own request errors (validation, parse, bad request) are safe to show.
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
