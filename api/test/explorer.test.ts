import http from 'node:http';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { launchBrowser, type Browser } from '@cmk/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLambdaHttpServer } from '../src/local/http-adapter.ts';

let server: http.Server;
let url: string;
let browser: Browser | undefined;

beforeAll(async () => {
  vi.stubEnv('STAGE', 'test');
  vi.stubEnv('LOG_LEVEL', 'SILENT');
  vi.stubEnv('DYNAMODB_ENDPOINT', 'http://127.0.0.1:9');
  const { handler } = await import('../src/handler.ts');
  server = createLambdaHttpServer({ '/graphql': handler as never });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((r) => server.close(() => r()));
});

describe('the local explorer', () => {
  it('is one page built from installed packages, loading nothing from another host', async () => {
    const res = await fetch(url, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('GraphiQL.createFetcher');
    // No external script, style sheet, font or image: every asset is inline.
    expect(html).not.toMatch(/<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import\s+(url\()?["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/url\(\s*["']?(https?:)?\/\//i);
  });

  it('works in a browser without any request leaving 127.0.0.1', async () => {
    browser = await launchBrowser();
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const introspection = page.waitForRequest((r) => r.method() === 'POST' && r.url() === url, { timeout: 60_000 });
    await page.goto(url, { waitUntil: 'load' });
    await page.locator('.graphiql-container').waitFor({ timeout: 60_000 });
    // GraphiQL asks this API for the schema (introspection is on for local and test).
    await introspection;
    await page.screenshot({ path: fileURLToPath(new URL('../test-results/explorer.png', import.meta.url)) });
    const outside = requests.filter((r) => !/^(data|blob):/.test(r) && new URL(r).hostname !== '127.0.0.1');
    expect(outside).toEqual([]);
    expect(requests.length).toBeGreaterThan(1);
  }, 180_000);
});
