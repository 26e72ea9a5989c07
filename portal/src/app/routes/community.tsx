import { Link, useParams } from 'react-router-dom';
import { EmptyState, ErrorState, Loading } from '../../components/ui/states.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useViewer } from '../../lib/viewer.ts';
import { useCommunity, useKnowledgeLabels } from '../../features/knowledge/api/knowledge.ts';
import { CommunityView } from '../../features/knowledge/components/community-view.tsx';

export default function CommunityRoute() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const community = useCommunity(id);
  const labels = useKnowledgeLabels().data;
  const viewer = useViewer().data;
  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to="/leergemeenschappen">
          {t('community.back')}
        </Link>
      </p>
      {community.isPending && <Loading />}
      {community.isError && <ErrorState error={community.error} onRetry={() => void community.refetch()} />}
      {community.data === null && <EmptyState title={t('community.notFound')} />}
      {community.data && <CommunityView community={community.data} viewer={viewer} labels={labels} />}
    </>
  );
}
