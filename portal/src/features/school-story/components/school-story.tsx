import { Link } from 'react-router-dom';
import { EmptyState, ErrorState, Loading, Notice } from '../../../components/ui/states.tsx';
import { formatDate, useI18n, type Language, type Translate } from '../../../lib/i18n.tsx';
import type { MessageKey } from '../../../lib/messages.ts';
import { useSchoolStory, type StorySchool } from '../api/school-story.ts';

type Talk = NonNullable<StorySchool['ambitionTalks']>[number];
type Booking = NonNullable<StorySchool['bookings']>[number];
type Evi = NonNullable<StorySchool['eviResults']>[number];

const PERIOD_YEARS: Record<string, [number, number]> = { CMK2: [2017, 2020], CMK3: [2021, 2024], CMK4: [2025, 2028] };
const periodOf = (schoolYear: string) =>
  Object.entries(PERIOD_YEARS).find(
    ([, [from, to]]) => Number(schoolYear.slice(0, 4)) >= from && Number(schoolYear.slice(0, 4)) <= to,
  )?.[0];

export function changeText(t: Translate, p: { change?: number | null; previousScenario?: number | null }): string {
  if (p.change == null || p.previousScenario == null) return t('story.changeNone');
  if (p.change > 0) return t('story.changeUp', { n: p.change, was: p.previousScenario });
  if (p.change < 0) return t('story.changeDown', { n: -p.change, was: p.previousScenario });
  return t('story.changeSame', { was: p.previousScenario });
}

function EviTable({ result }: { result: Evi }) {
  const { t, language } = useI18n();
  return (
    <>
      <p className="utrecht-paragraph">
        {t('story.eviCompleted', { date: formatDate(result.completedOn, language), version: result.version })}
      </p>
      <table className="utrecht-table portal-table">
        <caption className="utrecht-table__caption">{t('story.eviCaption', { year: result.schoolYear })}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">
              {t('story.pillar')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('story.scenario')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('story.change')}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {result.pillars.map((p) => (
            <tr className="utrecht-table__row" key={p.pillar}>
              <th className="utrecht-table__header-cell" scope="row">
                {p.label}
              </th>
              <td className="utrecht-table__cell">{p.scenario}</td>
              <td className="utrecht-table__cell" data-pillar-change={p.pillar}>
                {changeText(t, p)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** Who and by when, after the agreement: " (ICC'er, 31 december 2025)". */
function agreementMeta(item: { owner?: string | null; due?: string | null }, language: Language): string {
  const parts = [item.owner, item.due ? formatDate(item.due, language) : undefined].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

function TalkSummary({ talk, schoolId, draft }: { talk: Talk; schoolId: string; draft: boolean }) {
  const { t, language } = useI18n();
  const date = formatDate(talk.date, language);
  return (
    <article className="portal-card portal-story__talk" aria-labelledby={`talk-${talk.date}`} data-talk={talk.date}>
      <h4 id={`talk-${talk.date}`} className="utrecht-heading-4">
        {draft ? t('story.draftOn', { date }) : t('story.talkOn', { date })}
      </h4>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to={`/scholen/${schoolId}/ambitiegesprek/${talk.date}`}>
          {draft ? t('story.editDraft') : t('story.openTalk')}
        </Link>
      </p>
      <h5 className="utrecht-heading-5">{t('story.agreementsFor', { year: talk.agreements.schoolYear })}</h5>
      {talk.agreements.items.length === 0 ? (
        <p className="utrecht-paragraph">{t('story.noAgreements')}</p>
      ) : (
        <ul className="utrecht-unordered-list portal-story__agreements">
          {talk.agreements.items.map((item, i) => (
            <li key={i} className="utrecht-unordered-list__item" data-agreement={i} data-follow-up={item.followUp.status}>
              <strong>{t(`area.${item.area}` as MessageKey)}</strong>: {item.agreement}
              {agreementMeta(item, language)}{' '}
              <span className={`portal-follow-up portal-follow-up--${item.followUp.status.toLowerCase()}`}>
                {t(`followUp.${item.followUp.status}` as MessageKey)}
              </span>
              {item.followUp.bookings.length > 0 && (
                <> {t('story.followedBy', { titles: item.followUp.bookings.map((b) => b.offer?.title ?? b.id).join(', ') })}</>
              )}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

function BookingItem({ booking }: { booking: Booking }) {
  const { t, language } = useI18n();
  const title = booking.offer?.title ?? booking.id;
  return (
    <li className="utrecht-unordered-list__item portal-story__booking" data-booking={booking.id}>
      <strong>{title}</strong> — {booking.statusLabel}, {t('bookings.pupils', { count: booking.pupils })}
      <ol className="utrecht-ordered-list portal-story__history" aria-label={t('story.historyOf', { title })}>
        {booking.history.map((h, i) => (
          <li key={i} className="utrecht-ordered-list__item">
            {t('story.statusOn', { status: t(`status.${h.status}` as MessageKey), date: formatDate(h.at, language) })}{' '}
            {t(`by.${h.by}` as MessageKey)}
          </li>
        ))}
      </ol>
    </li>
  );
}

function YearSection({ year, school, canRecordTalks }: { year: string; school: StorySchool; canRecordTalks: boolean }) {
  const { t, language } = useI18n();
  const bookings = (school.bookings ?? []).filter((b) => b.schoolYear === year);
  const held = bookings.filter((b) => b.activity);
  const evi = (school.eviResults ?? []).filter((e) => e.schoolYear === year);
  const talks = (school.ambitionTalks ?? []).filter((x) => x.schoolYear === year);
  const drafts = canRecordTalks ? (school.ambitionTalkDrafts ?? []).filter((x) => x.schoolYear === year) : [];
  const period = periodOf(year);
  const id = `year-${year}`;
  return (
    <section className="portal-story__year" aria-labelledby={id} data-school-year={year}>
      <h2 id={id} className="utrecht-heading-2">
        {t('story.schoolYear', { year })}
      </h2>
      {period && <p className="utrecht-paragraph portal-story__period">{t('story.inPeriod', { period })}</p>}
      {evi.length > 0 && (
        <section aria-labelledby={`${id}-evi`}>
          <h3 id={`${id}-evi`} className="utrecht-heading-3">
            {t('story.evi')}
          </h3>
          {evi.map((e) => (
            <EviTable key={e.schoolYear} result={e} />
          ))}
        </section>
      )}
      {(talks.length > 0 || drafts.length > 0) && (
        <section aria-labelledby={`${id}-talks`}>
          <h3 id={`${id}-talks`} className="utrecht-heading-3">
            {t('story.talks')}
          </h3>
          {talks.map((talk) => (
            <TalkSummary key={talk.date} talk={talk} schoolId={school.id} draft={false} />
          ))}
          {drafts.map((talk) => (
            <TalkSummary key={talk.date} talk={talk} schoolId={school.id} draft />
          ))}
        </section>
      )}
      <section aria-labelledby={`${id}-bookings`}>
        <h3 id={`${id}-bookings`} className="utrecht-heading-3">
          {t('story.bookings')}
        </h3>
        {bookings.length === 0 ? (
          <p className="utrecht-paragraph">{t('story.noBookings')}</p>
        ) : (
          <ul className="utrecht-unordered-list">
            {bookings.map((b) => (
              <BookingItem key={b.id} booking={b} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby={`${id}-activities`}>
        <h3 id={`${id}-activities`} className="utrecht-heading-3">
          {t('story.activities')}
        </h3>
        {held.length === 0 ? (
          <p className="utrecht-paragraph">{t('story.noActivities')}</p>
        ) : (
          <>
            <p className="utrecht-paragraph" data-activities-summary={year}>
              {t(held.length === 1 ? 'story.activitiesSummaryOne' : 'story.activitiesSummary', {
                count: held.length,
                pupils: held.reduce((sum, b) => sum + (b.activity?.pupilsReached ?? 0), 0),
              })}
            </p>
            <ul className="utrecht-unordered-list">
              {held.map((b) => (
                <li key={b.id} className="utrecht-unordered-list__item">
                  {t('story.activity', {
                    title: b.offer?.title ?? b.id,
                    pupils: b.activity!.pupilsReached,
                    date: formatDate(b.activity!.heldOn, language),
                  })}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </section>
  );
}

/** A school's story: its CmK participation, then per school year (newest first) Evi, talks, bookings and activities. */
export function SchoolStory({ schoolId, canRecordTalks }: { schoolId: string; canRecordTalks: boolean }) {
  const { t, language } = useI18n();
  const story = useSchoolStory(schoolId);
  if (story.isPending) return <Loading />;
  if (story.isError) return <ErrorState error={story.error} onRetry={() => void story.refetch()} />;
  const school = story.data;
  if (!school) return <Notice kind="warning">{t('talk.notFound')}</Notice>;
  const years = [
    ...new Set([
      ...(school.bookings ?? []).map((b) => b.schoolYear),
      ...(school.eviResults ?? []).map((e) => e.schoolYear),
      ...(school.ambitionTalks ?? []).map((x) => x.schoolYear),
      ...(canRecordTalks ? (school.ambitionTalkDrafts ?? []) : []).map((x) => x.schoolYear),
    ]),
  ].sort((a, b) => b.localeCompare(a));
  return (
    <>
      <h1 className="utrecht-heading-1">{t('story.title', { name: school.name })}</h1>
      <p className="utrecht-paragraph">
        {school.place} · {school.sectorLabel}
      </p>
      <p className="utrecht-paragraph">{t('story.intro')}</p>
      {canRecordTalks && (
        <p className="utrecht-paragraph">
          <Link className="utrecht-link utrecht-link--html-a" to={`/scholen/${school.id}/ambitiegesprek/nieuw`}>
            {t('story.newTalk')}
          </Link>
        </p>
      )}
      <section aria-labelledby="story-participation">
        <h2 id="story-participation" className="utrecht-heading-2">
          {t('story.participation')}
        </h2>
        {(school.participations ?? []).length === 0 ? (
          <p className="utrecht-paragraph">{t('story.noParticipation')}</p>
        ) : (
          <table className="utrecht-table portal-table">
            <caption className="utrecht-table__caption">{t('story.participation')}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                {(['story.period', 'story.trajectory', 'story.advisor', 'story.region', 'story.since'] as const).map((k) => (
                  <th key={k} className="utrecht-table__header-cell" scope="col">
                    {t(k)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {(school.participations ?? []).map((p) => (
                <tr className="utrecht-table__row" key={p.period} data-participation={p.period}>
                  <th className="utrecht-table__header-cell" scope="row">
                    {p.period}
                  </th>
                  <td className="utrecht-table__cell">{p.trajectoryLabel}</td>
                  <td className="utrecht-table__cell">{p.advisorId}</td>
                  <td className="utrecht-table__cell">{p.region?.name ?? t('talk.none')}</td>
                  <td className="utrecht-table__cell">{p.startedOn ? formatDate(p.startedOn, language) : t('talk.none')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <p className="utrecht-paragraph portal-story__rule">{t('story.followRule')}</p>
      {years.length === 0 ? (
        <EmptyState title={t('story.empty')} />
      ) : (
        years.map((year) => <YearSection key={year} year={year} school={school} canRecordTalks={canRecordTalks} />)
      )}
    </>
  );
}
