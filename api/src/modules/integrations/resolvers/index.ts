import type { Context } from '../../../context.ts';
import type { Resolvers } from '../../../generated/resolvers-types.ts';
import { listApiKeys } from '../../../shared/auth/api-keys.ts';
import { mayReadField, subjects } from '../../../shared/policy.ts';
import { nowOf } from '../../../sources/dynamodb/store.ts';
import { checkPageSize } from '../../common/pagination.ts';
import { withoutNulls } from '../../common/resolve.ts';
import { createApiKey, revokeApiKey, rotateApiKey } from '../operations/api-keys.ts';
import { sandboxCancelBooking, sandboxEvaluateBooking, sandboxRequestBooking } from '../operations/sandbox.ts';
import { remember } from '../../common/resolve.ts';
import {
  disableWebhookEndpoint,
  enableWebhookEndpoint,
  redeliverWebhook,
  registerWebhookEndpoint,
  rotateWebhookSecret,
  type WebhookDeps,
} from '../operations/webhooks.ts';
import { targetRulesFor } from '../target-url.ts';
import { deliveriesOf, endpointsOf, eventTypeName } from '../webhook-delivery.ts';

const webhookDeps = (context: Context): WebhookDeps => ({ ...context.participation, rules: targetRulesFor(context.services.env.STAGE) });

/** Partner integrations: self-service API keys and webhook endpoints with their delivery log. */
export const integrationResolvers: Resolvers = {
  Partner: {
    apiKeys: async (partner, _args, context) => {
      const actor = await context.actor();
      if (!mayReadField(actor, 'Partner.apiKeys', subjects.partner(partner.id), context.logger)) return null;
      const { store } = context.participation;
      return listApiKeys({ ...store, now: () => nowOf(store) }, partner.id);
    },
    webhookEndpoints: async (partner, _args, context) => {
      const actor = await context.actor();
      if (!mayReadField(actor, 'Partner.webhookEndpoints', subjects.partner(partner.id), context.logger)) return null;
      return endpointsOf(context.participation.store, partner.id);
    },
  },
  ApiKey: {
    id: (key) => key.keyId,
    name: (key) => key.name ?? null,
    revokedAt: (key) => key.revokedAt ?? null,
  },
  WebhookEndpoint: {
    description: (endpoint) => endpoint.description ?? null,
    disabledReason: (endpoint) => endpoint.disabledReason ?? null,
    disabledAt: (endpoint) => endpoint.disabledAt ?? null,
    // Only reachable through Partner.webhookEndpoints, which the field rule already decided on.
    deliveries: (endpoint, { first }, context) => {
      const size = first ?? 20;
      checkPageSize(size);
      return deliveriesOf(context.participation.store, endpoint.id, size);
    },
  },
  WebhookDelivery: {
    id: (delivery) => delivery.messageId,
    eventType: (delivery) => eventTypeName(delivery.eventType),
    lastResponseCode: (delivery) => delivery.lastResponseCode ?? null,
    lastError: (delivery) => delivery.lastError ?? null,
    lastAttemptAt: (delivery) => delivery.lastAttemptAt ?? null,
    nextAttemptAt: (delivery) => delivery.nextAttemptAt ?? null,
  },
  Mutation: {
    createApiKey: async (_parent, args, context) => createApiKey(context.participation, await context.actor(), withoutNulls(args)),
    rotateApiKey: async (_parent, args, context) => rotateApiKey(context.participation, await context.actor(), args),
    revokeApiKey: async (_parent, args, context) => revokeApiKey(context.participation, await context.actor(), args),
    registerWebhookEndpoint: async (_parent, args, context) =>
      registerWebhookEndpoint(webhookDeps(context), await context.actor(), withoutNulls(args)),
    rotateWebhookSecret: async (_parent, args, context) => rotateWebhookSecret(webhookDeps(context), await context.actor(), args),
    enableWebhookEndpoint: async (_parent, args, context) => enableWebhookEndpoint(webhookDeps(context), await context.actor(), args),
    disableWebhookEndpoint: async (_parent, args, context) => disableWebhookEndpoint(webhookDeps(context), await context.actor(), args),
    sandboxRequestBooking: async (_parent, args, context) =>
      remember(context, await sandboxRequestBooking(context.participation, await context.actor(), withoutNulls(args))),
    sandboxCancelBooking: async (_parent, args, context) =>
      remember(context, await sandboxCancelBooking(context.participation, await context.actor(), withoutNulls(args))),
    sandboxEvaluateBooking: async (_parent, args, context) =>
      remember(context, await sandboxEvaluateBooking(context.participation, await context.actor(), withoutNulls(args))),
    redeliverWebhook: async (_parent, args, context) => redeliverWebhook(webhookDeps(context), await context.actor(), args),
  },
};
