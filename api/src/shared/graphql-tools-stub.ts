/**
 * Stands in for `@graphql-tools/schema` in the Lambda bundle (esbuild alias, see
 * infra/lib/constructs/api-function.ts). Apollo imports it for servers built from `typeDefs`;
 * ours is built from a ready schema (executable-schema.ts), so this is never called. Calling it
 * anyway fails loudly.
 */
export function makeExecutableSchema(): never {
  throw new Error('@graphql-tools/schema is not part of this bundle: pass a built schema to ApolloServer');
}
