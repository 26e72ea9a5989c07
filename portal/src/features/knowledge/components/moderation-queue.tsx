import { isCmkError, type ProposalFieldsFragment } from '@cmk/client';
import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { TextAreaField } from '../../../components/ui/form.tsx';
import { EmptyState, ErrorState, Loading, Notice } from '../../../components/ui/states.tsx';
import { describeError } from '../../../lib/errors.ts';
import { formatDateTime, useI18n } from '../../../lib/i18n.tsx';
import { useModerate, useModerationQueue } from '../api/knowledge.ts';

function Proposal({ proposal, onDone }: { proposal: ProposalFieldsFragment; onDone: (message: string) => void }) {
  const { t, language } = useI18n();
  const { approve, reject } = useModerate();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const error = approve.error ?? reject.error;
  const submitReject = (event: FormEvent) => {
    event.preventDefault();
    reject.mutate(
      { id: proposal.id, ...(reason.trim() ? { reason: reason.trim() } : {}) },
      { onSuccess: (p) => onDone(t('moderation.rejected', { title: p.title })) },
    );
  };
  return (
    <li className="portal-card" data-proposal={proposal.id}>
      <h3 className="utrecht-heading-3 portal-card__title">{proposal.title}</h3>
      <p className="utrecht-paragraph portal-card__partner">
        {t('moderation.proposedBy', {
          name: proposal.proposer?.name ?? t('question.aMember'),
          date: formatDateTime(proposal.proposedAt, language),
        })}
      </p>
      <p className="utrecht-paragraph">{proposal.summary}</p>
      {proposal.body && <p className="utrecht-paragraph portal-question__body">{proposal.body}</p>}
      {error && (
        <Notice kind="error">
          {isCmkError(approve.error, 'INTERNAL_SERVER_ERROR') ? t('moderation.approveFailed') : describeError(error, t)}
        </Notice>
      )}
      <div className="portal-actions">
        <Button
          appearance="primary-action-button"
          busy={approve.isPending}
          disabled={approve.isPending}
          onClick={() => approve.mutate(proposal.id, { onSuccess: (p) => onDone(t('moderation.approved', { title: p.title })) })}
        >
          {t('moderation.approve')}
        </Button>
        {!rejecting && (
          <Button appearance="secondary-action-button" onClick={() => setRejecting(true)}>
            {t('moderation.reject')}
          </Button>
        )}
      </div>
      {rejecting && (
        <form onSubmit={submitReject}>
          <TextAreaField label={t('moderation.rejectReason')} value={reason} maxLength={1000} onChange={(e) => setReason(e.target.value)} />
          <Button type="submit" appearance="secondary-action-button" busy={reject.isPending}>
            {t('moderation.rejectConfirm')}
          </Button>
        </form>
      )}
    </li>
  );
}

/** What moderators still have to look at: proposals to approve or reject, hidden questions and answers to show again. */
export function ModerationQueue() {
  const { t, language } = useI18n();
  const queue = useModerationQueue();
  const { show } = useModerate();
  const [done, setDone] = useState<string>();
  if (queue.isPending) return <Loading />;
  if (queue.isError) return <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />;
  const data = queue.data;
  if (!data) return <EmptyState title={t('moderation.noProposals')} />;
  return (
    <>
      {done && <Notice>{done}</Notice>}
      <section aria-labelledby="proposals">
        <h2 id="proposals" className="utrecht-heading-2">
          {t('moderation.proposals')}
        </h2>
        {data.proposals.length === 0 ? (
          <p className="utrecht-paragraph">{t('moderation.noProposals')}</p>
        ) : (
          <ul className="portal-results" aria-label={t('moderation.proposals')}>
            {data.proposals.map((p) => (
              <Proposal key={p.id} proposal={p} onDone={setDone} />
            ))}
          </ul>
        )}
      </section>
      {show.isError && <Notice kind="error">{describeError(show.error, t)}</Notice>}
      {show.isSuccess && <Notice>{t('moderation.shown')}</Notice>}
      <section aria-labelledby="hidden-questions">
        <h2 id="hidden-questions" className="utrecht-heading-2">
          {t('moderation.hiddenQuestions')}
        </h2>
        {data.hiddenQuestions.length === 0 ? (
          <p className="utrecht-paragraph">{t('moderation.noHidden')}</p>
        ) : (
          <ul className="portal-plain-list">
            {data.hiddenQuestions.map((q) => (
              <li key={q.id} data-hidden-question={q.id}>
                <Link className="utrecht-link utrecht-link--html-a" to={`/vragen/${encodeURIComponent(q.id)}`}>
                  {q.title}
                </Link>{' '}
                ({formatDateTime(q.askedAt, language)}){' '}
                <Button appearance="subtle-button" onClick={() => show.mutate({ kind: 'QUESTION', id: q.id })}>
                  {t('question.show')}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="hidden-answers">
        <h2 id="hidden-answers" className="utrecht-heading-2">
          {t('moderation.hiddenAnswers')}
        </h2>
        {data.hiddenAnswers.length === 0 ? (
          <p className="utrecht-paragraph">{t('moderation.noHidden')}</p>
        ) : (
          <ul className="portal-plain-list">
            {data.hiddenAnswers.map((a) => (
              <li key={a.id} data-hidden-answer={a.id}>
                <span className="portal-question__body">{a.body}</span> ({formatDateTime(a.answeredAt, language)}){' '}
                <Button appearance="subtle-button" onClick={() => show.mutate({ kind: 'ANSWER', id: a.id })}>
                  {t('question.show')}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
