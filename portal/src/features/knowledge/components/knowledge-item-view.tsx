import type { KnowledgeItemPageQuery } from '@cmk/client';
import Markdown from 'react-markdown';
import { Link } from 'react-router-dom';
import { formatDate, useI18n } from '../../../lib/i18n.tsx';
import { Fact } from './fact.tsx';

export type KnowledgeItemDetail = NonNullable<KnowledgeItemPageQuery['knowledgeItem']>;

const named = (values: readonly string[], labels: ReadonlyMap<string, string> | undefined) =>
  values.map((v) => labels?.get(v) ?? v).join(', ');

/** A knowledge item with its body, what it is about, who made it, its attachments and its links. */
export function KnowledgeItemView({ item, labels }: { item: KnowledgeItemDetail; labels: ReadonlyMap<string, string> | undefined }) {
  const { t, language } = useI18n();
  return (
    <article className="portal-offer">
      <h1 className="utrecht-heading-1">{item.title}</h1>
      <p className="utrecht-paragraph">
        {item.kindLabel} · {t('knowledge.published', { date: formatDate(item.publishedAt, language) })}
      </p>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{item.summary}</p>
      {item.body && (
        // Markdown from the CMS (or an approved proposal), rendered as elements, never as raw HTML.
        <div className="utrecht-rich-text portal-offer__description">
          <Markdown>{item.body}</Markdown>
        </div>
      )}

      <h2 className="utrecht-heading-2">{t('knowledge.attachments')}</h2>
      {item.attachments.length === 0 ? (
        <p className="utrecht-paragraph">{t('knowledge.noAttachments')}</p>
      ) : (
        <ul className="portal-plain-list" data-testid="attachments">
          {item.attachments.map((a) => (
            <li key={a.url}>
              <a className="utrecht-link utrecht-link--html-a" href={a.url} download>
                {a.name}
              </a>
              {a.mime && a.sizeKb != null && (
                <span> ({t('knowledge.attachmentMeta', { mime: a.mime, size: Math.round(a.sizeKb).toLocaleString(language) })})</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {item.links.length > 0 && (
        <>
          <h2 className="utrecht-heading-2">{t('knowledge.links')}</h2>
          <ul className="portal-plain-list" data-testid="links">
            {item.links.map((l) => (
              <li key={l.url}>
                <a className="utrecht-link utrecht-link--html-a" href={l.url} rel="noopener noreferrer" target="_blank">
                  {t('knowledge.linkExternal', { label: l.label })}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}

      <h2 className="utrecht-heading-2">{t('knowledge.facts')}</h2>
      <dl className="utrecht-data-list portal-facts">
        {item.themes.length > 0 && <Fact term={t('knowledge.themes')}>{named(item.themes, labels)}</Fact>}
        {item.usefulFor.length > 0 && <Fact term={t('knowledge.usefulFor')}>{named(item.usefulFor, labels)}</Fact>}
        {item.disciplines.length > 0 && <Fact term={t('knowledge.disciplines')}>{named(item.disciplines, labels)}</Fact>}
        {item.sectors.length > 0 && <Fact term={t('knowledge.sectors')}>{named(item.sectors, labels)}</Fact>}
        {item.region && <Fact term={t('knowledge.region')}>{item.region.name}</Fact>}
        {item.community && (
          <Fact term={t('knowledge.community')}>
            <Link className="utrecht-link utrecht-link--html-a" to={`/leergemeenschappen/${encodeURIComponent(item.community.id)}`}>
              {item.community.title}
            </Link>
          </Fact>
        )}
        {item.authors.length > 0 && (
          <Fact term={t('knowledge.authors')}>
            {item.authors.map((a) => (a.organisation ? `${a.name} (${a.organisation})` : a.name)).join(', ')}
          </Fact>
        )}
      </dl>
    </article>
  );
}
