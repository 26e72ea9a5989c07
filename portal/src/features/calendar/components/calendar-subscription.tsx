import { Button } from '@utrecht/button-react';
import { useId, useState } from 'react';
import { ErrorState, Loading, Notice } from '../../../components/ui/states.tsx';
import { describeError } from '../../../lib/errors.ts';
import { formatDateTime, useI18n } from '../../../lib/i18n.tsx';
import { SecretOnce } from '../../integrations/components/secret-once.tsx';
import { useCalendarFeed, useCreateCalendarFeed, useRevokeCalendarFeed } from '../api/calendar-feed.ts';

/**
 * The school's calendar subscription: make a link (shown once: the API keeps only its hash), make
 * a new one (the old one stops working), or revoke it.
 */
export function CalendarSubscription({ schoolId }: { schoolId: string }) {
  const { t, language } = useI18n();
  const heading = useId();
  const feed = useCalendarFeed(schoolId);
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [url, setUrl] = useState<string | null>(null);
  const [revoked, setRevoked] = useState(false);
  const make = () => {
    setRevoked(false);
    create.mutate(schoolId, { onSuccess: (made) => setUrl(made.url) });
  };
  const error = create.error ?? revoke.error;
  return (
    <section aria-labelledby={heading} className="portal-section" data-testid="calendar-subscription">
      <h2 id={heading} className="utrecht-heading-2">
        {t('calendar.title')}
      </h2>
      <p className="utrecht-paragraph">{t('calendar.intro')}</p>
      {error && <Notice kind="error">{describeError(error, t)}</Notice>}
      {revoked && <Notice>{t('calendar.revoked')}</Notice>}
      {url && (
        <>
          <SecretOnce title={t('calendar.newLink')} secret={url} onDone={() => setUrl(null)} />
          <p className="utrecht-paragraph">{t('calendar.secret')}</p>
        </>
      )}
      {feed.isPending && <Loading />}
      {feed.isError && <ErrorState error={feed.error} onRetry={() => void feed.refetch()} />}
      {feed.isSuccess && (
        <>
          <p className="utrecht-paragraph">
            {feed.data ? t('calendar.since', { date: formatDateTime(feed.data.createdAt, language) }) : t('calendar.none')}
          </p>
          <div className="portal-actions">
            <Button appearance={feed.data ? 'secondary-action-button' : 'primary-action-button'} busy={create.isPending} onClick={make}>
              {feed.data ? t('calendar.rotate') : t('calendar.create')}
            </Button>
            {feed.data && (
              <Button
                appearance="secondary-action-button"
                hint="danger"
                busy={revoke.isPending}
                onClick={() =>
                  revoke.mutate(schoolId, {
                    onSuccess: () => {
                      setUrl(null);
                      setRevoked(true);
                    },
                  })
                }
              >
                {t('calendar.revoke')}
              </Button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
