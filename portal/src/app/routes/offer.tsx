import { Link, useParams } from 'react-router-dom';
import { EmptyState, ErrorState, Loading, Notice } from '../../components/ui/states.tsx';
import { useAuth } from '../../lib/auth.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useViewer } from '../../lib/viewer.ts';
import { BookingForm } from '../../features/booking/components/booking-form.tsx';
import { useOffer } from '../../features/offer/api/get-offer.ts';
import { OfferDetails } from '../../features/offer/components/offer-details.tsx';

export default function OfferRoute() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { session } = useAuth();
  const viewer = useViewer().data;
  const offer = useOffer(id);

  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to="/">
          {t('offer.back')}
        </Link>
      </p>
      {offer.isPending && <Loading />}
      {offer.isError && <ErrorState error={offer.error} onRetry={() => void offer.refetch()} />}
      {offer.data === null && <EmptyState title={t('offer.notFound')} />}
      {offer.data && (
        <>
          <OfferDetails offer={offer.data} />
          {!session && (
            <Notice kind="warning">
              <Link className="utrecht-link utrecht-link--html-a" to={`/inloggen?terug=${encodeURIComponent(`/aanbod/${id}`)}`}>
                {t('offer.signInToBook')}
              </Link>
            </Notice>
          )}
          {viewer && viewer.role !== 'SCHOOL' && <Notice kind="warning">{t('offer.onlySchools')}</Notice>}
          {viewer?.role === 'SCHOOL' && viewer.schoolId && <BookingForm offerId={offer.data.id} schoolId={viewer.schoolId} />}
        </>
      )}
    </>
  );
}
