import { Button } from '@utrecht/button-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../../../lib/i18n.tsx';

/**
 * A new secret (an API key or a webhook signing secret), shown this once: the API keeps only a
 * hash or gives it out only in the answer that made it. Focus moves here so nobody misses it.
 */
export function SecretOnce({ title, secret, onDone }: { title: string; secret: string; onDone: () => void }) {
  const { t } = useI18n();
  const heading = useId();
  const box = useRef<HTMLDivElement>(null);
  const [copy, setCopy] = useState<'idle' | 'done' | 'failed'>('idle');
  useEffect(() => box.current?.focus(), [secret]);
  const copySecret = () => {
    navigator.clipboard.writeText(secret).then(
      () => setCopy('done'),
      () => setCopy('failed'),
    );
  };
  return (
    <div ref={box} tabIndex={-1} className="utrecht-alert utrecht-alert--warning portal-secret" role="region" aria-labelledby={heading}>
      <div className="utrecht-alert__content">
        <h3 id={heading} className="utrecht-heading-3">
          {title}
        </h3>
        <p className="utrecht-paragraph">{t('secret.once')}</p>
        <p className="utrecht-paragraph">
          <code className="portal-secret__value" data-testid="secret">
            {secret}
          </code>
        </p>
        <div className="portal-actions">
          <Button appearance="secondary-action-button" onClick={copySecret}>
            {t('secret.copy')}
          </Button>
          <Button appearance="primary-action-button" onClick={onDone}>
            {t('secret.done')}
          </Button>
        </div>
        <p className="utrecht-paragraph" role="status">
          {copy === 'done' ? t('secret.copied') : copy === 'failed' ? t('secret.copyFailed') : ''}
        </p>
      </div>
    </div>
  );
}
