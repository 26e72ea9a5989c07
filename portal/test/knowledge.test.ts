/**
 * The knowledge platform in a real browser against the real API on DynamoDB Local: a member finds
 * knowledge by a theme facet, asks a question that a second member answers and the asker accepts,
 * finds a colleague by expertise (only consenting members), joins and leaves a community; a
 * moderator works the queue; anonymous readers see the knowledge base but no member. axe-core
 * (WCAG 2.1 AA) finds nothing serious or critical on each page.
 */
import {
  AnswerQuestionDocument,
  AskQuestionDocument,
  createClient,
  FindColleaguesDocument,
  JoinCommunityDocument,
  KnowledgeSearchDocument,
  MyProposalsDocument,
  ProposeKnowledgeItemDocument,
  QuestionPageDocument,
} from '@cmk/client';
import { profileItem } from '@cmk/api/modules/members/operations';
import type { MemberRecord } from '@cmk/api/modules/members/mappers';
import { launchBrowser, type Browser, type Page } from '@cmk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue, startPortalStack, type PortalStack } from '../src/testing/stack.ts';
import { checkPage, openPage } from './support.ts';

let stack: PortalStack;
let browser: Browser;

// Made-up professionals for this test only.
const profile = (id: string, name: string, findable: boolean, expertise: string[], wantsToLearn: string[] = []): MemberRecord => ({
  id,
  name,
  role: 'ICC_COORDINATOR',
  organisation: 'Verzonnen basisschool',
  regionId: catalogue.regions[0]!.id,
  expertise,
  wantsToLearn,
  findable,
  updatedAt: '2026-01-01T00:00:00.000Z',
});
const anna = profile('member-anna', 'Anna Proefpersoon', true, ['speciaal onderwijs'], ['co-teaching']);
const bram = profile('member-bram', 'Bram Proefpersoon', true, ['co-teaching', 'dans']);
// Knows about co-teaching too, but did not consent to be findable: never listed.
const carla = profile('member-carla', 'Carla Verborgen', false, ['co-teaching']);
const mo = profile('member-mo', 'Mo Moderator', true, ['moderatie']);
const COMMUNITY = catalogue.communities[0]!;
const PROPOSED = 'Samen lesgeven in twee rollen (gegenereerd)';

const api = async (memberId: string, role: 'MEMBER' | 'MODERATOR' = 'MEMBER') =>
  createClient({ url: stack.apiUrl, token: await stack.token({ role, memberId }) });
const anonymousApi = () => createClient({ url: stack.apiUrl });

beforeAll(async () => {
  [stack, browser] = await Promise.all([startPortalStack(), launchBrowser()]);
  await stack.putParticipation([anna, bram, carla, mo].map(profileItem));
  // Anna takes part in the first community and proposed a knowledge item for the moderators' queue.
  const annaApi = await api(anna.id);
  await annaApi.request(JoinCommunityDocument, { communityId: COMMUNITY.id });
  await annaApi.request(ProposeKnowledgeItemDocument, {
    input: {
      idempotencyKey: 'knowledge-test-proposal',
      title: 'Co-teaching met een dansdocent (gegenereerd)',
      kind: 'PRACTICE_EXAMPLE',
      summary: 'Een verzonnen voorbeeld voor de test.',
    },
  });
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

describe('anonymous readers', () => {
  it('see the knowledge base, an item with its attachments and links, and a community without its members', async () => {
    const { page, problems } = await openPage(browser, stack.portalUrl);
    const total = (await anonymousApi().request(KnowledgeSearchDocument, { first: 1 })).knowledgeItems.totalCount;
    await page.goto('/');
    await page.getByRole('link', { name: 'Kennisbank', exact: true }).click();
    await expect.poll(() => page.getByTestId('knowledge-count').textContent()).toBe(`${total} kennisitems`);
    await checkPage(page, 'knowledge-anonymous');
    // Members' pages are not in the menu for anonymous readers.
    expect(await page.getByRole('link', { name: 'Vind een collega' }).count()).toBe(0);

    const item = catalogue.knowledgeItems[0]!;
    await page.goto(`/kennis/${item.id}`);
    await page.getByRole('heading', { level: 1, name: item.title }).waitFor();
    const attachment = page.getByTestId('attachments').getByRole('link', { name: 'Werkblad (gegenereerd).pdf' });
    expect(await attachment.getAttribute('href')).toBe('/uploads/werkblad-gegenereerd.pdf');
    expect(await page.getByTestId('links').getByRole('link', { name: 'Voorbeeldbron (externe site)' }).getAttribute('href')).toBe(
      'https://example.org/bron',
    );
    await checkPage(page, 'knowledge-item');

    await page.goto(`/leergemeenschappen/${COMMUNITY.id}`);
    await page.getByRole('heading', { level: 1, name: COMMUNITY.title }).waitFor();
    await page.getByTestId('members-hidden').waitFor();
    expect(await page.getByText(COMMUNITY.question).count()).toBe(1);
    expect(await page.getByText('1 lid').first().isVisible()).toBe(true);
    expect(await page.content()).not.toContain(anna.name);
    await checkPage(page, 'community-anonymous');

    await page.goto('/collegas');
    await page.getByRole('link', { name: 'Log in om deze pagina te zien.' }).waitFor();
    expect(await page.content()).not.toContain(bram.name);

    // The local sign-in lists every profile, also one that is not findable, as member and as moderator.
    await page.goto('/inloggen');
    await page.locator(`[data-account="member:${carla.id}"]`).waitFor();
    expect(await page.getByRole('button', { name: `Inloggen als moderator ${mo.name}` }).count()).toBe(1);
    expect(problems).toEqual([]);
  });
});

describe('a member', () => {
  it('finds a knowledge item by a theme facet: the count is the API’s and every item shown has the theme', async () => {
    const { page, problems } = await openPage(browser, stack.portalUrl);
    await signIn(page, `member:${anna.id}`);
    await page.waitForURL('**/kennis');
    const facets = (await (await api(anna.id)).request(KnowledgeSearchDocument, { first: 1 })).knowledgeItems.facets;
    const theme = facets.themes[0]!;
    const expected = await (await api(anna.id)).request(KnowledgeSearchDocument, { filter: { themes: [theme.value] }, first: 100 });
    expect(expected.knowledgeItems.totalCount).toBe(theme.count);
    expect(theme.count).toBeLessThan(facets.kinds.reduce((sum, b) => sum + b.count, 0));

    await page
      .getByRole('group', { name: 'Thema' })
      .getByLabel(new RegExp(`^${theme.label} \\(\\d+\\)$`))
      .check();
    await expect.poll(() => page.getByTestId('knowledge-count').textContent()).toBe(`${theme.count} kennisitems`);
    expect(new URL(page.url()).searchParams.getAll('thema')).toEqual([theme.value]);
    const shown = await page
      .locator('[data-knowledge-item]')
      .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-knowledge-item')));
    expect(shown.length).toBe(Math.min(12, theme.count));
    const ids = new Set(expected.knowledgeItems.edges.map((e) => e.node.id));
    expect(shown.every((id) => ids.has(id!))).toBe(true);
    await checkPage(page, 'knowledge-theme');

    // The first item found, opened: its facts name the theme.
    const first = expected.knowledgeItems.edges[0]!.node;
    await page.getByRole('link', { name: first.title, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: first.title }).waitFor();
    expect(await page.locator('.portal-facts').textContent()).toContain(theme.label);

    // The switch: the same page in English.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('link', { name: 'Back to the knowledge base' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'About this knowledge item' }).waitFor();
    await checkPage(page, 'knowledge-item-en');
    await page.getByRole('button', { name: 'Naar het Nederlands' }).click();
    expect(problems).toEqual([]);
  });

  it('asks a question, another member answers it, and the asker accepts the answer', async () => {
    const asker = await openPage(browser, stack.portalUrl);
    await signIn(asker.page, `member:${anna.id}`);
    await asker.page.getByRole('link', { name: 'Vragen', exact: true }).click();
    await asker.page.waitForURL('**/vragen');
    // Too short: the field says so, nothing is asked.
    await asker.page.getByLabel('Uw vraag in één zin').fill('Kort?');
    await asker.page.getByRole('button', { name: 'Vraag stellen' }).click();
    await asker.page.getByText('Schrijf uw vraag in 10 tot 200 tekens.').waitFor();
    await checkPage(asker.page, 'questions-error');

    const title = 'Hoe begin je met co-teaching in groep 5?';
    await asker.page.getByLabel('Uw vraag in één zin').fill(title);
    await asker.page.getByLabel('Toelichting').fill('We willen een dansdocent en de groepsleerkracht samen laten lesgeven.');
    await asker.page.getByLabel('In de leergemeenschap (niet verplicht)').selectOption(COMMUNITY.id);
    await asker.page.getByRole('button', { name: 'Vraag stellen' }).dblclick();
    await asker.page.getByRole('link', { name: 'Naar uw vraag' }).click();
    await asker.page.getByRole('heading', { level: 1, name: title }).waitFor();
    const questionId = decodeURIComponent(new URL(asker.page.url()).pathname.split('/').pop()!);
    await checkPage(asker.page, 'question-asked');
    // The double click asked once.
    await asker.page.goto('/vragen');
    await asker.page.getByRole('link', { name: title }).waitFor();
    expect(await asker.page.getByRole('link', { name: title }).count()).toBe(1);

    const answerer = await openPage(browser, stack.portalUrl);
    await signIn(answerer.page, `member:${bram.id}`);
    await answerer.page.goto('/vragen');
    await answerer.page.getByRole('link', { name: title }).click();
    await answerer.page.getByText(`Gesteld door ${anna.name}`, { exact: false }).waitFor();
    const answer = 'Begin met één les samen voorbereiden, en wissel daarna de rollen.';
    await answerer.page.getByLabel('Uw antwoord').fill(answer);
    await answerer.page.getByRole('button', { name: 'Antwoord plaatsen' }).click();
    await answerer.page.getByText('Uw antwoord staat erbij.').waitFor();
    await answerer.page.getByText(answer).waitFor();
    // Not the asker: no accept button for the answerer.
    expect(await answerer.page.getByRole('button', { name: 'Dit antwoord accepteren' }).count()).toBe(0);
    await checkPage(answerer.page, 'question-answered');

    await asker.page.goto(`/vragen/${encodeURIComponent(questionId)}`);
    await asker.page.getByText(answer).waitFor();
    await asker.page.getByText(`${bram.name} op`, { exact: false }).waitFor();
    await asker.page.getByRole('button', { name: 'Dit antwoord accepteren' }).click();
    await asker.page.getByText('U heeft het antwoord geaccepteerd.').waitFor();
    await asker.page.getByTestId('accepted').waitFor();
    expect(await asker.page.getByRole('button', { name: 'Dit antwoord accepteren' }).count()).toBe(0);
    await checkPage(asker.page, 'question-accepted');

    const stored = (await (await api(bram.id)).request(QuestionPageDocument, { id: questionId })).question!;
    expect(stored.answers).toHaveLength(1);
    expect(stored.acceptedAnswerId).toBe(stored.answers[0]!.id);
    expect(stored.community?.id).toBe(COMMUNITY.id);
    expect([...asker.problems, ...answerer.problems]).toEqual([]);
  });

  it('finds a colleague by expertise, and only members who consented', async () => {
    const { page, problems } = await openPage(browser, stack.portalUrl);
    await signIn(page, `member:${anna.id}`);
    await page.getByRole('link', { name: 'Vind een collega', exact: true }).click();
    await page.waitForURL('**/collegas');
    await page.getByText('U bent vindbaar voor andere leden.').waitFor();
    await page.getByLabel('Weet veel van').fill('Co-Teaching');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    const expected = (await (await api(anna.id)).request(FindColleaguesDocument, { filter: { expertise: ['co-teaching'] } })).members;
    expect(expected.edges.map((e) => e.node.id)).toEqual([bram.id]);
    await expect.poll(() => page.getByTestId('colleague-count').textContent()).toBe('1 collega gevonden');
    await page.locator(`[data-member="${bram.id}"]`).getByText('co-teaching, dans').waitFor();
    expect(await page.getByText(carla.name).count()).toBe(0);
    await checkPage(page, 'colleagues');

    // Nobody for a subject no one knows about: the empty state.
    await page.getByLabel('Weet veel van').fill('glasblazen');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.getByText('Niemand gevonden die hierbij past.').waitFor();
    expect(problems).toEqual([]);
  });

  it('sees who takes part in a community and leaves it', async () => {
    const { page, problems } = await openPage(browser, stack.portalUrl);
    await signIn(page, `member:${anna.id}`);
    await page.getByRole('link', { name: 'Leergemeenschappen', exact: true }).click();
    await page.getByRole('link', { name: COMMUNITY.title }).click();
    await page.locator(`[data-member="${anna.id}"]`).waitFor();
    await checkPage(page, 'community-member');
    await page.getByRole('button', { name: 'Uit deze leergemeenschap stappen' }).click();
    await page.getByText('U doet niet meer mee met deze leergemeenschap.').waitFor();
    await expect.poll(() => page.locator(`[data-member="${anna.id}"]`).count()).toBe(0);
    await page.getByRole('button', { name: 'Meedoen met deze leergemeenschap' }).click();
    await page.getByText('U doet mee met deze leergemeenschap.').waitFor();
    await page.locator(`[data-member="${anna.id}"]`).waitFor();
    expect(problems).toEqual([]);
  });

  it('proposes a knowledge item and sees it wait for a moderator', async () => {
    const { page, problems } = await openPage(browser, stack.portalUrl);
    await signIn(page, `member:${bram.id}`);
    await page.getByRole('link', { name: 'Kennis delen' }).click();
    await page.waitForURL('**/kennis/delen');
    await page.getByText('U heeft nog niets voorgesteld.').waitFor();
    await page.getByLabel('Titel').fill('Kort');
    await page.getByRole('button', { name: 'Voorstel insturen' }).click();
    await page.getByText('Schrijf een titel van 5 tot 200 tekens.').waitFor();
    await page.getByText('Schrijf een samenvatting van 1 tot 1.000 tekens.').waitFor();
    await checkPage(page, 'propose-error');
    await page.getByLabel('Titel').fill(PROPOSED);
    await page.getByLabel('Soort').selectOption('WORK_FORM');
    await page.getByLabel('Samenvatting').fill('Twee docenten, één les: een verzonnen werkvorm.');
    await page.getByRole('button', { name: 'Voorstel insturen' }).click();
    await page.getByText('Bedankt. Uw voorstel wacht op een moderator.').waitFor();
    await page.getByTestId('my-proposals').getByText('Wacht op een moderator', { exact: false }).waitFor();
    expect(await page.getByTestId('my-proposals').textContent()).toContain(PROPOSED);
    await checkPage(page, 'proposed');
    expect(problems).toEqual([]);
  });
});

describe('a moderator', () => {
  it('sees the queue with the proposal and rejects it with a reason the proposer reads', async () => {
    const { page, problems } = await openPage(browser, stack.portalUrl);
    await signIn(page, `moderator:${mo.id}`);
    await page.waitForURL('**/moderatie');
    const proposal = page.locator('[data-proposal]').filter({ hasText: 'Co-teaching met een dansdocent (gegenereerd)' });
    await proposal.waitFor();
    expect(await proposal.textContent()).toContain(`Voorgesteld door ${anna.name}`);
    await checkPage(page, 'moderation');

    await proposal.getByRole('button', { name: 'Afwijzen' }).click();
    await proposal.getByLabel('Waarom (de indiener ziet dit)').fill('Graag eerst een verslag van de les.');
    await proposal.getByRole('button', { name: 'Voorstel afwijzen' }).click();
    await page.getByText('is afgewezen.', { exact: false }).waitFor();
    await expect.poll(() => proposal.count()).toBe(0);

    // Bram's proposal from the test before. Publishing needs the CMS, which this stack has not: the moderator reads why, the proposal stays.
    const proposed = page.locator('[data-proposal]').filter({ hasText: PROPOSED });
    await proposed.getByRole('button', { name: 'Goedkeuren en publiceren' }).click();
    await proposed.getByText('Publiceren lukte niet: het CMS is nu niet bereikbaar.', { exact: false }).waitFor();
    expect(await proposed.count()).toBe(1);
    const mine = (await (await api(anna.id)).request(MyProposalsDocument)).myProposals;
    expect(mine.map((p) => [p.status, p.rejectionReason])).toEqual([['REJECTED', 'Graag eerst een verslag van de les.']]);

    // An answer hidden on its question's page is in the queue, and shown again from there.
    const { question } = (
      await (
        await api(anna.id)
      ).request(AskQuestionDocument, {
        input: { idempotencyKey: 'knowledge-test-hide', title: 'Welke werkvorm past bij groep 8?', body: 'Een verzonnen vraag.' },
      })
    ).askQuestion;
    await (
      await api(bram.id)
    ).request(AnswerQuestionDocument, {
      input: { idempotencyKey: 'knowledge-test-hide-answer', questionId: question.id, body: 'Een antwoord dat verborgen wordt.' },
    });
    await page.getByRole('link', { name: 'Vragen', exact: true }).click();
    await page.getByRole('link', { name: 'Welke werkvorm past bij groep 8?' }).click();
    const answer = page.locator('[data-answer]').filter({ hasText: 'Een antwoord dat verborgen wordt.' });
    await answer.getByRole('button', { name: 'Verbergen' }).click();
    await answer.getByText('Verborgen: alleen moderatoren zien dit.').waitFor();
    await checkPage(page, 'question-moderator');
    await page.getByRole('link', { name: 'Moderatie', exact: true }).click();
    const hidden = page.locator('[data-hidden-answer]').filter({ hasText: 'Een antwoord dat verborgen wordt.' });
    await hidden.getByRole('button', { name: 'Weer tonen' }).click();
    await page.getByText('Weer zichtbaar voor leden.').waitFor();
    await expect.poll(() => hidden.count()).toBe(0);
    const seen = (await (await api(anna.id)).request(QuestionPageDocument, { id: question.id })).question!;
    expect(seen.answers.map((a) => a.moderation)).toEqual(['VISIBLE']);

    // A member's account has no moderation page.
    const member = await openPage(browser, stack.portalUrl);
    await signIn(member.page, `member:${bram.id}`);
    expect(await member.page.getByRole('link', { name: 'Moderatie' }).count()).toBe(0);
    await member.page.goto('/moderatie');
    await member.page.getByText('Deze pagina is voor een andere rol dan waarmee u bent ingelogd.').waitFor();
    expect([...problems, ...member.problems]).toEqual([]);
  });
});
