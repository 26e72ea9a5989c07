import { Button } from '@utrecht/button-react';
import { useState } from 'react';
import { ErrorState, Loading, Notice } from '../../../components/ui/states.tsx';
import type { LocalRole } from '../../../lib/auth.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import type { MessageKey } from '../../../lib/messages.ts';
import { useLocalAccounts, type LocalAccount } from '../api/get-local-accounts.ts';

const GROUPS: readonly {
  role: LocalRole;
  list: 'schools' | 'partners' | 'advisors' | 'admins' | 'members' | 'moderators';
  title: MessageKey;
}[] = [
  { role: 'school', list: 'schools', title: 'signIn.schools' },
  { role: 'partner', list: 'partners', title: 'signIn.partners' },
  { role: 'advisor', list: 'advisors', title: 'signIn.advisors' },
  { role: 'admin', list: 'admins', title: 'signIn.admins' },
  { role: 'member', list: 'members', title: 'signIn.members' },
  { role: 'moderator', list: 'moderators', title: 'signIn.moderators' },
];

/** The local stage's sign-in: one button per seeded school, partner and region, the admin, and each member profile (as member and as moderator). */
export function LocalSignIn({ onSignIn }: { onSignIn: (role: LocalRole, id: string) => Promise<void> }) {
  const { t } = useI18n();
  const accounts = useLocalAccounts(true);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState<string>();

  const signIn = (role: LocalRole, account: LocalAccount) => {
    setBusy(account.id);
    setError(undefined);
    onSignIn(role, account.id).catch((e: unknown) => {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(undefined);
    });
  };

  if (accounts.isPending) return <Loading />;
  if (accounts.isError) return <ErrorState error={accounts.error} onRetry={() => void accounts.refetch()} />;
  return (
    <>
      <p className="utrecht-paragraph">{t('signIn.localIntro')}</p>
      {error && <Notice kind="error">{t('signIn.failed', { message: error })}</Notice>}
      <div className="portal-sign-in">
        {/* A stack without member profiles (not seeded yet) shows no empty member groups. */}
        {GROUPS.filter(({ list }) => accounts.data[list].length > 0).map(({ role, list, title }) => (
          <section key={role} className="portal-sign-in__group" aria-labelledby={`sign-in-${role}`}>
            <h2 id={`sign-in-${role}`} className="utrecht-heading-2">
              {t(title)}
            </h2>
            <ul className="portal-plain-list">
              {accounts.data[list].map((account) => (
                <li key={account.id}>
                  <Button
                    appearance="secondary-action-button"
                    busy={busy === account.id}
                    aria-label={t(role === 'moderator' ? 'signIn.asModerator' : 'signIn.as', { name: account.name })}
                    data-account={`${role}:${account.id}`}
                    onClick={() => signIn(role, account)}
                  >
                    {account.name}
                    {account.detail ? ` (${account.detail})` : ''}
                  </Button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
