/** When the API is down, the portal says so and what to do: an error state, never a blank page. */
import { launchBrowser, type Browser } from '@cmk/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startPortalStack, type PortalStack } from '../src/testing/stack.ts';
import { checkPage, openPage } from './support.ts';

let stack: PortalStack;
let browser: Browser;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startPortalStack(), launchBrowser()]);
  await stack.stopApi();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

it('shows the error state with a retry when the API is stopped', async () => {
  const { page, problems } = await openPage(browser, stack.portalUrl);
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect.poll(() => alert.textContent(), { timeout: 20_000 }).toContain('De server is niet bereikbaar.');
  expect(await alert.textContent()).toContain('Probeer het over een paar minuten opnieuw.');
  await expect.poll(() => alert.getByRole('button', { name: 'Opnieuw proberen' }).count()).toBe(1);
  await checkPage(page, 'api-down');
  expect(problems).toEqual([]);
  await page.context().close();
});
