/** The portal server: the same security headers as CloudFront, SPA routes, and local sign-in only on the local stage. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortalServer } from '../server/index.ts';

let dist: string;
const servers: { close(): void }[] = [];

beforeAll(() => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'cmk-portal-dist-'));
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>portal</title>');
  fs.writeFileSync(path.join(dist, 'assets', 'app-abc.js'), 'console.log(1)');
});

afterAll(() => {
  for (const server of servers) server.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

async function start(stage: string) {
  const keysDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cmk-portal-keys-'));
  // Nothing listens on port 9: the API is "down".
  const { url, server } = await startPortalServer({ distDir: dist, apiUrl: 'http://127.0.0.1:9/graphql', stage, keysDir, port: 0 });
  servers.push(server);
  return url;
}

describe('portal server', () => {
  it('sends the security headers: a CSP without inline scripts, HSTS, nosniff, referrer policy', async () => {
    const response = await fetch(`${await start('local')}/`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=\d+; includeSubDomains$/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });

  it('answers client-side routes with the page, a missing asset with 404, hashed assets as immutable', async () => {
    const url = await start('local');
    const route = await fetch(`${url}/aanbod/abc`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>portal</title>');
    expect((await fetch(`${url}/assets/missing.js`)).status).toBe(404);
    const asset = await fetch(`${url}/assets/app-abc.js`);
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${url}/..%2f..%2fetc/passwd.txt`)).status).not.toBe(200);
  });

  it('tells the page its stage and API, and answers 502 without a GraphQL body when the API is down', async () => {
    const url = await start('local');
    expect(await (await fetch(`${url}/config.json`)).json()).toEqual({ stage: 'local', apiUrl: '/graphql' });
    const down = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ me { role } }"}',
    });
    expect(down.status).toBe(502);
    expect(down.headers.get('content-type')).toContain('text/plain');
  });

  it('offers local sign-in on the local stage only', async () => {
    const dev = await start('dev');
    expect((await fetch(`${dev}/local/accounts`)).status).toBe(404);
    expect((await fetch(`${dev}/local/token`, { method: 'POST', body: '{"role":"school","id":"00AA00"}' })).status).toBe(404);
    const local = await start('local');
    const refused = await fetch(`${local}/local/token`, { method: 'POST', body: '{"role":"editor","id":"x"}' });
    expect(refused.status).toBe(400);
    expect((await refused.json()).error).toBe('role must be school, partner, advisor, admin, member or moderator.');
  });
});
