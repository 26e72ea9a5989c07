/**
 * Key builders of the access-control items in the participation table. They live apart from
 * sources/dynamodb/keys.ts (the participation data) but follow its single-table conventions.
 */
import type { Key } from '../../sources/dynamodb/keys.ts';

export const authKeys = {
  /** One partner API key, looked up by its public id on every request. */
  apiKey: (keyId: string): Key => ({ pk: `APIKEY#${keyId}`, sk: 'APIKEY' }),
  /** One fixed window of one key's rate limit, e.g. `S#1795600800` or `M#29926680`. */
  rateWindow: (subject: string, window: string): Key => ({ pk: `RATELIMIT#${subject}`, sk: window }),
} as const;

export const authIndexKeys = {
  /** gsi1: the keys of one partner, oldest first (`npm run partner-key -- list`). */
  apiKey: (partnerId: string, createdAt: string, keyId: string) => ({
    gsi1pk: `APIKEYS#PARTNER#${partnerId}`,
    gsi1sk: `APIKEY#${createdAt}#${keyId}`,
  }),
} as const;
