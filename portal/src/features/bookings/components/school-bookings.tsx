import { isCmkError, type Booking, type CancellationReason } from '@cmk/client';
import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { ActionToggle } from '../../../components/ui/action-toggle.tsx';
import { SelectField, TextAreaField } from '../../../components/ui/form.tsx';
import { EmptyState, ErrorState, Loading, Notice } from '../../../components/ui/states.tsx';
import { describeError } from '../../../lib/errors.ts';
import { formatDate, useI18n } from '../../../lib/i18n.tsx';
import { recentSchoolYears } from '../../../lib/school-year.ts';
import { useCancelBooking, useEvaluateBooking, useSchoolBookings } from '../api/school-bookings.ts';

const REASONS: readonly CancellationReason[] = [
  'SCHEDULE_CONFLICT',
  'ILLNESS',
  'TOO_FEW_PUPILS',
  'BUDGET',
  'PARTNER_UNAVAILABLE',
  'WEATHER',
  'OTHER',
];

function CancelForm({ booking, onDone }: { booking: Booking; onDone: () => void }) {
  const { t } = useI18n();
  const cancel = useCancelBooking();
  const [reason, setReason] = useState<CancellationReason>('SCHEDULE_CONFLICT');
  const [note, setNote] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    cancel.mutate({ id: booking.id, reason, ...(note.trim() ? { note: note.trim() } : {}) }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit} className="portal-action-form">
      {cancel.error && (
        <Notice kind="error">
          {isCmkError(cancel.error, 'INVALID_TRANSITION') ? t('bookings.invalidTransition') : describeError(cancel.error, t)}
        </Notice>
      )}
      <SelectField label={t('bookings.cancelReason')} value={reason} onChange={(e) => setReason(e.target.value as CancellationReason)}>
        {REASONS.map((r) => (
          <option key={r} value={r}>
            {t(`reason.${r}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField label={t('bookings.cancelNote')} value={note} onChange={(e) => setNote(e.target.value)} />
      <Button type="submit" appearance="primary-action-button" hint="danger" busy={cancel.isPending}>
        {t('bookings.cancelConfirm')}
      </Button>
    </form>
  );
}

function EvaluateForm({ booking, onDone }: { booking: Booking; onDone: () => void }) {
  const { t } = useI18n();
  const evaluate = useEvaluateBooking();
  const [rating, setRating] = useState('5');
  const [comment, setComment] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    evaluate.mutate(
      { id: booking.id, rating: Number(rating), ...(comment.trim() ? { comment: comment.trim() } : {}) },
      { onSuccess: onDone },
    );
  };
  return (
    <form onSubmit={submit} className="portal-action-form">
      {evaluate.error && (
        <Notice kind="error">
          {isCmkError(evaluate.error, 'INVALID_TRANSITION') ? t('bookings.invalidTransition') : describeError(evaluate.error, t)}
        </Notice>
      )}
      <SelectField label={t('bookings.rating')} value={rating} onChange={(e) => setRating(e.target.value)}>
        {[5, 4, 3, 2, 1].map((n) => (
          <option key={n} value={n}>
            {t('bookings.ratingOption', { n })}
          </option>
        ))}
      </SelectField>
      <TextAreaField label={t('bookings.comment')} value={comment} onChange={(e) => setComment(e.target.value)} />
      <Button type="submit" appearance="primary-action-button" busy={evaluate.isPending}>
        {t('bookings.evaluateConfirm')}
      </Button>
    </form>
  );
}

function BookingItem({ booking }: { booking: Booking }) {
  const { t, language } = useI18n();
  const [open, setOpen] = useState<'cancel' | 'evaluate'>();
  const [changed, setChanged] = useState(false);
  const done = () => {
    setOpen(undefined);
    setChanged(true);
  };
  return (
    <li className="portal-card" data-booking={booking.id}>
      <h3 className="utrecht-heading-3 portal-card__title">
        {booking.offer ? (
          <Link className="utrecht-link utrecht-link--html-a" to={`/aanbod/${encodeURIComponent(booking.offerId)}`}>
            {booking.offer.title}
          </Link>
        ) : (
          booking.offerId
        )}
      </h3>
      <p className="utrecht-paragraph">
        {t('bookings.status')}:{' '}
        <span className={`portal-status portal-status--${booking.status.toLowerCase()}`} data-status={booking.status}>
          {booking.statusLabel}
        </span>
      </p>
      <p className="utrecht-paragraph">
        {[
          t('bookings.requested', { date: formatDate(booking.requestedAt, language) }),
          t('bookings.pupils', { count: booking.pupils }),
          booking.preferredDates.length
            ? t('bookings.dates', { dates: booking.preferredDates.map((d) => formatDate(d, language)).join(', ') })
            : '',
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {booking.declineReason && <p className="utrecht-paragraph">{t('bookings.declined', { reason: booking.declineReason })}</p>}
      {changed && <Notice>{t('bookings.changed')}</Notice>}
      <div className="portal-actions">
        {booking.allowedActions.includes('CANCEL') && (
          <ActionToggle
            expanded={open === 'cancel'}
            label={t('bookings.cancel')}
            onToggle={() => setOpen(open === 'cancel' ? undefined : 'cancel')}
          />
        )}
        {booking.allowedActions.includes('EVALUATE') && (
          <ActionToggle
            expanded={open === 'evaluate'}
            label={t('bookings.evaluate')}
            onToggle={() => setOpen(open === 'evaluate' ? undefined : 'evaluate')}
          />
        )}
      </div>
      {open === 'cancel' && <CancelForm booking={booking} onDone={done} />}
      {open === 'evaluate' && <EvaluateForm booking={booking} onDone={done} />}
    </li>
  );
}

/** "Mijn aanmeldingen": the school's bookings of a school year, with only the actions allowedActions allows. */
export function SchoolBookings({ schoolId }: { schoolId: string }) {
  const { t } = useI18n();
  const years = recentSchoolYears();
  const [schoolYear, setSchoolYear] = useState(years[0]!);
  const bookings = useSchoolBookings(schoolId, schoolYear);
  const list = bookings.data?.bookings ?? [];
  return (
    <>
      <SelectField label={t('bookings.schoolYear')} value={schoolYear} onChange={(e) => setSchoolYear(e.target.value)}>
        {years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </SelectField>
      {bookings.isPending && <Loading />}
      {bookings.isError && <ErrorState error={bookings.error} onRetry={() => void bookings.refetch()} />}
      {bookings.isSuccess && list.length === 0 && <EmptyState title={t('bookings.empty')} />}
      {list.length > 0 && (
        <ul className="portal-results">
          {list.map((booking) => (
            <BookingItem key={booking.id} booking={booking} />
          ))}
        </ul>
      )}
    </>
  );
}
