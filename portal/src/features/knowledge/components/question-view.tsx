import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { TextAreaField } from '../../../components/ui/form.tsx';
import { Notice } from '../../../components/ui/states.tsx';
import { describeError, inputIssues } from '../../../lib/errors.ts';
import { formatDateTime, useI18n } from '../../../lib/i18n.tsx';
import type { Viewer } from '../../../lib/viewer.ts';
import { useAcceptAnswer, useAnswerQuestion, useModerate, useQuestion } from '../api/knowledge.ts';

type Loaded = NonNullable<ReturnType<typeof useQuestion>['data']>;
type QuestionDetail = NonNullable<Loaded['question']>;

function AnswerForm({ questionId }: { questionId: string }) {
  const { t } = useI18n();
  const answer = useAnswerQuestion(questionId);
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [body, setBody] = useState('');
  const [error, setError] = useState(false);
  const apiError = inputIssues(answer.error).length > 0;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const length = body.trim().length;
    const bad = length < 1 || length > 5000;
    setError(bad);
    if (bad) return;
    answer.mutate(
      { idempotencyKey: key, body: body.trim() },
      {
        onSuccess: () => {
          setBody('');
          setKey(crypto.randomUUID());
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="answer-title">
      <h2 id="answer-title" className="utrecht-heading-2">
        {t('question.answerTitle')}
      </h2>
      {answer.isSuccess && <Notice>{t('question.answeredNow')}</Notice>}
      {answer.isError && !apiError && <Notice kind="error">{describeError(answer.error, t)}</Notice>}
      <TextAreaField
        label={t('question.yourAnswer')}
        name="answer"
        rows={5}
        value={body}
        required
        error={error || apiError ? t('question.field.body') : undefined}
        onChange={(e) => setBody(e.target.value)}
      />
      <Button type="submit" appearance="primary-action-button" busy={answer.isPending} disabled={answer.isPending}>
        {t('question.answerSubmit')}
      </Button>
    </form>
  );
}

/** A question with its answers: the asker (or a moderator) accepts one, every member may answer, moderators hide and show. */
export function QuestionView({
  question,
  names,
  viewer,
}: {
  question: QuestionDetail;
  names: ReadonlyMap<string, string>;
  viewer: Viewer;
}) {
  const { t, language } = useI18n();
  const accept = useAcceptAnswer(question.id);
  const moderate = useModerate();
  const me = viewer.member?.id;
  const moderator = viewer.role === 'MODERATOR' || viewer.role === 'ADMIN';
  const mayAccept = moderator || (viewer.role === 'MEMBER' && me === question.askerId);
  const nameOf = (id: string) => (id === me ? t('question.you') : (names.get(id) ?? t('question.aMember')));
  const toggle = (kind: 'QUESTION' | 'ANSWER', id: string, hidden: boolean) =>
    hidden ? moderate.show.mutate({ kind, id }) : moderate.hide.mutate({ kind, id });
  const moderationError = moderate.hide.error ?? moderate.show.error;

  return (
    <article className="portal-offer">
      <h1 className="utrecht-heading-1">{question.title}</h1>
      <p className="utrecht-paragraph">
        {t('question.askedBy', { name: nameOf(question.askerId), date: formatDateTime(question.askedAt, language) })}
        {question.community ? ` · ${question.community.title}` : ''}
      </p>
      {question.moderation === 'HIDDEN' && <Notice kind="warning">{t('question.hiddenNote')}</Notice>}
      <p className="utrecht-paragraph portal-question__body">{question.body}</p>
      {moderator && (
        <Button appearance="secondary-action-button" onClick={() => toggle('QUESTION', question.id, question.moderation === 'HIDDEN')}>
          {question.moderation === 'HIDDEN' ? t('question.show') : t('question.hide')}
        </Button>
      )}
      {moderationError && <Notice kind="error">{describeError(moderationError, t)}</Notice>}

      <h2 className="utrecht-heading-2">{t('question.answers')}</h2>
      {accept.isSuccess && <Notice>{t('question.acceptedNow')}</Notice>}
      {accept.isError && <Notice kind="error">{describeError(accept.error, t)}</Notice>}
      {question.answers.length === 0 ? (
        <p className="utrecht-paragraph">{t('question.noAnswers')}</p>
      ) : (
        <ol className="portal-plain-list portal-answers">
          {question.answers.map((answer) => (
            <li key={answer.id} className={`portal-answer${answer.accepted ? ' portal-answer--accepted' : ''}`} data-answer={answer.id}>
              {answer.accepted && (
                <p className="utrecht-paragraph">
                  <strong data-testid="accepted">{t('question.accepted')}</strong>
                </p>
              )}
              {answer.moderation === 'HIDDEN' && <Notice kind="warning">{t('question.hiddenNote')}</Notice>}
              <p className="utrecht-paragraph portal-question__body">{answer.body}</p>
              <p className="utrecht-paragraph portal-card__facts">
                {t('question.answeredBy', { name: nameOf(answer.answererId), date: formatDateTime(answer.answeredAt, language) })}
              </p>
              <div className="portal-actions">
                {mayAccept && !answer.accepted && (
                  <Button
                    appearance="primary-action-button"
                    busy={accept.isPending && accept.variables === answer.id}
                    onClick={() => accept.mutate(answer.id)}
                  >
                    {t('question.accept')}
                  </Button>
                )}
                {moderator && (
                  <Button appearance="secondary-action-button" onClick={() => toggle('ANSWER', answer.id, answer.moderation === 'HIDDEN')}>
                    {answer.moderation === 'HIDDEN' ? t('question.show') : t('question.hide')}
                  </Button>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
      {(viewer.role === 'MEMBER' || viewer.role === 'MODERATOR' || viewer.role === 'ADMIN') && <AnswerForm questionId={question.id} />}
    </article>
  );
}
