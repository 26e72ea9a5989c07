/**
 * A partner's integration page in a real browser against the real API: API keys made (the secret
 * once, and it works), listed, rotated and revoked (refused on the next request); a webhook
 * endpoint registered (the secret once, and it signs the deliveries), its delivery log after a
 * failed attempt, a redelivery, disabling it; the English switch; axe-core on the way.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient, RequestBookingDocument } from '@cmk/client';
import { launchBrowser, type Browser, type Page } from '@cmk/testing';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue, schools, startPortalStack, type PortalStack } from '../src/testing/stack.ts';
import { checkPage, openPage } from './support.ts';

let stack: PortalStack;
let browser: Browser;
const partnerId = catalogue.offers.find((o) => o.partner && o.capacity === null)!.partner!.id;
const offerId = catalogue.offers.find((o) => o.partner?.id === partnerId && o.capacity === null)!.id;

/** A partner's receiver on loopback: answers 500 while `failures` lasts, then 204; keeps every request. */
async function startReceiver() {
  const received: { headers: Record<string, string>; body: string }[] = [];
  const state = { failures: 0 };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ headers: req.headers as Record<string, string>, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(state.failures-- > 0 ? 500 : 204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/cmk-webhooks`,
    received,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let receiver: Awaited<ReturnType<typeof startReceiver>>;

beforeAll(async () => {
  [stack, browser, receiver] = await Promise.all([startPortalStack(), launchBrowser(), startReceiver()]);
});

afterAll(async () => {
  await browser?.close();
  await receiver?.close();
  await stack?.stop();
});

async function openIntegrations(page: Page) {
  await page.goto('/inloggen');
  await page.locator(`[data-account="partner:${partnerId}"]`).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
  await page.getByRole('link', { name: 'Koppelingen' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Koppelingen met uw eigen systeem');
}

describe('a partner manages its API keys', () => {
  it('makes a key whose secret shows once and works, sees it listed, rotates one and revokes one', async () => {
    const { page, problems } = await openPage(browser, stack.portalUrl);
    await openIntegrations(page);
    await page.getByText('U heeft nog geen API-sleutels.').waitFor({ state: 'visible' });
    await checkPage(page, 'integrations');

    await page.getByLabel('Naam van de sleutel (niet verplicht)').fill('Kassasysteem');
    await page.getByRole('button', { name: 'Sleutel maken' }).click();
    const shown = page.getByRole('region', { name: 'Uw nieuwe API-sleutel' });
    const key = (await shown.getByTestId('secret').textContent())!;
    expect(key).toMatch(/^cmk_/);
    const keyApi = createClient({ url: stack.apiUrl, apiKey: key, retry: false });
    expect(await keyApi.me()).toMatchObject({ role: 'PARTNER', partnerId });
    const card = page.locator('[data-key]').filter({ hasText: 'Kassasysteem' });
    await expect.poll(() => card.locator('[data-state]').getAttribute('data-state')).toBe('active');
    await checkPage(page, 'integrations-new-key');

    // Once: after "stored" and a reload the secret is nowhere on the page, only the key's public id.
    await shown.getByRole('button', { name: 'Ik heb het bewaard' }).click();
    await expect.poll(() => page.getByTestId('secret').count()).toBe(0);
    await page.reload();
    await card.waitFor({ state: 'visible' });
    expect(await page.content()).not.toContain(key);
    expect(await card.textContent()).toContain(/^cmk_([^.]+)\./.exec(key)![1]);

    // A second key, rotated: a new secret shows, the old one is refused, the new one works.
    await page.getByRole('button', { name: 'Sleutel maken' }).click();
    const second = (await page.getByTestId('secret').textContent())!;
    await page.getByRole('button', { name: 'Ik heb het bewaard' }).click();
    const unnamed = page
      .locator('[data-key]')
      .filter({ hasText: 'Sleutel zonder naam' })
      .filter({ has: page.locator('[data-state="active"]') });
    await unnamed.getByRole('button', { name: 'Vernieuwen' }).click();
    await unnamed.getByRole('button', { name: 'Sleutel vernieuwen' }).click();
    const rotated = (await page.getByRole('region', { name: 'Uw nieuwe API-sleutel' }).getByTestId('secret').textContent())!;
    expect(rotated).not.toBe(second);
    await expect(createClient({ url: stack.apiUrl, apiKey: second, retry: false }).me()).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await createClient({ url: stack.apiUrl, apiKey: rotated, retry: false }).me()).toMatchObject({ partnerId });

    // Revoking asks first, then the key is refused on its very next request.
    await card.getByRole('button', { name: 'Intrekken' }).click();
    await card.getByRole('button', { name: 'Sleutel intrekken' }).click();
    await expect.poll(() => card.locator('[data-state]').getAttribute('data-state')).toBe('revoked');
    await expect.poll(() => card.textContent()).toContain('Ingetrokken op');
    await expect(keyApi.me()).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('a partner manages its webhook endpoints', () => {
  it('registers an endpoint whose secret shows once and signs, reads the delivery log, redelivers, disables it', async () => {
    const { page, problems } = await openPage(browser, stack.portalUrl);
    await openIntegrations(page);
    await page.getByText('U heeft nog geen webhook-adressen.').waitFor({ state: 'visible' });

    // Without an address nothing is sent, and the field says why.
    await page.getByRole('button', { name: 'Adres aanmelden' }).click();
    await page.getByText('Vul een adres in dat begint met https://.').waitFor({ state: 'visible' });

    await page.getByLabel('Adres (URL)').fill(receiver.url);
    const types = page.getByRole('group', { name: 'Welke wijzigingen' });
    for (const label of ['Afgewezen', 'Heeft plaatsgevonden', 'Beoordeeld']) await types.getByLabel(label).uncheck();
    await page.getByLabel('Omschrijving (niet verplicht)').fill('Ons CRM');
    await page.getByRole('button', { name: 'Adres aanmelden' }).click();
    const shown = page.getByRole('region', { name: 'Het geheim om handtekeningen te controleren' });
    const secret = (await shown.getByTestId('secret').textContent())!;
    expect(secret).toMatch(/^whsec_/);
    const card = page.locator('[data-endpoint]').filter({ hasText: receiver.url });
    await expect.poll(() => card.locator('[data-state]').getAttribute('data-state')).toBe('ENABLED');
    await expect.poll(() => card.textContent()).toContain('Ontvangt: Aangevraagd, Bevestigd, Geannuleerd');
    await card.getByText('Er is nog niets naar dit adres verstuurd.').waitFor({ state: 'visible' });
    await checkPage(page, 'integrations-new-endpoint');
    await shown.getByRole('button', { name: 'Ik heb het bewaard' }).click();
    await page.reload();
    await card.waitFor({ state: 'visible' });
    expect(await page.content()).not.toContain(secret);

    // A school books; the receiver fails the first attempt, and the log says so.
    receiver.state.failures = 1;
    const school = schools[0]!;
    const schoolApi = createClient({ url: stack.apiUrl, token: await stack.token({ role: 'SCHOOL', schoolId: school.id }) });
    await schoolApi.request(RequestBookingDocument, {
      input: { offerId, schoolId: school.id, groups: [{ grade: 5, pupils: 24 }], idempotencyKey: 'portal-webhooks-1' },
    });
    await stack.deliverWebhooks();
    expect(receiver.received).toHaveLength(1);
    // The secret the page showed is the one that signs.
    expect(new Webhook(secret).verify(receiver.received[0]!.body, receiver.received[0]!.headers)).toMatchObject({
      type: 'booking.requested',
    });
    await page.reload();
    const row = card.locator('[data-delivery="1"]');
    await expect.poll(() => row.locator('[data-status]').getAttribute('data-status')).toBe('PENDING');
    expect(await row.locator('td').nth(1).textContent()).toBe('1');
    expect(await row.locator('[data-code]').getAttribute('data-code')).toBe('500');

    // Sent again by hand: delivered on the second attempt, same webhook-id.
    await row.getByRole('button', { name: 'Wijziging 1 opnieuw versturen' }).click();
    await card.getByText('Wijziging 1 is opnieuw verstuurd.').waitFor({ state: 'visible' });
    await expect.poll(() => row.locator('[data-status]').getAttribute('data-status')).toBe('DELIVERED');
    expect(await row.locator('td').nth(1).textContent()).toBe('2');
    expect(await row.locator('[data-code]').getAttribute('data-code')).toBe('204');
    expect(receiver.received.map((r) => r.headers['webhook-id'])).toEqual([
      receiver.received[0]!.headers['webhook-id'],
      receiver.received[0]!.headers['webhook-id'],
    ]);
    await checkPage(page, 'integrations-delivery-log');

    // Disabled: the page says when and by whom, and offers no redelivery.
    await card.getByRole('button', { name: 'Uitschakelen' }).click();
    await expect.poll(() => card.locator('[data-state]').getAttribute('data-state')).toBe('DISABLED');
    await expect.poll(() => card.textContent()).toMatch(/Uitgeschakeld op .+, door uw organisatie/);
    expect(await row.getByRole('button').count()).toBe(0);

    // The same page in English.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Integrations with your own system');
    await expect.poll(() => card.textContent()).toMatch(/Disabled on .+, by your organisation/);
    await checkPage(page, 'integrations-en');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
