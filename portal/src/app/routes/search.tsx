import { isCmkError } from '@cmk/client';
import { Button } from '@utrecht/button-react';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { EmptyState, ErrorState, Loading, Notice } from '../../components/ui/states.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useOffers } from '../../features/search/api/get-offers.ts';
import { OfferList } from '../../features/search/components/offer-list.tsx';
import { SearchFilters } from '../../features/search/components/search-filters.tsx';
import { filterFromParams } from '../../features/search/search-params.ts';

export function SearchRoute() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterFromParams(params), [params]);
  const offers = useOffers(filter);
  const pages = offers.data?.pages ?? [];
  const first = pages[0];
  const nodes = pages.flatMap((page) => page.edges.map((edge) => edge.node));
  const onChange = (next: URLSearchParams) => setParams(next, { replace: false });

  return (
    <div className="portal-search">
      <h1 className="utrecht-heading-1">{t('search.title')}</h1>
      <p className="utrecht-paragraph">{t('search.intro')}</p>
      <div className="portal-search__layout">
        <aside className="portal-search__filters">
          <h2 className="utrecht-heading-2">{t('search.filters')}</h2>
          <SearchFilters params={params} onChange={onChange} facets={first?.facets} />
          {[...params.keys()].length > 0 && (
            <Button appearance="secondary-action-button" onClick={() => onChange(new URLSearchParams())}>
              {t('search.clear')}
            </Button>
          )}
        </aside>
        <section className="portal-search__results" aria-labelledby="result-count">
          <h2 id="result-count" className="utrecht-heading-2" aria-live="polite" data-testid="result-count">
            {first ? (first.totalCount === 1 ? t('search.countOne') : t('search.count', { count: first.totalCount })) : ''}
          </h2>
          {offers.isPending && <Loading />}
          {offers.isError &&
            (isCmkError(offers.error, 'BAD_USER_INPUT') ? (
              <Notice kind="error">{t('search.badInput', { message: offers.error.message })}</Notice>
            ) : (
              <ErrorState error={offers.error} onRetry={() => void offers.refetch()} />
            ))}
          {first && first.totalCount === 0 && (
            <EmptyState
              title={t('search.empty')}
              hint={t('search.emptyHint')}
              action={
                <Button appearance="secondary-action-button" onClick={() => onChange(new URLSearchParams())}>
                  {t('search.clear')}
                </Button>
              }
            />
          )}
          {nodes.length > 0 && <OfferList offers={nodes} />}
          {offers.hasNextPage && (
            <Button appearance="primary-action-button" busy={offers.isFetchingNextPage} onClick={() => void offers.fetchNextPage()}>
              {t('search.more')}
            </Button>
          )}
        </section>
      </div>
    </div>
  );
}
