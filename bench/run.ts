/**
 * `npm run bench [-- --quick] [--seed 1]`: our GraphQL API against Strapi's own GraphQL plugin and
 * REST API, on the same generated catalogue and the same machine, plus the Lambda's bundle size and
 * cold start. Everything runs on 127.0.0.1, on free ports, with data in a temporary folder, and is
 * stopped at the end, on failure and on Ctrl-C. Results: bench/results/<mode>.md (and .json).
 */
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { createDynamoDb } from '@cmk/api/sources/dynamodb/client';
import { ensureTables } from '@cmk/api/sources/dynamodb/create-tables';
import { dynamoDbLocalArgs, freePort } from '@cmk/api/local/dynamodb-local';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { getDocument, listDocuments, putDocument } from '@cmk/api/sources/content/projection-store';
import type { MunicipalityDoc, OfferDoc } from '@cmk/api/domain/content';
import { createStrapiClient } from '@cmk/api/sources/strapi/client';
import { reconcile } from '@cmk/api/sync/reconcile';
import { schoolYearOf } from '@cmk/api/domain/vocabulary';
import { planCmsBuild, serverFingerprint } from '../scripts/lib/cms-build.ts';
import { bundleHandler, bundleLocalApi, coldStart } from './lib/lambda.ts';
import { measure, once, publishUnderLoad, type LoadResult } from './lib/load.ts';
import { writeScaledCatalogue } from './lib/scale.ts';
import { seedBenchParticipation } from './lib/participation.ts';
import { renderReport, type BenchReport } from './lib/report.ts';
import { httpOk, peakMemoryMiB, Services } from './lib/services.ts';
import { SYSTEM_LABEL, workloads, type System, type Workload } from './lib/workload.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const say = (line: string) => process.stdout.write(`${line}\n`);
const step = (line: string) => say(`\n[bench] ${line}`);

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
    hold: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  say('npm run bench [-- --quick] [--seed N] [--hold]');
  say('  --quick  smaller catalogue and shorter runs (under 3 minutes)');
  say('  --hold   seed, project and start everything, print the URLs and wait for Ctrl-C instead of measuring');
  process.exit(0);
}
const quick = args.quick!;
const seed = Number(args.seed);
const plan = quick
  ? {
      offers: 300,
      partners: 30,
      municipalities: 40,
      schools: 200,
      bookings: 1500,
      warmup: 1,
      duration: 2,
      coldRuns: 3,
      scales: [300, 3000],
      concurrencies: [16],
    }
  : {
      offers: 5000,
      partners: 300,
      municipalities: 40,
      schools: 2000,
      bookings: 20000,
      warmup: 3,
      duration: 10,
      coldRuns: 7,
      scales: [500, 5000, 50000],
      concurrencies: [1, 16],
    };
const PUBLISH_WATCH_SECONDS = 5;

const services = new Services(say);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cmk-bench-'));
let cleaning: Promise<void> | undefined;
const cleanup = () =>
  (cleaning ??= services.stop().finally(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    say(`\n[bench] ${signal}: stopping everything...`);
    void cleanup().finally(() => process.exit(130));
  });
}

async function main(): Promise<void> {
  const started = Date.now();
  const startedAt = new Date().toISOString();
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const [dynamoPort, cmsPort, apiPort] = [await freePort(), await freePort(), await freePort()];
  const dynamoEndpoint = `http://127.0.0.1:${dynamoPort}`;
  const cmsUrl = `http://127.0.0.1:${cmsPort}`;
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const tables = { content: 'bench-content', participation: 'bench-participation' };
  const awsEnv = {
    AWS_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
  say(`[bench] ${quick ? 'quick' : 'full'} run, data in ${dataDir}`);

  step(`DynamoDB Local (in memory) on port ${dynamoPort}`);
  const { client, doc } = createDynamoDb({ endpoint: dynamoEndpoint, region: 'eu-west-1' });
  await services.start({
    name: 'dynamodb',
    command: 'java',
    args: dynamoDbLocalArgs({ port: dynamoPort }),
    ready: async () => Boolean(await client.send(new ListTablesCommand({}))),
    readyTimeoutMs: 60_000,
    show: () => false,
  });
  await ensureTables(client, tables);

  step(`Strapi (production mode, SQLite) with its GraphQL plugin on port ${cmsPort}, writing the catalogue (${plan.offers} offers)`);
  const tokenFile = path.join(dataDir, 'cms', 'api-token');
  // Compiling the CMS takes most of a quick run: skip it when cms/dist is from the current sources.
  const cmsDir = path.join(ROOT, 'cms');
  const stampFile = path.join(ROOT, 'bench', 'dist', 'cms-server.stamp');
  const fingerprint = serverFingerprint(cmsDir);
  const compiled =
    fs.existsSync(path.join(cmsDir, 'dist', 'src')) &&
    (!planCmsBuild(cmsDir).server || (fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === fingerprint));
  const secret = () => randomBytes(24).toString('base64');
  const cms = await services.start({
    name: 'cms',
    command: process.execPath,
    args: ['--import', 'tsx', path.join(ROOT, 'bench', 'lib', 'cms-process.ts')],
    cwd: cmsDir,
    env: {
      APP_KEYS: [1, 2, 3, 4].map(() => randomBytes(16).toString('base64')).join(','),
      API_TOKEN_SALT: secret(),
      ADMIN_JWT_SECRET: secret(),
      TRANSFER_TOKEN_SALT: secret(),
      JWT_SECRET: secret(),
      ENCRYPTION_KEY: secret(),
      HOST: '127.0.0.1',
      PORT: String(cmsPort),
      DATABASE_FILENAME: path.join(dataDir, 'cms', 'data.db'),
      CMS_API_TOKEN_FILE: tokenFile,
      // The demo seed is left out: the generator makes the lists it needs, and the catalogue is the data.
      CMS_SEED: 'false',
      CMS_GRAPHQL_PLUGIN: 'true',
      CMS_LOG_LEVEL: 'warn',
      STRAPI_TELEMETRY_DISABLED: 'true',
      BROWSER: 'none',
      // As users deploy Strapi; on SQLite instead of PostgreSQL (bench/lib/cms-process.ts).
      NODE_ENV: 'production',
      // Production has no default super admin (cms/src/bootstrap/accounts.ts): a throwaway one per run.
      CMS_ADMIN_EMAIL: 'bench-admin@example.org',
      CMS_ADMIN_PASSWORD: randomBytes(18).toString('base64url'),
      BENCH_CMS_PORT: String(cmsPort),
      BENCH_CMS_COMPILE: compiled ? '0' : '1',
      BENCH_CATALOGUE: [plan.offers, plan.partners, plan.municipalities, seed].join(','),
    },
    ready: () => httpOk(`${cmsUrl}/_health`),
    readyTimeoutMs: 15 * 60_000,
  });

  fs.mkdirSync(path.dirname(stampFile), { recursive: true });
  fs.writeFileSync(stampFile, fingerprint);

  step('projecting the catalogue into DynamoDB (reconcile from Strapi REST)');
  let t = Date.now();
  const ticker = setInterval(() => say(`[bench] reconcile: still running (${Math.round((Date.now() - t) / 1000)} s)`), 10_000);
  const changes = await reconcile({
    store: { doc, tableName: tables.content },
    strapi: createStrapiClient(cmsUrl, fs.readFileSync(tokenFile, 'utf8').trim()),
  }).finally(() => clearInterval(ticker));
  say(`[bench] reconcile: ${changes.length} documents projected in ${seconds(t)}`);

  const contentStore = { doc, tableName: tables.content };
  const offers = (await listDocuments<OfferDoc>(contentStore, 'offer', 'nl')).map((d) => d.document);
  const municipalities = new Map(
    (await listDocuments<MunicipalityDoc>(contentStore, 'municipality', 'nl')).map(({ document: m }) => [m.id, m.name]),
  );
  const schoolYear = schoolYearOf(new Date());
  step(`participation: ${plan.schools} schools, ${plan.bookings} bookings in ${schoolYear} (BatchWriteItem)`);
  t = Date.now();
  const participation = await seedBenchParticipation(
    { doc, tableName: tables.participation },
    offers.map((o) => ({
      id: o.id,
      partnerId: o.partner?.id ?? '',
      capacity: o.capacity ?? null,
      municipalityCodes: o.municipalityCodes,
      disciplines: o.disciplines,
      sectors: o.sectors,
    })),
    municipalities,
    { schools: plan.schools, bookings: plan.bookings, seed, schoolYear },
    (line) => say(`[bench] ${line}`),
  );
  say(`[bench] participation written in ${seconds(t)}`);

  const apiEnv = {
    ...awsEnv,
    // As the Lambda runs (infra/lib/constructs/api-function.ts).
    NODE_ENV: 'production',
    STAGE: 'local',
    LOG_LEVEL: 'WARN',
    DYNAMODB_ENDPOINT: dynamoEndpoint,
    CONTENT_TABLE: tables.content,
    PARTICIPATION_TABLE: tables.participation,
    LOCAL_JWKS_FILE: path.join(dataDir, 'keys', 'jwks.json'),
    CMK_DATA_DIR: dataDir,
  };
  step('our API bundled as the Lambda is (esbuild, minified, AWS SDK and the packages beside it from node_modules)');
  const localApi = await bundleLocalApi(ROOT, path.join(ROOT, 'bench', 'dist', 'api'));
  /** Our API (the Lambda handler behind the local adapter, one bundled file run by plain node) over one content table. */
  const startApi = (name: string, port: number, env: Record<string, string>) =>
    services.start({
      name,
      command: process.execPath,
      args: [localApi.file],
      cwd: ROOT,
      env: { ...apiEnv, ...env, API_PORT: String(port) },
      ready: () =>
        httpOk(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ __typename }' }),
        }),
      readyTimeoutMs: 120_000,
    });
  step(`our API (Lambda handler behind the local adapter, response cache on, as deployed) on port ${apiPort}`);
  const api = await startApi('api', apiPort, {});

  step('choosing the parameters: the busiest municipality, its most common discipline and sector');
  const params = await chooseParams(apiUrl, offers);
  // The chosen parameters are asked again below: those answers must not be served from the choosing.
  say(`[bench] municipality ${params.municipality}, discipline ${params.discipline}, sector ${params.sector}, text "${params.text}"`);
  if (args.hold) {
    say(`[bench] holding: our API ${apiUrl}/graphql, Strapi ${cmsUrl}/graphql and ${cmsUrl}/api; Ctrl-C stops everything`);
    await new Promise(() => undefined);
  }
  const all = workloads(params);
  const base: Record<System, string> = { ours: apiUrl, 'strapi-graphql': cmsUrl, 'strapi-rest': cmsUrl };
  const matches: BenchReport['matches'] = {};
  for (const w of all) {
    const n = w.count(await once(base[w.system], w.requests[0]!));
    (matches[w.query] ??= {})[w.system] = n;
  }
  for (const [query, bySystem] of Object.entries(matches)) {
    const counts = new Set(Object.values(bySystem));
    say(
      `[bench] ${query}: ${Object.entries(bySystem)
        .map(([s, n]) => `${s} ${n}`)
        .join(', ')}${counts.size > 1 ? '  (DIFFERENT)' : ''}`,
    );
  }

  // The scale table: the search itself (response cache off), at three catalogue sizes, each against
  // the floor of the same process, plus a publish under load.
  const scale: BenchReport['scale'] = [];
  const publishes: BenchReport['publishes'] = [];
  const scaleMemory: BenchReport['scaleMemory'] = [];
  const floor = floorWorkload();
  const scaleQueries = all.filter(
    (w) => w.system === 'ours' && ['by-municipality', 'three-filters+facets', 'by-municipality+figures'].includes(w.query),
  );
  let largestTable: string | undefined;
  for (const size of plan.scales) {
    const content = size === plan.offers ? tables.content : `bench-content-${size}`;
    if (size !== plan.offers) {
      step(`scale: a catalogue of ${size.toLocaleString('en-US')} offers from the generated one (table ${content})`);
      t = Date.now();
      await writeScaledCatalogue(client, contentStore, { doc, tableName: content }, size, (line) => say(`[bench] ${line}`));
      say(`[bench] written in ${seconds(t)}`);
    }
    largestTable = content;
    const port = await freePort();
    step(`scale ${size.toLocaleString('en-US')}: our API without the response cache on port ${port}`);
    t = Date.now();
    const scaled = await startApi(`api-${size}`, port, { CONTENT_TABLE: content, RESPONSE_CACHE_MB: '0' });
    const url = `http://127.0.0.1:${port}`;
    // The first search loads the catalogue (and writes its snapshot): outside the measurement.
    await once(url, scaleQueries[0]!.requests[0]!, 900_000);
    say(`[bench] ready with its catalogue in ${seconds(t)}`);
    for (const w of [floor, ...scaleQueries]) {
      process.stdout.write(`[bench] scale ${size} ${w.query.padEnd(24)} c=16 ${plan.warmup} s warm-up + ${plan.duration} s... `);
      const result = await measure(url, w.requests, 16, plan.warmup, plan.duration);
      scale.push({ offers: size, query: w.query, ...result });
      say(
        `${Math.round(result.rps)} req/s, p50 ${result.p50} p95 ${result.p95} p99 ${result.p99} ms${result.failures ? `, ${result.failures} FAILED` : ''}`,
      );
    }
    process.stdout.write(`[bench] scale ${size} publish under load (c=16)... `);
    const published = await publishUnder(url, { doc, tableName: content }, scaleQueries[0]!.requests, size, params);
    publishes.push(published);
    say(
      `max ${ms(published.maxMs)} ms, p99 ${ms(published.p99Ms)} ms, visible after ${published.visibleMs === null ? 'never' : `${Math.round(published.visibleMs)} ms`}`,
    );
    scaleMemory.push({ offers: size, peakMiB: peakMemoryMiB(scaled.pid) });
    await services.stopOne(`api-${size}`);
  }

  const runs: BenchReport['runs'] = [];
  const total = (all.length + 1) * plan.concurrencies.length;
  for (const connections of plan.concurrencies) {
    for (const w of [floor, ...all]) {
      const label = `${String(runs.length + 1).padStart(2)}/${total} ${SYSTEM_LABEL[w.system].padEnd(14)} ${w.query.padEnd(24)} c=${String(connections).padEnd(2)}`;
      process.stdout.write(`[bench] ${label} ${plan.warmup} s warm-up + ${plan.duration} s... `);
      const result: LoadResult = await measure(base[w.system], w.requests, connections, plan.warmup, plan.duration);
      runs.push({ system: w.system, query: w.query, ...result });
      say(
        `${Math.round(result.rps)} req/s, p50 ${result.p50} p95 ${result.p95} p99 ${result.p99} ms${result.failures ? `, ${result.failures} FAILED` : ''}`,
      );
    }
  }
  const apiPeakMiB = peakMemoryMiB(api.pid);
  const cmsPeakMiB = peakMemoryMiB(cms.pid);

  step('the GraphQL Lambda: bundle (esbuild as infra does) and cold start in fresh node processes');
  const bundle = await bundleHandler(ROOT, path.join(ROOT, 'bench', 'dist', 'graphql'));
  say(`[bench] bundle: ${bundle.bytes} bytes (${(bundle.bytes / 1e6).toFixed(3)} MB)`);
  const searchQuery = `{ offers(first: 20, filter: { municipalityCodes: ["${params.municipality}"], disciplines: [${params.discipline}] }) { totalCount edges { node { id title partner { name } } } } }`;
  const coldEnv = {
    PATH: process.env.PATH,
    ...awsEnv,
    // As deployed: a deployed stage (no explorer), tokens from a JWKS URL that anonymous requests never fetch.
    NODE_ENV: 'production',
    STAGE: 'dev',
    JWT_ISSUER: 'cmk-bench',
    JWT_AUDIENCE: 'cmk-bench',
    JWKS_URL: 'http://127.0.0.1:9/jwks.json',
    LOG_LEVEL: 'WARN',
    DYNAMODB_ENDPOINT: dynamoEndpoint,
    CONTENT_TABLE: tables.content,
    PARTICIPATION_TABLE: tables.participation,
  };
  const cold = await coldStart(bundle.file, coldEnv, searchQuery, plan.coldRuns);
  say(
    `[bench] cold start: import ${Math.round(cold.importMs)} ms, init + first answer ${Math.round(cold.initMs)} ms, first search ${Math.round(cold.firstSearchMs)} ms`,
  );
  const largest = plan.scales.at(-1)!;
  const coldLargest =
    largestTable && largest !== plan.offers
      ? await coldStart(bundle.file, { ...coldEnv, CONTENT_TABLE: largestTable }, searchQuery, Math.min(3, plan.coldRuns), {
          searchOnly: true,
        })
      : undefined;
  if (coldLargest) say(`[bench] cold start at ${largest} offers: first search ${Math.round(coldLargest.firstSearchMs)} ms`);

  step('stopping the services');
  await cleanup();

  const report: BenchReport = {
    mode: quick ? 'quick' : 'full',
    startedAt,
    totalSeconds: (Date.now() - started) / 1000,
    catalogue: { offers: plan.offers, partners: plan.partners, municipalities: plan.municipalities, seed },
    participation: { ...participation, schoolYear },
    params: { municipality: params.municipality, discipline: params.discipline, sector: params.sector, text: params.text },
    warmupSeconds: plan.warmup,
    durationSeconds: plan.duration,
    matches,
    runs,
    apiPeakMiB,
    cmsPeakMiB,
    bundleBytes: bundle.bytes,
    coldStart: cold,
    coldStartRuns: plan.coldRuns,
    coldStartLargest: coldLargest
      ? { offers: largest, firstSearchMs: coldLargest.firstSearchMs, runs: Math.min(3, plan.coldRuns) }
      : undefined,
    scale,
    scaleMemory,
    publishes,
  };
  const outDir = path.join(ROOT, 'bench', 'results');
  const file = path.join(outDir, `${report.mode}.md`);
  // Formatted as the repository's format check wants it, so the result can be committed as is.
  const markdown = await format(renderReport(report), { ...(await resolveConfig(file)), filepath: file });
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(file, markdown);
  fs.writeFileSync(path.join(outDir, `${report.mode}.json`), JSON.stringify(report, null, 2));
  say(`\n${markdown}`);
  say(`[bench] written to bench/results/${report.mode}.md (and .json) in ${seconds(started)}`);
}

/** The busiest municipality, then its most common discipline, then the most common sector under both. */
async function chooseParams(apiUrl: string, offers: readonly OfferDoc[]) {
  const facets = async (filter: string) => {
    const body = JSON.stringify({
      query: `{ offers(first: 1, filter: ${filter}) { facets { municipalities { value count } disciplines { value count } sectors { value count } } } }`,
    });
    const json = (await once(apiUrl, { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body })) as {
      data: { offers: { facets: Record<'municipalities' | 'disciplines' | 'sectors', { value: string; count: number }[]> } };
    };
    return json.data.offers.facets;
  };
  const top = (buckets: { value: string; count: number }[]) =>
    [...buckets].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))[0]!.value;
  const municipality = top((await facets('{}')).municipalities);
  const discipline = top((await facets(`{ municipalityCodes: ["${municipality}"] }`)).disciplines);
  const sector = top((await facets(`{ municipalityCodes: ["${municipality}"], disciplines: [${discipline}] }`)).sectors);
  // Fifty offers spread over the catalogue, in a fixed order, for the by-id query.
  const ids = [...offers].map((o) => o.id).sort();
  const step = Math.max(1, Math.floor(ids.length / 50));
  const offerIds = ids.filter((_, i) => i % step === 0).slice(0, 50);
  return { municipality, discipline, sector, text: 'zingen', offerIds };
}

/** The floor: what the handler costs with no work at all (Apollo, the adapter, HTTP). */
function floorWorkload() {
  return {
    system: 'ours' as const,
    query: 'floor' as const,
    requests: [
      {
        method: 'POST' as const,
        path: '/graphql',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      },
    ],
  };
}

/**
 * One editor's publish while 16 clients search: the first offer of the measured list gets a new
 * title, written as the sync endpoint writes it (a newer version, the catalogue version moved in
 * the same transaction), and a probe asks for that offer until the new title shows.
 */
async function publishUnder(
  url: string,
  store: { doc: DynamoDBDocumentClient; tableName: string },
  requests: Workload['requests'],
  offers: number,
  params: { municipality: string },
) {
  const first = (await once(url, requests[0]!)) as { data: { offers: { edges: { node: { id: string } }[] } } };
  const id = first.data.offers.edges[0]!.node.id;
  const stored = (await getDocument<OfferDoc>(store, 'offer', id, 'nl'))!;
  const title = `${stored.document.title} (updated ${new Date().toISOString()})`;
  void params;
  return publishUnderLoad({
    baseUrl: url,
    requests,
    connections: 16,
    warmupSeconds: plan.warmup,
    watchSeconds: PUBLISH_WATCH_SECONDS,
    offers,
    publish: async () => {
      await putDocument(store, { ...stored.document, title }, stored.version + 1);
    },
    probe: {
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: 'query($id: ID!) { offer(id: $id) { title } }', variables: { id } }),
    },
    changed: (json) => (json as { data?: { offer?: { title?: string } } }).data?.offer?.title === title,
  });
}

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

main()
  .catch(async (error: Error) => {
    process.stderr.write(`\n[bench] failed: ${error.stack ?? error.message}\n`);
    process.exitCode = 1;
  })
  .finally(() => cleanup().then(() => process.exit()));
