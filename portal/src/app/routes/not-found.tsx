import { Link } from 'react-router-dom';
import { EmptyState } from '../../components/ui/states.tsx';
import { useI18n } from '../../lib/i18n.tsx';

export default function NotFoundRoute() {
  const { t } = useI18n();
  return (
    <>
      <h1 className="utrecht-heading-1">{t('state.notFound')}</h1>
      <EmptyState
        title={t('state.notFound')}
        action={
          <Link className="utrecht-link utrecht-link--html-a" to="/">
            {t('state.toSearch')}
          </Link>
        }
      />
    </>
  );
}
