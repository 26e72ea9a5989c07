import type { ApiKeyRecord } from '../../shared/auth/api-keys.ts';

export type ApiKeyMapper = ApiKeyRecord;
export interface ApiKeySecretPayloadMapper {
  readonly key: string;
  readonly apiKey: ApiKeyRecord;
}
export type WebhookEndpointMapper = import('../../domain/records.ts').WebhookEndpointRecord;
export type WebhookDeliveryMapper = import('../../domain/records.ts').WebhookDeliveryRecord;
export interface WebhookSecretPayloadMapper {
  readonly secret: string;
  readonly endpoint: WebhookEndpointMapper;
}
