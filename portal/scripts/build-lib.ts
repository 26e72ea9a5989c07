/**
 * Building the portal: Vite's production build, then the JavaScript budget of the search page,
 * and a fingerprint of the inputs so `npm start` rebuilds only when the sources changed (like the
 * Strapi admin, scripts/lib/cms-build.ts).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const PORTAL_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DIST_DIR = path.join(PORTAL_DIR, 'dist');
/** The search page's JavaScript on a first visit, gzipped: the issue's budget. */
export const BUDGET_BYTES = 200 * 1024;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

export interface BudgetReport {
  readonly files: readonly { file: string; gzipBytes: number }[];
  readonly totalGzipBytes: number;
  readonly budgetBytes: number;
  readonly ok: boolean;
}

/**
 * What a first visit of the search page loads: the entry chunk and everything it imports
 * statically (the search route is in it); lazily loaded routes are not counted, they load later.
 */
export function measureBudget(distDir = DIST_DIR, budgetBytes = BUDGET_BYTES): BudgetReport {
  const manifestFile = path.join(distDir, '.vite', 'manifest.json');
  if (!fs.existsSync(manifestFile)) throw new Error(`${manifestFile} is missing: build the portal first (npm run build -w portal).`);
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Record<string, ManifestChunk>;
  const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry);
  if (!entry) throw new Error('The Vite manifest has no entry chunk.');
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key]?.imports ?? []) visit(next);
  };
  visit(entry[0]);
  const files = [...seen]
    .map((key) => manifest[key]!.file)
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({ file, gzipBytes: gzipSync(fs.readFileSync(path.join(distDir, file)), { level: 9 }).length }));
  const totalGzipBytes = files.reduce((sum, f) => sum + f.gzipBytes, 0);
  return { files, totalGzipBytes, budgetBytes, ok: totalGzipBytes <= budgetBytes };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function hashTree(hash: ReturnType<typeof createHash>, target: string): void {
  if (!fs.existsSync(target)) return;
  const stat = fs.statSync(target);
  if (stat.isDirectory()) {
    for (const entry of fs.readdirSync(target).sort()) hashTree(hash, path.join(target, entry));
  } else {
    hash.update(path.relative(PORTAL_DIR, target)).update(fs.readFileSync(target));
  }
}

/** The inputs of the bundle: the portal's sources and settings, and the client's generated documents. */
export function portalFingerprint(): string {
  const hash = createHash('sha256');
  for (const part of ['src', 'index.html', 'vite.config.ts', 'package.json', '../client/src']) hashTree(hash, path.join(PORTAL_DIR, part));
  return hash.digest('hex');
}

const stampFile = () => path.join(DIST_DIR, '.cmk-build.json');

export function portalBuildNeeded(): boolean {
  try {
    const stamp = JSON.parse(fs.readFileSync(stampFile(), 'utf8')) as { fingerprint?: string };
    return !fs.existsSync(path.join(DIST_DIR, 'index.html')) || stamp.fingerprint !== portalFingerprint();
  } catch {
    return true;
  }
}

export function recordPortalBuild(): void {
  fs.writeFileSync(stampFile(), JSON.stringify({ fingerprint: portalFingerprint() }));
}

/** Vite's production build into portal/dist, then the budget; throws when the search page is over it. */
export async function buildPortal(options: { logLevel?: 'info' | 'warn' | 'silent' } = {}): Promise<BudgetReport> {
  const { build } = await import('vite');
  await build({ root: PORTAL_DIR, configFile: path.join(PORTAL_DIR, 'vite.config.ts'), logLevel: options.logLevel ?? 'info' });
  const report = measureBudget();
  if (!report.ok) {
    throw new Error(
      `The search page loads ${kb(report.totalGzipBytes)} of JavaScript gzipped, over the budget of ${kb(report.budgetBytes)}: ` +
        `${report.files.map((f) => `${f.file} ${kb(f.gzipBytes)}`).join(', ')}. Move code behind a lazy route or drop a dependency.`,
    );
  }
  recordPortalBuild();
  return report;
}
