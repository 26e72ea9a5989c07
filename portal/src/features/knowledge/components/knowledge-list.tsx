import type { KnowledgeItemCardFragment } from '@cmk/client';
import { Link } from 'react-router-dom';
import { formatDate, useI18n } from '../../../lib/i18n.tsx';

/** Knowledge items as cards: title (the link), kind, summary, themes, the community it came from. */
export function KnowledgeList({
  items,
  labels,
  label,
}: {
  items: readonly KnowledgeItemCardFragment[];
  labels: ReadonlyMap<string, string> | undefined;
  label: string;
}) {
  const { t, language } = useI18n();
  return (
    <ul className="portal-results" aria-label={label}>
      {items.map((item) => (
        <li key={item.id} className="portal-card" data-knowledge-item={item.id}>
          <h3 className="utrecht-heading-3 portal-card__title">
            <Link className="utrecht-link utrecht-link--html-a" to={`/kennis/${encodeURIComponent(item.id)}`}>
              {item.title}
            </Link>
          </h3>
          <p className="utrecht-paragraph portal-card__partner">{item.kindLabel}</p>
          <p className="utrecht-paragraph">{item.summary}</p>
          <p className="utrecht-paragraph portal-card__facts">
            {[
              item.themes.map((code) => labels?.get(code) ?? code).join(', '),
              item.community?.title,
              t('knowledge.published', { date: formatDate(item.publishedAt, language) }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </li>
      ))}
    </ul>
  );
}
