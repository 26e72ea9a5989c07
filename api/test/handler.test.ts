import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLambdaHttpServer } from '../src/local/http-adapter.ts';

const fixture = JSON.parse(
  fs.readFileSync(new URL('./fixtures/apigw-v2-post-graphql.json', import.meta.url), 'utf8'),
) as APIGatewayProxyEventV2;
const lambdaContext = { awsRequestId: 'ctx-1', functionName: 'graphql' } as Context;

async function coldHandler() {
  vi.resetModules(); // a new module instance is a new Lambda container
  vi.stubEnv('STAGE', 'test');
  vi.stubEnv('LOG_LEVEL', 'SILENT');
  const { handler } = await import('../src/handler.ts');
  return handler as (e: APIGatewayProxyEventV2, c: Context) => Promise<APIGatewayProxyStructuredResultV2>;
}

describe('Lambda handler', () => {
  it('answers an API Gateway v2 event on a cold start', async () => {
    const handler = await coldHandler();
    const result = await handler(fixture, lambdaContext);
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body!)).toEqual({ data: { __typename: 'Query', me: { role: 'ANONYMOUS' } } });
  });

  it('answers a malformed body with 400 and a code, without crashing', async () => {
    const handler = await coldHandler();
    const result = await handler({ ...fixture, body: '{"query": ' }, lambdaContext);
    expect(result.statusCode).toBe(400);
    const again = await handler(fixture, lambdaContext);
    expect(again.statusCode).toBe(200);
  });
});

describe('calendar feeds through the same handler', () => {
  it('answers GET /calendar/<token>.ics itself, with a short 404 text for a token it does not know', async () => {
    const handler = await coldHandler();
    const event = {
      ...fixture,
      rawPath: '/calendar/not-a-token.ics',
      body: undefined,
      requestContext: {
        ...fixture.requestContext,
        http: { ...fixture.requestContext.http, method: 'GET', path: '/calendar/not-a-token.ics' },
      },
    } as APIGatewayProxyEventV2;
    const result = await handler(event, lambdaContext);
    expect(result.statusCode).toBe(404);
    expect(result.headers?.['content-type']).toBe('text/plain; charset=utf-8');
    expect(result.body).toMatch(/unknown or revoked/);
  });
});

describe('local HTTP adapter', () => {
  let server: http.Server;
  let url: string;
  beforeAll(async () => {
    const handler = await coldHandler();
    server = createLambdaHttpServer({ '/graphql': handler as never });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('serves the same handler over HTTP', async () => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { role } }' }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { me: { role: 'ANONYMOUS' } } });
  });

  it('shows the explorer page to a browser locally', async () => {
    const res = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<html');
  });

  it('answers unknown paths with 404', async () => {
    expect((await fetch(`${url}/nope`)).status).toBe(404);
  });
});

describe('cache hints', () => {
  it('lets anonymous content reads be cached publicly, and nothing personal', async () => {
    const handler = await coldHandler();
    const anonymous = await handler(fixture, lambdaContext);
    expect(anonymous.headers?.['cache-control']).toBe('public, max-age=60');
    const failing = await handler({ ...fixture, body: JSON.stringify({ query: '{ nope }' }) }, lambdaContext);
    expect(failing.headers?.['cache-control']).toBe('private, no-store');
    const mutation = await handler(
      { ...fixture, body: JSON.stringify({ query: 'mutation { confirmBooking(id: "x") { booking { id } } }' }) },
      lambdaContext,
    );
    expect(mutation.headers?.['cache-control']).toBe('private, no-store');
  });
});
