import { isCmkError } from '@cmk/client';
import { Button } from '@utrecht/button-react';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { EmptyState, ErrorState, Loading, Notice } from '../../components/ui/states.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useViewer } from '../../lib/viewer.ts';
import { useKnowledgeLabels, useKnowledgeSearch } from '../../features/knowledge/api/knowledge.ts';
import { KnowledgeFilters } from '../../features/knowledge/components/knowledge-filters.tsx';
import { KnowledgeList } from '../../features/knowledge/components/knowledge-list.tsx';
import { knowledgeFilter } from '../../features/knowledge/search-params.ts';

export default function KnowledgeRoute() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => knowledgeFilter(params), [params]);
  const items = useKnowledgeSearch(filter);
  const labels = useKnowledgeLabels().data;
  const role = useViewer().data?.role;
  const first = items.data?.pages[0];
  const nodes = (items.data?.pages ?? []).flatMap((page) => page.edges.map((edge) => edge.node));
  const onChange = (next: URLSearchParams) => setParams(next);

  return (
    <div className="portal-search">
      <h1 className="utrecht-heading-1">{t('knowledge.title')}</h1>
      <p className="utrecht-paragraph">{t('knowledge.intro')}</p>
      {(role === 'MEMBER' || role === 'MODERATOR') && (
        <p className="utrecht-paragraph">
          <Link className="utrecht-link utrecht-link--html-a" to="/kennis/delen">
            {t('knowledge.propose')}
          </Link>
        </p>
      )}
      <div className="portal-search__layout">
        <aside className="portal-search__filters">
          <h2 className="utrecht-heading-2">{t('knowledge.filters')}</h2>
          <KnowledgeFilters params={params} onChange={onChange} facets={first?.facets} />
          {[...params.keys()].length > 0 && (
            <Button appearance="secondary-action-button" onClick={() => onChange(new URLSearchParams())}>
              {t('knowledge.clear')}
            </Button>
          )}
        </aside>
        <section className="portal-search__results" aria-labelledby="knowledge-count">
          <h2 id="knowledge-count" className="utrecht-heading-2" aria-live="polite" data-testid="knowledge-count">
            {first ? (first.totalCount === 1 ? t('knowledge.countOne') : t('knowledge.count', { count: first.totalCount })) : ''}
          </h2>
          {items.isPending && <Loading />}
          {items.isError &&
            (isCmkError(items.error, 'BAD_USER_INPUT') ? (
              <Notice kind="error">{items.error.message}</Notice>
            ) : (
              <ErrorState error={items.error} onRetry={() => void items.refetch()} />
            ))}
          {first && first.totalCount === 0 && <EmptyState title={t('knowledge.empty')} hint={t('knowledge.emptyHint')} />}
          {nodes.length > 0 && <KnowledgeList items={nodes} labels={labels} label={t('knowledge.title')} />}
          {items.hasNextPage && (
            <Button appearance="primary-action-button" busy={items.isFetchingNextPage} onClick={() => void items.fetchNextPage()}>
              {t('knowledge.more')}
            </Button>
          )}
        </section>
      </div>
    </div>
  );
}
