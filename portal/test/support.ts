import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from '@cmk/testing';
import { seriousViolations } from '@cmk/testing';
import { expect } from 'vitest';

export const RESULTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'test-results');

/** A page that fails the test on a CSP violation or a page error, and records every host it asks. */
export async function openPage(browser: Browser, baseUrl: string): Promise<{ page: Page; problems: string[]; hosts: Set<string> }> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  const hosts = new Set<string>();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http')) hosts.add(url.host);
  });
  return { page, problems, hosts };
}

/** axe-core (WCAG 2.1 AA) finds nothing serious or critical, and the page is kept as a screenshot. */
export async function checkPage(page: Page, name: string): Promise<void> {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(RESULTS_DIR, `${name}.png`), fullPage: true });
  expect(await seriousViolations(page), `axe on the ${name} page`).toEqual([]);
}
