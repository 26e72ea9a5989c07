import { RequireRole } from '../../components/ui/require-role.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { ModerationQueue } from '../../features/knowledge/components/moderation-queue.tsx';

export default function ModerationRoute() {
  const { t } = useI18n();
  return (
    <>
      <h1 className="utrecht-heading-1">{t('moderation.title')}</h1>
      <p className="utrecht-paragraph">{t('moderation.intro')}</p>
      <RequireRole role={['MODERATOR', 'ADMIN']}>{() => <ModerationQueue />}</RequireRole>
    </>
  );
}
