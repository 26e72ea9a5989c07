import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, seriousViolations } from '../src/index.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

describe('the shared browser', () => {
  it('renders a page and runs scripts, from the Chromium that npm install brought', async () => {
    const page = await browser.newPage();
    await page.setContent('<main><h1 id="t">Hallo</h1><script>document.getElementById("t").textContent += " wereld"</script></main>');
    expect(await page.textContent('#t')).toBe('Hallo wereld');
    await page.close();
  });

  it('keeps the browser security a real user has: a cross-origin fetch without CORS fails', async () => {
    const page = await browser.newPage();
    await page.goto('data:text/html,<p>x</p>');
    const outcome = await page.evaluate(() =>
      fetch('http://127.0.0.1:9/').then(
        () => 'answered',
        () => 'refused',
      ),
    );
    expect(outcome).toBe('refused');
    await page.close();
  });

  it('reports serious accessibility violations with where they are', async () => {
    const page = await browser.newPage();
    await page.setContent(
      '<html lang="nl"><body><main><h1>Titel</h1><img src="data:," id="plaatje"><button id="leeg"></button></main></body></html>',
    );
    const violations = await seriousViolations(page);
    const ids = violations.map((v) => v.id);
    expect(ids).toContain('button-name');
    expect(violations.find((v) => v.id === 'button-name')?.nodes).toEqual(['#leeg']);
    await page.setContent(
      '<html lang="nl"><head><title>Goed</title></head><body><main><h1>Titel</h1><button>Zoek</button></main></body></html>',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
