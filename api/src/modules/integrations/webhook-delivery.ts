/**
 * Delivering booking changes to partners' webhook endpoints, the same code in AWS (the DynamoDB
 * stream of the participation table calls `fanOut`, a schedule calls `deliverDue`) and locally
 * (`npm start` polls the feeds: local/webhook-dispatcher.ts).
 *
 * A delivery follows the Standard Webhooks specification: `webhook-id` (the same on every attempt
 * and redelivery), `webhook-timestamp` and `webhook-signature`, signed with the `standardwebhooks`
 * library partners verify with. A failed attempt is tried again after RETRY_AFTER_MS (about a day
 * in all); an endpoint whose attempts have all failed for DISABLE_AFTER_MS is disabled and gets
 * nothing until its partner enables it again.
 */
import { Webhook } from 'standardwebhooks';
import type { BookingChangeRecord, BookingRecord, WebhookDeliveryRecord, WebhookEndpointRecord } from '../../domain/records.ts';
import { indexKeys, keys } from '../../sources/dynamodb/keys.ts';
import { queryAll, queryIndex, type Item } from '../../sources/dynamodb/query.ts';
import { nowOf, type ParticipationStore } from '../../sources/dynamodb/store.ts';
import { encodeChangeCursor } from '../bookings/change-feed.ts';
import { checkTarget, type TargetRules } from './target-url.ts';
import { documents, dynamodb } from '../../sources/dynamodb/sdk.ts';

const { GetCommand, PutCommand, UpdateCommand } = documents;
const { ConditionalCheckFailedException } = dynamodb;

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
/** Waits before the 2nd, 3rd… attempt: 8 attempts over about 28 hours. */
export const RETRY_AFTER_MS = [5 * SECOND, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 5 * HOUR, 10 * HOUR, 10 * HOUR] as const;
export const DISABLE_AFTER_MS = 24 * HOUR;
const ATTEMPT_TIMEOUT_MS = 10 * SECOND;

export interface DeliveryDeps {
  readonly store: ParticipationStore;
  readonly rules: TargetRules;
  readonly logger?: { info(message: string, attributes: Record<string, unknown>): void };
}

export const eventTypeName = (type: string): string => `booking.${type.toLowerCase()}`;

/** What a partner's system receives of a booking: what the partner reads through GraphQL, without teachers' names. */
function bookingPayload(b: BookingRecord) {
  return {
    id: b.id,
    offerId: b.offerId,
    schoolId: b.schoolId,
    schoolName: b.schoolName,
    schoolYear: b.schoolYear,
    status: b.status,
    groups: b.groups.map((g) => ({ grade: g.grade, pupils: g.pupils })),
    preferredDates: b.preferredDates,
    note: b.note ?? null,
    requestedAt: b.requestedAt,
    updatedAt: b.updatedAt,
    declineReason: b.declineReason ?? null,
    cancellation: b.cancellation ?? null,
    activity: b.activity ?? null,
    evaluation: b.evaluation ?? null,
  };
}

/** Records keep optional fields absent rather than undefined (DynamoDB stores no undefined). */
export const withoutUndefined = <T>(record: T): T => JSON.parse(JSON.stringify(record)) as T;

export const toEndpoint = (item: Item): WebhookEndpointRecord => item.record as WebhookEndpointRecord;
const toDelivery = (item: Item): WebhookDeliveryRecord => item.record as WebhookDeliveryRecord;

export async function getEndpoint(store: ParticipationStore, id: string): Promise<WebhookEndpointRecord | null> {
  if (!/^[0-9a-f]{16}$/.test(id)) return null;
  const { Item } = await store.doc.send(
    new GetCommand({ TableName: store.tableName, Key: keys.webhookEndpoint(id), ConsistentRead: true }),
  );
  return Item ? toEndpoint(Item) : null;
}

export async function putEndpoint(store: ParticipationStore, endpoint: WebhookEndpointRecord): Promise<void> {
  await store.doc.send(
    new PutCommand({
      TableName: store.tableName,
      Item: {
        ...keys.webhookEndpoint(endpoint.id),
        ...indexKeys.webhookEndpoint(endpoint.partnerId, endpoint.createdAt, endpoint.id),
        type: 'WebhookEndpoint',
        record: withoutUndefined(endpoint),
      },
    }),
  );
}

export async function endpointsOf(store: ParticipationStore, partnerId: string): Promise<WebhookEndpointRecord[]> {
  return (await queryIndex(store, 'gsi1', `PARTNER#${partnerId}#WEBHOOKS`)).map(toEndpoint);
}

/** Every endpoint (the local dispatcher only). */
export async function allEndpoints(store: ParticipationStore): Promise<WebhookEndpointRecord[]> {
  return (await queryIndex(store, 'gsi3', 'WEBHOOK_ENDPOINTS')).map(toEndpoint);
}

export async function deliveriesOf(store: ParticipationStore, endpointId: string, first: number): Promise<WebhookDeliveryRecord[]> {
  const { pk } = keys.webhookEndpoint(endpointId);
  const items = await queryAll(store, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :sk)',
    ExpressionAttributeValues: { ':pk': pk, ':sk': 'DELIVERY#' },
    ScanIndexForward: false,
    ConsistentRead: true,
    Limit: first,
  });
  return items.slice(0, first).map(toDelivery);
}

export async function getDelivery(store: ParticipationStore, endpointId: string, sequence: number): Promise<WebhookDeliveryRecord | null> {
  const { Item } = await store.doc.send(
    new GetCommand({ TableName: store.tableName, Key: keys.webhookDelivery(endpointId, sequence), ConsistentRead: true }),
  );
  return Item ? toDelivery(Item) : null;
}

async function saveDelivery(store: ParticipationStore, delivery: WebhookDeliveryRecord, condition?: 'new'): Promise<boolean> {
  const due =
    delivery.status === 'PENDING' && delivery.nextAttemptAt
      ? indexKeys.webhookDue(delivery.nextAttemptAt, delivery.endpointId, delivery.sequence)
      : {};
  try {
    await store.doc.send(
      new PutCommand({
        TableName: store.tableName,
        Item: {
          ...keys.webhookDelivery(delivery.endpointId, delivery.sequence),
          ...due,
          type: 'WebhookDelivery',
          record: withoutUndefined(delivery),
        },
        ...(condition === 'new' ? { ConditionExpression: 'attribute_not_exists(pk)' } : {}),
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/**
 * A change reaches every enabled endpoint of its partner that asked for its type and existed when
 * it happened. Each gets one delivery (a stream that hands the same change over twice makes none
 * more), attempted at once.
 */
export async function fanOut(deps: DeliveryDeps, change: BookingChangeRecord): Promise<WebhookDeliveryRecord[]> {
  const endpoints = (await endpointsOf(deps.store, change.partnerId)).filter(
    (e) => e.status === 'ENABLED' && e.eventTypes.includes(change.type) && e.createdAt <= change.at,
  );
  const now = nowOf(deps.store).toISOString();
  const payload = JSON.stringify({
    type: eventTypeName(change.type),
    timestamp: change.at,
    data: { sequence: change.sequence, cursor: encodeChangeCursor(change.sequence), booking: bookingPayload(change.booking) },
  });
  const made: WebhookDeliveryRecord[] = [];
  for (const endpoint of endpoints) {
    const delivery: WebhookDeliveryRecord = {
      endpointId: endpoint.id,
      partnerId: change.partnerId,
      messageId: `msg_${change.partnerId}_${change.sequence}`,
      sequence: change.sequence,
      eventType: change.type,
      payload,
      status: 'PENDING',
      attempts: 0,
      nextAttemptAt: now,
      createdAt: now,
    };
    if (await saveDelivery(deps.store, delivery, 'new')) made.push(await attempt(deps, delivery));
  }
  return made;
}

type Outcome = { ok: true; code: number } | { ok: false; code?: number; error: string };

async function post(endpoint: WebhookEndpointRecord, delivery: WebhookDeliveryRecord, rules: TargetRules): Promise<Outcome> {
  try {
    const url = await checkTarget(endpoint.url, rules);
    // Signed at the moment of sending: receivers refuse timestamps more than a few minutes off.
    const sentAt = new Date();
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'CmK-Webhooks/1.0',
        'webhook-id': delivery.messageId,
        'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
        'webhook-signature': new Webhook(endpoint.secret).sign(delivery.messageId, sentAt, delivery.payload),
      },
      body: delivery.payload,
      // A redirect could lead anywhere, also inside our network: it counts as a failure.
      redirect: 'manual',
      signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
    });
    await response.body?.cancel();
    return response.status >= 200 && response.status < 300
      ? { ok: true, code: response.status }
      : { ok: false, code: response.status, error: `answered ${response.status}` };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message.slice(0, 200) : 'failed' };
  }
}

/** One attempt of a delivery, with its outcome written to the log and the endpoint. */
export async function attempt(deps: DeliveryDeps, delivery: WebhookDeliveryRecord): Promise<WebhookDeliveryRecord> {
  const { store } = deps;
  const endpoint = await getEndpoint(store, delivery.endpointId);
  const at = nowOf(store);
  if (!endpoint || endpoint.status !== 'ENABLED') {
    const dropped: WebhookDeliveryRecord = { ...delivery, status: 'FAILED', lastError: 'endpoint disabled', nextAttemptAt: undefined };
    await saveDelivery(store, dropped);
    return dropped;
  }
  const outcome = await post(endpoint, delivery, deps.rules);
  const attempts = delivery.attempts + 1;
  const wait = RETRY_AFTER_MS[attempts - 1];
  const next: WebhookDeliveryRecord = {
    ...delivery,
    attempts,
    lastAttemptAt: at.toISOString(),
    lastResponseCode: outcome.code,
    lastError: outcome.ok ? undefined : outcome.error,
    status: outcome.ok ? 'DELIVERED' : wait === undefined ? 'FAILED' : 'PENDING',
    nextAttemptAt: outcome.ok || wait === undefined ? undefined : new Date(at.getTime() + wait).toISOString(),
  };
  await saveDelivery(store, next);
  deps.logger?.info('webhook attempt', { ok: outcome.ok, code: outcome.code, attempts });
  await recordHealth(store, endpoint, outcome.ok, at);
  return next;
}

/** A success clears the failing streak; a failure starts one or, after DISABLE_AFTER_MS of nothing but failures, disables the endpoint. */
async function recordHealth(store: ParticipationStore, endpoint: WebhookEndpointRecord, ok: boolean, at: Date): Promise<void> {
  if (ok && !endpoint.failingSince) return;
  const failingSince = ok ? undefined : (endpoint.failingSince ?? at.toISOString());
  const disable = !ok && at.getTime() - Date.parse(failingSince!) >= DISABLE_AFTER_MS;
  const updated: WebhookEndpointRecord = {
    ...endpoint,
    failingSince,
    ...(disable ? { status: 'DISABLED', disabledReason: `every delivery failed since ${failingSince}`, disabledAt: at.toISOString() } : {}),
  };
  await store.doc
    .send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: keys.webhookEndpoint(endpoint.id),
        UpdateExpression: 'SET #record = :record',
        // Only if nobody changed the endpoint meanwhile (a rotation, a re-enable): their write wins.
        ConditionExpression: '#record.#updatedAt = :updatedAt',
        ExpressionAttributeNames: { '#record': 'record', '#updatedAt': 'updatedAt' },
        ExpressionAttributeValues: { ':record': withoutUndefined(updated), ':updatedAt': endpoint.updatedAt },
      }),
    )
    .catch((error: unknown) => {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    });
}

/** Attempts every delivery that is due (the schedule in AWS, the dispatcher locally); how many were attempted. */
export async function deliverDue(deps: DeliveryDeps, limit = 100): Promise<number> {
  const now = nowOf(deps.store).toISOString();
  const due = await queryAll(deps.store, {
    IndexName: 'gsi2',
    KeyConditionExpression: 'gsi2pk = :pk AND gsi2sk <= :now',
    ExpressionAttributeValues: { ':pk': 'WEBHOOK_DUE', ':now': `${now}#~` },
    Limit: limit,
  });
  let count = 0;
  for (const item of due.slice(0, limit)) {
    const delivery = await getDelivery(
      deps.store,
      String((item.record as WebhookDeliveryRecord).endpointId),
      Number((item.record as WebhookDeliveryRecord).sequence),
    );
    if (delivery?.status !== 'PENDING' || !delivery.nextAttemptAt || delivery.nextAttemptAt > now) continue;
    await attempt(deps, delivery);
    count++;
  }
  return count;
}
