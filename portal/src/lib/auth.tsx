/**
 * Who is signed in. Locally: a token from the local portal server's sign-in list, kept in
 * sessionStorage (gone when the tab closes). In AWS: Cognito's hosted UI with authorization code and
 * PKCE through oidc-client-ts, which keeps its tokens in sessionStorage as it recommends; it is
 * loaded only when someone signs in, so it does not weigh on the search page.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { CognitoSettings } from '../config/env.ts';
import { useConfig } from './config.tsx';

export interface Session {
  /** The bearer token the API verifies (the Cognito ID token in AWS). */
  readonly token: string;
  readonly name: string;
  /** Epoch milliseconds. */
  readonly expiresAt: number;
}

export type LocalRole = 'school' | 'partner' | 'advisor' | 'admin' | 'member' | 'moderator';

interface Auth {
  readonly session: Session | undefined;
  /** False until a stored session has been looked at (AWS: until oidc-client-ts answered). */
  readonly ready: boolean;
  readonly signInLocal: (role: LocalRole, id: string) => Promise<void>;
  readonly signInRedirect: (returnTo: string) => Promise<void>;
  /** AWS only: finishes the redirect back from the hosted UI and says where the user was going. */
  readonly completeRedirect: () => Promise<string>;
  readonly signOut: () => Promise<void>;
}

const AuthContext = createContext<Auth | undefined>(undefined);
const LOCAL_KEY = 'cmk.session';

function storedLocalSession(): Session | undefined {
  try {
    const raw = sessionStorage.getItem(LOCAL_KEY);
    const session = raw ? (JSON.parse(raw) as Session) : undefined;
    return session && session.expiresAt > Date.now() ? session : undefined;
  } catch {
    return undefined;
  }
}

async function oidc(cognito: CognitoSettings) {
  const { userManager } = await import('./oidc.ts');
  return userManager(cognito);
}

async function oidcSignOut(cognito: CognitoSettings) {
  const { signOutRedirect } = await import('./oidc.ts');
  await signOutRedirect(cognito);
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const { stage, cognito } = useConfig();
  const local = stage === 'local';
  const [session, setSession] = useState<Session | undefined>(() => (local ? storedLocalSession() : undefined));
  const [ready, setReady] = useState(local);

  useEffect(() => {
    if (local || !cognito) return;
    let active = true;
    void oidc(cognito)
      .then(async (manager) => {
        const user = await manager.getUser();
        if (active && user && !user.expired && user.id_token) {
          setSession({
            token: user.id_token,
            name: String(user.profile.email ?? user.profile.sub),
            expiresAt: (user.expires_at ?? 0) * 1000,
          });
        }
      })
      .finally(() => active && setReady(true));
    return () => {
      active = false;
    };
  }, [local, cognito]);

  const signInLocal = useCallback(async (role: LocalRole, id: string) => {
    const response = await fetch('/local/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role, id }),
    });
    const body = (await response.json()) as Session & { error?: string };
    if (!response.ok) throw new Error(body.error ?? `HTTP ${response.status}`);
    const next = { token: body.token, name: body.name, expiresAt: body.expiresAt };
    sessionStorage.setItem(LOCAL_KEY, JSON.stringify(next));
    setSession(next);
  }, []);

  const signInRedirect = useCallback(
    async (returnTo: string) => {
      if (!cognito) throw new Error('No Cognito settings in config.json.');
      await (await oidc(cognito)).signinRedirect({ state: returnTo });
    },
    [cognito],
  );

  const completeRedirect = useCallback(async () => {
    if (!cognito) throw new Error('No Cognito settings in config.json.');
    const user = await (await oidc(cognito)).signinRedirectCallback();
    if (!user.id_token) throw new Error('Cognito sent no ID token.');
    setSession({ token: user.id_token, name: String(user.profile.email ?? user.profile.sub), expiresAt: (user.expires_at ?? 0) * 1000 });
    return typeof user.state === 'string' ? user.state : '/';
  }, [cognito]);

  const signOut = useCallback(async () => {
    setSession(undefined);
    if (local) {
      sessionStorage.removeItem(LOCAL_KEY);
      return;
    }
    if (cognito) await oidcSignOut(cognito);
  }, [local, cognito]);

  const value = useMemo(
    () => ({ session, ready, signInLocal, signInRedirect, completeRedirect, signOut }),
    [session, ready, signInLocal, signInRedirect, completeRedirect, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}
