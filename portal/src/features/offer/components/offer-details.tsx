import type { OfferPageQuery } from '@cmk/client';
import type { ReactNode } from 'react';
import Markdown from 'react-markdown';
import { formatAmount, formatDate, useI18n } from '../../../lib/i18n.tsx';

export type OfferDetail = NonNullable<OfferPageQuery['offer']>;

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="utrecht-data-list__item portal-facts__item">
      <dt className="utrecht-data-list__item-key">{term}</dt>
      <dd className="utrecht-data-list__item-value">{children}</dd>
    </div>
  );
}

/** Every content field of an offer and its figures this school year. */
export function OfferDetails({ offer }: { offer: OfferDetail }) {
  const { t, language } = useI18n();
  const partner = offer.partner;
  return (
    <article className="portal-offer">
      <h1 className="utrecht-heading-1">{offer.title}</h1>
      {offer.images.map((image, index) => (
        <figure key={image.url} className={index === 0 ? 'portal-offer__cover' : 'portal-offer__image'}>
          <img
            src={(index === 0 ? (image.formats.medium ?? image) : (image.formats.small ?? image)).url}
            alt={image.alt}
            width={(index === 0 ? image.formats.medium : image.formats.small)?.width ?? image.width ?? undefined}
            height={(index === 0 ? image.formats.medium : image.formats.small)?.height ?? image.height ?? undefined}
          />
          {image.credit && <figcaption className="utrecht-paragraph">{t('offer.imageCredit', { credit: image.credit })}</figcaption>}
        </figure>
      ))}
      {offer.summary && <p className="utrecht-paragraph utrecht-paragraph--lead">{offer.summary}</p>}
      {offer.description && (
        // Editors write Markdown in Strapi; react-markdown renders it as elements, never as raw HTML.
        <div className="utrecht-rich-text portal-offer__description">
          <Markdown>{offer.description}</Markdown>
        </div>
      )}

      <h2 className="utrecht-heading-2">{t('offer.figures')}</h2>
      <dl className="utrecht-data-list portal-facts portal-figures">
        <Fact term={t('offer.placesLeft')}>
          {offer.remainingCapacity === null || offer.remainingCapacity === undefined ? t('offer.unlimited') : offer.remainingCapacity}
        </Fact>
        <Fact term={t('offer.schoolsReached')}>{offer.schoolsReached}</Fact>
        <Fact term={t('offer.rating')}>
          {offer.averageRating === null || offer.averageRating === undefined
            ? t('offer.noRating')
            : t('offer.ratingValue', { rating: offer.averageRating.toLocaleString(language, { maximumFractionDigits: 1 }) })}
        </Fact>
      </dl>

      <h2 className="utrecht-heading-2">{t('offer.facts')}</h2>
      <dl className="utrecht-data-list portal-facts">
        <Fact term={t('offer.disciplines')}>{offer.disciplines.map((d) => d.label).join(', ')}</Fact>
        <Fact term={t('offer.sectors')}>
          <ul className="portal-plain-list">
            {offer.sectors.map((s) => (
              <li key={s.sector}>{t('offer.grades', { label: s.label, from: s.gradeFrom, to: s.gradeTo })}</li>
            ))}
          </ul>
        </Fact>
        <Fact term={t('offer.type')}>{offer.offerTypeLabel}</Fact>
        <Fact term={t('offer.location')}>{offer.locationTypeLabel}</Fact>
        {offer.venue?.address && (
          <Fact term={t('offer.venue')}>
            {[
              [offer.venue.address.street, offer.venue.address.houseNumber].filter(Boolean).join(' '),
              [offer.venue.address.postcode, offer.venue.address.place].filter(Boolean).join(' '),
            ]
              .filter(Boolean)
              .join(', ') || offer.venue.address.municipality?.name}
          </Fact>
        )}
        <Fact term={t('offer.audience')}>{t(offer.audience === 'TEACHERS' ? 'search.audience.TEACHERS' : 'search.audience.PUPILS')}</Fact>
        <Fact term={t('offer.municipalities')}>{offer.municipalities.map((m) => m.name).join(', ')}</Fact>
        <Fact term={t('offer.prices')}>
          <ul className="portal-plain-list">
            {offer.prices.map((price, index) => (
              <li key={index}>
                € {formatAmount(price.amount, language)} {price.unitLabel}
                {price.description ? ` (${price.description})` : ''}
              </li>
            ))}
          </ul>
        </Fact>
        {offer.durationMinutes ? <Fact term={t('offer.duration')}>{t('offer.minutes', { count: offer.durationMinutes })}</Fact> : null}
        {offer.maxPupilsPerSession ? <Fact term={t('offer.maxPupils')}>{offer.maxPupilsPerSession}</Fact> : null}
        {offer.bookableFrom && offer.bookableUntil ? (
          <Fact term={t('offer.bookable')}>
            {t('offer.bookableRange', { from: formatDate(offer.bookableFrom, language), to: formatDate(offer.bookableUntil, language) })}
          </Fact>
        ) : null}
        {offer.themes.length > 0 && <Fact term={t('offer.themes')}>{offer.themes.map((theme) => theme.label).join(', ')}</Fact>}
        {offer.kerndoelen.length > 0 && <Fact term={t('offer.kerndoelen')}>{offer.kerndoelen.join(', ')}</Fact>}
        {offer.project && <Fact term={t('offer.project')}>{offer.project.title}</Fact>}
      </dl>

      {partner && (
        <>
          <h2 className="utrecht-heading-2">{t('offer.partner')}</h2>
          <p className="utrecht-paragraph">
            <strong>{partner.name}</strong>
          </p>
          <ul className="portal-plain-list">
            {partner.website && (
              <li>
                <a className="utrecht-link utrecht-link--html-a" href={partner.website} rel="noopener noreferrer">
                  {partner.website}
                </a>
              </li>
            )}
            {partner.publicEmail && (
              <li>
                <a className="utrecht-link utrecht-link--html-a" href={`mailto:${partner.publicEmail}`}>
                  {partner.publicEmail}
                </a>
              </li>
            )}
            {partner.publicPhone && <li>{partner.publicPhone}</li>}
          </ul>
        </>
      )}
    </article>
  );
}
