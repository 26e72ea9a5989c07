import { Link, useParams } from 'react-router-dom';
import { RequireRole } from '../../components/ui/require-role.tsx';
import { EmptyState, ErrorState, Loading } from '../../components/ui/states.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import type { Viewer } from '../../lib/viewer.ts';
import { useQuestion } from '../../features/knowledge/api/knowledge.ts';
import { QuestionView } from '../../features/knowledge/components/question-view.tsx';

function Question({ id, viewer }: { id: string; viewer: Viewer }) {
  const { t } = useI18n();
  const question = useQuestion(id);
  if (question.isPending) return <Loading />;
  if (question.isError) return <ErrorState error={question.error} onRetry={() => void question.refetch()} />;
  if (!question.data.question) return <EmptyState title={t('question.notFound')} />;
  return <QuestionView question={question.data.question} names={question.data.names} viewer={viewer} />;
}

export default function QuestionRoute() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to="/vragen">
          {t('question.back')}
        </Link>
      </p>
      <RequireRole role={['MEMBER', 'MODERATOR', 'ADMIN']}>{(viewer) => <Question id={id} viewer={viewer} />}</RequireRole>
    </>
  );
}
