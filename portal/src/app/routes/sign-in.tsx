import { Button } from '@utrecht/button-react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useAuth } from '../../lib/auth.tsx';
import { useConfig } from '../../lib/config.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { LocalSignIn } from '../../features/sign-in/components/local-sign-in.tsx';

const ROLE_HOME = {
  school: '/mijn-aanmeldingen',
  partner: '/aanmeldingen',
  advisor: '/',
  admin: '/regio',
  member: '/kennis',
  moderator: '/moderatie',
} as const;

export default function SignInRoute() {
  const { t } = useI18n();
  const { stage } = useConfig();
  const { signInLocal, signInRedirect } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const back = params.get('terug');
  const returnTo = back && back.startsWith('/') && !back.startsWith('//') && !back.startsWith('/inloggen') ? back : undefined;

  return (
    <>
      <h1 className="utrecht-heading-1">{t('signIn.title')}</h1>
      {stage === 'local' ? (
        <LocalSignIn
          onSignIn={async (role, id) => {
            await signInLocal(role, id);
            navigate(returnTo && returnTo !== '/' ? returnTo : ROLE_HOME[role]);
          }}
        />
      ) : (
        <>
          <p className="utrecht-paragraph">{t('signIn.cognitoIntro')}</p>
          <Button appearance="primary-action-button" onClick={() => void signInRedirect(returnTo ?? '/')}>
            {t('signIn.cognito')}
          </Button>
        </>
      )}
    </>
  );
}
