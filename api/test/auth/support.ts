/** Helpers of the access-control tests: a cold Lambda handler with settings, and GraphQL calls through it. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { vi } from 'vitest';

const fixture = JSON.parse(
  fs.readFileSync(new URL('../fixtures/apigw-v2-post-graphql.json', import.meta.url), 'utf8'),
) as APIGatewayProxyEventV2;
const lambdaContext = { awsRequestId: 'ctx-auth', functionName: 'graphql' } as Context;

export type Handler = (e: APIGatewayProxyEventV2, c: Context) => Promise<APIGatewayProxyStructuredResultV2>;

/** A new module instance is a new Lambda container, reading the environment at cold start. */
export async function coldHandler(env: Record<string, string>): Promise<Handler> {
  vi.resetModules();
  vi.unstubAllEnvs();
  vi.stubEnv('STAGE', 'test');
  vi.stubEnv('LOG_LEVEL', 'SILENT');
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  const { handler } = await import('../../src/handler.ts');
  return handler as Handler;
}

export interface GraphQLAnswer {
  status: number;
  headers: Record<string, unknown>;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

export const ME = '{ me { role schoolId partnerId regionId } }';

export async function ask(handler: Handler, headers: Record<string, string>, query = ME): Promise<GraphQLAnswer> {
  const result = await handler({ ...fixture, headers: { ...fixture.headers, ...headers }, body: JSON.stringify({ query }) }, lambdaContext);
  return {
    status: result.statusCode ?? 200,
    headers: (result.headers ?? {}) as Record<string, unknown>,
    body: JSON.parse(result.body ?? '{}') as GraphQLAnswer['body'],
  };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export const tempDir = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), `cmk-${prefix}-`));
