/**
 * How the GraphQL Lambda is bundled, shared by infra (constructs/api-function.ts through
 * stacks/api-stack.ts) and the benchmark (bench/lib/lambda.ts), so the benchmark measures the
 * bundle that is deployed.
 */

/**
 * Packages the Lambda loads only when asked for, installed beside its bundle instead of in it:
 * that keeps the bundle within its 1 MB budget and out of module init. The factsheet's PDF
 * library (it also reads its font metrics from its own files), the calendar feed's iCalendar writer
 * and time zones, and the query-string writer the knowledge publisher sends to Strapi with.
 */
export const GRAPHQL_NODE_MODULES: readonly string[] = ['pdfkit', 'ical-generator', '@date-fns/tz', 'qs'];

/**
 * esbuild aliases, relative to the repository root (esbuild resolves an alias's target from its
 * working directory).
 * - Apollo's usage-reporting protobuf (~200 KB) is only used by GraphOS reporting and inline
 *   traces, both off (api/src/server.ts): a stub that fails loudly takes its place.
 * - The schema is built with graphql-js alone (api/src/shared/executable-schema.ts): Apollo's
 *   import of @graphql-tools/schema (~250 KB) is never called.
 * - The Lambda integration require()s @apollo/server, which resolves to Apollo's CommonJS build
 *   while our code imports its ES module build: two Apollos (~93 KB more, and more to run at
 *   init). The alias gives both the ES module build (subpaths such as `/plugin/disabled` map
 *   to the same folders inside it).
 * - graphql-armor's token limit imports `graphql/language/parser`, which resolves to graphql's
 *   CommonJS file and with it a second copy of part of graphql-js (~44 KB): the ES module file.
 * - Apollo's hash helper falls back to a JavaScript SHA-256 (sha.js) inside a bundle, and hashes
 *   every query with it: Node's crypto instead (api/src/shared/apollo-createhash.ts).
 */
export const GRAPHQL_BUNDLE_ALIASES: Readonly<Record<string, string>> = {
  '@apollo/usage-reporting-protobuf': './api/src/shared/apollo-usage-reporting-stub.ts',
  '@graphql-tools/schema': './api/src/shared/graphql-tools-stub.ts',
  '@apollo/server': './node_modules/@apollo/server/dist/esm',
  'graphql/language/parser': './node_modules/graphql/language/parser.mjs',
  '@apollo/utils.createhash': './api/src/shared/apollo-createhash.ts',
};
