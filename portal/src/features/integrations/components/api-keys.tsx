import type { ApiKeyFieldsFragment } from '@cmk/client';
import { Button } from '@utrecht/button-react';
import { useId, useState, type FormEvent } from 'react';
import { ActionToggle } from '../../../components/ui/action-toggle.tsx';
import { TextField } from '../../../components/ui/form.tsx';
import { EmptyState, ErrorState, Loading, Notice } from '../../../components/ui/states.tsx';
import { describeError } from '../../../lib/errors.ts';
import { formatDateTime, useI18n } from '../../../lib/i18n.tsx';
import { useApiKeys, useCreateApiKey, useRevokeApiKey, useRotateApiKey } from '../api/integrations.ts';
import { SecretOnce } from './secret-once.tsx';

const MAX_NAME = 80;

function KeyItem({ apiKey, onSecret }: { apiKey: ApiKeyFieldsFragment; onSecret: (key: string) => void }) {
  const { t, language } = useI18n();
  const rotate = useRotateApiKey();
  const revoke = useRevokeApiKey();
  const [open, setOpen] = useState<'rotate' | 'revoke'>();
  const error = rotate.error ?? revoke.error;
  const toggle = (which: 'rotate' | 'revoke') => setOpen(open === which ? undefined : which);
  return (
    <li className="portal-card" data-key={apiKey.id}>
      <h3 className="utrecht-heading-3 portal-card__title">{apiKey.name ?? t('keys.unnamed')}</h3>
      <p className="utrecht-paragraph">
        {t('keys.id')}: <code>{apiKey.id}</code> · {t('keys.created', { date: formatDateTime(apiKey.createdAt, language) })} ·{' '}
        {apiKey.revokedAt ? (
          <span className="portal-status portal-status--cancelled" data-state="revoked">
            {t('keys.revokedOn', { date: formatDateTime(apiKey.revokedAt, language) })}
          </span>
        ) : (
          <span className="portal-status portal-status--confirmed" data-state="active">
            {t('keys.active')}
          </span>
        )}
      </p>
      {error && <Notice kind="error">{describeError(error, t)}</Notice>}
      {!apiKey.revokedAt && (
        <>
          <div className="portal-actions">
            <ActionToggle expanded={open === 'rotate'} label={t('keys.rotate')} onToggle={() => toggle('rotate')} />
            <ActionToggle expanded={open === 'revoke'} label={t('keys.revoke')} onToggle={() => toggle('revoke')} />
          </div>
          {open === 'rotate' && (
            <div className="portal-action-form">
              <p className="utrecht-paragraph">{t('keys.rotateWarning')}</p>
              <Button
                appearance="primary-action-button"
                busy={rotate.isPending}
                onClick={() => !rotate.isPending && rotate.mutate({ id: apiKey.id }, { onSuccess: (r) => onSecret(r.key) })}
              >
                {t('keys.rotateConfirm')}
              </Button>
            </div>
          )}
          {open === 'revoke' && (
            <div className="portal-action-form">
              <p className="utrecht-paragraph">{t('keys.revokeWarning')}</p>
              <Button
                appearance="primary-action-button"
                hint="danger"
                busy={revoke.isPending}
                onClick={() => !revoke.isPending && revoke.mutate({ id: apiKey.id }, { onSuccess: () => setOpen(undefined) })}
              >
                {t('keys.revokeConfirm')}
              </Button>
            </div>
          )}
        </>
      )}
    </li>
  );
}

/** The partner's API keys for its own systems: list, make (the secret once), rotate, revoke. */
export function ApiKeys({ partnerId }: { partnerId: string }) {
  const { t } = useI18n();
  const heading = useId();
  const keys = useApiKeys(partnerId);
  const create = useCreateApiKey();
  const [name, setName] = useState('');
  const [secret, setSecret] = useState<string>();
  const tooLong = name.trim().length > MAX_NAME;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (tooLong || create.isPending) return;
    create.mutate(
      { partnerId, name: name.trim() || null },
      {
        onSuccess: (made) => {
          setSecret(made.key);
          setName('');
        },
      },
    );
  };
  const list = keys.data ?? [];
  return (
    <section aria-labelledby={heading} className="portal-section">
      <h2 id={heading} className="utrecht-heading-2">
        {t('keys.title')}
      </h2>
      <p className="utrecht-paragraph">{t('keys.intro')}</p>
      {secret && <SecretOnce title={t('keys.secretTitle')} secret={secret} onDone={() => setSecret(undefined)} />}
      <form onSubmit={submit} className="portal-action-form" noValidate>
        {create.error && <Notice kind="error">{describeError(create.error, t)}</Notice>}
        <TextField
          label={t('keys.name')}
          description={t('keys.nameHint')}
          value={name}
          error={tooLong ? t('keys.field.name', { max: MAX_NAME }) : undefined}
          onChange={(e) => setName(e.target.value)}
        />
        <Button type="submit" appearance="primary-action-button" busy={create.isPending}>
          {t('keys.create')}
        </Button>
      </form>
      {keys.isPending && <Loading />}
      {keys.isError && <ErrorState error={keys.error} onRetry={() => void keys.refetch()} />}
      {keys.isSuccess && list.length === 0 && <EmptyState title={t('keys.empty')} />}
      {list.length > 0 && (
        <ul className="portal-results" aria-label={t('keys.list')}>
          {list.map((apiKey) => (
            <KeyItem key={apiKey.id} apiKey={apiKey} onSecret={setSecret} />
          ))}
        </ul>
      )}
    </section>
  );
}
