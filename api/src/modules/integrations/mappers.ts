import type { ApiKeyRecord } from '../../shared/auth/api-keys.ts';

export type ApiKeyMapper = ApiKeyRecord;
export interface ApiKeySecretPayloadMapper {
  readonly key: string;
  readonly apiKey: ApiKeyRecord;
}
