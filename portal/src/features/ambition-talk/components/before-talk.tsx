import { formatDate, useI18n } from '../../../lib/i18n.tsx';
import type { MessageKey } from '../../../lib/messages.ts';
import type { Talk, TalkSchool } from '../api/ambition-talk.ts';

/** Before the talk: the school's latest Evi result and what was agreed last time, with whether bookings followed it. */
export function BeforeTalk({ school, date }: { school: TalkSchool; date: string }) {
  const { t, language } = useI18n();
  const evi = (school.eviResults ?? []).at(-1);
  const previous: Talk | undefined = (school.ambitionTalks ?? []).filter((x) => x.date < date).at(-1);
  return (
    <aside className="portal-card portal-before-talk" aria-labelledby="before-talk">
      <h2 id="before-talk" className="utrecht-heading-2">
        {t('talk.before')}
      </h2>
      <section aria-labelledby="before-evi" data-before="evi">
        <h3 id="before-evi" className="utrecht-heading-3">
          {evi ? t('talk.latestEvi', { year: evi.schoolYear }) : t('story.evi')}
        </h3>
        {evi ? (
          <ul className="utrecht-unordered-list">
            {evi.pillars.map((p) => (
              <li key={p.pillar} className="utrecht-unordered-list__item">
                {p.label}: {t('story.scenario').toLowerCase()} {p.scenario}
                {p.change != null && p.previousScenario != null
                  ? ` (${p.change > 0 ? '+' : p.change < 0 ? '−' : '±'}${Math.abs(p.change)})`
                  : ''}
              </li>
            ))}
          </ul>
        ) : (
          <p className="utrecht-paragraph">{t('talk.noEvi')}</p>
        )}
      </section>
      <section aria-labelledby="before-agreements" data-before="agreements">
        <h3 id="before-agreements" className="utrecht-heading-3">
          {previous ? t('talk.previousAgreements', { date: formatDate(previous.date, language) }) : t('talk.previousTalk')}
        </h3>
        {!previous ? (
          <p className="utrecht-paragraph">{t('talk.noPrevious')}</p>
        ) : previous.agreements.items.length === 0 ? (
          <p className="utrecht-paragraph">{t('story.noAgreements')}</p>
        ) : (
          <ul className="utrecht-unordered-list">
            {previous.agreements.items.map((item, i) => (
              <li key={i} className="utrecht-unordered-list__item">
                <strong>{t(`area.${item.area}` as MessageKey)}</strong>: {item.agreement} —{' '}
                {t(`followUp.${item.followUp.status}` as MessageKey)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </aside>
  );
}
