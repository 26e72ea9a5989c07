/**
 * Cognito's hosted UI through oidc-client-ts: authorization code with PKCE, tokens in
 * sessionStorage (the library's default for browsers). Cognito's discovery document has no
 * end_session_endpoint, so sign-out goes to the hosted UI's /logout with client_id and logout_uri.
 */
import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { CognitoSettings } from '../config/env.ts';

let manager: UserManager | undefined;

export function userManager(cognito: CognitoSettings): UserManager {
  const origin = window.location.origin;
  manager ??= new UserManager({
    authority: cognito.authority,
    client_id: cognito.clientId,
    redirect_uri: `${origin}/auth/callback`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid email profile',
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    metadataSeed: { end_session_endpoint: `${cognito.domain}/logout` },
  });
  return manager;
}

/** Cognito's /logout wants client_id and logout_uri, not the OIDC names. */
export async function signOutRedirect(cognito: CognitoSettings): Promise<void> {
  await userManager(cognito).signoutRedirect({
    extraQueryParams: { client_id: cognito.clientId, logout_uri: `${window.location.origin}/` },
  });
}
