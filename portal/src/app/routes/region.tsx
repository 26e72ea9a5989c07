import { RequireRole } from '../../components/ui/require-role.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { RegionDashboard } from '../../features/region/components/region-dashboard.tsx';

export default function RegionRoute() {
  const { t } = useI18n();
  return (
    <>
      <h1 className="utrecht-heading-1">{t('region.title')}</h1>
      <RequireRole role={['ADVISOR', 'ADMIN']}>{(viewer) => <RegionDashboard viewer={viewer} />}</RequireRole>
    </>
  );
}
