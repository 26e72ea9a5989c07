/**
 * Partner API keys for machine clients. A key reads `cmk_<keyId>.<secret>`: the key id is public
 * (it names the key in lists, logs and `revoke`), the secret is shown once and stored only as its
 * SHA-256. Every request reads the key item with a consistent read, so a revoked key is refused
 * on the very next request: there is no cache.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { queryIndex } from '../../sources/dynamodb/query.ts';
import type { Viewer } from '../../domain/viewer.ts';
import { CONTENT_ID } from './claims.ts';
import { AuthenticationError } from './errors.ts';
import { authIndexKeys, authKeys } from './keys.ts';
import { consumeRateLimit, type RateLimits } from './rate-limit.ts';
import { documents } from '../../sources/dynamodb/sdk.ts';

const { GetCommand, PutCommand, UpdateCommand } = documents;

export const API_KEY_FORMAT = /^cmk_([0-9a-f]{16})\.([A-Za-z0-9_-]{43})$/;

export interface ApiKeyStore {
  readonly doc: DynamoDBDocumentClient;
  readonly tableName: string;
  readonly now: () => Date;
}

/** What is stored: never the secret. */
export interface ApiKeyRecord {
  readonly keyId: string;
  readonly partnerId: string;
  readonly name?: string;
  readonly createdAt: string;
  readonly revokedAt?: string;
}

const sha256 = (secret: string): Buffer => createHash('sha256').update(secret, 'utf8').digest();

export async function createApiKey(
  store: ApiKeyStore,
  input: { partnerId: string; name?: string },
): Promise<{ key: string; record: ApiKeyRecord }> {
  if (!CONTENT_ID.test(input.partnerId)) throw new Error(`Not a partner id: ${input.partnerId}`);
  const keyId = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  const createdAt = store.now().toISOString();
  const record: ApiKeyRecord = { keyId, partnerId: input.partnerId, createdAt, ...(input.name ? { name: input.name } : {}) };
  await store.doc.send(
    new PutCommand({
      TableName: store.tableName,
      Item: {
        ...authKeys.apiKey(keyId),
        ...authIndexKeys.apiKey(input.partnerId, createdAt, keyId),
        kind: 'ApiKey',
        ...record,
        secretHash: sha256(secret).toString('hex'),
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
  return { key: `cmk_${keyId}.${secret}`, record };
}

/** Marks the key revoked (kept for the audit trail); null when no such key exists. */
export async function revokeApiKey(store: ApiKeyStore, keyId: string): Promise<ApiKeyRecord | null> {
  try {
    const { Attributes } = await store.doc.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: authKeys.apiKey(keyId),
        UpdateExpression: 'SET revokedAt = if_not_exists(revokedAt, :at)',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':at': store.now().toISOString() },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return Attributes ? toRecord(Attributes) : null;
  } catch (error) {
    if ((error as { name?: string }).name === 'ConditionalCheckFailedException') return null;
    throw error;
  }
}

/** One key's record (revoked or not), or null. */
export async function getApiKey(store: ApiKeyStore, keyId: string): Promise<ApiKeyRecord | null> {
  if (!/^[0-9a-f]{16}$/.test(keyId)) return null;
  const { Item } = await store.doc.send(new GetCommand({ TableName: store.tableName, Key: authKeys.apiKey(keyId), ConsistentRead: true }));
  return Item?.kind === 'ApiKey' ? toRecord(Item) : null;
}

export async function listApiKeys(store: ApiKeyStore, partnerId: string): Promise<ApiKeyRecord[]> {
  const items = await queryIndex(store, 'gsi1', authIndexKeys.apiKey(partnerId, '', '').gsi1pk);
  return items.map(toRecord);
}

export interface ApiKeyVerifierDeps extends ApiKeyStore {
  readonly limits: RateLimits;
}

/** The partner a key stands for, after the rate limit has counted the request. */
export async function verifyApiKey(deps: ApiKeyVerifierDeps, presented: string): Promise<Viewer> {
  const match = API_KEY_FORMAT.exec(presented.trim());
  if (!match) throw new AuthenticationError('malformed', 'This API key is not valid (malformed).');
  const [, keyId, secret] = match as unknown as [string, string, string];
  const { Item } = await deps.doc.send(new GetCommand({ TableName: deps.tableName, Key: authKeys.apiKey(keyId), ConsistentRead: true }));
  const stored = typeof Item?.secretHash === 'string' ? Buffer.from(Item.secretHash, 'hex') : undefined;
  const presentedHash = sha256(secret);
  const matches = stored !== undefined && stored.length === presentedHash.length && timingSafeEqual(stored, presentedHash);
  if (!Item || !matches || Item.revokedAt) {
    throw new AuthenticationError('unknown or revoked api key', 'This API key is not valid (unknown or revoked).');
  }
  await consumeRateLimit({ doc: deps.doc, tableName: deps.tableName, limits: deps.limits, now: deps.now }, `APIKEY#${keyId}`);
  return { role: 'PARTNER', partnerId: String(Item.partnerId), credential: 'API_KEY' };
}

function toRecord(item: Record<string, unknown>): ApiKeyRecord {
  return {
    keyId: String(item.keyId),
    partnerId: String(item.partnerId),
    createdAt: String(item.createdAt),
    ...(typeof item.name === 'string' ? { name: item.name } : {}),
    ...(typeof item.revokedAt === 'string' ? { revokedAt: item.revokedAt } : {}),
  };
}
