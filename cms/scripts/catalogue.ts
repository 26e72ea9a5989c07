/**
 * Fills the CMS with a large, deterministic catalogue for the benchmark and load tests.
 *
 *   npm run catalogue -w cms -- --offers 5000 --partners 300 --municipalities 40 --seed 1 [--replace]
 *
 * Writes into the local stack's database (.data/cms/data.db) unless DATABASE_FILENAME says otherwise.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';

const appDir = path.resolve(__dirname, '..');
const distDir = path.join(appDir, 'dist');
const load = createRequire(__filename);

function settings() {
  const { values } = parseArgs({
    options: {
      offers: { type: 'string', default: '5000' },
      partners: { type: 'string', default: '300' },
      municipalities: { type: 'string', default: '40' },
      seed: { type: 'string', default: '1' },
      replace: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log('npm run catalogue -w cms -- [--offers 5000] [--partners 300] [--municipalities 40] [--seed 1] [--replace]');
    process.exit(0);
  }
  const int = (name: string, value: string, min: number) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number of at least ${min}, got "${value}"`);
    return n;
  };
  return {
    offers: int('offers', values.offers!, 0),
    partners: int('partners', values.partners!, 1),
    municipalities: int('municipalities', values.municipalities!, 1),
    seed: int('seed', values.seed!, 0),
    replace: values.replace!,
  };
}

/** The same secrets and database as `npm start`, so the generated catalogue shows up there. */
function environment() {
  const dataDir = path.resolve(appDir, '..', '.data', 'cms');
  process.env.DATABASE_FILENAME ||= path.join(dataDir, 'data.db');
  const secretsFile = path.join(dataDir, 'secrets.json');
  const secrets = fs.existsSync(secretsFile) ? JSON.parse(fs.readFileSync(secretsFile, 'utf8')) : {};
  for (const name of ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY'])
    process.env[name] ||= secrets[name] || `catalogue-${name.toLowerCase()}-0123456789`;
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  fs.mkdirSync(path.dirname(process.env.DATABASE_FILENAME), { recursive: true });
}

function progressBar(done: number, total: number, what: string) {
  const width = 30;
  const filled = total ? Math.round((width * done) / total) : width;
  const pct = total ? Math.floor((100 * done) / total) : 100;
  process.stderr.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(pct).padStart(3)}% ${done}/${total} ${what}    `);
  if (done >= total) process.stderr.write('\n');
}

async function main() {
  const options = settings();
  environment();
  const { compileStrapi, createStrapi } = load('@strapi/strapi');
  await compileStrapi({ appDir });
  const strapi = await createStrapi({ appDir, distDir, serveAdminPanel: false, autoReload: false }).load();
  strapi.log.level = 'warn';
  try {
    const { generateCatalogue } = load(path.join(distDir, 'src', 'catalogue', 'generate.js'));
    console.log(
      `catalogue: seed ${options.seed}: ${options.offers} offers, ${options.partners} partners, ${options.municipalities} municipalities into ${process.env.DATABASE_FILENAME}`,
    );
    const result = await generateCatalogue(strapi, { ...options, onProgress: progressBar });
    console.log(`catalogue: done in ${(result.ms / 1000).toFixed(1)} s`);
  } finally {
    await strapi.destroy();
  }
}

main().catch((error) => {
  console.error(`catalogue: ${String(error.message).slice(-400)}`);
  process.exit(1);
});
