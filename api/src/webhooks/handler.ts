/**
 * The webhook delivery Lambda. Two triggers, one code path with `npm start`'s dispatcher:
 * - the participation table's DynamoDB stream, filtered to new booking-change items: each change
 *   is fanned out to its partner's endpoints and attempted at once. A change that cannot be
 *   handled is reported as a batch item failure, so Lambda retries it and finally sends it to the
 *   dead-letter queue (infra/lib/constructs/webhook-delivery.ts), where an alarm fires;
 * - a schedule every minute: the retries that are due.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { parseEnv } from '../env.ts';
import { toChange } from '../modules/bookings/change-feed.ts';
import { targetRulesFor } from '../modules/integrations/target-url.ts';
import { deliverDue, fanOut, type DeliveryDeps } from '../modules/integrations/webhook-delivery.ts';
import { createServices, participationStore } from '../services.ts';
import { createLogger } from '../shared/logger.ts';

type Event = DynamoDBStreamEvent | { readonly source?: string };

export function createWebhookHandler(deps: DeliveryDeps) {
  return async (event: Event): Promise<DynamoDBBatchResponse | { attempted: number }> => {
    if (!('Records' in event)) return { attempted: await deliverDue(deps) };
    const batchItemFailures: DynamoDBBatchResponse['batchItemFailures'] = [];
    for (const record of event.Records) {
      const image = record.dynamodb?.NewImage;
      if (record.eventName !== 'INSERT' || !image) continue;
      const item = unmarshall(image as Record<string, AttributeValue>);
      if (item.type !== 'BookingChange') continue;
      try {
        await fanOut(deps, toChange(item));
      } catch (error) {
        deps.logger?.info('webhook fan-out failed', { error: error instanceof Error ? error.message : String(error) });
        // Everything from this record on is handed back, so the stream keeps its order per shard.
        batchItemFailures.push({ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' });
        break;
      }
    }
    return { batchItemFailures };
  };
}

let handle: ReturnType<typeof createWebhookHandler> | undefined;

export const handler = async (event: Event) => {
  if (!handle) {
    const env = parseEnv();
    handle = createWebhookHandler({
      store: participationStore(createServices(env)),
      rules: targetRulesFor(env.STAGE),
      logger: createLogger(env.LOG_LEVEL, 'cmk-webhooks'),
    });
  }
  return handle(event);
};
