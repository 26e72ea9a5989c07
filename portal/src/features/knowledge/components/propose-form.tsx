import type { KnowledgeKind } from '@cmk/client';
import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/form.tsx';
import { Notice } from '../../../components/ui/states.tsx';
import { describeError, inputIssues } from '../../../lib/errors.ts';
import { formatDate, useI18n } from '../../../lib/i18n.tsx';
import type { MessageKey } from '../../../lib/messages.ts';
import { useKnowledgeLabels, useMyProposals, usePropose } from '../api/knowledge.ts';

const KINDS: readonly KnowledgeKind[] = [
  'PRACTICE_EXAMPLE',
  'WORK_FORM',
  'RESEARCH_SUMMARY',
  'PUBLICATION',
  'PODCAST',
  'VIDEO',
  'FACTSHEET',
  'LESSON_LEARNED',
  'GUIDELINE',
];

type Errors = Partial<Record<'title' | 'summary' | 'body', MessageKey>>;

function validate(title: string, summary: string, body: string): Errors {
  const errors: Errors = {};
  if (title.trim().length < 5 || title.trim().length > 200) errors.title = 'knowledge.field.title';
  if (summary.trim().length < 1 || summary.trim().length > 1000) errors.summary = 'knowledge.field.summary';
  if (body.length > 20000) errors.body = 'knowledge.field.body';
  return errors;
}

/** A member proposes a knowledge item (one idempotency key per proposal) and sees where their proposals stand. */
export function ProposeForm() {
  const { t, language } = useI18n();
  const labels = useKnowledgeLabels().data;
  const propose = usePropose();
  const mine = useMyProposals(true);
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [form, setForm] = useState({ title: '', kind: 'PRACTICE_EXAMPLE' as KnowledgeKind, summary: '', body: '' });
  const [errors, setErrors] = useState<Errors>({});
  const apiErrors: Errors = {};
  for (const issue of inputIssues(propose.error)) {
    if (issue.path.startsWith('title')) apiErrors.title = 'knowledge.field.title';
    if (issue.path.startsWith('summary')) apiErrors.summary = 'knowledge.field.summary';
    if (issue.path.startsWith('body')) apiErrors.body = 'knowledge.field.body';
  }
  const shown = { ...apiErrors, ...errors };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate(form.title, form.summary, form.body);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    propose.mutate(
      {
        idempotencyKey: key,
        title: form.title.trim(),
        kind: form.kind,
        summary: form.summary.trim(),
        ...(form.body.trim() ? { body: form.body.trim() } : {}),
      },
      {
        onSuccess: () => {
          setForm({ title: '', kind: 'PRACTICE_EXAMPLE', summary: '', body: '' });
          setKey(crypto.randomUUID());
        },
      },
    );
  };
  return (
    <>
      <p className="utrecht-paragraph">{t('knowledge.proposeIntro')}</p>
      {propose.isSuccess && <Notice>{t('knowledge.proposed')}</Notice>}
      {propose.isError && inputIssues(propose.error).length === 0 && <Notice kind="error">{describeError(propose.error, t)}</Notice>}
      <form onSubmit={submit} noValidate className="portal-booking">
        <TextField
          label={t('knowledge.proposeTitle')}
          name="title"
          value={form.title}
          required
          error={shown.title && t(shown.title)}
          onChange={(e) => setForm({ ...form, title: e.target.value })}
        />
        <SelectField
          label={t('knowledge.kind')}
          name="kind"
          value={form.kind}
          onChange={(e) => setForm({ ...form, kind: e.target.value as KnowledgeKind })}
        >
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {labels?.get(kind) ?? kind}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          label={t('knowledge.proposeSummary')}
          name="summary"
          value={form.summary}
          required
          error={shown.summary && t(shown.summary)}
          onChange={(e) => setForm({ ...form, summary: e.target.value })}
        />
        <TextAreaField
          label={t('knowledge.proposeBody')}
          name="body"
          rows={8}
          value={form.body}
          error={shown.body && t(shown.body)}
          onChange={(e) => setForm({ ...form, body: e.target.value })}
        />
        <Button type="submit" appearance="primary-action-button" busy={propose.isPending} disabled={propose.isPending}>
          {t('knowledge.proposeSubmit')}
        </Button>
      </form>
      <h2 className="utrecht-heading-2">{t('knowledge.myProposals')}</h2>
      {mine.data && mine.data.length === 0 && <p className="utrecht-paragraph">{t('knowledge.noProposals')}</p>}
      {mine.data && mine.data.length > 0 && (
        <ul className="portal-plain-list" data-testid="my-proposals">
          {mine.data.map((p) => (
            <li key={p.id}>
              <strong>{p.title}</strong> · {t(`proposal.${p.status}`)} · {formatDate(p.proposedAt, language)}
              {p.rejectionReason ? ` · ${p.rejectionReason}` : ''}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
