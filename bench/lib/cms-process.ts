/**
 * Child process of the benchmark: one Strapi, in-process, that first writes the generated
 * catalogue (the CMS's own generator, cms/src/catalogue/generate.ts) and then serves it over
 * HTTP with its REST API and its GraphQL plugin. One boot instead of two saves half a minute.
 *
 * Settings come from the environment (see strapiEnv in services.ts) plus BENCH_CATALOGUE
 * ("offers,partners,municipalities,seed") and BENCH_CMS_PORT. Prints "cms ready" when it listens.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'cms');
const distDir = path.join(cmsDir, 'dist');
const load = createRequire(path.join(cmsDir, 'package.json'));
const say = (line: string) => process.stdout.write(`${line}\n`);

interface StrapiLike {
  load(): Promise<StrapiLike>;
  destroy(): Promise<void>;
  log: { level: string };
  server: { listen(port: number, host: string, cb: () => void): void };
}

async function main(): Promise<void> {
  const [offers, partners, municipalities, seed] = (process.env.BENCH_CATALOGUE ?? '5000,300,40,1').split(',').map(Number);
  const port = Number(process.env.BENCH_CMS_PORT);
  const { compileStrapi, createStrapi } = load('@strapi/strapi') as {
    compileStrapi(options: { appDir: string }): Promise<unknown>;
    createStrapi(options: Record<string, unknown>): StrapiLike;
  };

  let started = Date.now();
  if (process.env.BENCH_CMS_COMPILE !== '0') {
    say('compiling the CMS (TypeScript to cms/dist; skipped next time while the sources stay the same)...');
    await compileStrapi({ appDir: cmsDir });
    say(`compiled in ${seconds(started)}`);
  }
  const servedDist = process.env.NODE_ENV === 'production' ? productionOnSqlite() : distDir;
  say(`booting Strapi (NODE_ENV=${process.env.NODE_ENV ?? 'development'}) on a fresh SQLite file (schema, lists, API token)...`);
  started = Date.now();
  const strapi = await createStrapi({ appDir: cmsDir, distDir: servedDist, serveAdminPanel: false, autoReload: false }).load();
  const stop = () => void strapi.destroy().finally(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  say(`Strapi loaded in ${seconds(started)}`);

  started = Date.now();
  const { generateCatalogue } = load(path.join(servedDist, 'src', 'catalogue', 'generate.js')) as {
    generateCatalogue(strapi: StrapiLike, options: Record<string, unknown>): Promise<unknown>;
  };
  say(`catalogue: ${offers} offers, ${partners} partners, ${municipalities} municipalities (seed ${seed})`);
  let shown = -1;
  await generateCatalogue(strapi, {
    offers,
    partners,
    municipalities,
    seed,
    onProgress: (done: number, total: number) => {
      const tenth = total ? Math.floor((10 * done) / total) : 10;
      if (tenth === shown) return;
      shown = tenth;
      say(`catalogue: ${String(tenth * 10).padStart(3)}% of ${total} rows`);
    },
  });
  say(`catalogue written in ${seconds(started)}`);

  await new Promise<void>((resolve) => strapi.server.listen(port, '127.0.0.1', resolve));
  say(`cms ready on http://127.0.0.1:${port}`);
}

/**
 * Strapi as users deploy it (NODE_ENV=production) but on the benchmark's SQLite file: a copy of
 * cms/dist without the production database and upload settings (PostgreSQL on RDS, S3), which
 * need AWS. The production server and middleware settings stay. Inside bench/dist, so packages
 * resolve from the repository's node_modules.
 */
function productionOnSqlite(): string {
  const target = path.join(cmsDir, '..', 'bench', 'dist', 'cms-production');
  fs.rmSync(target, { recursive: true, force: true });
  fs.cpSync(distDir, target, { recursive: true });
  for (const file of ['database', 'plugins']) {
    for (const ext of ['.js', '.js.map']) fs.rmSync(path.join(target, 'config', 'env', 'production', file + ext), { force: true });
  }
  return target;
}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

main().catch((error: Error) => {
  process.stderr.write(`cms failed: ${error.stack ?? error.message}\n`);
  process.exit(1);
});
