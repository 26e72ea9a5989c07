import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser, type Browser } from '@cmk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planCmsBuild, recordCmsBuild } from '../../scripts/lib/cms-build.ts';
import { runOfferFlow } from './support/admin-flow';
import { CMS_DIR } from './support/env';
import { startStrapi, type TestStrapi } from './support/strapi';

const ARTIFACTS = path.join(CMS_DIR, 'test-results', 'admin-browser');

let app: TestStrapi;
let browser: Browser;

beforeAll(async () => {
  // The admin panel is a static build (npx strapi build, about a minute): made when missing or when its
  // sources changed since the last build (an old build would test an old admin config), like npm start does.
  if (!fs.existsSync(path.join(CMS_DIR, 'dist', 'build', 'index.html')) || planCmsBuild(CMS_DIR).admin) {
    execFileSync('npx', ['strapi', 'build'], {
      cwd: CMS_DIR,
      stdio: 'inherit',
      env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' },
    });
    recordCmsBuild(CMS_DIR);
  }
  fs.rmSync(ARTIFACTS, { recursive: true, force: true });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  app = await startStrapi('browser', {}, { admin: true });
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the editor in the admin', () => {
  it('creates an offer with two disciplines and a municipality, publishes it and finds it filtered by discipline', async () => {
    const dance = await app.strapi.db.query('api::discipline.discipline').findOne({ where: { code: 'DANCE' } });
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    // The platform calls no one home: not the release check, not analytics, not a font CDN.
    const outside: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!/^(data|blob):/.test(url) && new URL(url).hostname !== '127.0.0.1') outside.push(url);
    });
    const title = 'Dansen en trommelen op het plein';
    try {
      const { row, table, url } = await runOfferFlow(page, {
        baseUrl: app.url,
        email: 'redacteur@cmk.local',
        password: 'Welkom-redacteur-1',
        title,
        slug: 'dansen-en-trommelen-op-het-plein',
        partner: 'Casca Heemstede',
        disciplines: ['Dans', 'Muziek'],
        municipality: 'Heemstede',
        filterDiscipline: dance.name,
        screenshotDir: ARTIFACTS,
      });
      expect(row).toContain(title);
      expect(row).toContain('Casca Heemstede');
      expect(row).toContain('Gepubliceerd');
      expect(url).toContain('filters[$and][0][disciplines][name][$eq]=Dans');
      // Other dance offers from the seed are listed, music-only offers are not.
      expect(table).toContain('Dans in de klas');
      expect(table).not.toContain('Popkoor op school');
    } catch (error) {
      await page.screenshot({ path: path.join(ARTIFACTS, 'failure.png') });
      throw error;
    }
    expect(outside).toEqual([]);

    const stored = await app.strapi.documents('api::offer.offer' as any).findFirst({
      filters: { title },
      status: 'published',
      locale: 'nl',
      populate: { disciplines: true, municipalities: true, partner: true },
    } as any);
    expect(stored.disciplines.map((d: any) => d.code).sort()).toEqual(['DANCE', 'MUSIC']);
    expect(stored.municipalities.map((m: any) => m.code)).toEqual(['GM0397']);
    expect(stored.slug).toBe('dansen-en-trommelen-op-het-plein');
    expect(fs.existsSync(path.join(ARTIFACTS, '3-list-filtered-by-discipline.png'))).toBe(true);
  }, 420_000);
});
