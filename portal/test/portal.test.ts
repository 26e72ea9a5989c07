/**
 * The portal in a real browser against the real API: a school finds and books an offer, its
 * partner confirms it, the school sees it confirmed; the same search with the keyboard only; the
 * language switch; axe-core on every page that matters.
 */
import { ConfirmBookingDocument, createClient, OffersDocument, RequestBookingDocument, SchoolBookingsDocument } from '@cmk/client';
import { launchBrowser, type Browser, type Page } from '@cmk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue, schools, startPortalStack, type PortalStack } from '../src/testing/stack.ts';
import { checkPage, openPage } from './support.ts';

let stack: PortalStack;
let browser: Browser;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startPortalStack(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** The filter the tests use: the municipality with the most offers, and a discipline within it. */
async function chooseFilter() {
  const api = createClient({ url: stack.apiUrl });
  const all = (await api.request(OffersDocument, { first: 1 })).offers;
  const municipality = [...all.facets.municipalities].sort((a, b) => b.count - a.count)[0]!;
  const within = (await api.request(OffersDocument, { first: 1, filter: { municipalityCodes: [municipality.value] } })).offers;
  const discipline = within.facets.disciplines.filter((d) => d.count > 0).sort((a, b) => a.count - b.count)[0]!;
  const both = (
    await api.request(OffersDocument, {
      first: 1,
      filter: { municipalityCodes: [municipality.value], disciplines: [discipline.value as never] },
    })
  ).offers;
  expect(both.totalCount).toBeGreaterThan(0);
  expect(both.totalCount).toBeLessThan(all.totalCount);
  return { municipality, discipline, totalCount: both.totalCount, allCount: all.totalCount };
}

const countText = (page: Page) => page.getByTestId('result-count');
/** The heading's exact text for a count: "6" must not pass while "60 aanbiedingen" still shows. */
const countLabel = (count: number) => (count === 1 ? '1 aanbieding gevonden' : `${count} aanbiedingen gevonden`);

async function signIn(page: Page, account: string): Promise<void> {
  await page.goto('/inloggen');
  await page.locator(`[data-account="${account}"]`).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect.poll(() => page.getByRole('link', { name: 'Inloggen' }).count()).toBe(1);
}

describe('a school, end to end', () => {
  it('filters, books once despite a lost answer and a double click, is confirmed by the partner, and may then cancel but not evaluate', async () => {
    const filter = await chooseFilter();
    const { page, problems, hosts } = await openPage(browser, stack.portalUrl);

    await page.goto('/');
    await expect.poll(() => countText(page).textContent()).toBe(countLabel(filter.allCount));
    await checkPage(page, 'search');

    await page.getByRole('group', { name: 'Gemeente' }).getByLabel(filter.municipality.label).check();
    await page.getByRole('group', { name: 'Discipline' }).getByLabel(filter.discipline.label).check();
    await expect
      .poll(() => countText(page).textContent())
      .toBe(filter.totalCount === 1 ? '1 aanbieding gevonden' : `${filter.totalCount} aanbiedingen gevonden`);
    // The filter is the URL: opening it anew shows the same result.
    const shared = page.url();
    expect(new URL(shared).searchParams.getAll('gemeente')).toEqual([filter.municipality.value]);
    await page.goto(shared);
    await expect.poll(() => countText(page).textContent()).toBe(countLabel(filter.totalCount));

    const firstResult = page.locator('.portal-results li').first().getByRole('link');
    const title = (await firstResult.textContent())!;
    await firstResult.click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
    const offerId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    const offer = catalogue.offers.find((o) => o.id === offerId)!;
    await checkPage(page, 'offer');

    const school = schools[0]!;
    await page.getByRole('link', { name: 'Log in als school om dit aanbod aan te vragen.' }).click();
    await page.locator(`[data-account="school:${school.id}"]`).waitFor();
    await checkPage(page, 'sign-in');
    await page.locator(`[data-account="school:${school.id}"]`).click();
    await page.waitForURL(`**/aanbod/${encodeURIComponent(offerId)}`);

    const form = page.locator('.portal-booking');
    // Sent empty: the fields say what is missing, and nothing is sent.
    await form.getByRole('button', { name: 'Aanmelding versturen' }).click();
    await form.getByText('Vul een aantal leerlingen in van 1 tot en met 500.').waitFor({ state: 'visible' });
    await form.getByLabel('Groep of leerjaar').selectOption('6');
    await form.getByLabel('Aantal leerlingen').fill('27');
    await form.getByLabel('Leraar (niet verplicht)').fill('Juf Demo');
    await form.getByLabel('Voorkeursdatum 1').fill('2026-03-17');
    await form.getByLabel('Opmerking voor de aanbieder (niet verplicht)').fill('Gegenereerde testaanmelding.');
    await checkPage(page, 'booking');

    // The first answer is lost on the way back: the API booked, the browser saw a network error.
    let lost = false;
    await page.route('**/graphql', async (route) => {
      if (!lost && route.request().postData()?.includes('"RequestBooking"')) {
        lost = true;
        await route.fetch();
        await route.abort('connectionreset');
      } else await route.continue();
    });
    await form.getByRole('button', { name: 'Aanmelding versturen' }).click();
    await form.getByText(/de server is niet bereikbaar/).waitFor({ state: 'visible' });
    // The user tries again, impatiently: a double click, with the same form (the same key).
    await form.getByRole('button', { name: 'Aanmelding versturen' }).dblclick();
    await page.getByText('Uw aanmelding is verstuurd.', { exact: false }).waitFor({ state: 'visible' });
    await page.unroute('**/graphql');

    const schoolApi = createClient({ url: stack.apiUrl, token: await stack.token({ role: 'SCHOOL', schoolId: school.id }) });
    const booked = (await schoolApi.request(SchoolBookingsDocument, { schoolId: school.id })).school!.bookings!.filter(
      (b) => b.offerId === offerId,
    );
    expect(booked).toHaveLength(1);
    expect(booked[0]).toMatchObject({ status: 'REQUESTED', pupils: 27, preferredDates: ['2026-03-17'] });
    const bookingId = booked[0]!.id;

    // The partner answers.
    await signOut(page);
    await signIn(page, `partner:${offer.partner!.id}`);
    await page.waitForURL('**/aanmeldingen');
    const request = page.locator(`[data-booking="${bookingId}"]`);
    await expect.poll(() => request.textContent()).toContain(school.name);
    await checkPage(page, 'inbox');
    await request.getByRole('button', { name: 'Bevestigen' }).click();
    await expect.poll(() => request.count()).toBe(0); // it leaves the "requested" list
    await page.getByLabel('Toon aanmeldingen met status').selectOption('CONFIRMED');
    await expect.poll(() => page.locator(`[data-booking="${bookingId}"] [data-status]`).getAttribute('data-status')).toBe('CONFIRMED');
    await page.locator(`[data-booking="${bookingId}"]`).getByRole('button', { name: 'Heeft plaatsgevonden' }).waitFor({ state: 'visible' });

    // The school sees it confirmed: it may cancel, not evaluate (not held yet).
    await signOut(page);
    await signIn(page, `school:${school.id}`);
    await page.waitForURL('**/mijn-aanmeldingen');
    const mine = page.locator(`[data-booking="${bookingId}"]`);
    await expect.poll(() => mine.locator('[data-status]').getAttribute('data-status')).toBe('CONFIRMED');
    await mine.getByRole('button', { name: 'Annuleren' }).waitFor({ state: 'visible' });
    await expect.poll(() => mine.getByRole('button', { name: 'Beoordelen' }).count()).toBe(0);
    await checkPage(page, 'my-bookings');
    await mine.getByRole('button', { name: 'Annuleren' }).click();
    await mine.getByLabel('Reden van annuleren').selectOption('ILLNESS');
    await mine.getByRole('button', { name: 'Aanmelding annuleren' }).click();
    await expect.poll(() => mine.locator('[data-status]').getAttribute('data-status')).toBe('CANCELLED');
    await expect.poll(() => mine.getByRole('button', { name: 'Annuleren' }).count()).toBe(0);

    expect(problems).toEqual([]);
    expect([...hosts]).toEqual([new URL(stack.portalUrl).host]);
    await page.context().close();
  });
});

describe('the same search with the keyboard only', () => {
  it('reaches the filters, checks a municipality and a discipline, and opens an offer without a mouse', async () => {
    const filter = await chooseFilter();
    const { page, problems } = await openPage(browser, stack.portalUrl);
    await page.goto('/');
    await expect.poll(() => countText(page).textContent()).toBe(countLabel(filter.allCount));

    const tabTo = async (name: string) => {
      for (let i = 0; i < 250; i++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const el = document.activeElement as HTMLInputElement | null;
          return el?.labels?.[0]?.textContent ?? el?.textContent ?? '';
        });
        if (focused.startsWith(name)) return;
      }
      throw new Error(`Tab never reached ${name}`);
    };
    await tabTo(filter.municipality.label);
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).searchParams.getAll('gemeente')).toEqual([filter.municipality.value]);
    await tabTo(filter.discipline.label);
    await page.keyboard.press('Space');
    await expect.poll(() => countText(page).textContent()).toBe(countLabel(filter.totalCount));

    // On to the first result and open it with Enter.
    const firstTitle = (await page.locator('.portal-results li').first().getByRole('link').textContent())!;
    await tabTo(firstTitle);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(firstTitle);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('languages', () => {
  it('is Dutch by default and switches to English, asking the API in English too', async () => {
    const { page } = await openPage(browser, stack.portalUrl);
    const languages: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) languages.push(request.headers()['accept-language'] ?? '');
    });
    await page.goto('/');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Cultuuraanbod zoeken');
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Find culture offers');
    await expect.poll(() => countText(page).textContent()).toMatch(/offers? found/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(languages).toContain('nl');
    expect(languages.at(-1)).toBe('en');
    await page.context().close();
  });

  it('shows an empty state that says what to do, and clears the filters', async () => {
    const { page } = await openPage(browser, stack.portalUrl);
    await page.goto('/?q=geenenkelaanbodheetzo');
    await page.getByText('Geen aanbod gevonden met deze filters.').waitFor({ state: 'visible' });
    await page.locator('.portal-empty').getByRole('button', { name: 'Alle filters wissen' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await expect.poll(() => countText(page).textContent()).toMatch(/aanbiedingen gevonden/);
    await page.context().close();
  });
});

describe('more results', () => {
  it('loads the next page through the cursor and keeps the first', async () => {
    const { page } = await openPage(browser, stack.portalUrl);
    await page.goto('/');
    const cards = page.locator('.portal-results li');
    await expect.poll(() => cards.count()).toBe(12);
    const first = await cards.first().textContent();
    await page.getByRole('button', { name: 'Meer aanbod laden' }).click();
    await expect.poll(() => cards.count()).toBe(24);
    expect(await cards.first().textContent()).toBe(first);
    const titles = await page.locator('.portal-results li h3').allTextContents();
    expect(new Set(titles).size).toBe(24);
    // Cards show the cover image with its alt text (offers without images show none).
    const withCover = catalogue.offers.filter((o) => o.images?.length).length;
    expect(withCover).toBeGreaterThan(0);
    const alts = await page.locator('.portal-results li img').evaluateAll((imgs) => imgs.map((i) => i.getAttribute('alt') ?? ''));
    expect(alts.length).toBeGreaterThan(0);
    expect(alts.length).toBeLessThan(24);
    for (const alt of alts) expect(alt).toMatch(/^(Gegenereerde illustratie|Tweede gegenereerde)/);
    await page.context().close();
  });
});

describe('the partner declines and records a held activity; the school evaluates it', () => {
  it('shows the decline reason to the school and lets it rate the held activity once', async () => {
    const school = schools[1]!;
    const partnerId = catalogue.offers.find((o) => o.partner && o.capacity === null)!.partner!.id;
    const [first, second] = catalogue.offers.filter((o) => o.partner?.id === partnerId && o.capacity === null);
    const schoolApi = createClient({ url: stack.apiUrl, token: await stack.token({ role: 'SCHOOL', schoolId: school.id }) });
    const partnerApi = createClient({ url: stack.apiUrl, token: await stack.token({ role: 'PARTNER', partnerId }) });
    const book = async (offerId: string) =>
      (
        await schoolApi.request(RequestBookingDocument, {
          input: { offerId, schoolId: school.id, groups: [{ grade: 4, pupils: 22 }], idempotencyKey: `portal-test-${offerId}` },
        })
      ).requestBooking.booking.id;
    const declined = await book(first!.id);
    const held = await book(second!.id);
    await partnerApi.request(ConfirmBookingDocument, { id: held });

    const { page, problems } = await openPage(browser, stack.portalUrl);
    await signIn(page, `partner:${partnerId}`);
    await page.waitForURL('**/aanmeldingen');
    const toDecline = page.locator(`[data-booking="${declined}"]`);
    await toDecline.getByRole('button', { name: 'Afwijzen' }).click();
    await toDecline.getByRole('button', { name: 'Aanmelding afwijzen' }).click();
    // Without a reason nothing is sent, and the field says why.
    await toDecline.getByText('Vul een reden in.').waitFor({ state: 'visible' });
    await toDecline.getByLabel('Reden voor de school').fill('Die week speelt de voorstelling elders.');
    await toDecline.getByRole('button', { name: 'Aanmelding afwijzen' }).click();
    await expect.poll(() => toDecline.count()).toBe(0);

    await page.getByLabel('Toon aanmeldingen met status').selectOption('CONFIRMED');
    const toHold = page.locator(`[data-booking="${held}"]`);
    await toHold.getByRole('button', { name: 'Heeft plaatsgevonden' }).click();
    await toHold.getByLabel('Aantal leerlingen bereikt').fill('21');
    await toHold.getByLabel('Datum').fill('2026-11-20');
    await toHold.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => toHold.count()).toBe(0);

    await signOut(page);
    await signIn(page, `school:${school.id}`);
    await page.waitForURL('**/mijn-aanmeldingen');
    const mineDeclined = page.locator(`[data-booking="${declined}"]`);
    await expect.poll(() => mineDeclined.locator('[data-status]').getAttribute('data-status')).toBe('DECLINED');
    await expect.poll(() => mineDeclined.textContent()).toContain('Die week speelt de voorstelling elders.');
    await expect.poll(() => mineDeclined.getByRole('button').count()).toBe(0);
    const mineHeld = page.locator(`[data-booking="${held}"]`);
    await expect.poll(() => mineHeld.locator('[data-status]').getAttribute('data-status')).toBe('HELD');
    await expect.poll(() => mineHeld.getByRole('button', { name: 'Annuleren' }).count()).toBe(0);
    await mineHeld.getByRole('button', { name: 'Beoordelen' }).click();
    await mineHeld.getByLabel('Waardering (1 tot en met 5)').selectOption('4');
    await mineHeld.getByLabel('Opmerking (niet verplicht)').fill('Leerlingen waren enthousiast.');
    await mineHeld.getByRole('button', { name: 'Beoordeling versturen' }).click();
    await expect.poll(() => mineHeld.locator('[data-status]').getAttribute('data-status')).toBe('EVALUATED');
    await expect.poll(() => mineHeld.getByRole('button', { name: 'Beoordelen' }).count()).toBe(0);

    // Booking the same offer again this school year: the form says so in plain Dutch.
    await page.goto(`/aanbod/${encodeURIComponent(second!.id)}`);
    const form = page.locator('.portal-booking');
    await form.getByLabel('Groep of leerjaar').selectOption('4');
    await form.getByLabel('Aantal leerlingen').fill('22');
    await form.getByRole('button', { name: 'Aanmelding versturen' }).click();
    await form.getByText('Uw school heeft dit aanbod dit schooljaar al aangevraagd.', { exact: false }).waitFor({ state: 'visible' });
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
