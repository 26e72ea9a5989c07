import { Button } from '@utrecht/button-react';
import type { ReactNode } from 'react';
import { describeError, isUnreachable } from '../../lib/errors.ts';
import { useI18n } from '../../lib/i18n.tsx';

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="utrecht-paragraph portal-loading" role="status">
      {t('state.loading')}
    </p>
  );
}

/** What went wrong and what to do: try again later when the API is down, the API's message otherwise. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="utrecht-alert utrecht-alert--error" role="alert">
      <div className="utrecht-alert__content">
        <p className="utrecht-paragraph">
          <strong>{describeError(error, t)}</strong>
        </p>
        {isUnreachable(error) && <p className="utrecht-paragraph">{t('state.apiDownHint')}</p>}
        {onRetry && (
          <Button appearance="secondary-action-button" onClick={onRetry}>
            {t('state.retry')}
          </Button>
        )}
      </div>
    </div>
  );
}

export function EmptyState({ title, hint, action }: { title: string; hint?: string; action?: ReactNode }) {
  return (
    <div className="utrecht-alert utrecht-alert--info portal-empty" role="status">
      <div className="utrecht-alert__content">
        <p className="utrecht-paragraph">
          <strong>{title}</strong>
        </p>
        {hint && <p className="utrecht-paragraph">{hint}</p>}
        {action}
      </div>
    </div>
  );
}

export function Notice({ children, kind = 'ok' }: { children: ReactNode; kind?: 'ok' | 'error' | 'warning' }) {
  return (
    <div className={`utrecht-alert utrecht-alert--${kind}`} role={kind === 'ok' ? 'status' : 'alert'}>
      <div className="utrecht-alert__content">
        <p className="utrecht-paragraph">{children}</p>
      </div>
    </div>
  );
}
