import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import fs from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';

const fixture = JSON.parse(
  fs.readFileSync(new URL('../fixtures/apigw-v2-post-graphql.json', import.meta.url), 'utf8'),
) as APIGatewayProxyEventV2;
const parseJson = (body: string | undefined) => {
  try {
    return JSON.parse(body ?? '{}');
  } catch {
    return { text: body };
  }
};
type Handler = (e: APIGatewayProxyEventV2, c: Context) => Promise<APIGatewayProxyStructuredResultV2>;

async function handlerFor(stage: string): Promise<Handler> {
  vi.resetModules();
  vi.stubEnv('STAGE', stage);
  vi.stubEnv('LOG_LEVEL', 'SILENT');
  // No DynamoDB behind it: a query that reached a resolver would fail with INTERNAL_SERVER_ERROR.
  vi.stubEnv('DYNAMODB_ENDPOINT', 'http://127.0.0.1:9');
  if (stage === 'prod') vi.stubEnv('COGNITO_USER_POOL_ID', 'eu-west-1_Test123');
  if (stage === 'prod') vi.stubEnv('JWT_AUDIENCE', 'test-client');
  return (await import('../../src/handler.ts')).handler as Handler;
}

const post = (handler: Handler, body: unknown) =>
  handler({ ...fixture, body: typeof body === 'string' ? body : JSON.stringify(body) }, { awsRequestId: 'x' } as Context).then((r) => ({
    status: r.statusCode,
    headers: r.headers ?? {},
    json: parseJson(r.body) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] },
  }));

describe('abusive queries are refused before execution', () => {
  let handler: Handler;
  beforeAll(async () => {
    handler = await handlerFor('test');
  });

  it('a 20-deep query', async () => {
    let selection = 'id';
    for (let i = 0; i < 10; i++) selection = `partner { offers { edges { node { ${selection} } } } }`;
    const { json } = await post(handler, { query: `{ offers { edges { node { ${selection} } } } }` });
    expect(json.data).toBeUndefined();
    expect(json.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('a 500-alias query', async () => {
    const aliases = Array.from({ length: 500 }, (_, i) => `a${i}: me { role }`).join(' ');
    const { json } = await post(handler, { query: `{ ${aliases} }` });
    expect(json.data).toBeUndefined();
    expect(json.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('a malformed body', async () => {
    const { status, json } = await post(handler, '{"query": "{ me { role }');
    expect(status).toBe(400);
    expect(JSON.stringify(json)).not.toContain('at JSON.parse');
  });

  it('a fault inside a resolver is masked as INTERNAL_SERVER_ERROR without internals', async () => {
    const { json } = await post(handler, { query: '{ offers { totalCount } }' });
    expect(json.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(json.errors?.[0]?.message).toBe('Internal server error');
    expect(JSON.stringify(json)).not.toMatch(/ECONNREFUSED|stack|127\.0\.0\.1/);
  });
});

describe('production hardening', () => {
  let handler: Handler;
  beforeAll(async () => {
    handler = await handlerFor('prod');
  });

  it('refuses introspection and gives no field suggestions', async () => {
    const introspection = await post(handler, { query: '{ __schema { types { name } } }' });
    expect(introspection.json.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await post(handler, { query: '{ me { rol } }' });
    expect(typo.json.errors?.[0]?.message).not.toContain('Did you mean');
  });

  it('shows no explorer page', async () => {
    const page = await handler(
      {
        ...fixture,
        requestContext: { ...fixture.requestContext, http: { ...fixture.requestContext.http, method: 'GET' } },
        headers: { accept: 'text/html' },
        body: undefined,
      },
      { awsRequestId: 'x' } as Context,
    );
    expect(page.body ?? '').not.toContain('<html');
  });
});
