import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { PortalConfig } from '../config/env.ts';
import { AuthProvider } from '../lib/auth.tsx';
import { ConfigProvider } from '../lib/config.tsx';
import { I18nProvider } from '../lib/i18n.tsx';

export function AppProvider({ config, children }: { config: PortalConfig; children: ReactNode }) {
  // The client already retries queries on 502/503/504; a second layer would only delay the error state.
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 } } }),
  );
  return (
    <ConfigProvider config={config}>
      <I18nProvider>
        <QueryClientProvider client={queryClient}>
          <AuthProvider>{children}</AuthProvider>
        </QueryClientProvider>
      </I18nProvider>
    </ConfigProvider>
  );
}
