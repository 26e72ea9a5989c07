import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useAuth } from '../../lib/auth.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useViewer, type Viewer } from '../../lib/viewer.ts';
import { ErrorState, Loading, Notice } from './states.tsx';

/** A page for one role (or a few): sign in first, or a plain note when signed in as someone else. */
export function RequireRole({
  role,
  children,
}: {
  role: Viewer['role'] | readonly Viewer['role'][];
  children: (viewer: Viewer) => ReactNode;
}) {
  const roles: readonly Viewer['role'][] = typeof role === 'string' ? [role] : role;
  const { t } = useI18n();
  const { session, ready } = useAuth();
  const viewer = useViewer();
  const location = useLocation();
  if (!ready || (session && viewer.isPending)) return <Loading />;
  if (!session) {
    return (
      <Notice kind="warning">
        <Link className="utrecht-link utrecht-link--html-a" to={`/inloggen?terug=${encodeURIComponent(location.pathname)}`}>
          {t('signIn.needed')}
        </Link>
      </Notice>
    );
  }
  if (viewer.isError) return <ErrorState error={viewer.error} onRetry={() => void viewer.refetch()} />;
  if (!viewer.data || !roles.includes(viewer.data.role)) return <Notice kind="warning">{t('signIn.wrongRole')}</Notice>;
  return <>{children(viewer.data)}</>;
}
