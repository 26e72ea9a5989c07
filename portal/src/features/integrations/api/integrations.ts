import {
  ApiKeysDocument,
  CreateApiKeyDocument,
  DisableWebhookEndpointDocument,
  EnableWebhookEndpointDocument,
  RedeliverWebhookDocument,
  RegisterWebhookEndpointDocument,
  RevokeApiKeyDocument,
  RotateApiKeyDocument,
  RotateWebhookSecretDocument,
  WebhookEndpointsDocument,
  type BookingChangeType,
} from '@cmk/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi, useQueryScope } from '../../../lib/api-client.tsx';

/** The partner's API keys: ids, names and dates, never a secret. */
export function useApiKeys(partnerId: string) {
  const api = useApi();
  const scope = useQueryScope();
  return useQuery({
    queryKey: ['api-keys', ...scope, partnerId],
    queryFn: () => api.request(ApiKeysDocument, { partnerId }).then((d) => d.partner?.apiKeys ?? []),
  });
}

/** The partner's webhook endpoints, each with the newest lines of its delivery log. */
export function useWebhookEndpoints(partnerId: string) {
  const api = useApi();
  const scope = useQueryScope();
  return useQuery({
    queryKey: ['webhook-endpoints', ...scope, partnerId],
    queryFn: () => api.request(WebhookEndpointsDocument, { partnerId, deliveries: 20 }).then((d) => d.partner?.webhookEndpoints ?? []),
  });
}

function useListMutation<V, R>(list: 'api-keys' | 'webhook-endpoints', run: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSettled: () => queryClient.invalidateQueries({ queryKey: [list] }) });
}

export function useCreateApiKey() {
  const api = useApi();
  return useListMutation('api-keys', (v: { partnerId: string; name: string | null }) =>
    api.request(CreateApiKeyDocument, v).then((d) => d.createApiKey),
  );
}

export function useRotateApiKey() {
  const api = useApi();
  return useListMutation('api-keys', (v: { id: string }) => api.request(RotateApiKeyDocument, v).then((d) => d.rotateApiKey));
}

export function useRevokeApiKey() {
  const api = useApi();
  return useListMutation('api-keys', (v: { id: string }) => api.request(RevokeApiKeyDocument, v).then((d) => d.revokeApiKey));
}

export function useRegisterWebhookEndpoint() {
  const api = useApi();
  return useListMutation(
    'webhook-endpoints',
    (v: { partnerId: string; url: string; eventTypes: BookingChangeType[]; description: string | null }) =>
      api.request(RegisterWebhookEndpointDocument, v).then((d) => d.registerWebhookEndpoint),
  );
}

export function useRotateWebhookSecret() {
  const api = useApi();
  return useListMutation('webhook-endpoints', (v: { id: string }) =>
    api.request(RotateWebhookSecretDocument, v).then((d) => d.rotateWebhookSecret),
  );
}

export function useSetWebhookEndpointEnabled() {
  const api = useApi();
  return useListMutation('webhook-endpoints', ({ id, enabled }: { id: string; enabled: boolean }) =>
    enabled
      ? api.request(EnableWebhookEndpointDocument, { id }).then((d) => d.enableWebhookEndpoint)
      : api.request(DisableWebhookEndpointDocument, { id }).then((d) => d.disableWebhookEndpoint),
  );
}

export function useRedeliverWebhook() {
  const api = useApi();
  return useListMutation('webhook-endpoints', (v: { endpointId: string; sequence: number }) =>
    api.request(RedeliverWebhookDocument, v).then((d) => d.redeliverWebhook),
  );
}
