/**
 * Self-service API keys: a signed-in partner user makes, rotates and revokes its own partner's
 * keys (the policy refuses a caller holding an API key). The keys themselves are those of
 * shared/auth/api-keys.ts: stored as hashes, checked with a consistent read on every request.
 */
import { z } from 'zod/v3';
import {
  createApiKey as create,
  getApiKey,
  revokeApiKey as revoke,
  type ApiKeyRecord,
  type ApiKeyStore,
} from '../../../shared/auth/api-keys.ts';
import type { ParticipationDeps } from '../../../shared/deps.ts';
import { notFound } from '../../../shared/errors.ts';
import { authorize, subjects, type Actor, type OperationName } from '../../../shared/policy.ts';
import { parseInput } from '../../../shared/validate.ts';
import { nowOf } from '../../../sources/dynamodb/store.ts';

const keyStore = (deps: ParticipationDeps): ApiKeyStore => ({ ...deps.store, now: () => nowOf(deps.store) });

const createInput = z.object({
  partnerId: z.string().trim().min(1).max(64),
  name: z.string().trim().min(1).max(80).optional(),
});

export interface NewKey {
  readonly key: string;
  readonly apiKey: ApiKeyRecord;
}

export async function createApiKey(deps: ParticipationDeps, actor: Actor, input: { partnerId: string; name?: string }): Promise<NewKey> {
  authorize(actor, 'Mutation.createApiKey', undefined, deps.logger);
  authorize(actor, 'Mutation.createApiKey', subjects.partner(String(input.partnerId ?? '').trim()), deps.logger);
  const { partnerId, name } = parseInput(createInput, input);
  const { key, record } = await create(keyStore(deps), { partnerId, ...(name ? { name } : {}) });
  return { key, apiKey: record };
}

/** Role first, then the key's partner (someone else's key or none at all: NOT_FOUND). */
async function ownKey(deps: ParticipationDeps, actor: Actor, operation: OperationName, id: string): Promise<ApiKeyRecord> {
  authorize(actor, operation, undefined, deps.logger);
  const record = await getApiKey(keyStore(deps), String(id ?? '').trim());
  if (!record) throw notFound();
  authorize(actor, operation, subjects.partner(record.partnerId), deps.logger);
  return record;
}

export async function revokeApiKey(deps: ParticipationDeps, actor: Actor, input: { id: string }): Promise<ApiKeyRecord> {
  const record = await ownKey(deps, actor, 'Mutation.revokeApiKey', input.id);
  return (await revoke(keyStore(deps), record.keyId)) ?? record;
}

export async function rotateApiKey(deps: ParticipationDeps, actor: Actor, input: { id: string }): Promise<NewKey> {
  const record = await ownKey(deps, actor, 'Mutation.rotateApiKey', input.id);
  const { key, record: fresh } = await create(keyStore(deps), {
    partnerId: record.partnerId,
    ...(record.name ? { name: record.name } : {}),
  });
  await revoke(keyStore(deps), record.keyId);
  return { key, apiKey: fresh };
}
