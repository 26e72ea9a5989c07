import { Button } from '@utrecht/button-react';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { QuestionFilter } from '@cmk/client';
import { SelectField, TextField } from '../../components/ui/form.tsx';
import { RequireRole } from '../../components/ui/require-role.tsx';
import { EmptyState, ErrorState, Loading } from '../../components/ui/states.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuestions } from '../../features/knowledge/api/knowledge.ts';
import { AskQuestion } from '../../features/knowledge/components/ask-question.tsx';
import { QuestionList } from '../../features/knowledge/components/question-list.tsx';

const MEMBERS = ['MEMBER', 'MODERATOR', 'ADMIN'] as const;

function Questions() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  useEffect(() => setText(params.get('q') ?? ''), [params]);
  const filter = useMemo(() => {
    const f: QuestionFilter = {};
    const q = params.get('q')?.trim();
    if (q) f.text = q;
    const answered = params.get('beantwoord');
    if (answered === 'ja') f.answered = true;
    if (answered === 'nee') f.answered = false;
    return f;
  }, [params]);
  const questions = useQuestions(filter);
  const nodes = (questions.data?.pages ?? []).flatMap((p) => p.edges.map((e) => e.node));
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value.trim()) next.set(name, value.trim());
    else next.delete(name);
    setParams(next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    set('q', text);
  };

  return (
    <>
      <AskQuestion />
      <section aria-labelledby="questions-list">
        <h2 id="questions-list" className="utrecht-heading-2">
          {t('questions.list')}
        </h2>
        <form className="portal-filters portal-filters--inline" role="search" aria-label={t('questions.search')} onSubmit={submit}>
          <div className="portal-filters__text">
            <TextField label={t('questions.search')} type="search" name="q" value={text} onChange={(e) => setText(e.target.value)} />
            <Button type="submit" appearance="secondary-action-button">
              {t('knowledge.submit')}
            </Button>
          </div>
          <SelectField
            label={t('questions.answered')}
            name="beantwoord"
            value={params.get('beantwoord') ?? ''}
            onChange={(e) => set('beantwoord', e.target.value)}
          >
            <option value="">{t('questions.any')}</option>
            <option value="ja">{t('questions.onlyAnswered')}</option>
            <option value="nee">{t('questions.onlyOpen')}</option>
          </SelectField>
        </form>
        {questions.isPending && <Loading />}
        {questions.isError && <ErrorState error={questions.error} onRetry={() => void questions.refetch()} />}
        {questions.data && nodes.length === 0 && <EmptyState title={t('questions.empty')} />}
        {nodes.length > 0 && <QuestionList questions={nodes} />}
        {questions.hasNextPage && (
          <Button appearance="secondary-action-button" busy={questions.isFetchingNextPage} onClick={() => void questions.fetchNextPage()}>
            {t('questions.more')}
          </Button>
        )}
      </section>
    </>
  );
}

export default function QuestionsRoute() {
  const { t } = useI18n();
  return (
    <>
      <h1 className="utrecht-heading-1">{t('questions.title')}</h1>
      <p className="utrecht-paragraph">{t('questions.intro')}</p>
      <RequireRole role={MEMBERS}>{() => <Questions />}</RequireRole>
    </>
  );
}
