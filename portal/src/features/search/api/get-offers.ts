import { OffersDocument, RegionsDocument, type OfferFilter } from '@cmk/client';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useApi, useQueryScope } from '../../../lib/api-client.tsx';

export const PAGE_SIZE = 12;

/** Offers under the filter, page by page through the cursor ("more"), with the facet counts. */
export function useOffers(filter: OfferFilter) {
  const api = useApi();
  const scope = useQueryScope();
  return useInfiniteQuery({
    queryKey: ['offers', ...scope, filter],
    queryFn: ({ pageParam }) => api.request(OffersDocument, { filter, first: PAGE_SIZE, after: pageParam }).then((d) => d.offers),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => (last.pageInfo.hasNextPage ? (last.pageInfo.endCursor ?? undefined) : undefined),
    // The facets of the previous filter stay on screen while the next ones load.
    placeholderData: (previous) => previous,
  });
}

export function useRegions() {
  const api = useApi();
  const scope = useQueryScope();
  return useQuery({
    queryKey: ['regions', scope[0]],
    queryFn: () => api.request(RegionsDocument).then((d) => d.regions),
    staleTime: 10 * 60_000,
  });
}
