/**
 * Local sign-in (the `local` stage only): who may sign in, asked of the API with an admin token, and
 * a token for one of them (members and moderators: their member profile) signed with the local key pair, exactly as `npm run token` does
 * (api/src/shared/auth/local-keys.ts). Nothing here exists in AWS, where Cognito signs users in.
 */
import { createClient, LocalAccountsDocument } from '@cmk/client';
import type { SignedInRole } from '@cmk/api/domain/viewer';
import { viewerOf } from '@cmk/api/shared/auth/claims';
import { ensureLocalKeys, signLocalToken, type LocalKeys } from '@cmk/api/shared/auth/local-keys';

export interface LocalAccount {
  readonly id: string;
  readonly name: string;
  readonly detail?: string;
}

export interface LocalAccounts {
  readonly schools: readonly LocalAccount[];
  readonly partners: readonly LocalAccount[];
  readonly advisors: readonly LocalAccount[];
  /** One: the admin, who sees every region (the region dashboard's region selector). */
  readonly admins: readonly LocalAccount[];
  /** Every member profile of the knowledge platform, findable or not. */
  readonly members: readonly LocalAccount[];
  /**
   * The same profiles, to sign in as a moderator: being a moderator is a role of the account
   * (a Cognito group in AWS), not part of the profile, so locally any member can try it.
   */
  readonly moderators: readonly LocalAccount[];
}

export interface LocalSession {
  readonly token: string;
  readonly name: string;
  /** Epoch milliseconds. */
  readonly expiresAt: number;
}

type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export interface LocalSignIn {
  accounts(): Promise<LocalAccounts>;
  token(request: unknown): Promise<Result<LocalSession>>;
}

const LIFETIME = '8h';
const LIFETIME_MS = 8 * 3600 * 1000;
const ROLES: Record<string, { role: SignedInRole; scope?: 'school' | 'partner' | 'region' | 'member'; list: keyof LocalAccounts }> = {
  school: { role: 'SCHOOL', scope: 'school', list: 'schools' },
  partner: { role: 'PARTNER', scope: 'partner', list: 'partners' },
  advisor: { role: 'ADVISOR', scope: 'region', list: 'advisors' },
  admin: { role: 'ADMIN', list: 'admins' },
  member: { role: 'MEMBER', scope: 'member', list: 'members' },
  moderator: { role: 'MODERATOR', scope: 'member', list: 'moderators' },
};

export function createLocalSignIn(options: { apiUrl: string; keysDir: string }): LocalSignIn {
  let keys: Promise<LocalKeys> | undefined;
  const localKeys = () => (keys ??= ensureLocalKeys(options.keysDir));

  async function accounts(): Promise<LocalAccounts> {
    const token = await signLocalToken(await localKeys(), { viewer: { role: 'ADMIN' }, expiresIn: '5m' });
    const api = createClient({ url: options.apiUrl, token, retry: { retries: 2 } });
    const data = await api.request(LocalAccountsDocument);
    const members = data.memberAccounts.map((m) => ({ id: m.id, name: m.name, detail: m.organisation ?? m.roleLabel }));
    return {
      schools: data.schools.edges.map(({ node }) => ({ id: node.id, name: node.name, detail: node.municipality?.name ?? undefined })),
      partners: data.partners.edges.map(({ node }) => ({ id: node.id, name: node.name })),
      advisors: data.regions.map((region) => ({ id: region.id, name: region.name })),
      admins: [{ id: 'admin', name: 'Admin' }],
      members,
      moderators: members,
    };
  }

  async function token(request: unknown): Promise<Result<LocalSession>> {
    const { role: roleName, id } = (request ?? {}) as { role?: unknown; id?: unknown };
    const kind = typeof roleName === 'string' ? ROLES[roleName] : undefined;
    if (!kind) return { ok: false, error: 'role must be school, partner, advisor, admin, member or moderator.' };
    if (typeof id !== 'string') return { ok: false, error: 'id is required.' };
    // Only someone the sign-in page lists: a typo would otherwise make a token for nobody.
    const account = (await accounts())[kind.list].find((a) => a.id === id);
    if (!account) return { ok: false, error: `No ${roleName} with id ${id} on this stack.` };
    const viewer = viewerOf(kind.role, kind.scope ? { [kind.scope]: id } : {});
    const signed = await signLocalToken(await localKeys(), { viewer, expiresIn: LIFETIME });
    return { ok: true, value: { token: signed, name: account.name, expiresAt: Date.now() + LIFETIME_MS } };
  }

  return { accounts, token };
}
