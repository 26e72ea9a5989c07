/**
 * The advisor's school pages in a real browser against the real API: an ambition talk filled in
 * with every part of the guide, saved as a draft and as final, reopened unchanged, then read (not
 * edited) by its school and not seen at all by another school; the school's story with bookings,
 * their status changes, activities held, the Evi change per pillar and whether bookings followed
 * each agreement; axe-core on the story and the talk pages.
 */
import {
  ConfirmBookingDocument,
  createClient,
  MarkBookingHeldDocument,
  RecordEviResultDocument,
  RequestBookingDocument,
  SchoolStoryDocument,
} from '@cmk/client';
import { launchBrowser, type Browser, type Page } from '@cmk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue, schools, startPortalStack, type PortalStack } from '../src/testing/stack.ts';
import { checkPage, openPage } from './support.ts';

let stack: PortalStack;
let browser: Browser;
// Haarlem (region Hart) and Vlaardingen (Kunstgebouw), as makeSchools lays them out.
const school = schools[0]!;
const otherSchool = schools[3]!;
const offer = catalogue.offers.find((o) => o.capacity === null && o.partner && o.disciplines.length > 0)!;
const discipline = offer.disciplines[0]!;
const today = new Date().toISOString().slice(0, 10);
const year = Number(today.slice(0, 4));
let bookingId = '';

beforeAll(async () => {
  [stack, browser] = await Promise.all([startPortalStack(), launchBrowser()]);
  const schoolApi = createClient({ url: stack.apiUrl, token: await stack.token({ role: 'SCHOOL', schoolId: school.id }) });
  const partnerApi = createClient({ url: stack.apiUrl, token: await stack.token({ role: 'PARTNER', partnerId: offer.partner!.id }) });
  const evi = (schoolYear: string, scenarios: number[]) =>
    schoolApi.request(RecordEviResultDocument, {
      input: {
        schoolId: school.id,
        schoolYear,
        version: 'V2_1',
        completedOn: `${schoolYear.slice(0, 4)}-11-15`,
        respondents: [{ role: 'ICC', count: 1 }],
        pillars: (['VISION', 'EXPERTISE', 'PROGRAMME', 'COLLABORATION'] as const).map((pillar, i) => ({ pillar, scenario: scenarios[i]! })),
      },
    });
  await evi(`${year - 3}-${year - 2}`, [1, 2, 3, 2]);
  await evi(`${year - 1}-${year}`, [2, 2, 1, 4]);
  bookingId = (
    await schoolApi.request(RequestBookingDocument, {
      input: { offerId: offer.id, schoolId: school.id, groups: [{ grade: 5, pupils: 26 }], idempotencyKey: 'story-test-1' },
    })
  ).requestBooking.booking.id;
  await partnerApi.request(ConfirmBookingDocument, { id: bookingId });
  await partnerApi.request(MarkBookingHeldDocument, { id: bookingId, pupilsReached: 24, heldOn: today });
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function signIn(page: Page, account: string): Promise<void> {
  await page.goto('/inloggen');
  await page.locator(`[data-account="${account}"]`).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
}

const AREAS = ['Inhoudelijke focus', 'Professionalisering', 'Organisatie', 'Schoolcultuur', 'Randvoorwaarden'];
const ASPECTS = [
  'Visie op kunst- en cultuureducatie',
  'Deskundigheid van vakdocenten',
  'Samenwerking met de culturele omgeving',
  'Inhoudelijke kwaliteit van het aanbod',
  'Borging in PTA/curriculum',
  'Organisatie en overlegstructuren',
];
const DISCIPLINE_NL: Record<string, string> = {
  VISUAL_ARTS: 'Beeldend',
  DANCE: 'Dans',
  THEATRE: 'Theater',
  MUSIC: 'Muziek',
  MEDIA: 'Media',
  LITERATURE: 'Literatuur',
  HERITAGE: 'Erfgoed',
  ARCHITECTURE_DESIGN: 'Architectuur en vormgeving',
  MULTIDISCIPLINARY: 'Multidisciplinair',
};
const due = `${year + 1}-06-30`;

/** Every text field of the guide, by its label, with what the advisor types (a recognisable text each). */
const texts: Record<string, string> = {
  Plaats: 'Haarlem-Noord',
  'Gesprekspartners vanuit de school': "ICC'er Sanne\nDirecteur Ahmed",
  'Adviseur/cultuurpartner': 'adviseur Hart (Lotte)',
  'Relevante opmerkingen': 'Jaarplanning vooraf ontvangen.',
  'Toelichting op de doelen': 'Verbinden met burgerschap.',
  'Actuele onderwijsontwikkelingen in de school': 'Nieuw curriculum en maatwerk.',
  'Kansen voor cultuureducatie binnen deze context': 'Projectweken met het museum.',
  Inhoudelijk: 'Elke groep twee disciplines per jaar.',
  Organisatorisch: "De ICC'er krijgt vaste uren.",
  'Draagvlak & profilering': 'Cultuurprofiel in de schoolgids.',
  'Tot slot: stappen voor de langere termijn': 'Cultuurvisie in het schoolplan.',
  ...Object.fromEntries(
    ASPECTS.flatMap((a, i) => [
      [`Sterk: ${a}`, `Sterk punt ${i + 1}`],
      [`Zwak: ${a}`, `Zwak punt ${i + 1}`],
    ]),
  ),
  ...Object.fromEntries(
    AREAS.flatMap((area, i) => [
      [`Afspraak 1: ${area}`, `Afspraak over ${area.toLowerCase()}`],
      [`Wie (${area} 1)`, i % 2 ? 'directeur' : "ICC'er"],
      [`Termijn (uiterlijk) (${area} 1)`, due],
    ]),
  ),
};
const checked = [
  'Eerder gemaakte verslagen gelezen (oriëntatie-, route- of evaluatiegesprekken)',
  'Uitkomsten van Evi-vragenlijsten of andere zelfevaluaties van de school geanalyseerd',
  'Voorbereidingsmail gestuurd: verzoek om jaarplanning en andere relevante beleidsdocumenten',
  'Visievorming op cultuureducatie, passend bij de onderwijsvisie',
  'Professionalisering van vakdocenten en mentoren (vakoverstijgend, procesgericht werken)',
];

async function expectFormAsTyped(page: Page) {
  for (const [label, value] of Object.entries(texts)) {
    expect(await page.getByLabel(label, { exact: true }).inputValue(), label).toBe(value);
  }
  for (const label of checked) expect(await page.getByLabel(label, { exact: true }).isChecked(), label).toBe(true);
  const contentFocus = page.locator('[data-area="CONTENT_FOCUS"]');
  expect(await contentFocus.getByLabel(DISCIPLINE_NL[discipline]!, { exact: true }).isChecked()).toBe(true);
  expect(await page.getByLabel('Schooltype').inputValue()).toBe('MIXED');
}

describe('the ambition talk, end to end', () => {
  let talkUrl = '';

  it('the advisor fills in every part, saves a draft and then final, and finds it unchanged on reopening', async () => {
    const { page, problems } = await openPage(browser, stack.portalUrl);
    await signIn(page, 'advisor:region-hart');
    await page.getByRole('link', { name: 'Scholen' }).click();
    await page.getByRole('link', { name: `Nieuw ambitiegesprek met ${school.name}` }).click();
    await page.getByRole('heading', { level: 1, name: `Nieuw ambitiegesprek met ${school.name}` }).waitFor();

    // Before the talk: the latest Evi result with its change per pillar, and no earlier talk.
    const before = page.locator('.portal-before-talk');
    await expect.poll(() => before.textContent()).toContain(`Laatste Evi-resultaat (${year - 1}-${year})`);
    expect(await before.textContent()).toContain('Dit is het eerste ambitiegesprek met deze school.');
    expect(await before.locator('li').allTextContents()).toEqual([
      expect.stringMatching(/scenario 2 \(\+1\)$/),
      expect.stringMatching(/scenario 2 \(±0\)$/),
      expect.stringMatching(/scenario 1 \(−2\)$/),
      expect.stringMatching(/scenario 4 \(\+2\)$/),
    ]);
    await checkPage(page, 'ambition-talk-new');

    // Final without participants, owners or terms: the error summary says so and leads to the field.
    await page.getByRole('button', { name: 'Opslaan als definitief' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Controleer het formulier' });
    await summary.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('portal-error-summary'))).toBe(true);
    await summary.getByRole('link', { name: 'Noem voor een definitief gesprek minstens één gesprekspartner van de school.' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('talk-participants');
    await checkPage(page, 'ambition-talk-errors');

    await page.getByLabel('Schooltype').selectOption('MIXED');
    for (const [label, value] of Object.entries(texts)) await page.getByLabel(label, { exact: true }).fill(value);
    for (const label of checked) await page.getByLabel(label, { exact: true }).check();
    await page.locator('[data-area="CONTENT_FOCUS"]').getByLabel(DISCIPLINE_NL[discipline]!, { exact: true }).check();

    await page.getByRole('button', { name: 'Opslaan als concept' }).click();
    await page.getByText('Opgeslagen als concept.').waitFor();
    await page.waitForURL(`**/scholen/${school.id}/ambitiegesprek/${today}`);
    talkUrl = new URL(page.url()).pathname;
    await page.reload();
    await page.getByLabel('Plaats').waitFor();
    await expectFormAsTyped(page);

    await page.getByRole('button', { name: 'Opslaan als definitief' }).click();
    await page.getByText('Opgeslagen als definitief. De school kan het gesprek nu lezen.').waitFor();
    await page.reload();
    await page.getByLabel('Plaats').waitFor();
    await expectFormAsTyped(page);
    // Final stays final: no way back to a draft.
    expect(await page.getByRole('button', { name: 'Opslaan als concept' }).count()).toBe(0);
    await checkPage(page, 'ambition-talk');

    // What the API holds is what was typed.
    const api = createClient({ url: stack.apiUrl, token: await stack.token({ role: 'ADVISOR', regionId: 'region-hart' }) });
    const saved = (await api.request(SchoolStoryDocument, { schoolId: school.id })).school!.ambitionTalks![0]!;
    expect(saved).toMatchObject({
      status: 'FINAL',
      place: 'Haarlem-Noord',
      schoolType: 'MIXED',
      participants: ["ICC'er Sanne", 'Directeur Ahmed'],
      preparation: ['PREVIOUS_REPORTS_READ', 'SELF_EVALUATION_ANALYSED', 'PREPARATION_MAIL_SENT'],
    });
    expect(saved.currentState.aspects).toHaveLength(6);
    expect(saved.agreements.items.map((i) => [i.area, i.owner, i.due, i.disciplines])).toEqual([
      ['CONTENT_FOCUS', "ICC'er", due, [discipline]],
      ['PROFESSIONAL_DEVELOPMENT', 'directeur', due, []],
      ['ORGANISATION', "ICC'er", due, []],
      ['SCHOOL_CULTURE', 'directeur', due, []],
      ['PRECONDITIONS', "ICC'er", due, []],
    ]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('the story shows bookings with their status changes, the activity, the Evi change and the agreements followed', async () => {
    const { page, problems } = await openPage(browser, stack.portalUrl);
    await signIn(page, 'advisor:region-hart');
    await page.goto(`/scholen/${school.id}`);
    await page.getByRole('heading', { level: 1, name: `Het verhaal van ${school.name}` }).waitFor();
    const booking = page.locator(`[data-booking="${bookingId}"]`);
    await booking.waitFor();
    expect(await booking.locator('ol li').allTextContents()).toEqual([
      expect.stringMatching(/^Aangevraagd op .+ door de school$/),
      expect.stringMatching(/^Bevestigd op .+ door de aanbieder$/),
      expect.stringMatching(/^Heeft plaatsgevonden op .+ door de aanbieder$/),
    ]);
    expect(await page.locator('[data-activities-summary]').first().textContent()).toBe('1 activiteit, 24 leerlingen bereikt');
    expect(await page.locator('[data-pillar-change="COLLABORATION"]').first().textContent()).toBe('+2 (was 2)');
    const agreements = page.locator(`[data-talk="${today}"] [data-agreement]`);
    expect(await agreements.evaluateAll((items) => items.map((i) => i.getAttribute('data-follow-up')))).toEqual([
      'FOLLOWED',
      'NOT_APPLICABLE',
      'NOT_APPLICABLE',
      'NOT_APPLICABLE',
      'NOT_APPLICABLE',
    ]);
    expect(await agreements.first().textContent()).toContain(`Gevolgd door: ${offer.title}`);
    await checkPage(page, 'school-story');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('the school reads its talk without a form; another school sees neither the story nor the talk', async () => {
    const own = await openPage(browser, stack.portalUrl);
    await signIn(own.page, `school:${school.id}`);
    await own.page.getByRole('link', { name: 'Onze school' }).click();
    await own.page.getByRole('link', { name: 'Gesprek openen' }).click();
    await own.page.getByText('U leest dit gesprek; alleen de adviseur kan het wijzigen.').waitFor();
    const body = (await own.page.locator('main').textContent())!;
    for (const value of Object.values(texts).filter((v) => v !== due)) {
      for (const line of value.split('\n')) expect(body, value).toContain(line);
    }
    expect(await own.page.locator('main textarea, main input, main select').count()).toBe(0);
    expect(await own.page.getByRole('button', { name: /Opslaan/ }).count()).toBe(0);
    await checkPage(own.page, 'ambition-talk-school');
    expect(own.problems).toEqual([]);
    await own.page.context().close();

    const other = await openPage(browser, stack.portalUrl);
    await signIn(other.page, `school:${otherSchool.id}`);
    await other.page.goto(talkUrl);
    await other.page.getByText('Dit ambitiegesprek bestaat niet, of u mag het niet zien.').waitFor();
    await other.page.goto(`/scholen/${school.id}`);
    await other.page.getByText('Dit ambitiegesprek bestaat niet, of u mag het niet zien.').waitFor();
    expect(await other.page.locator('main').textContent()).not.toContain('Haarlem-Noord');
    expect(other.problems).toEqual([]);
    await other.page.context().close();
  });

  it('switches the talk page to English', async () => {
    const { page } = await openPage(browser, stack.portalUrl);
    await signIn(page, 'advisor:region-hart');
    await page.goto(talkUrl);
    await page.getByLabel('Plaats').waitFor();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('group', { name: 'D. Agreements for the coming school year (planning form)' }).waitFor();
    expect(await page.getByLabel('Place', { exact: true }).inputValue()).toBe('Haarlem-Noord');
    await page.context().close();
  });
});
