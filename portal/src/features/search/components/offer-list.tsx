import type { OffersQuery } from '@cmk/client';
import { Link } from 'react-router-dom';
import { formatAmount, useI18n } from '../../../lib/i18n.tsx';

type OfferNode = OffersQuery['offers']['edges'][number]['node'];

export function OfferList({ offers }: { offers: readonly OfferNode[] }) {
  const { t, language } = useI18n();
  return (
    <ul className="portal-results" aria-label={t('search.title')}>
      {offers.map((offer) => (
        <li key={offer.id} className="portal-card">
          {offer.coverImage && (
            <img
              className="portal-card__image"
              src={(offer.coverImage.formats.small ?? offer.coverImage.formats.thumbnail ?? offer.coverImage).url}
              alt={offer.coverImage.alt}
              width={
                offer.coverImage.formats.small?.width ?? offer.coverImage.formats.thumbnail?.width ?? offer.coverImage.width ?? undefined
              }
              height={
                offer.coverImage.formats.small?.height ?? offer.coverImage.formats.thumbnail?.height ?? offer.coverImage.height ?? undefined
              }
              loading="lazy"
            />
          )}
          <h3 className="utrecht-heading-3 portal-card__title">
            <Link className="utrecht-link utrecht-link--html-a" to={`/aanbod/${encodeURIComponent(offer.id)}`}>
              {offer.title}
            </Link>
          </h3>
          {offer.partner && <p className="utrecht-paragraph portal-card__partner">{offer.partner.name}</p>}
          {offer.summary && <p className="utrecht-paragraph">{offer.summary}</p>}
          <p className="utrecht-paragraph portal-card__facts">
            {[
              offer.disciplines.map((d) => d.label).join(', '),
              offer.offerTypeLabel,
              offer.locationTypeLabel,
              offer.pricePerPupil === null || offer.pricePerPupil === undefined
                ? undefined
                : offer.pricePerPupil === 0
                  ? t('search.priceFree')
                  : t('search.pricePerPupil', { amount: formatAmount(offer.pricePerPupil, language) }),
              offer.remainingCapacity === null || offer.remainingCapacity === undefined
                ? undefined
                : offer.remainingCapacity > 0
                  ? t('search.placesLeft', { count: offer.remainingCapacity })
                  : t('search.full'),
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </li>
      ))}
    </ul>
  );
}
