import { Link } from 'react-router-dom';
import { EmptyState, ErrorState, Loading } from '../../components/ui/states.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useCommunities } from '../../features/knowledge/api/knowledge.ts';

export default function CommunitiesRoute() {
  const { t } = useI18n();
  const communities = useCommunities();
  const nodes = communities.data?.edges.map((e) => e.node) ?? [];
  return (
    <>
      <h1 className="utrecht-heading-1">{t('communities.title')}</h1>
      <p className="utrecht-paragraph">{t('communities.intro')}</p>
      {communities.isPending && <Loading />}
      {communities.isError && <ErrorState error={communities.error} onRetry={() => void communities.refetch()} />}
      {communities.data && nodes.length === 0 && <EmptyState title={t('communities.empty')} />}
      {nodes.length > 0 && (
        <ul className="portal-results" aria-label={t('communities.title')}>
          {nodes.map((c) => (
            <li key={c.id} className="portal-card">
              <h2 className="utrecht-heading-3 portal-card__title">
                <Link className="utrecht-link utrecht-link--html-a" to={`/leergemeenschappen/${encodeURIComponent(c.id)}`}>
                  {c.title}
                </Link>
              </h2>
              <p className="utrecht-paragraph portal-card__partner">{c.statusLabel}</p>
              <p className="utrecht-paragraph">{c.summary ?? c.question}</p>
              <p className="utrecht-paragraph portal-card__facts">
                {[
                  c.memberCount === 1 ? t('communities.memberCountOne') : t('communities.memberCount', { count: c.memberCount }),
                  c.regions.map((r) => r.name).join(', '),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
