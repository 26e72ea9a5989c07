/**
 * The sync endpoint: Strapi's outbox posts signed deliveries of content changes here.
 * Its own Lambda in AWS (POST /sync), the same handler locally behind the adapter.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { parseEnv } from '../env.ts';
import { createLogger } from '../shared/logger.ts';
import { createDynamoDb } from '../sources/dynamodb/client.ts';
import { createStrapiClient } from '../sources/strapi/client.ts';
import { applyDelivery, deliverySchema, type SyncDeps } from './apply-changes.ts';
import { parseSyncSettings, resolveSecret } from './settings.ts';
import { REPLAY_WINDOW_SECONDS, SIGNATURE_HEADER, verify } from '@cmk/cms/src/sync/signature.ts';
import { documents } from '../sources/dynamodb/sdk.ts';

const { GetCommand, PutCommand } = documents;

export interface SyncEndpointDeps extends SyncDeps {
  readonly secret: string;
  readonly now?: () => number;
}

const json = (statusCode: number, body: object): APIGatewayProxyStructuredResultV2 => ({
  statusCode,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

const deliveryKey = (id: string) => ({ pk: `DELIVERY#${id}`, sk: 'DELIVERY' });

/** Verifies, refuses replays, applies. Nothing is written unless the signature holds. */
export async function handleSync(deps: SyncEndpointDeps, event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> {
  if (event.requestContext.http.method !== 'POST') return json(405, { error: 'Use POST.' });
  const body = event.body ? (event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body) : '';
  const now = deps.now?.() ?? Date.now();
  const check = verify(body, event.headers?.[SIGNATURE_HEADER], deps.secret, Math.floor(now / 1000));
  if (!check.ok) return json(401, { error: `Signature ${check.reason}.`, code: 'UNAUTHENTICATED' });

  let delivery;
  try {
    delivery = deliverySchema.parse(JSON.parse(body));
  } catch {
    return json(400, { error: 'The body is not a delivery of content changes.', code: 'BAD_USER_INPUT' });
  }
  const { store } = deps;
  const seen = await store.doc.send(
    new GetCommand({ TableName: store.tableName, Key: deliveryKey(delivery.deliveryId), ConsistentRead: true }),
  );
  if (seen.Item) return json(409, { error: 'This delivery was already applied.', code: 'REPLAYED' });

  const report = await applyDelivery(deps, delivery);
  // Remembered after applying, so a delivery that failed half-way can be retried; a repeat is idempotent anyway.
  await store.doc.send(
    new PutCommand({
      TableName: store.tableName,
      Item: { ...deliveryKey(delivery.deliveryId), expiresAt: Math.floor(now / 1000) + 2 * REPLAY_WINDOW_SECONDS },
    }),
  );
  return json(200, { ok: true, ...report });
}

let ready: Promise<SyncEndpointDeps> | undefined;

async function createDeps(): Promise<SyncEndpointDeps> {
  const env = parseEnv();
  const settings = parseSyncSettings();
  const [token, secret] = await Promise.all([
    resolveSecret(settings.STRAPI_TOKEN, settings.STRAPI_TOKEN_FILE, settings.STRAPI_TOKEN_SECRET_ARN, 'the Strapi API token'),
    resolveSecret(settings.SYNC_SECRET, undefined, settings.SYNC_SECRET_ARN, 'the sync secret'),
  ]);
  const { doc } = createDynamoDb({ endpoint: env.DYNAMODB_ENDPOINT, region: env.AWS_REGION });
  return {
    store: { doc, tableName: env.CONTENT_TABLE },
    participation: { doc, tableName: env.PARTICIPATION_TABLE },
    strapi: createStrapiClient(settings.STRAPI_URL, token),
    secret,
  };
}

const logger = createLogger(process.env.LOG_LEVEL ?? 'INFO', 'cmk-sync');

export const handler = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
  try {
    ready ??= createDeps();
    const result = await handleSync(await ready, event);
    logger.info('sync delivery', { status: result.statusCode, requestId: event.requestContext.requestId });
    return result;
  } catch (error) {
    ready = undefined; // settings or secrets may be fixed on the next call
    logger.error('sync failed', { error: error as Error, requestId: event.requestContext.requestId });
    // 503: the outbox keeps the delivery and retries with back-off.
    return json(503, { error: 'The change could not be applied now; retry later.', code: 'INTERNAL_SERVER_ERROR' });
  }
};
