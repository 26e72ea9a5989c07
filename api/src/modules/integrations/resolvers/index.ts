import type { Resolvers } from '../../../generated/resolvers-types.ts';
import { listApiKeys } from '../../../shared/auth/api-keys.ts';
import { mayReadField, subjects } from '../../../shared/policy.ts';
import { nowOf } from '../../../sources/dynamodb/store.ts';
import { withoutNulls } from '../../common/resolve.ts';
import { createApiKey, revokeApiKey, rotateApiKey } from '../operations/api-keys.ts';

/** Partner integrations: self-service API keys. */
export const integrationResolvers: Resolvers = {
  Partner: {
    apiKeys: async (partner, _args, context) => {
      const actor = await context.actor();
      if (!mayReadField(actor, 'Partner.apiKeys', subjects.partner(partner.id), context.logger)) return null;
      const { store } = context.participation;
      return listApiKeys({ ...store, now: () => nowOf(store) }, partner.id);
    },
  },
  ApiKey: {
    id: (key) => key.keyId,
    name: (key) => key.name ?? null,
    revokedAt: (key) => key.revokedAt ?? null,
  },
  Mutation: {
    createApiKey: async (_parent, args, context) => createApiKey(context.participation, await context.actor(), withoutNulls(args)),
    rotateApiKey: async (_parent, args, context) => rotateApiKey(context.participation, await context.actor(), args),
    revokeApiKey: async (_parent, args, context) => revokeApiKey(context.participation, await context.actor(), args),
  },
};
