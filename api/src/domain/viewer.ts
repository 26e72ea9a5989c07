/**
 * Who asks: the role and the one object a signed-in caller speaks for (its school, partner or
 * region; for members and moderators of the knowledge platform, their member profile).
 */
export type Role = 'ANONYMOUS' | 'SCHOOL' | 'PARTNER' | 'ADVISOR' | 'ADMIN' | 'MEMBER' | 'MODERATOR';
export type SignedInRole = Exclude<Role, 'ANONYMOUS'>;
export const ROLES: readonly Role[] = ['ANONYMOUS', 'SCHOOL', 'PARTNER', 'ADVISOR', 'ADMIN', 'MEMBER', 'MODERATOR'];

export interface Viewer {
  readonly role: Role;
  readonly schoolId?: string;
  readonly partnerId?: string;
  readonly regionId?: string;
  /** Members and moderators: the id of their member profile (a professional, never a pupil). */
  readonly memberId?: string;
  /** How the caller proved who it is, when that limits what it may do: a partner's machine key may not manage keys. */
  readonly credential?: 'API_KEY';
}

export const anonymous: Viewer = { role: 'ANONYMOUS' };
