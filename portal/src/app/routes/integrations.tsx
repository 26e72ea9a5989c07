import { RequireRole } from '../../components/ui/require-role.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { ApiKeys } from '../../features/integrations/components/api-keys.tsx';
import { WebhookEndpoints } from '../../features/integrations/components/webhook-endpoints.tsx';

export default function IntegrationsRoute() {
  const { t } = useI18n();
  return (
    <>
      <h1 className="utrecht-heading-1">{t('integrations.title')}</h1>
      <RequireRole role="PARTNER">
        {(viewer) => (
          <>
            <p className="utrecht-paragraph">{t('integrations.intro')}</p>
            <ApiKeys partnerId={viewer.partnerId ?? ''} />
            <WebhookEndpoints partnerId={viewer.partnerId ?? ''} />
          </>
        )}
      </RequireRole>
    </>
  );
}
