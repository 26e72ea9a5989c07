/**
 * The platform's typed client (@cmk/client) as the portal uses it: trusted documents sent by
 * hash, the signed-in user's token, and the chosen language as Accept-Language (labels come back
 * in it). Queries retry a few times on a 502/503/504; mutations are sent once.
 */
import { createClient, type CmkClient } from '@cmk/client';
import { useMemo } from 'react';
import { useAuth } from './auth.tsx';
import { useConfig } from './config.tsx';
import { useI18n } from './i18n.tsx';

export function useApi(): CmkClient {
  const { apiUrl } = useConfig();
  const { session } = useAuth();
  const { language } = useI18n();
  const token = session?.token;
  return useMemo(() => {
    const common = { url: apiUrl, headers: { 'accept-language': language }, retry: { retries: 2, baseDelayMs: 300 }, timeoutMs: 15_000 };
    return createClient(token ? { ...common, token } : common);
  }, [apiUrl, token, language]);
}

/** Query keys carry what changes an answer: the language and who asks. */
export function useQueryScope(): readonly [string, string] {
  const { session } = useAuth();
  const { language } = useI18n();
  return [language, session?.token.slice(-16) ?? 'anonymous'];
}
