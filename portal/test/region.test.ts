/**
 * The advisor's region dashboard in a real browser against the real API: every municipality of the
 * region is on the map with the figures regionReport gives, the blind spots listed are the API's,
 * a CSV export holds what the API answers, the factsheet PDF renders and reads, axe-core finds
 * nothing serious, and the map can be reached and read with the keyboard only.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  ConfirmBookingDocument,
  createClient,
  MarkBookingHeldDocument,
  RegionDashboardDocument,
  RequestBookingDocument,
  type RegionDashboardQuery,
} from '@cmk/client';
import { launchBrowser, type Browser, type Page } from '@cmk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue, schools, startPortalStack, type PortalStack } from '../src/testing/stack.ts';
import { checkPage, openPage, RESULTS_DIR } from './support.ts';

let stack: PortalStack;
let browser: Browser;
const REGION = 'region-hart';
type Report = NonNullable<RegionDashboardQuery['regionReport']>;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startPortalStack(), launchBrowser()]);
  // One activity held in Haarlem, so the map has pupils reached to show and not only zeros.
  const school = schools.find((s) => s.municipalityCode === 'GM0392')!;
  const offer = catalogue.offers.find((o) => o.partner && o.capacity === null && o.sectors.includes('BO'))!;
  const schoolApi = createClient({ url: stack.apiUrl, token: await stack.token({ role: 'SCHOOL', schoolId: school.id }) });
  const partnerApi = createClient({ url: stack.apiUrl, token: await stack.token({ role: 'PARTNER', partnerId: offer.partner!.id }) });
  const { booking } = (
    await schoolApi.request(RequestBookingDocument, {
      input: { offerId: offer.id, schoolId: school.id, groups: [{ grade: 6, pupils: 24 }], idempotencyKey: 'region-test' },
    })
  ).requestBooking;
  await partnerApi.request(ConfirmBookingDocument, { id: booking.id });
  await partnerApi.request(MarkBookingHeldDocument, { id: booking.id, pupilsReached: 23, heldOn: new Date().toISOString().slice(0, 10) });
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function expected(): Promise<Report> {
  const advisor = createClient({ url: stack.apiUrl, token: await stack.token({ role: 'ADVISOR', regionId: REGION }) });
  const report = (await advisor.request(RegionDashboardDocument)).regionReport!;
  expect(report.municipalities.length).toBe(3);
  return report;
}

const nl = (n: number) => n.toLocaleString('nl-NL');
const sentence = (m: { name?: string | null; schoolsTakingPart: number; schools: number; pupilsReached: number; pupilsEnrolled: number }) =>
  `${m.name}: ${nl(m.schoolsTakingPart)} van ${nl(m.schools)} scholen doen mee; ${nl(m.pupilsReached)} van ${nl(m.pupilsEnrolled)} leerlingen bereikt`;

async function openDashboard(page: Page) {
  await page.goto('/inloggen');
  await page.locator(`[data-account="advisor:${REGION}"]`).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
  await page.getByRole('link', { name: 'Regio', exact: true }).click();
  await page.waitForURL('**/regio');
  await page.locator('[data-table="reach-per-municipality"]').waitFor();
}

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cmk-download-')), file.suggestedFilename());
  await file.saveAs(target);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(target) };
}

describe('the region dashboard', () => {
  it('draws every municipality of the region from its CBS boundary with the figures of regionReport, and marks its blind spots', async () => {
    const report = await expected();
    const haarlem = report.municipalities.find((m) => m.municipalityCode === 'GM0392')!;
    expect(haarlem.pupilsReached).toBe(23);
    const { page, problems } = await openPage(browser, stack.portalUrl);
    await openDashboard(page);

    const places = page.locator('[data-municipality]');
    await expect.poll(() => places.count()).toBe(report.municipalities.length);
    for (const m of report.municipalities) {
      expect(m.municipality?.boundary.length, `${m.name} has a boundary`).toBeGreaterThan(0);
      const place = page.locator(`[data-municipality="${m.municipalityCode}"]`);
      expect(await place.getAttribute('aria-label')).toContain(sentence(m));
      // A real choropleth: the boundary is a path, not a stand-in circle.
      expect(await place.locator('path').count()).toBe(1);
      const spots = report.blindSpots.filter((s) => s.municipalityCode === m.municipalityCode).length;
      expect(await place.locator('[data-blind-spots]').getAttribute('data-blind-spots')).toBe(String(spots));
      const row = page.locator(`#gemeente-rij-${m.municipalityCode}`);
      expect(await row.locator('td').nth(1).textContent()).toBe(nl(m.schoolsTakingPart));
    }
    // Haarlem has pupils reached, so it is coloured darker than a municipality without any.
    const fill = (code: string) => page.locator(`[data-municipality="${code}"] path`).getAttribute('fill');
    const none = report.municipalities.find((m) => m.pupilsReached === 0)!;
    expect(await fill('GM0392')).not.toBe(await fill(none.municipalityCode));

    // Hover shows the figures; switching the map to one discipline shows that discipline's.
    await page.locator('[data-municipality="GM0392"]').hover();
    await expect.poll(() => page.getByTestId('map-figures').textContent()).toContain(sentence(haarlem));
    const discipline = haarlem.disciplines.find((d) => d.activities > 0)!;
    await page.getByLabel('Kaart toont').selectOption(`discipline:${discipline.discipline}`);
    await expect
      .poll(() => page.locator('[data-municipality="GM0392"]').getAttribute('aria-label'))
      .toContain(
        `Haarlem, ${discipline.label}: ${discipline.activities} activiteiten; 23 van ${nl(haarlem.pupilsEnrolled)} leerlingen bereikt`,
      );
    await page.getByLabel('Kaart toont').selectOption('all');

    await page.locator('[data-chart="bookings-by-status"] .region-plot svg').waitFor();
    await checkPage(page, 'region-dashboard');
    expect(problems).toEqual([]);
  });

  it('lists the blind spots the API gives, with its suggested partners', async () => {
    const report = await expected();
    const { page } = await openPage(browser, stack.portalUrl);
    await openDashboard(page);
    const listed = await page
      .getByTestId('blind-spots')
      .locator('[data-blind-spot]')
      .evaluateAll((items) => items.map((i) => ({ key: i.getAttribute('data-blind-spot'), text: i.textContent ?? '' })));
    expect(listed.map((i) => i.key)).toEqual(report.blindSpots.map((s) => `${s.municipalityCode}:${s.discipline}`));
    expect(report.blindSpots.some((s) => s.suggestions.length > 0)).toBe(true);
    for (const spot of report.blindSpots) {
      const text = listed.find((i) => i.key === `${spot.municipalityCode}:${spot.discipline}`)!.text;
      expect(text).toContain(`Geen ${spot.disciplineLabel.toLowerCase()} gehouden in`);
      for (const s of spot.suggestions) expect(text).toContain(s.partnerName);
    }
  });

  it('exports the reach table and the blind spots as CSV (UTF-8 with BOM, ;) equal to the API answer', async () => {
    const report = await expected();
    const { page } = await openPage(browser, stack.portalUrl);
    await openDashboard(page);
    const reach = await download(page, () => page.locator('[data-csv="reach-per-municipality"]').click());
    expect(reach.name).toBe(`reach-per-municipality-${report.schoolYear}.csv`);
    expect([...reach.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = reach.bytes
      .toString('utf8')
      .slice(1)
      .trimEnd()
      .split('\r\n')
      .map((l) => l.split(';'));
    expect(header).toEqual(['Gemeente', 'CBS', 'Scholen die meedoen', 'Scholen', 'Leerlingen bereikt', 'Leerlingen', 'Activiteiten']);
    expect(rows).toEqual(
      report.municipalities.map((m) =>
        [m.name, m.municipalityCode, m.schoolsTakingPart, m.schools, m.pupilsReached, m.pupilsEnrolled, m.activities].map(String),
      ),
    );
    fs.writeFileSync(path.join(RESULTS_DIR, 'region-reach.csv'), reach.bytes);

    const blind = await download(page, () => page.locator('[data-csv="blind-spots"]').click());
    const blindRows = blind.bytes
      .toString('utf8')
      .slice(1)
      .trimEnd()
      .split('\r\n')
      .slice(1)
      .map((l) => l.split(';'));
    expect(blindRows.length).toBe(report.blindSpots.reduce((n, s) => n + Math.max(1, s.suggestions.length), 0));
    expect(new Set(blindRows.map((r) => `${r[1]}:${r[2]}`))).toEqual(
      new Set(report.blindSpots.map((s) => `${s.municipalityCode}:${s.disciplineLabel}`)),
    );

    // A chart's table, too: bookings by status as the API counts them.
    await page.locator('[data-chart="bookings-by-status"]').waitFor();
    const status = await download(page, () => page.locator('[data-csv="bookings-by-status"]').click());
    const statusRows = status.bytes
      .toString('utf8')
      .slice(1)
      .trimEnd()
      .split('\r\n')
      .slice(1)
      .map((l) => l.split(';'));
    expect(statusRows).toEqual(report.totals.bookingsByStatus.map((s) => [s.label, String(s.count)]));
  });

  it('opens a municipality from the map and downloads its factsheet PDF, which renders and names it with its reach', async () => {
    const report = await expected();
    const haarlem = report.municipalities.find((m) => m.municipalityCode === 'GM0392')!;
    const { page, problems } = await openPage(browser, stack.portalUrl);
    await openDashboard(page);
    await page.locator('[data-municipality="GM0392"]').click();
    await page.getByTestId('municipality-panel').waitFor();
    expect(await page.getByRole('heading', { name: 'Gemeente Haarlem' }).count()).toBe(1);
    const pdf = await download(page, () => page.locator('[data-factsheet="GM0392"]').click());
    expect(pdf.name).toBe(`factsheet-GM0392-${report.schoolYear}.pdf`);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cmk-factsheet-'));
    fs.writeFileSync(path.join(dir, 'factsheet.pdf'), pdf.bytes);
    expect(execFileSync('pdfinfo', [path.join(dir, 'factsheet.pdf')], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-singlefile',
      path.join(dir, 'factsheet.pdf'),
      path.join(RESULTS_DIR, 'factsheet-GM0392'),
    ]);
    expect(fs.statSync(path.join(RESULTS_DIR, 'factsheet-GM0392.png')).size).toBeGreaterThan(5_000);
    const text = execFileSync('pdftotext', ['-layout', path.join(dir, 'factsheet.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Factsheet Haarlem');
    expect(text).toContain(report.schoolYear);
    expect(text).toContain(
      `${nl(haarlem.schoolsTakingPart)} / ${nl(haarlem.schools)} scholen doen mee · ${nl(haarlem.pupilsReached)} / ${nl(haarlem.pupilsEnrolled)} leerlingen bereikt`,
    );
    await checkPage(page, 'region-municipality');
    expect(problems).toEqual([]);
  });

  it('reaches and reads every municipality with the keyboard only, and Enter opens it', async () => {
    const report = await expected();
    const { page } = await openPage(browser, stack.portalUrl);
    await openDashboard(page);
    const reached = new Map<string, string>();
    for (let i = 0; i < 40 && reached.size < report.municipalities.length; i++) {
      await page.keyboard.press('Tab');
      const code = await page.evaluate(() => document.activeElement?.getAttribute('data-municipality') ?? null);
      if (code) reached.set(code, (await page.getByTestId('map-figures').textContent()) ?? '');
    }
    expect([...reached.keys()].sort()).toEqual(report.municipalities.map((m) => m.municipalityCode).sort());
    for (const m of report.municipalities) expect(reached.get(m.municipalityCode)).toContain(sentence(m));
    const last = [...reached.keys()].at(-1)!;
    await page.keyboard.press('Enter');
    await page.getByTestId('municipality-panel').waitFor();
    // Focus moves to the opened municipality's heading, so a screen reader reads where it is.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`gemeente-${last}-h`);
  });

  it('is not for schools', async () => {
    const { page } = await openPage(browser, stack.portalUrl);
    await page.goto('/inloggen');
    await page.locator(`[data-account="school:${schools[0]!.id}"]`).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
    expect(await page.getByRole('link', { name: 'Regio', exact: true }).count()).toBe(0);
    await page.goto('/regio');
    await page.getByText('Deze pagina is voor een andere rol dan waarmee u bent ingelogd.').waitFor();
    expect(await page.locator('[data-municipality]').count()).toBe(0);
  });
});
