/**
 * A partner's webhook endpoints: register (the secret is in the answer once), rotate the secret,
 * enable and disable, and redeliver a change. Registering and rotating hand out a secret, so they
 * need a person signed in with a token, as for API keys.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod/v3';
import type { BookingChangeType, WebhookDeliveryRecord, WebhookEndpointRecord } from '../../../domain/records.ts';
import type { ParticipationDeps } from '../../../shared/deps.ts';
import { notFound, UserFacingError } from '../../../shared/errors.ts';
import { authorize, subjects, type Actor, type OperationName } from '../../../shared/policy.ts';
import { parseInput } from '../../../shared/validate.ts';
import { nowOf } from '../../../sources/dynamodb/store.ts';
import { checkTarget, type TargetRules } from '../target-url.ts';
import { attempt, getDelivery, getEndpoint, putEndpoint } from '../webhook-delivery.ts';

export type WebhookDeps = ParticipationDeps & { readonly rules: TargetRules };

const CHANGE_TYPES = [
  'REQUESTED',
  'CONFIRMED',
  'DECLINED',
  'CANCELLED',
  'HELD',
  'EVALUATED',
] as const satisfies readonly BookingChangeType[];

const registerInput = z.object({
  partnerId: z.string().trim().min(1).max(64),
  url: z.string().trim().min(1).max(2000),
  eventTypes: z.array(z.enum(CHANGE_TYPES)).min(1).max(CHANGE_TYPES.length),
  description: z.string().trim().min(1).max(200).optional(),
});

/** A Standard Webhooks secret: `whsec_` and 32 random bytes in base64. */
const newSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

export interface EndpointWithSecret {
  readonly endpoint: WebhookEndpointRecord;
  readonly secret: string;
}

export async function registerWebhookEndpoint(
  deps: WebhookDeps,
  actor: Actor,
  input: { partnerId: string; url: string; eventTypes: readonly string[]; description?: string },
): Promise<EndpointWithSecret> {
  authorize(actor, 'Mutation.registerWebhookEndpoint', undefined, deps.logger);
  authorize(actor, 'Mutation.registerWebhookEndpoint', subjects.partner(String(input.partnerId ?? '').trim()), deps.logger);
  const parsed = parseInput(registerInput, input);
  const url = await checkTarget(parsed.url, deps.rules);
  const at = nowOf(deps.store).toISOString();
  const endpoint: WebhookEndpointRecord = {
    id: randomBytes(8).toString('hex'),
    partnerId: parsed.partnerId,
    url: url.toString(),
    eventTypes: [...new Set(parsed.eventTypes)],
    ...(parsed.description ? { description: parsed.description } : {}),
    secret: newSecret(),
    status: 'ENABLED',
    createdAt: at,
    updatedAt: at,
  };
  await putEndpoint(deps.store, endpoint);
  return { endpoint, secret: endpoint.secret };
}

/** Role first, then the endpoint's partner (someone else's endpoint or none: NOT_FOUND). */
async function ownEndpoint(deps: WebhookDeps, actor: Actor, operation: OperationName, id: string): Promise<WebhookEndpointRecord> {
  authorize(actor, operation, undefined, deps.logger);
  const endpoint = await getEndpoint(deps.store, String(id ?? '').trim());
  if (!endpoint) throw notFound();
  authorize(actor, operation, subjects.partner(endpoint.partnerId), deps.logger);
  return endpoint;
}

async function save(
  deps: WebhookDeps,
  endpoint: WebhookEndpointRecord,
  change: Partial<WebhookEndpointRecord>,
): Promise<WebhookEndpointRecord> {
  const next = { ...endpoint, ...change, updatedAt: nowOf(deps.store).toISOString() };
  await putEndpoint(deps.store, next);
  return next;
}

/** A new secret signs every delivery from now on, retries of earlier changes included; the old one is forgotten. */
export async function rotateWebhookSecret(deps: WebhookDeps, actor: Actor, input: { id: string }): Promise<EndpointWithSecret> {
  const endpoint = await ownEndpoint(deps, actor, 'Mutation.rotateWebhookSecret', input.id);
  const next = await save(deps, endpoint, { secret: newSecret() });
  return { endpoint: next, secret: next.secret };
}

export async function enableWebhookEndpoint(deps: WebhookDeps, actor: Actor, input: { id: string }): Promise<WebhookEndpointRecord> {
  const endpoint = await ownEndpoint(deps, actor, 'Mutation.enableWebhookEndpoint', input.id);
  return save(deps, endpoint, { status: 'ENABLED', disabledReason: undefined, disabledAt: undefined, failingSince: undefined });
}

export async function disableWebhookEndpoint(deps: WebhookDeps, actor: Actor, input: { id: string }): Promise<WebhookEndpointRecord> {
  const endpoint = await ownEndpoint(deps, actor, 'Mutation.disableWebhookEndpoint', input.id);
  if (endpoint.status === 'DISABLED') return endpoint;
  return save(deps, endpoint, {
    status: 'DISABLED',
    disabledReason: 'disabled by the partner',
    disabledAt: nowOf(deps.store).toISOString(),
  });
}

/** Sends a change to the endpoint again now, under the same webhook-id; a disabled endpoint answers ENDPOINT_DISABLED. */
export async function redeliverWebhook(
  deps: WebhookDeps,
  actor: Actor,
  input: { endpointId: string; sequence: number },
): Promise<WebhookDeliveryRecord> {
  const endpoint = await ownEndpoint(deps, actor, 'Mutation.redeliverWebhook', input.endpointId);
  const sequence = parseInput(z.number().int().min(1), input.sequence);
  const delivery = await getDelivery(deps.store, endpoint.id, sequence);
  if (!delivery) throw notFound();
  if (endpoint.status !== 'ENABLED') {
    throw new UserFacingError('ENDPOINT_DISABLED', 'This endpoint is disabled; enable it first.', { endpointId: endpoint.id });
  }
  return attempt(deps, { ...delivery, status: 'PENDING' });
}
