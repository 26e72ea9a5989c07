import type { ReactNode } from 'react';
import { formatDate, useI18n } from '../../../lib/i18n.tsx';
import type { MessageKey } from '../../../lib/messages.ts';
import type { Talk } from '../api/ambition-talk.ts';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="portal-facts__item">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A talk to read (the school's view): every part of the guide, nothing to change. */
export function AmbitionTalkView({ talk, schoolName }: { talk: Talk; schoolName: string }) {
  const { t, language } = useI18n();
  const none = t('talk.none');
  const text = (value?: string | null) => (value ? <span className="portal-prewrap">{value}</span> : none);
  return (
    <div className="portal-talk-view">
      <p className="utrecht-paragraph">{t('talk.readOnly')}</p>
      <section aria-labelledby="view-header">
        <h2 id="view-header" className="utrecht-heading-2">
          {t('talk.header')}
        </h2>
        <dl className="portal-facts">
          <Item label={t('talk.school')}>{schoolName}</Item>
          <Item label={t('talk.place')}>{text(talk.place)}</Item>
          <Item label={t('talk.schoolType')}>{t(`schoolType.${talk.schoolType}` as MessageKey)}</Item>
          <Item label={t('talk.date')}>{formatDate(talk.date, language)}</Item>
          <Item label={t('talk.participants')}>{talk.participants.join(', ') || none}</Item>
          <Item label={t('talk.advisor')}>{talk.advisorId}</Item>
          <Item label={t('talk.remarks')}>{text(talk.remarks)}</Item>
        </dl>
      </section>
      <section aria-labelledby="view-preparation">
        <h2 id="view-preparation" className="utrecht-heading-2">
          {t('talk.preparation')}
        </h2>
        {talk.preparation.length ? (
          <ul className="utrecht-unordered-list">
            {talk.preparation.map((step) => (
              <li key={step} className="utrecht-unordered-list__item">
                {t(`preparation.${step}` as MessageKey)}
              </li>
            ))}
          </ul>
        ) : (
          <p className="utrecht-paragraph">{none}</p>
        )}
      </section>
      <section aria-labelledby="view-goals">
        <h2 id="view-goals" className="utrecht-heading-2">
          {t('talk.goals')}
        </h2>
        <ul className="utrecht-unordered-list">
          {talk.goals.selected.map((goal) => (
            <li key={goal} className="utrecht-unordered-list__item">
              {t(`goal.${goal}` as MessageKey)}
            </li>
          ))}
        </ul>
        <dl className="portal-facts">
          <Item label={t('talk.goalNotes')}>{text(talk.goals.notes)}</Item>
        </dl>
      </section>
      <section aria-labelledby="view-current">
        <h2 id="view-current" className="utrecht-heading-2">
          {t('talk.current')}
        </h2>
        <dl className="portal-facts">
          <Item label={t('talk.developments')}>{text(talk.currentState.developments)}</Item>
          <Item label={t('talk.opportunities')}>{text(talk.currentState.opportunities)}</Item>
          {talk.currentState.aspects.map((a) => (
            <Item key={a.aspect} label={t(`aspect.${a.aspect}` as MessageKey)}>
              {t('talk.strengths')}: {a.strengths ?? none}. {t('talk.weaknesses')}: {a.weaknesses ?? none}.
            </Item>
          ))}
        </dl>
      </section>
      <section aria-labelledby="view-ambition">
        <h2 id="view-ambition" className="utrecht-heading-2">
          {t('talk.ambition')}
        </h2>
        <dl className="portal-facts">
          <Item label={t('talk.ambitionContent')}>{text(talk.ambition2028.content)}</Item>
          <Item label={t('talk.ambitionOrganisation')}>{text(talk.ambition2028.organisation)}</Item>
          <Item label={t('talk.ambitionSupport')}>{text(talk.ambition2028.supportAndProfile)}</Item>
        </dl>
      </section>
      <section aria-labelledby="view-agreements">
        <h2 id="view-agreements" className="utrecht-heading-2">
          {t('talk.agreements')}
        </h2>
        <p className="utrecht-paragraph">{t('story.agreementsFor', { year: talk.agreements.schoolYear })}</p>
        <table className="utrecht-table portal-table">
          <caption className="utrecht-table__caption">{t('talk.agreements')}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              {[t('talk.agreement'), t('talk.owner'), t('talk.due'), t('talk.disciplinesShort'), t('talk.followUp')].map((h) => (
                <th key={h} className="utrecht-table__header-cell" scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {talk.agreements.items.map((item, i) => (
              <tr key={i} className="utrecht-table__row" data-agreement={i}>
                <th className="utrecht-table__header-cell" scope="row">
                  {t(`area.${item.area}` as MessageKey)}: {item.agreement}
                </th>
                <td className="utrecht-table__cell">{item.owner ?? none}</td>
                <td className="utrecht-table__cell">{item.due ? formatDate(item.due, language) : none}</td>
                <td className="utrecht-table__cell">
                  {item.disciplines.map((d) => t(`discipline.${d}` as MessageKey)).join(', ') || none}
                </td>
                <td className="utrecht-table__cell">{t(`followUp.${item.followUp.status}` as MessageKey)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <dl className="portal-facts">
          <Item label={t('talk.longerTerm')}>{text(talk.agreements.longerTerm)}</Item>
        </dl>
      </section>
    </div>
  );
}
