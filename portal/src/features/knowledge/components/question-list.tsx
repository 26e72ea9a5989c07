import type { QuestionFieldsFragment } from '@cmk/client';
import { Link } from 'react-router-dom';
import { formatDate, useI18n } from '../../../lib/i18n.tsx';

export function QuestionList({ questions }: { questions: readonly QuestionFieldsFragment[] }) {
  const { t, language } = useI18n();
  return (
    <ul className="portal-results" aria-label={t('questions.list')}>
      {questions.map((q) => (
        <li key={q.id} className="portal-card" data-question={q.id}>
          <h3 className="utrecht-heading-3 portal-card__title">
            <Link className="utrecht-link utrecht-link--html-a" to={`/vragen/${encodeURIComponent(q.id)}`}>
              {q.title}
            </Link>
          </h3>
          <p className="utrecht-paragraph portal-card__facts">
            {[
              q.answerCount === 1 ? t('questions.answerCountOne') : t('questions.answerCount', { count: q.answerCount }),
              q.acceptedAnswerId ? t('questions.hasAccepted') : undefined,
              q.moderation === 'HIDDEN' ? t('questions.hidden') : undefined,
              q.community?.title,
              formatDate(q.askedAt, language),
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </li>
      ))}
    </ul>
  );
}
