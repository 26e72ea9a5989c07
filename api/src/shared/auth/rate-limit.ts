/**
 * A per-key rate limit that holds across Lambda containers and locally: fixed windows (one
 * second, one minute) counted in DynamoDB with a conditional update. Counter items expire through
 * the table's TTL attribute `expiresAt` (DynamoDB Local keeps them; they are never read again).
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { RateLimitedError } from './errors.ts';
import { authKeys } from './keys.ts';
import { documents, dynamodb } from '../../sources/dynamodb/sdk.ts';

const { ConditionalCheckFailedException } = dynamodb;
const { UpdateCommand } = documents;

export interface RateLimits {
  readonly perSecond: number;
  readonly perMinute: number;
}

export interface RateLimiterDeps {
  readonly doc: DynamoDBDocumentClient;
  readonly tableName: string;
  readonly limits: RateLimits;
  readonly now: () => Date;
}

const WINDOWS = [
  { name: 'second', prefix: 'S', seconds: 1, limit: (l: RateLimits) => l.perSecond },
  { name: 'minute', prefix: 'M', seconds: 60, limit: (l: RateLimits) => l.perMinute },
] as const;

/** Counts one request of `subject`; throws RateLimitedError (retry-after = rest of the full window) when a window is full. */
export async function consumeRateLimit(deps: RateLimiterDeps, subject: string): Promise<void> {
  const nowMs = deps.now().getTime();
  // The short window first: a burst refused there does not use up the minute's budget.
  for (const window of WINDOWS) {
    const index = Math.floor(nowMs / 1000 / window.seconds);
    const windowEndMs = (index + 1) * window.seconds * 1000;
    const limit = window.limit(deps.limits);
    try {
      await deps.doc.send(
        new UpdateCommand({
          TableName: deps.tableName,
          Key: authKeys.rateWindow(subject, `${window.prefix}#${index}`),
          UpdateExpression: 'ADD #count :one SET #expiresAt = if_not_exists(#expiresAt, :expiresAt)',
          ConditionExpression: 'attribute_not_exists(#count) OR #count < :limit',
          ExpressionAttributeNames: { '#count': 'count', '#expiresAt': 'expiresAt' },
          ExpressionAttributeValues: {
            ':one': 1,
            ':limit': limit,
            // Kept a little beyond the window so a late reader never recreates a spent window.
            ':expiresAt': Math.ceil(windowEndMs / 1000) + 60,
          },
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException || (error as { name?: string }).name === 'ConditionalCheckFailedException') {
        throw new RateLimitedError(Math.max(1, Math.ceil((windowEndMs - nowMs) / 1000)), window.name, limit);
      }
      throw new Error('Rate limit counter could not be updated', { cause: error });
    }
  }
}
