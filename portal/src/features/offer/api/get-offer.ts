import { OfferPageDocument } from '@cmk/client';
import { useQuery } from '@tanstack/react-query';
import { useApi, useQueryScope } from '../../../lib/api-client.tsx';

export function useOffer(id: string) {
  const api = useApi();
  const scope = useQueryScope();
  return useQuery({
    queryKey: ['offer', ...scope, id],
    queryFn: () => api.request(OfferPageDocument, { id }).then((d) => d.offer ?? null),
  });
}
