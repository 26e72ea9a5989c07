import os from 'node:os';
import type { ColdStart } from './lambda.ts';
import type { LoadResult } from './load.ts';
import { QUERY_LABEL, SYSTEM_LABEL, SYSTEMS, type QueryName, type System } from './workload.ts';

export interface BenchReport {
  readonly mode: 'quick' | 'full';
  readonly startedAt: string;
  readonly totalSeconds: number;
  readonly catalogue: { offers: number; partners: number; municipalities: number; seed: number };
  readonly participation: { schools: number; bookings: number; offerFigures: number; schoolYear: string };
  readonly params: { municipality: string; discipline: string; sector: string; text: string };
  readonly warmupSeconds: number;
  readonly durationSeconds: number;
  /** Items that match per query and system, from one answer each: the systems must agree. */
  readonly matches: Partial<Record<QueryName, Partial<Record<System, number>>>>;
  readonly runs: Array<{ system: System; query: QueryName } & LoadResult>;
  readonly apiPeakMiB: number | null;
  readonly cmsPeakMiB: number | null;
  readonly bundleBytes: number;
  readonly coldStart: ColdStart;
  readonly coldStartRuns: number;
}

const QUERIES = Object.keys(QUERY_LABEL) as QueryName[];
const f0 = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '–');
const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');
const ratio = (a?: LoadResult, b?: LoadResult) => (a && b && b.rps > 0 ? `**${(a.rps / b.rps).toFixed(1)}×**` : '–');
const lat = (r?: LoadResult) => (r ? `${f1(r.p50)} / ${f1(r.p95)} / ${f1(r.p99)}` : '–');

export function machine(): string {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
}

export function renderReport(r: BenchReport): string {
  const find = (system: System, query: QueryName, connections: number) =>
    r.runs.find((x) => x.system === system && x.query === query && x.connections === connections);
  const lines: string[] = [];
  const push = (...l: string[]) => lines.push(...l);
  push(
    `# Benchmark: our API against Strapi's GraphQL and REST (${r.mode})`,
    '',
    `- When: ${r.startedAt}, ${f0(r.totalSeconds)} s in all`,
    `- Machine: ${machine()}; shared with other work while it ran, so figures are noisy`,
    `- Data: ${f0(r.catalogue.offers)} generated offers (+ none of the demo seed), ${r.catalogue.partners} partners, ${r.catalogue.municipalities} municipalities (seed ${r.catalogue.seed}); ${f0(r.participation.schools)} schools, ${f0(r.participation.bookings)} bookings in ${r.participation.schoolYear} (figures on ${f0(r.participation.offerFigures)} offers)`,
    `- Parameters: municipality ${r.params.municipality}, discipline ${r.params.discipline}, sector ${r.params.sector}, text "${r.params.text}"`,
    `- Load: autocannon under continuous load per row: ${r.warmupSeconds} s warm-up, then the answers of the next ${r.durationSeconds} s counted; one connection per client, no pipelining; latency in ms (p50 / p95 / p99)`,
    '',
  );
  for (const connections of [1, 16]) {
    push(
      `## Concurrency ${connections}`,
      '',
      '| query | our API req/s | our p50 / p95 / p99 | Strapi GraphQL req/s | p50 / p95 / p99 | ours ÷ Strapi GraphQL | Strapi REST req/s | p50 / p95 / p99 | ours ÷ Strapi REST |',
      '|---|--:|--:|--:|--:|--:|--:|--:|--:|',
    );
    for (const query of QUERIES) {
      const ours = find('ours', query, connections);
      const sgql = find('strapi-graphql', query, connections);
      const rest = find('strapi-rest', query, connections);
      // The figures row has no Strapi counterpart: compare it with Strapi's plain list.
      const base = query === 'by-municipality+figures' ? 'by-municipality' : query;
      const sgqlBase = sgql ?? find('strapi-graphql', base, connections);
      const restBase = rest ?? find('strapi-rest', base, connections);
      push(
        `| ${QUERY_LABEL[query]} | ${ours ? f0(ours.rps) : '–'} | ${lat(ours)} | ${sgql ? f0(sgql.rps) : '(n/a)'} | ${lat(sgql)} | ${ratio(ours, sgqlBase)} | ${rest ? f0(rest.rps) : '(n/a)'} | ${lat(rest)} | ${ratio(ours, restBase)} |`,
      );
    }
    push('');
  }
  const failed = r.runs.filter((x) => x.failures > 0);
  if (failed.length) {
    push(
      '**Rows with failed requests** (non-2xx, errors or timeouts):',
      ...failed.map((x) => `- ${SYSTEM_LABEL[x.system]}, ${x.query}, concurrency ${x.connections}: ${x.failures}`),
      '',
    );
  }

  push('## Same answers', '', '| query | ' + SYSTEMS.map((s) => SYSTEM_LABEL[s]).join(' | ') + ' |', '|---|--:|--:|--:|');
  for (const query of QUERIES) push(`| ${query} | ${SYSTEMS.map((s) => r.matches[query]?.[s] ?? '–').join(' | ')} |`);
  push('', 'Items that match (lists: total count; by id: found in one answer). The systems must agree.', '');

  const c16 = find('ours', 'by-municipality', 16);
  const s16 = find('strapi-graphql', 'by-municipality', 16);
  const x = c16 && s16 && s16.rps > 0 ? c16.rps / s16.rps : NaN;
  const ok = (pass: boolean) => (pass ? 'met' : '**missed**');
  const mb = r.bundleBytes / 1e6;
  push(
    '## Lambda and memory',
    '',
    '| what | measured | target |',
    '|---|--:|---|',
    `| offers by municipality and discipline, ours ÷ Strapi GraphQL at concurrency 16 | ${f1(x)}× | ≥ 10× (${ok(x >= 10)}) |`,
    `| offers by municipality and discipline, our p95 at concurrency 16 | ${f1(c16?.p95 ?? NaN)} ms | < 20 ms (${ok((c16?.p95 ?? Infinity) < 20)}) |`,
    `| GraphQL Lambda bundle (esbuild, ESM, node22, minified, AWS SDK external) | ${mb.toFixed(3)} MB (${(r.bundleBytes / 1024 ** 2).toFixed(3)} MiB) | < 1 MB (${ok(mb < 1)}) |`,
    `| module init: import the bundle + answer \`{ __typename }\`, fresh node, median of ${r.coldStartRuns} | ${f0(r.coldStart.initMs)} ms (import alone ${f0(r.coldStart.importMs)} ms) | < 150 ms (${ok(r.coldStart.initMs < 150)}) |`,
    `| of which importing the AWS SDK v3 clients (in AWS: from the runtime), fresh node, median of ${r.coldStartRuns} | ${f0(r.coldStart.awsSdkMs)} ms | – |`,
    `| first offer search in a fresh process (also loads the catalogue from DynamoDB), median of ${r.coldStartRuns} | ${f0(r.coldStart.firstSearchMs)} ms | – |`,
    `| API process peak memory (VmHWM, local adapter) | ${r.apiPeakMiB === null ? '–' : `${f0(r.apiPeakMiB)} MiB`} | – |`,
    `| Strapi process peak memory (VmHWM, includes writing the catalogue) | ${r.cmsPeakMiB === null ? '–' : `${f0(r.cmsPeakMiB)} MiB`} | – |`,
    '',
    'Targets are read from this report, never asserted in tests. See bench/results/README.md for how to read it.',
    '',
  );
  return lines.join('\n');
}
