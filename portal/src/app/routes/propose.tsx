import { Link } from 'react-router-dom';
import { RequireRole } from '../../components/ui/require-role.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { ProposeForm } from '../../features/knowledge/components/propose-form.tsx';

export default function ProposeRoute() {
  const { t } = useI18n();
  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to="/kennis">
          {t('knowledge.back')}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{t('knowledge.propose')}</h1>
      <RequireRole role={['MEMBER', 'MODERATOR']}>{() => <ProposeForm />}</RequireRole>
    </>
  );
}
