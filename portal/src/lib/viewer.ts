import { PortalViewerDocument, type PortalViewerQuery } from '@cmk/client';
import { useQuery } from '@tanstack/react-query';
import { useApi } from './api-client.tsx';
import { useAuth } from './auth.tsx';

export type Viewer = NonNullable<PortalViewerQuery['me']>;

/** The signed-in user as the API sees them (role, school or partner): the API decides, not the token's text. */
export function useViewer() {
  const { session } = useAuth();
  const api = useApi();
  return useQuery({
    queryKey: ['me', session?.token ?? 'anonymous'],
    queryFn: async (): Promise<Viewer | undefined> => (await api.request(PortalViewerDocument)).me ?? undefined,
    enabled: Boolean(session),
    staleTime: Infinity,
  });
}
