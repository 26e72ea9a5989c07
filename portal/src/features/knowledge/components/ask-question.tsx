import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/form.tsx';
import { Notice } from '../../../components/ui/states.tsx';
import { describeError, inputIssues } from '../../../lib/errors.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import type { MessageKey } from '../../../lib/messages.ts';
import { useAskQuestion, useCommunities } from '../api/knowledge.ts';

type Errors = Partial<Record<'title' | 'body', MessageKey>>;

function validate(title: string, body: string): Errors {
  const errors: Errors = {};
  const t = title.trim().length;
  if (t < 10 || t > 200) errors.title = 'questions.field.title';
  const b = body.trim().length;
  if (b < 1 || b > 5000) errors.body = 'questions.field.body';
  return errors;
}

/** Ask a question: one idempotency key per question, so a double click or a retry asks once. */
export function AskQuestion() {
  const { t } = useI18n();
  const ask = useAskQuestion();
  const communities = useCommunities();
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [communityId, setCommunityId] = useState('');
  const [errors, setErrors] = useState<Errors>({});

  const apiErrors: Errors = {};
  for (const issue of inputIssues(ask.error)) {
    if (issue.path.startsWith('title')) apiErrors.title = 'questions.field.title';
    if (issue.path.startsWith('body')) apiErrors.body = 'questions.field.body';
  }
  const shown = { ...apiErrors, ...errors };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate(title, body);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    ask.mutate(
      { idempotencyKey: key, title: title.trim(), body: body.trim(), ...(communityId ? { communityId } : {}) },
      {
        onSuccess: () => {
          setTitle('');
          setBody('');
          setCommunityId('');
          setKey(crypto.randomUUID());
        },
      },
    );
  };

  return (
    <section className="portal-booking" aria-labelledby="ask-title">
      <h2 id="ask-title" className="utrecht-heading-2">
        {t('questions.ask')}
      </h2>
      {ask.isSuccess && (
        <Notice>
          {t('questions.asked')}{' '}
          <Link className="utrecht-link utrecht-link--html-a" to={`/vragen/${encodeURIComponent(ask.data.id)}`}>
            {t('questions.toQuestion')}
          </Link>
        </Notice>
      )}
      {ask.isError && inputIssues(ask.error).length === 0 && <Notice kind="error">{describeError(ask.error, t)}</Notice>}
      <form onSubmit={submit} noValidate>
        <TextField
          label={t('questions.askTitle')}
          description={t('questions.askTitleHint')}
          name="title"
          value={title}
          maxLength={200}
          required
          error={shown.title && t(shown.title)}
          onChange={(e) => setTitle(e.target.value)}
        />
        <TextAreaField
          label={t('questions.askBody')}
          name="body"
          value={body}
          rows={5}
          required
          error={shown.body && t(shown.body)}
          onChange={(e) => setBody(e.target.value)}
        />
        <SelectField
          label={t('questions.askCommunity')}
          name="community"
          value={communityId}
          onChange={(e) => setCommunityId(e.target.value)}
        >
          <option value="">{t('questions.noCommunity')}</option>
          {(communities.data?.edges ?? []).map(({ node }) => (
            <option key={node.id} value={node.id}>
              {node.title}
            </option>
          ))}
        </SelectField>
        <Button type="submit" appearance="primary-action-button" busy={ask.isPending} disabled={ask.isPending}>
          {t('questions.askSubmit')}
        </Button>
      </form>
    </section>
  );
}
