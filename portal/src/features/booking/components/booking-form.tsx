import { isCmkError } from '@cmk/client';
import { Button } from '@utrecht/button-react';
import { Fieldset, FieldsetLegend } from '@utrecht/fieldset-react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/form.tsx';
import { Notice } from '../../../components/ui/states.tsx';
import { inputIssues, isUnreachable } from '../../../lib/errors.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import type { MessageKey } from '../../../lib/messages.ts';
import { useRequestBooking } from '../api/request-booking.ts';

interface GroupRow {
  grade: string;
  pupils: string;
  teacher: string;
}

type FieldErrors = Record<string, MessageKey>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const emptyGroup = (): GroupRow => ({ grade: '', pupils: '', teacher: '' });

/** The API's field paths (groups.0.pupils) to the message shown next to that field. */
function messageFor(path: string): [string, MessageKey] | undefined {
  const group = /^groups\.(\d+)\.(grade|pupils)/.exec(path);
  if (group) return [`groups.${group[1]}.${group[2]}`, group[2] === 'grade' ? 'booking.field.grade' : 'booking.field.pupils'];
  const date = /^preferredDates\.(\d+)/.exec(path);
  if (date) return [`preferredDates.${date[1]}`, 'booking.field.date'];
  if (path.startsWith('note')) return ['note', 'booking.field.note'];
  return undefined;
}

function validate(groups: GroupRow[], dates: string[], note: string): FieldErrors {
  const errors: FieldErrors = {};
  groups.forEach((group, i) => {
    const grade = Number(group.grade);
    if (!Number.isInteger(grade) || grade < 1 || grade > 8) errors[`groups.${i}.grade`] = 'booking.field.grade';
    const pupils = Number(group.pupils);
    if (group.pupils.trim() === '' || !Number.isInteger(pupils) || pupils < 1 || pupils > 500)
      errors[`groups.${i}.pupils`] = 'booking.field.pupils';
  });
  dates.forEach((date, i) => {
    if (date !== '' && !DATE.test(date)) errors[`preferredDates.${i}`] = 'booking.field.date';
  });
  if (note.length > 2000) errors.note = 'booking.field.note';
  return errors;
}

/** "Aanmelden": groups with grade and pupils, preferred dates and a note, sent with one idempotency key per form. */
export function BookingForm({ offerId, schoolId }: { offerId: string; schoolId: string }) {
  const { t } = useI18n();
  const booking = useRequestBooking();
  // One key for this form: a double click or a retry after a network error books once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [groups, setGroups] = useState<GroupRow[]>([emptyGroup()]);
  const [dates, setDates] = useState<string[]>(['']);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});

  if (booking.isSuccess) {
    return (
      <section className="portal-booking" aria-labelledby="booking-title">
        <h2 id="booking-title" className="utrecht-heading-2">
          {t('booking.title')}
        </h2>
        <Notice>{t('booking.done')}</Notice>
        <p className="utrecht-paragraph">
          <Link className="utrecht-link utrecht-link--html-a" to="/mijn-aanmeldingen">
            {t('booking.toBookings')}
          </Link>
        </p>
      </section>
    );
  }

  const apiErrors: FieldErrors = {};
  for (const issue of inputIssues(booking.error)) {
    const found = messageFor(issue.path);
    if (found) apiErrors[found[0]] = found[1];
  }
  const shown = { ...apiErrors, ...errors };
  const error = (key: string) => (shown[key] ? t(shown[key]) : undefined);
  const formError = booking.error
    ? isCmkError(booking.error, 'OFFER_FULL')
      ? t('booking.full')
      : isCmkError(booking.error, 'ALREADY_BOOKED')
        ? t('booking.already')
        : isCmkError(booking.error, 'BAD_USER_INPUT')
          ? Object.keys(apiErrors).length
            ? t('booking.invalid')
            : booking.error.message
          : isUnreachable(booking.error)
            ? t('booking.network')
            : booking.error.message
    : Object.keys(errors).length
      ? t('booking.invalid')
      : undefined;

  const setGroup = (index: number, change: Partial<GroupRow>) =>
    setGroups((rows) => rows.map((row, i) => (i === index ? { ...row, ...change } : row)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (booking.isPending) return;
    const found = validate(groups, dates, note);
    setErrors(found);
    if (Object.keys(found).length) return;
    booking.mutate({
      offerId,
      schoolId,
      idempotencyKey,
      groups: groups.map((g) => ({
        grade: Number(g.grade),
        pupils: Number(g.pupils),
        ...(g.teacher.trim() ? { teacher: g.teacher.trim() } : {}),
      })),
      preferredDates: dates.filter((d) => d !== ''),
      ...(note.trim() ? { note: note.trim() } : {}),
    });
  };

  return (
    <section className="portal-booking" aria-labelledby="booking-title">
      <h2 id="booking-title" className="utrecht-heading-2">
        {t('booking.title')}
      </h2>
      <form onSubmit={submit} noValidate>
        {formError && <Notice kind="error">{formError}</Notice>}
        <Fieldset>
          <FieldsetLegend>{t('booking.groups')}</FieldsetLegend>
          {groups.map((group, i) => (
            <div className="portal-booking__group" key={i} role="group" aria-label={t('booking.group', { n: i + 1 })}>
              <SelectField
                label={t('booking.grade')}
                value={group.grade}
                error={error(`groups.${i}.grade`)}
                onChange={(e) => setGroup(i, { grade: e.target.value })}
              >
                <option value="">—</option>
                {[1, 2, 3, 4, 5, 6, 7, 8].map((grade) => (
                  <option key={grade} value={grade}>
                    {t('search.gradeOption', { grade })}
                  </option>
                ))}
              </SelectField>
              <TextField
                label={t('booking.pupils')}
                type="number"
                inputMode="numeric"
                min={1}
                max={500}
                value={group.pupils}
                error={error(`groups.${i}.pupils`)}
                onChange={(e) => setGroup(i, { pupils: e.target.value })}
              />
              <TextField label={t('booking.teacher')} value={group.teacher} onChange={(e) => setGroup(i, { teacher: e.target.value })} />
              {groups.length > 1 && (
                <Button appearance="subtle-button" onClick={() => setGroups((rows) => rows.filter((_, j) => j !== i))}>
                  {t('booking.removeGroup', { n: i + 1 })}
                </Button>
              )}
            </div>
          ))}
          <Button appearance="secondary-action-button" onClick={() => setGroups((rows) => [...rows, emptyGroup()])}>
            {t('booking.addGroup')}
          </Button>
        </Fieldset>
        <Fieldset>
          <FieldsetLegend>{t('booking.dates')}</FieldsetLegend>
          <p className="utrecht-paragraph">{t('booking.datesHint')}</p>
          {dates.map((date, i) => (
            <TextField
              key={i}
              label={t('booking.date', { n: i + 1 })}
              type="date"
              value={date}
              error={error(`preferredDates.${i}`)}
              onChange={(e) => setDates((all) => all.map((d, j) => (j === i ? e.target.value : d)))}
            />
          ))}
          <Button appearance="secondary-action-button" onClick={() => setDates((all) => [...all, ''])}>
            {t('booking.addDate')}
          </Button>
        </Fieldset>
        <TextAreaField label={t('booking.note')} value={note} error={error('note')} onChange={(e) => setNote(e.target.value)} />
        <Button type="submit" appearance="primary-action-button" busy={booking.isPending} aria-disabled={booking.isPending || undefined}>
          {booking.isPending ? t('booking.sending') : t('booking.submit')}
        </Button>
      </form>
    </section>
  );
}
