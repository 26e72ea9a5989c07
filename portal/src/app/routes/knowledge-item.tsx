import { Link, useParams } from 'react-router-dom';
import { EmptyState, ErrorState, Loading } from '../../components/ui/states.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useKnowledgeItem, useKnowledgeLabels } from '../../features/knowledge/api/knowledge.ts';
import { KnowledgeItemView } from '../../features/knowledge/components/knowledge-item-view.tsx';

export default function KnowledgeItemRoute() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const item = useKnowledgeItem(id);
  const labels = useKnowledgeLabels().data;
  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to="/kennis">
          {t('knowledge.back')}
        </Link>
      </p>
      {item.isPending && <Loading />}
      {item.isError && <ErrorState error={item.error} onRetry={() => void item.refetch()} />}
      {item.data === null && <EmptyState title={t('knowledge.notFound')} />}
      {item.data && <KnowledgeItemView item={item.data} labels={labels} />}
    </>
  );
}
