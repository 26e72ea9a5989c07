/**
 * The retry rule against a small fake server: a query is sent again after 502/503/504 or a
 * network error, with back-off (and Retry-After); a mutation is sent once, whatever happens.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CmkGraphQLError, CmkNetworkError, createClient } from '../src/index.ts';

interface Seen {
  operationName: string;
  extensions?: { persistedQuery?: { sha256Hash: string } };
  query?: string;
}

let server: http.Server;
let url: string;
let seen: Seen[] = [];
/** What the fake answers, request by request: a status (with a non-GraphQL body), 'drop' the connection, or 'ok'. */
let script: (number | 'drop' | 'ok' | 'rate-limited')[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const parsed = JSON.parse(body) as Seen;
      seen.push(parsed);
      const step = script.shift() ?? 'ok';
      if (step === 'drop') return req.socket.destroy();
      if (step === 'rate-limited') {
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' });
        return res.end(
          JSON.stringify({ errors: [{ message: 'Too many requests', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 1 } }] }),
        );
      }
      if (typeof step === 'number') {
        res.writeHead(step, { 'content-type': 'text/plain' });
        return res.end('Service Unavailable');
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      const data =
        parsed.operationName === 'ConfirmBooking'
          ? { confirmBooking: { booking: { id: 'b1', status: 'CONFIRMED' } } }
          : { offer: { id: 'o1', title: 'Dansvoorstelling' } };
      res.end(JSON.stringify({ data }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  seen = [];
  script = [];
});

const fast = { retries: 3, baseDelayMs: 5, maxDelayMs: 20 };

describe('retries', () => {
  it('a query is retried after a 503 and succeeds', async () => {
    script = [503, 'ok'];
    const offer = await createClient({ url, retry: fast }).offer('o1');
    expect(offer).toEqual({ id: 'o1', title: 'Dansvoorstelling' });
    expect(seen.map((s) => s.operationName)).toEqual(['Offer', 'Offer']);
  });

  it('a query is retried after 502, 504 and a dropped connection, up to the limit', async () => {
    script = [502, 'drop', 504, 'ok'];
    await expect(createClient({ url, retry: fast }).offer('o1')).resolves.toMatchObject({ id: 'o1' });
    expect(seen).toHaveLength(4);

    seen = [];
    script = [503, 503, 503, 503, 503];
    const error = await createClient({ url, retry: { ...fast, retries: 2 } })
      .offer('o1')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CmkNetworkError);
    expect(error).toMatchObject({ status: 503, attempts: 3 });
    expect(seen).toHaveLength(3);
  });

  it('a mutation is not retried after a 503', async () => {
    script = [503, 'ok'];
    const error = await createClient({ url, retry: fast })
      .confirmBooking('b1')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CmkNetworkError);
    expect(error).toMatchObject({ status: 503, attempts: 1, operationName: 'ConfirmBooking' });
    expect(seen.map((s) => s.operationName)).toEqual(['ConfirmBooking']);
  });

  it('a mutation is not retried after a dropped connection', async () => {
    script = ['drop', 'ok'];
    await expect(createClient({ url, retry: fast }).confirmBooking('b1')).rejects.toBeInstanceOf(CmkNetworkError);
    expect(seen).toHaveLength(1);
  });

  it('retry: false sends a query once', async () => {
    script = [503, 'ok'];
    await expect(createClient({ url, retry: false }).offer('o1')).rejects.toMatchObject({ status: 503, attempts: 1 });
    expect(seen).toHaveLength(1);
  });

  it('RATE_LIMITED is a typed error with retryAfterSeconds, not retried', async () => {
    script = ['rate-limited', 'ok'];
    const error = await createClient({ url, retry: fast })
      .offer('o1')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CmkGraphQLError);
    expect(error).toMatchObject({ code: 'RATE_LIMITED', status: 429, retryAfterSeconds: 1 });
    expect(seen).toHaveLength(1);
  });
});

describe('what is sent', () => {
  it('documents go by their trusted hash, no text; send: "text" sends the text', async () => {
    await createClient({ url }).offer('o1');
    expect(seen[0]).toMatchObject({
      operationName: 'Offer',
      extensions: { persistedQuery: { version: 1, sha256Hash: expect.any(String) } },
    });
    expect(seen[0]?.query).toBeUndefined();

    await createClient({ url, send: 'text' }).offer('o1');
    expect(seen[1]?.query).toMatch(/^\s*query Offer\(/);
    expect(seen[1]?.extensions).toBeUndefined();
  });
});
