import { RequireRole } from '../../components/ui/require-role.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { PartnerInbox } from '../../features/inbox/components/partner-inbox.tsx';

export default function InboxRoute() {
  const { t } = useI18n();
  return (
    <>
      <h1 className="utrecht-heading-1">{t('inbox.title')}</h1>
      <RequireRole role="PARTNER">{(viewer) => <PartnerInbox partnerId={viewer.partnerId ?? ''} />}</RequireRole>
    </>
  );
}
