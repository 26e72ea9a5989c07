import { isCmkError, type Booking, type BookingStatus, type PartnerBookingsQuery } from '@cmk/client';
import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { ActionToggle } from '../../../components/ui/action-toggle.tsx';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/form.tsx';
import { EmptyState, ErrorState, Loading, Notice } from '../../../components/ui/states.tsx';
import { describeError } from '../../../lib/errors.ts';
import { formatDate, useI18n, type Translate } from '../../../lib/i18n.tsx';
import { useConfirmBooking, useDeclineBooking, useMarkBookingHeld, usePartnerInbox } from '../api/partner-inbox.ts';

const STATUSES: readonly BookingStatus[] = ['REQUESTED', 'CONFIRMED', 'HELD', 'EVALUATED', 'DECLINED', 'CANCELLED'];
const today = () => new Date().toISOString().slice(0, 10);

function mutationError(error: unknown, t: Translate): string {
  return isCmkError(error, 'INVALID_TRANSITION') ? t('bookings.invalidTransition') : describeError(error, t);
}

function DeclineForm({ booking, onDone }: { booking: Booking; onDone: () => void }) {
  const { t } = useI18n();
  const decline = useDeclineBooking();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return setMissing(true);
    decline.mutate({ id: booking.id, reason: reason.trim() }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit} className="portal-action-form" noValidate>
      {decline.error && <Notice kind="error">{mutationError(decline.error, t)}</Notice>}
      <TextAreaField
        label={t('inbox.declineReason')}
        value={reason}
        error={missing && !reason.trim() ? t('inbox.field.reason') : undefined}
        onChange={(e) => setReason(e.target.value)}
      />
      <Button type="submit" appearance="primary-action-button" hint="danger" busy={decline.isPending}>
        {t('inbox.declineConfirm')}
      </Button>
    </form>
  );
}

function HeldForm({ booking, onDone }: { booking: Booking; onDone: () => void }) {
  const { t } = useI18n();
  const held = useMarkBookingHeld();
  const [pupils, setPupils] = useState(String(booking.pupils));
  const [heldOn, setHeldOn] = useState(today());
  const [checked, setChecked] = useState(false);
  const pupilsValue = Number(pupils);
  const pupilsError = pupils.trim() === '' || !Number.isInteger(pupilsValue) || pupilsValue < 0 || pupilsValue > 5000;
  const dateError = !/^\d{4}-\d{2}-\d{2}$/.test(heldOn);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (pupilsError || dateError) return;
    held.mutate({ id: booking.id, pupilsReached: pupilsValue, heldOn }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit} className="portal-action-form" noValidate>
      {held.error && <Notice kind="error">{mutationError(held.error, t)}</Notice>}
      <TextField
        label={t('inbox.pupilsReached')}
        type="number"
        min={0}
        value={pupils}
        error={checked && pupilsError ? t('inbox.field.pupilsReached') : undefined}
        onChange={(e) => setPupils(e.target.value)}
      />
      <TextField
        label={t('inbox.heldOn')}
        type="date"
        value={heldOn}
        error={checked && dateError ? t('inbox.field.heldOn') : undefined}
        onChange={(e) => setHeldOn(e.target.value)}
      />
      <Button type="submit" appearance="primary-action-button" busy={held.isPending}>
        {t('inbox.heldConfirm')}
      </Button>
    </form>
  );
}

function InboxItem({ booking }: { booking: Booking }) {
  const { t, language } = useI18n();
  const confirm = useConfirmBooking();
  const [open, setOpen] = useState<'decline' | 'held'>();
  return (
    <li className="portal-card" data-booking={booking.id}>
      <h3 className="utrecht-heading-3 portal-card__title">{booking.offer?.title ?? booking.offerId}</h3>
      <p className="utrecht-paragraph">
        {t('inbox.school')}: <strong>{booking.schoolName}</strong> ·{' '}
        <span className={`portal-status portal-status--${booking.status.toLowerCase()}`} data-status={booking.status}>
          {booking.statusLabel}
        </span>
      </p>
      <p className="utrecht-paragraph">
        {[
          booking.groups
            .map((g) => `${t('search.gradeOption', { grade: g.grade })}: ${t('bookings.pupils', { count: g.pupils })}`)
            .join('; '),
          t('bookings.requested', { date: formatDate(booking.requestedAt, language) }),
          booking.preferredDates.length
            ? t('bookings.dates', { dates: booking.preferredDates.map((d) => formatDate(d, language)).join(', ') })
            : '',
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {booking.note && <p className="utrecht-paragraph portal-note">“{booking.note}”</p>}
      {confirm.error && <Notice kind="error">{mutationError(confirm.error, t)}</Notice>}
      <div className="portal-actions">
        {booking.allowedActions.includes('CONFIRM') && (
          <Button
            appearance="primary-action-button"
            busy={confirm.isPending}
            onClick={() => !confirm.isPending && confirm.mutate({ id: booking.id })}
          >
            {t('inbox.confirm')}
          </Button>
        )}
        {booking.allowedActions.includes('DECLINE') && (
          <ActionToggle
            expanded={open === 'decline'}
            label={t('inbox.decline')}
            onToggle={() => setOpen(open === 'decline' ? undefined : 'decline')}
          />
        )}
        {booking.allowedActions.includes('MARK_HELD') && (
          <ActionToggle expanded={open === 'held'} label={t('inbox.held')} onToggle={() => setOpen(open === 'held' ? undefined : 'held')} />
        )}
      </div>
      {open === 'decline' && <DeclineForm booking={booking} onDone={() => setOpen(undefined)} />}
      {open === 'held' && <HeldForm booking={booking} onDone={() => setOpen(undefined)} />}
    </li>
  );
}

type PartnerOffers = NonNullable<PartnerBookingsQuery['partner']>['offers'];

function OfferFigures({ offers }: { offers: PartnerOffers }) {
  const { t } = useI18n();
  return (
    <table className="utrecht-table portal-table">
      <caption className="utrecht-table__caption">{t('inbox.offers')}</caption>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          <th className="utrecht-table__header-cell" scope="col">
            {t('inbox.offer')}
          </th>
          <th className="utrecht-table__header-cell" scope="col">
            {t('inbox.capacity')}
          </th>
          <th className="utrecht-table__header-cell" scope="col">
            {t('inbox.remaining')}
          </th>
          <th className="utrecht-table__header-cell" scope="col">
            {t('inbox.bookingsCount')}
          </th>
          <th className="utrecht-table__header-cell" scope="col">
            {t('inbox.pupilsReachedCol')}
          </th>
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {offers.edges.map(({ node }) => (
          <tr className="utrecht-table__row" key={node.id}>
            <th className="utrecht-table__header-cell" scope="row">
              {node.title}
            </th>
            <td className="utrecht-table__cell">{node.capacity ?? t('offer.unlimited')}</td>
            <td className="utrecht-table__cell">{node.remainingCapacity ?? '—'}</td>
            <td className="utrecht-table__cell">{node.bookingsCount}</td>
            <td className="utrecht-table__cell">{node.pupilsReached}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The partner's inbox: bookings of its own offers by status, with confirm, decline and held; and its offers' figures. */
export function PartnerInbox({ partnerId }: { partnerId: string }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<BookingStatus | ''>('REQUESTED');
  const inbox = usePartnerInbox(partnerId, status || undefined);
  const bookings = inbox.data?.bookings?.edges.map((e) => e.node) ?? [];
  return (
    <>
      <SelectField label={t('inbox.status')} value={status} onChange={(e) => setStatus(e.target.value as BookingStatus | '')}>
        <option value="">{t('inbox.allStatuses')}</option>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`status.${s}`)}
          </option>
        ))}
      </SelectField>
      {inbox.isPending && <Loading />}
      {inbox.isError && <ErrorState error={inbox.error} onRetry={() => void inbox.refetch()} />}
      {inbox.isSuccess && bookings.length === 0 && <EmptyState title={t('inbox.empty')} />}
      {bookings.length > 0 && (
        <ul className="portal-results">
          {bookings.map((booking) => (
            <InboxItem key={booking.id} booking={booking} />
          ))}
        </ul>
      )}
      {inbox.data && <OfferFigures offers={inbox.data.offers} />}
    </>
  );
}
