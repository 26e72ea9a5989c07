import { RequireRole } from '../../components/ui/require-role.tsx';
import { SchoolList } from '../../features/school-story/components/school-list.tsx';
import { useI18n } from '../../lib/i18n.tsx';

export default function SchoolsRoute() {
  const { t } = useI18n();
  return (
    <>
      <h1 className="utrecht-heading-1">{t('schools.title')}</h1>
      <RequireRole role={['ADVISOR', 'ADMIN']}>{() => <SchoolList />}</RequireRole>
    </>
  );
}
