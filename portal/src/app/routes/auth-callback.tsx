import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Loading, Notice } from '../../components/ui/states.tsx';
import { useAuth } from '../../lib/auth.tsx';
import { useI18n } from '../../lib/i18n.tsx';

/** Where Cognito's hosted UI sends the user back with the authorization code. */
export default function AuthCallbackRoute() {
  const { completeRedirect } = useAuth();
  const { t } = useI18n();
  const navigate = useNavigate();
  const [error, setError] = useState<string>();
  const started = useRef(false);
  useEffect(() => {
    // The code can be exchanged once: StrictMode's second effect run must not try again.
    if (started.current) return;
    started.current = true;
    completeRedirect().then(
      (returnTo) => navigate(returnTo.startsWith('/') ? returnTo : '/', { replace: true }),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, [completeRedirect, navigate]);
  return (
    <>
      <h1 className="utrecht-heading-1">{t('signIn.title')}</h1>
      {error ? <Notice kind="error">{t('signIn.failed', { message: error })}</Notice> : <Loading />}
    </>
  );
}
