/**
 * The advisor's region dashboard in a real browser against the real API: every municipality of the
 * region is on the map with the figures regionReport gives, the blind spots listed are the API's,
 * a CSV export holds what the API answers, the factsheet PDF renders and reads, axe-core finds
 * nothing serious, and the map can be reached and read with the keyboard only.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
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

const placed = (m: Report['municipalities'][number]) => (m.municipality?.boundary.length ?? 0) > 0 || m.municipality?.latitude != null;

async function openDashboard(page: Page) {
  await page.goto('/inloggen');
  await page.locator(`[data-account="advisor:${REGION}"]`).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
  await page.getByRole('link', { name: 'Regio', exact: true }).click();
  await page.waitForURL('**/regio');
  await page.locator('[data-table="reach-per-municipality"]').waitFor();
}

/** A PNG of one colour, made here (zlib and a CRC32), so the tile server serves a real image. */
function solidPng(size: number, r: number, g: number, b: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const byte of buf) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: size }, () => [r, g, b]).flat())]);
  const pixels = zlib.deflateSync(Buffer.concat(Array.from({ length: size }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
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
    const keyOf = (s: Report['blindSpots'][number]) => `${s.municipalityCode}:${s.discipline}:${s.sector}`;
    expect(listed.map((i) => i.key)).toEqual(report.blindSpots.map(keyOf));
    expect(report.blindSpots.some((s) => s.suggestions.length > 0)).toBe(true);
    // Per sector: the discipline held for Haarlem's school is no blind spot for that school's sector.
    const heldIn = report.municipalities.find((m) => m.municipalityCode === 'GM0392')!.disciplines.find((d) => d.activities > 0)!;
    const haarlemSector = schools.find((x) => x.municipalityCode === 'GM0392')!.sector;
    expect(listed.map((i) => i.key)).not.toContain(`GM0392:${heldIn.discipline}:${haarlemSector}`);
    for (const spot of report.blindSpots) {
      const text = listed.find((i) => i.key === keyOf(spot))!.text;
      const sector = spot.sectorLabel.includes('(') ? spot.sectorLabel : spot.sectorLabel.toLowerCase();
      expect(text).toContain(
        `Geen ${spot.disciplineLabel.toLowerCase()} voor ${sector} in ${report.municipalities.find((m) => m.municipalityCode === spot.municipalityCode)!.name}`,
      );
      for (const s of spot.suggestions) expect(text).toContain(s.partnerName);
    }
    // Grouped per municipality, with their number.
    for (const m of report.municipalities) {
      const count = report.blindSpots.filter((s) => s.municipalityCode === m.municipalityCode).length;
      if (count)
        expect(await page.locator(`[data-blind-spots-of="${m.municipalityCode}"] summary`).textContent()).toBe(
          `${m.name}: ${count} blinde vlekken`,
        );
    }
    // In English the same sentence reads "No … for … in …".
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect
      .poll(() => page.getByTestId('blind-spots').locator('[data-blind-spot]').first().textContent())
      .toMatch(/^No .+ for .+ in .+\./);
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
    expect(new Set(blindRows.map((r) => `${r[1]}:${r[2]}:${r[3]}`))).toEqual(
      new Set(report.blindSpots.map((s) => `${s.municipalityCode}:${s.disciplineLabel}:${s.sectorLabel}`)),
    );
    expect(blindRows.filter((r) => r[4]).map((r) => `${r[1]}:${r[2]}:${r[3]}:${r[4]}`)).toEqual(
      report.blindSpots.flatMap((s) =>
        s.suggestions.map((x) => `${s.municipalityCode}:${s.disciplineLabel}:${s.sectorLabel}:${x.partnerName}`),
      ),
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

  it('draws no base map and asks no other host when no tile server is configured', async () => {
    const { page, problems, hosts } = await openPage(browser, stack.portalUrl);
    await openDashboard(page);
    await page.locator('[data-chart="bookings-by-status"] .region-plot svg').waitFor();
    expect(await page.locator('[data-tile]').count()).toBe(0);
    expect(await page.getByTestId('tile-attribution').count()).toBe(0);
    expect([...hosts]).toEqual([new URL(stack.portalUrl).host]);
    expect(problems).toEqual([]);
  });

  it('draws the tiles of a configured tile server under the map, with its attribution', async () => {
    // A tiny tile server on this machine: one generated 256×256 PNG for every tile asked.
    const png = solidPng(256, 0xcc, 0xe0, 0xc8);
    const asked: string[] = [];
    const tileServer = http.createServer((req, res) => {
      asked.push(req.url ?? '');
      const ok = /^\/\d+\/\d+\/\d+\.png$/.test(req.url ?? '');
      res.writeHead(ok ? 200 : 404, { 'content-type': 'image/png', 'access-control-allow-origin': '*' }).end(ok ? png : undefined);
    });
    await new Promise<void>((resolve) => tileServer.listen(0, '127.0.0.1', resolve));
    const tileOrigin = `http://127.0.0.1:${(tileServer.address() as AddressInfo).port}`;
    try {
      const portalUrl = await stack.startPortal({
        tiles: { url: `${tileOrigin}/{z}/{x}/{y}.png`, attribution: 'testtegels van deze test' },
      });
      const { page, problems, hosts } = await openPage(browser, portalUrl);
      const loaded: string[] = [];
      page.on('requestfinished', async (request) => {
        if (request.url().startsWith(tileOrigin) && (await request.response())?.status() === 200) loaded.push(request.url());
      });
      await openDashboard(page);
      const tiles = page.locator('[data-tile]');
      await expect.poll(() => tiles.count()).toBeGreaterThan(0);
      const keys = await tiles.evaluateAll((list) => list.map((t) => t.getAttribute('data-tile')!));
      await expect.poll(() => loaded.length).toBeGreaterThanOrEqual(keys.length);
      expect(new Set(asked)).toEqual(new Set(keys.map((k) => `/${k}.png`)));
      // Zoomed in on the region (Haarlem lies near 52.38 N, 4.64 E): level 9 or closer, tiles of the Netherlands.
      const [z, x] = keys[0]!.split('/').map(Number) as [number, number];
      expect(z).toBeGreaterThanOrEqual(9);
      expect((x / 2 ** z) * 360 - 180).toBeGreaterThan(3);
      expect(await page.getByTestId('tile-attribution').textContent()).toContain('testtegels van deze test');
      // The boundaries stay on top of the tiles, and the page asks only its own origin and the tile server.
      expect(await page.locator('[data-municipality] path').count()).toBe(3);
      expect([...hosts].sort()).toEqual([new URL(portalUrl).host, new URL(tileOrigin).host].sort());
      await page.locator('[data-chart="bookings-by-status"] .region-plot svg').waitFor();
      await checkPage(page, 'region-dashboard-tiles');
      expect(problems).toEqual([]);
    } finally {
      tileServer.closeAllConnections();
      await new Promise<void>((resolve) => tileServer.close(() => resolve()));
    }
  });

  it('lets an admin switch the region and shows that region with the figures regionReport gives for it', async () => {
    const admin = createClient({ url: stack.apiUrl, token: await stack.token({ role: 'ADMIN' }) });
    const other = (await admin.request(RegionDashboardDocument, { regionId: 'region-kunstgebouw' })).regionReport!;
    const hart = (await admin.request(RegionDashboardDocument, { regionId: REGION })).regionReport!;
    expect(other.municipalities.length).toBeGreaterThan(0);
    const { page, problems } = await openPage(browser, stack.portalUrl);
    await page.goto('/inloggen');
    await page.locator('[data-account="admin:admin"]').click();
    await page.waitForURL('**/regio');
    const selector = page.getByLabel('Regio', { exact: true });
    await selector.waitFor();
    const shows = async (report: Report) => {
      await expect
        .poll(() => page.locator('[data-municipality]').evaluateAll((l) => l.map((e) => e.getAttribute('data-municipality'))))
        .toEqual(report.municipalities.filter(placed).map((m) => m.municipalityCode));
      for (const m of report.municipalities) {
        const row = page.locator(`#gemeente-rij-${m.municipalityCode} td`);
        expect((await row.allTextContents()).slice(1)).toEqual(
          [m.schoolsTakingPart, m.schools, m.pupilsReached, m.pupilsEnrolled, m.activities].map(nl),
        );
        if (placed(m))
          expect(await page.locator(`[data-municipality="${m.municipalityCode}"]`).getAttribute('aria-label')).toContain(sentence(m));
      }
      expect(await page.getByTestId('blind-spots').locator('[data-blind-spot]').count()).toBe(report.blindSpots.length);
    };
    await selector.selectOption(REGION);
    await shows(hart);
    await selector.selectOption('region-kunstgebouw');
    await expect.poll(() => page.getByRole('heading', { level: 2, name: other.region!.name }).count()).toBe(1);
    await shows(other);
    expect(problems).toEqual([]);
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
