import fs from 'node:fs';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_QUERY_COST } from '../../src/http/cost.ts';
import type { TableNames } from '../../src/sources/dynamodb/create-tables.ts';
import { buildCatalogue, projectCatalogue } from '../support/content-fixtures.ts';
import { startDynamoDbLocal, type TestDynamoDb } from '../support/dynamodb.ts';
import { createTestApi, type TestApi } from '../support/graphql.ts';

const fixture = JSON.parse(
  fs.readFileSync(new URL('../fixtures/apigw-v2-post-graphql.json', import.meta.url), 'utf8'),
) as APIGatewayProxyEventV2;
type Handler = (e: APIGatewayProxyEventV2, c: Context) => Promise<APIGatewayProxyStructuredResultV2>;

async function testHandler(): Promise<Handler> {
  vi.resetModules();
  vi.stubEnv('STAGE', 'test');
  vi.stubEnv('LOG_LEVEL', 'SILENT');
  // Nothing behind it: these tests are about what happens before and around execution.
  vi.stubEnv('DYNAMODB_ENDPOINT', 'http://127.0.0.1:9');
  return (await import('../../src/handler.ts')).handler as Handler;
}

const FULL_PAGE = `{
  offers(first: 100) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      id title slug offerTypeLabel locationTypeLabel pricePerPupil
      disciplines { value label } municipalities { code name } sectors { sector label gradeFrom gradeTo }
      prices { amount unit unitLabel } themes { value label } kerndoelen
      partner { id name kind municipality { code name } } project { id title }
      capacity remainingCapacity bookingsCount
    } }
  }
}`;
// offers → partner → offers: every level multiplies the one above.
const NESTED = '{ offers(first: 100) { edges { node { partner { offers { edges { node { id } } } } } } } }';
const NESTED_BY_VARIABLE = `query ($n: Int) { offers(first: $n) { edges { node { partner { offers(first: $n) { edges { node { id } } } } } } } }`;

describe('the cost model', () => {
  let db: TestDynamoDb;
  let tables: TableNames;
  let api: TestApi;
  beforeAll(async () => {
    db = await startDynamoDbLocal();
    tables = await db.createTestTables();
    await projectCatalogue({ doc: db.doc, tableName: tables.content }, buildCatalogue(120, 7));
    api = createTestApi(db.doc, tables);
  });
  afterAll(async () => {
    await db?.stop();
  });

  it('accepts a full page of 100 offers with their lists, partner and figures', async () => {
    const { data, errors } = await api.run<{ offers: { edges: { node: { disciplines: unknown[]; partner: unknown } }[] } }>(FULL_PAGE);
    expect(errors).toBeUndefined();
    expect(data!.offers.edges).toHaveLength(100);
    expect(data!.offers.edges.every((e) => e.node.disciplines.length > 0 && e.node.partner)).toBe(true);
  });

  it('refuses lists nested in lists, also when the page size comes from a variable', async () => {
    for (const [query, variables] of [
      [NESTED, undefined],
      [NESTED_BY_VARIABLE, { n: 100 }],
    ] as const) {
      const { data, errors } = await api.run(query, variables);
      expect(data).toBeUndefined();
      expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(errors?.[0]?.message).toMatch(new RegExp(`Query cost limit of ${MAX_QUERY_COST} exceeded, found \\d+`));
    }
    // The same shape with small pages stays allowed: it is the product of the page sizes that counts.
    const small = await api.run(NESTED_BY_VARIABLE, { n: 5 });
    expect(small.errors).toBeUndefined();
    // Costs are kept per document and variables: asking the large pages again is refused again.
    const again = await api.run(NESTED_BY_VARIABLE, { n: 100 });
    expect(again.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('HTTP status codes (GraphQL over HTTP)', () => {
  let handler: Handler;
  beforeAll(async () => {
    handler = await testHandler();
  });
  const post = async (body: string, headers: Record<string, string> = fixture.headers as Record<string, string>) => {
    const r = await handler({ ...fixture, headers, body }, { awsRequestId: 'x' } as Context);
    return { status: r.statusCode ?? 200, headers: r.headers ?? {}, json: JSON.parse(r.body ?? 'null') };
  };

  it('answers 2,000 repeated directives with 400, not 500', async () => {
    const { status, json } = await post(JSON.stringify({ query: `{ me ${'@include(if: true) '.repeat(2000)} { role } }` }));
    expect(status).toBe(400);
    expect(json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(json.errors[0].message).toContain('2000 tokens');
  });

  it('answers every validation refusal with a 4xx', async () => {
    const refused = [
      '{ nope }',
      `{ me ${'@include(if: true) '.repeat(30)} { role } }`,
      `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: me { role }`).join(' ')} }`,
      '{ offers { edges { node { partner { offers { edges { node { partner { offers { edges { node { id } } } } } } } } } } } }',
      NESTED,
      '{ offers(first: "many") { totalCount } }',
      '{ me { role ',
    ];
    for (const query of refused) {
      const { status, json } = await post(JSON.stringify({ query }));
      expect(status, query.slice(0, 60)).toBeGreaterThanOrEqual(400);
      expect(status, query.slice(0, 60)).toBeLessThan(500);
      expect(json.errors[0].extensions.code, query.slice(0, 60)).toMatch(/^GRAPHQL_(VALIDATION|PARSE)_FAILED$/);
    }
  });

  it('answers a body that is not JSON with a JSON error that has a code', async () => {
    for (const body of ['this is not json', '{"query": "{ me { role }']) {
      const { status, headers, json } = await post(body);
      expect(status).toBe(400);
      expect(headers['content-type']).toMatch(/^application\/json/);
      expect(json.errors[0].extensions.code).toBe('BAD_REQUEST');
      expect(JSON.stringify(json)).not.toMatch(/Unexpected token|JSON\.parse/);
    }
  });
});

describe('caching by language', () => {
  it('marks cacheable answers with Vary: Accept-Language (and who asks)', async () => {
    const handler = await testHandler();
    const result = await handler({ ...fixture, headers: { ...fixture.headers, 'accept-language': 'en' } }, {
      awsRequestId: 'x',
    } as Context);
    expect(result.headers?.['cache-control']).toBe('public, max-age=60');
    const vary = String(result.headers?.vary ?? '')
      .split(',')
      .map((v) => v.trim().toLowerCase());
    expect(vary).toEqual(expect.arrayContaining(['accept-language', 'authorization', 'x-api-key']));
  });
});
