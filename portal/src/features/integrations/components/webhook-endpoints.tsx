import { isCmkError, type BookingChangeType, type WebhookDeliveryFieldsFragment, type WebhookEndpointFieldsFragment } from '@cmk/client';
import { Button } from '@utrecht/button-react';
import { useId, useState, type FormEvent } from 'react';
import { ActionToggle } from '../../../components/ui/action-toggle.tsx';
import { CheckboxGroup, TextField } from '../../../components/ui/form.tsx';
import { EmptyState, ErrorState, Loading, Notice } from '../../../components/ui/states.tsx';
import { describeError } from '../../../lib/errors.ts';
import { formatDateTime, useI18n, type Translate } from '../../../lib/i18n.tsx';
import {
  useRedeliverWebhook,
  useRegisterWebhookEndpoint,
  useRotateWebhookSecret,
  useSetWebhookEndpointEnabled,
  useWebhookEndpoints,
} from '../api/integrations.ts';
import { SecretOnce } from './secret-once.tsx';

const CHANGE_TYPES: readonly BookingChangeType[] = ['REQUESTED', 'CONFIRMED', 'DECLINED', 'CANCELLED', 'HELD', 'EVALUATED'];
const MAX_DESCRIPTION = 200;

type Endpoint = WebhookEndpointFieldsFragment & { deliveries: readonly WebhookDeliveryFieldsFragment[] };

function hookError(error: unknown, t: Translate): string {
  return isCmkError(error, 'ENDPOINT_DISABLED') ? t('hooks.endpointDisabled') : describeError(error, t);
}

/** Why an endpoint is disabled, in the page's language (the API's reason is for logs). */
function disabledText(endpoint: Endpoint, t: Translate, language: 'nl' | 'en'): string {
  const when = endpoint.disabledAt ? formatDateTime(endpoint.disabledAt, language) : '';
  const failing = /failed since (\S+)/.exec(endpoint.disabledReason ?? '');
  if (failing) return t('hooks.disabledFailing', { when, since: formatDateTime(failing[1]!, language) });
  if (endpoint.disabledReason === 'disabled by the partner') return t('hooks.disabledByPartner', { when });
  return t('hooks.disabledOther', { when, reason: endpoint.disabledReason ?? '' });
}

function RegisterForm({ partnerId, onSecret }: { partnerId: string; onSecret: (secret: string) => void }) {
  const { t } = useI18n();
  const register = useRegisterWebhookEndpoint();
  const [url, setUrl] = useState('');
  const [types, setTypes] = useState<ReadonlySet<string>>(new Set(CHANGE_TYPES));
  const [description, setDescription] = useState('');
  const [checked, setChecked] = useState(false);
  const urlError = !/^https?:\/\/\S+$/i.test(url.trim());
  const typesError = types.size === 0;
  const descriptionError = description.trim().length > MAX_DESCRIPTION;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (urlError || typesError || descriptionError || register.isPending) return;
    register.mutate(
      {
        partnerId,
        url: url.trim(),
        eventTypes: CHANGE_TYPES.filter((type) => types.has(type)),
        description: description.trim() || null,
      },
      {
        onSuccess: (made) => {
          onSecret(made.secret);
          setUrl('');
          setDescription('');
          setChecked(false);
        },
      },
    );
  };
  return (
    <form onSubmit={submit} className="portal-action-form" noValidate>
      <h3 className="utrecht-heading-3">{t('hooks.register')}</h3>
      {register.error && <Notice kind="error">{hookError(register.error, t)}</Notice>}
      <TextField
        label={t('hooks.url')}
        description={t('hooks.urlHint')}
        type="url"
        value={url}
        error={checked && urlError ? t('hooks.field.url') : undefined}
        onChange={(e) => setUrl(e.target.value)}
      />
      <CheckboxGroup
        legend={t('hooks.eventTypes')}
        name="eventTypes"
        options={CHANGE_TYPES.map((type) => ({ value: type, label: t(`status.${type}`) }))}
        selected={types}
        onToggle={(value, on) =>
          setTypes((current) => {
            const next = new Set(current);
            if (on) next.add(value);
            else next.delete(value);
            return next;
          })
        }
      />
      {checked && typesError && <Notice kind="error">{t('hooks.field.eventTypes')}</Notice>}
      <TextField
        label={t('hooks.description')}
        value={description}
        error={checked && descriptionError ? t('hooks.field.description', { max: MAX_DESCRIPTION }) : undefined}
        onChange={(e) => setDescription(e.target.value)}
      />
      <Button type="submit" appearance="primary-action-button" busy={register.isPending}>
        {t('hooks.registerSubmit')}
      </Button>
    </form>
  );
}

function DeliveryLog({ endpoint }: { endpoint: Endpoint }) {
  const { t, language } = useI18n();
  const redeliver = useRedeliverWebhook();
  const [sent, setSent] = useState<number>();
  const enabled = endpoint.status === 'ENABLED';
  if (endpoint.deliveries.length === 0) return <p className="utrecht-paragraph">{t('hooks.noDeliveries')}</p>;
  return (
    <>
      {redeliver.error && <Notice kind="error">{hookError(redeliver.error, t)}</Notice>}
      {sent !== undefined && !redeliver.error && <Notice>{t('hooks.redelivered', { sequence: sent })}</Notice>}
      <div className="portal-table-scroll">
        <table className="utrecht-table portal-table">
          <caption className="utrecht-table__caption">{t('hooks.log')}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              {[
                'hooks.change',
                'hooks.deliveryStatus',
                'hooks.attempts',
                'hooks.lastResponse',
                'hooks.lastAttempt',
                'hooks.nextAttempt',
              ].map((key) => (
                <th key={key} className="utrecht-table__header-cell" scope="col">
                  {t(key as 'hooks.change')}
                </th>
              ))}
              {enabled && (
                <th className="utrecht-table__header-cell" scope="col">
                  {t('hooks.actions')}
                </th>
              )}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {endpoint.deliveries.map((d) => (
              <tr className="utrecht-table__row" key={d.id} data-delivery={d.sequence}>
                <th className="utrecht-table__header-cell" scope="row">
                  #{d.sequence} {d.eventType}
                </th>
                <td className="utrecht-table__cell" data-status={d.status}>
                  {t(`hooks.delivery.${d.status}`)}
                </td>
                <td className="utrecht-table__cell">{d.attempts}</td>
                <td className="utrecht-table__cell" data-code={d.lastResponseCode ?? ''}>
                  {d.lastResponseCode ?? d.lastError ?? '—'}
                </td>
                <td className="utrecht-table__cell">{d.lastAttemptAt ? formatDateTime(d.lastAttemptAt, language) : '—'}</td>
                <td className="utrecht-table__cell">{d.nextAttemptAt ? formatDateTime(d.nextAttemptAt, language) : '—'}</td>
                {enabled && (
                  <td className="utrecht-table__cell">
                    <Button
                      appearance="secondary-action-button"
                      busy={redeliver.isPending && redeliver.variables?.sequence === d.sequence}
                      aria-label={t('hooks.redeliverLabel', { sequence: d.sequence })}
                      onClick={() =>
                        !redeliver.isPending &&
                        redeliver.mutate({ endpointId: endpoint.id, sequence: d.sequence }, { onSuccess: () => setSent(d.sequence) })
                      }
                    >
                      {t('hooks.redeliver')}
                    </Button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function EndpointItem({ endpoint }: { endpoint: Endpoint }) {
  const { t, language } = useI18n();
  const rotate = useRotateWebhookSecret();
  const setEnabled = useSetWebhookEndpointEnabled();
  const [confirmRotate, setConfirmRotate] = useState(false);
  const [secret, setSecret] = useState<string>();
  const enabled = endpoint.status === 'ENABLED';
  const error = rotate.error ?? setEnabled.error;
  return (
    <li className="portal-card" data-endpoint={endpoint.id}>
      <h3 className="utrecht-heading-3 portal-card__title portal-break">{endpoint.url}</h3>
      <p className="utrecht-paragraph">
        {endpoint.description && <>{endpoint.description} · </>}
        <span className={`portal-status portal-status--${enabled ? 'confirmed' : 'cancelled'}`} data-state={endpoint.status}>
          {t(enabled ? 'hooks.enabled' : 'hooks.disabled')}
        </span>
      </p>
      <p className="utrecht-paragraph">
        {t('hooks.receives', { types: endpoint.eventTypes.map((type) => t(`status.${type}`)).join(', ') })} ·{' '}
        {t('hooks.since', { date: formatDateTime(endpoint.createdAt, language) })}
      </p>
      {!enabled && <Notice kind="warning">{disabledText(endpoint, t, language)}</Notice>}
      {error && <Notice kind="error">{hookError(error, t)}</Notice>}
      {secret && <SecretOnce title={t('hooks.secretTitle')} secret={secret} onDone={() => setSecret(undefined)} />}
      <div className="portal-actions">
        <ActionToggle expanded={confirmRotate} label={t('hooks.rotate')} onToggle={() => setConfirmRotate(!confirmRotate)} />
        <Button
          appearance="secondary-action-button"
          busy={setEnabled.isPending}
          onClick={() => !setEnabled.isPending && setEnabled.mutate({ id: endpoint.id, enabled: !enabled })}
        >
          {t(enabled ? 'hooks.disable' : 'hooks.enable')}
        </Button>
      </div>
      {confirmRotate && (
        <div className="portal-action-form">
          <p className="utrecht-paragraph">{t('hooks.rotateWarning')}</p>
          <Button
            appearance="primary-action-button"
            busy={rotate.isPending}
            onClick={() =>
              !rotate.isPending &&
              rotate.mutate(
                { id: endpoint.id },
                {
                  onSuccess: (r) => {
                    setSecret(r.secret);
                    setConfirmRotate(false);
                  },
                },
              )
            }
          >
            {t('hooks.rotateConfirm')}
          </Button>
        </div>
      )}
      <DeliveryLog endpoint={endpoint} />
    </li>
  );
}

/** The partner's webhook endpoints: register (the secret once), rotate the secret, the delivery log, redeliver, disable. */
export function WebhookEndpoints({ partnerId }: { partnerId: string }) {
  const { t } = useI18n();
  const heading = useId();
  const endpoints = useWebhookEndpoints(partnerId);
  const [secret, setSecret] = useState<string>();
  const list = endpoints.data ?? [];
  return (
    <section aria-labelledby={heading} className="portal-section">
      <h2 id={heading} className="utrecht-heading-2">
        {t('hooks.title')}
      </h2>
      <p className="utrecht-paragraph">{t('hooks.intro')}</p>
      {secret && <SecretOnce title={t('hooks.secretTitle')} secret={secret} onDone={() => setSecret(undefined)} />}
      <RegisterForm partnerId={partnerId} onSecret={setSecret} />
      {endpoints.isPending && <Loading />}
      {endpoints.isError && <ErrorState error={endpoints.error} onRetry={() => void endpoints.refetch()} />}
      {endpoints.isSuccess && list.length === 0 && <EmptyState title={t('hooks.empty')} />}
      {list.length > 0 && (
        <ul className="portal-results" aria-label={t('hooks.list')}>
          {list.map((endpoint) => (
            <EndpointItem key={endpoint.id} endpoint={endpoint} />
          ))}
        </ul>
      )}
    </section>
  );
}
