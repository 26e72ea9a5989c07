/**
 * The GraphQL Lambda as it is deployed: api/src/handler.ts bundled with the options of
 * infra/lib/constructs/api-function.ts (ESM, node22, minified, AWS SDK v3 from the runtime, the
 * packages and aliases of infra/lib/graphql-bundle.ts), its size, and its cold start measured in
 * fresh Node processes.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { GRAPHQL_BUNDLE_ALIASES, GRAPHQL_NODE_MODULES } from '../../infra/lib/graphql-bundle.ts';

export interface BundleResult {
  readonly file: string;
  readonly bytes: number;
}

export async function bundleHandler(root: string, outDir: string): Promise<BundleResult> {
  return bundle(root, path.join(root, 'api', 'src', 'handler.ts'), path.join(outDir, 'index.mjs'), 'node22');
}

/**
 * The local API (api/src/local/main.ts: the same handler behind the HTTP adapter) bundled the same
 * way, for Node 20 on this machine: the benchmark's API processes run this file with plain `node`,
 * as Lambda runs the bundle, so their speed and memory are not those of a TypeScript loader.
 */
export async function bundleLocalApi(root: string, outDir: string): Promise<BundleResult> {
  return bundle(root, path.join(root, 'api', 'src', 'local', 'main.ts'), path.join(outDir, 'main.mjs'), 'node20');
}

async function bundle(root: string, entry: string, file: string, target: string): Promise<BundleResult> {
  await build({
    entryPoints: [entry],
    outfile: file,
    bundle: true,
    platform: 'node',
    target,
    format: 'esm',
    minify: true,
    charset: 'utf8',
    mainFields: ['module', 'main'],
    // The AWS SDK from the runtime, and the packages infra installs beside the bundle (loaded on first use).
    external: ['@aws-sdk/*', ...GRAPHQL_NODE_MODULES],
    // As infra bundles it: stubs, and one copy of Apollo and graphql-js.
    alias: Object.fromEntries(Object.entries(GRAPHQL_BUNDLE_ALIASES).map(([from, to]) => [from, path.join(root, to)])),
    banner: {
      js: "import { createRequire as __cmkCreateRequire } from 'node:module'; const require = __cmkCreateRequire(import.meta.url);",
    },
    logLevel: 'error',
  });
  return { file, bytes: fs.statSync(file).size };
}

export interface ColdStart {
  /** import() of the bundle: module scope (env, clients, Apollo server). */
  readonly importMs: number;
  /** import() plus the answer to a first `{ __typename }` request (Apollo's start, the context). */
  readonly initMs: number;
  /** import() plus a first offer search: also loads the catalogue from DynamoDB. */
  readonly firstSearchMs: number;
  /** require() of the AWS SDK clients alone: the part of the init the bundle leaves to the runtime. */
  readonly awsSdkMs: number;
}

/** A probe run by a fresh `node`: times the import and the first answer, prints them as JSON. */
const PROBE = `
const t0 = performance.now();
if (process.env.BENCH_SDK_ONLY) {
  // As the bundle loads them (api/src/sources/dynamodb/sdk.ts): require(), from beside the bundle.
  const { createRequire } = await import('node:module');
  const load = createRequire(process.env.BENCH_BUNDLE);
  load('@aws-sdk/client-dynamodb');
  load('@aws-sdk/lib-dynamodb');
  process.stdout.write(JSON.stringify({ imported: performance.now() - t0, answered: performance.now() - t0 }));
  process.exit(0);
}
const { handler } = await import(process.env.BENCH_BUNDLE);
const imported = performance.now() - t0;
const event = (query) => ({
  version: '2.0', routeKey: '$default', rawPath: '/graphql', rawQueryString: '',
  headers: { 'content-type': 'application/json', accept: 'application/json' },
  requestContext: { accountId: 'bench', apiId: 'bench', domainName: 'localhost', domainPrefix: 'localhost', requestId: 'cold-' + Math.random(),
    routeKey: '$default', stage: '$default', time: new Date().toISOString(), timeEpoch: Date.now(),
    http: { method: 'POST', path: '/graphql', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'bench' } },
  body: JSON.stringify({ query }), isBase64Encoded: false,
});
const context = { awsRequestId: 'cold', functionName: 'bench', getRemainingTimeInMillis: () => 10000, callbackWaitsForEmptyEventLoop: false };
const first = await handler(event(process.env.BENCH_QUERY), context);
const answered = performance.now() - t0;
if (first.statusCode !== 200 || JSON.parse(first.body).errors) throw new Error('cold request failed: ' + first.body);
process.stdout.write(JSON.stringify({ imported, answered }));
`;

async function probe(
  file: string,
  query: string,
  env: NodeJS.ProcessEnv,
  sdkOnly = false,
): Promise<{ imported: number; answered: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', PROBE], {
      // The bundle resolves @aws-sdk from the repository's node_modules, as Lambda does from its runtime.
      cwd: path.dirname(file),
      env: { ...env, BENCH_BUNDLE: file, BENCH_QUERY: query, ...(sdkOnly ? { BENCH_SDK_ONLY: '1' } : {}) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.once('exit', (code) => {
      if (code === 0) resolve(JSON.parse(out));
      else reject(new Error(`cold start probe failed (exit ${code}): ${err.slice(-600)}`));
    });
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Medians of `runs` fresh processes each, for the two first requests (`searchOnly`: the first search alone). */
export async function coldStart(
  file: string,
  env: NodeJS.ProcessEnv,
  searchQuery: string,
  runs: number,
  { searchOnly = false } = {},
): Promise<ColdStart> {
  const init: Array<{ imported: number; answered: number }> = [];
  const search: number[] = [];
  const sdk: number[] = [];
  for (let i = 0; i < runs; i++) search.push((await probe(file, searchQuery, env)).answered);
  if (searchOnly) return { importMs: NaN, initMs: NaN, firstSearchMs: median(search), awsSdkMs: NaN };
  for (let i = 0; i < runs; i++) init.push(await probe(file, '{ __typename }', env));
  for (let i = 0; i < runs; i++) sdk.push((await probe(file, '', env, true)).imported);
  return {
    importMs: median(init.map((r) => r.imported)),
    initMs: median(init.map((r) => r.answered)),
    firstSearchMs: median(search),
    awsSdkMs: median(sdk),
  };
}
