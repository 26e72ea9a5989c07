import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

function hashTree(hash: ReturnType<typeof createHash>, target: string, skip: (p: string) => boolean): void {
  if (!fs.existsSync(target) || skip(target)) return;
  const stat = fs.statSync(target);
  if (stat.isDirectory()) {
    for (const entry of fs.readdirSync(target).sort()) hashTree(hash, path.join(target, entry), skip);
  } else {
    hash.update(target).update(fs.readFileSync(target));
  }
}

function fingerprint(cmsDir: string, parts: readonly string[], skip: (p: string) => boolean = () => false): string {
  const hash = createHash('sha256');
  for (const part of parts) hashTree(hash, path.join(cmsDir, part), skip);
  const strapiPkg = path.join(cmsDir, '..', 'node_modules', '@strapi', 'strapi', 'package.json');
  if (fs.existsSync(strapiPkg)) hash.update(JSON.parse(fs.readFileSync(strapiPkg, 'utf8')).version as string);
  return hash.digest('hex');
}

const adminDir = (cmsDir: string) => path.join(cmsDir, 'src', 'admin');

/** What the admin panel bundle depends on: its own sources and the installed Strapi. */
export const adminFingerprint = (cmsDir: string) => fingerprint(cmsDir, ['src/admin', 'package.json']);

/** What the compiled server code depends on: everything but the admin sources. */
export const serverFingerprint = (cmsDir: string) =>
  fingerprint(cmsDir, ['src', 'config', 'tsconfig.json', 'package.json'], (p) => p.startsWith(adminDir(cmsDir)));

export interface BuildPlan {
  readonly admin: boolean;
  readonly server: boolean;
}

const stampFile = (cmsDir: string) => path.join(cmsDir, 'dist', '.cmk-build.json');

/** Decides what to rebuild: the admin only when it is missing or its inputs changed (it takes a minute). */
export function planCmsBuild(cmsDir: string): BuildPlan {
  let stamp: { admin?: string; server?: string } = {};
  try {
    stamp = JSON.parse(fs.readFileSync(stampFile(cmsDir), 'utf8'));
  } catch {
    // no stamp yet: build everything
  }
  const adminBuilt = fs.existsSync(path.join(cmsDir, 'dist', 'build', 'index.html'));
  return {
    admin: !adminBuilt || stamp.admin !== adminFingerprint(cmsDir),
    server: !fs.existsSync(path.join(cmsDir, 'dist', 'src')) || stamp.server !== serverFingerprint(cmsDir),
  };
}

export function recordCmsBuild(cmsDir: string): void {
  fs.writeFileSync(stampFile(cmsDir), JSON.stringify({ admin: adminFingerprint(cmsDir), server: serverFingerprint(cmsDir) }));
}
