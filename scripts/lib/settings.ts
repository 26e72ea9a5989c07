import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface LocalSettings {
  readonly root: string;
  readonly dataDir: string;
  readonly inMemory: boolean;
  readonly ports: { readonly api: number; readonly cms: number; readonly dynamodb: number; readonly portal: number };
  readonly tables: { readonly content: string; readonly participation: string };
  readonly admin: { readonly email: string; readonly password: string };
  readonly editor: { readonly email: string; readonly password: string };
  readonly partner: { readonly email: string; readonly password: string };
  readonly cms: {
    readonly databaseFile: string;
    readonly apiTokenFile: string;
    /** The API's publish token: approved proposals become knowledge items (knowledge items only). */
    readonly publishTokenFile: string;
    readonly secretsFile: string;
  };
}

/**
 * The ports the Fetch Standard blocks ("bad ports"): Node's fetch refuses them with "bad port",
 * so Strapi's outbox, the health checks and the portal could never reach a service on one.
 */
export const FETCH_BLOCKED_PORTS: ReadonlySet<number> = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110, 111, 113, 115, 117,
  119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636,
  989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new Error(`${name}=${raw} is not a port number (1-65535).`);
  }
  if (FETCH_BLOCKED_PORTS.has(value)) {
    throw new Error(`${name}=${raw} is a port that fetch refuses to call ("bad port"); choose another, e.g. ${name}=${value + 1}.`);
  }
  return value;
}

/** Every setting of the local stack, from the environment and the command line, with defaults. */
export function localSettings(env: NodeJS.ProcessEnv = process.env, argv: readonly string[] = []): LocalSettings {
  const dataDir = path.resolve(ROOT, env.CMK_DATA_DIR || '.data');
  return {
    root: ROOT,
    dataDir,
    inMemory: argv.includes('--in-memory') || env.DYNAMODB_IN_MEMORY === '1' || env.DYNAMODB_IN_MEMORY === 'true',
    ports: {
      api: port(env, 'API_PORT', 4000),
      cms: port(env, 'CMS_PORT', 1337),
      dynamodb: port(env, 'DYNAMODB_PORT', 8000),
      portal: port(env, 'PORTAL_PORT', 3000),
    },
    tables: {
      content: env.CONTENT_TABLE || 'cmk-local-content',
      participation: env.PARTICIPATION_TABLE || 'cmk-local-participation',
    },
    admin: { email: env.CMS_ADMIN_EMAIL || 'admin@cmk.local', password: env.CMS_ADMIN_PASSWORD || 'Welkom-admin-1' },
    editor: { email: env.CMS_EDITOR_EMAIL || 'redacteur@cmk.local', password: env.CMS_EDITOR_PASSWORD || 'Welkom-redacteur-1' },
    partner: { email: env.CMS_PARTNER_EMAIL || 'partner@cmk.local', password: env.CMS_PARTNER_PASSWORD || 'Welkom-partner-1' },
    cms: {
      databaseFile: path.join(dataDir, 'cms', 'data.db'),
      apiTokenFile: path.join(dataDir, 'cms', 'api-token'),
      publishTokenFile: path.join(dataDir, 'cms', 'publish-token'),
      secretsFile: path.join(dataDir, 'cms', 'secrets.json'),
    },
  };
}

const SECRET_NAMES = ['API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY', 'SYNC_SECRET'] as const;

/** Strapi's secrets for this machine: made once on first start, kept in the git-ignored data folder. */
export function cmsSecrets(file: string): Record<string, string> {
  const existing = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>) : undefined;
  // A data folder from before a secret existed gets the missing ones added, keeping the others.
  if (existing && SECRET_NAMES.every((name) => existing[name])) return existing;
  const secrets: Record<string, string> = existing ?? {
    APP_KEYS: [1, 2, 3, 4].map(() => randomBytes(16).toString('base64')).join(','),
  };
  for (const name of SECRET_NAMES) secrets[name] ??= randomBytes(24).toString('base64');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
