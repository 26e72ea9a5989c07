import { CmkNetworkError, isCmkError } from '@cmk/client';
import type { Translate } from './i18n.tsx';

/** True when the API could not be reached at all (down, 502, timeout): the state says to try later. */
export const isUnreachable = (error: unknown): boolean =>
  error instanceof CmkNetworkError || (isCmkError(error) && error.status >= 502 && error.status <= 504);

/** One error for people, in the portal's language. */
export function describeError(error: unknown, t: Translate): string {
  if (isUnreachable(error)) return t('state.apiDown');
  if (isCmkError(error)) return t('state.error', { message: error.message });
  return t('state.error', { message: error instanceof Error ? error.message : String(error) });
}

/** The fields a BAD_USER_INPUT names (`groups.0.pupils`), from the API's `issues`. */
export function inputIssues(error: unknown): { path: string; message: string }[] {
  if (!isCmkError(error, 'BAD_USER_INPUT')) return [];
  const issues: unknown = error.errors[0]?.extensions?.issues;
  if (!Array.isArray(issues)) return [];
  return (issues as unknown[]).filter(
    (issue): issue is { path: string; message: string } =>
      typeof issue === 'object' && issue !== null && typeof (issue as { path?: unknown }).path === 'string',
  );
}
