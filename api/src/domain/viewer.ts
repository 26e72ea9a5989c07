/** Who asks: the role and the one object a signed-in caller speaks for (its school, partner or region). */
export type Role = 'ANONYMOUS' | 'SCHOOL' | 'PARTNER' | 'ADVISOR' | 'ADMIN';
export type SignedInRole = Exclude<Role, 'ANONYMOUS'>;
export const ROLES: readonly Role[] = ['ANONYMOUS', 'SCHOOL', 'PARTNER', 'ADVISOR', 'ADMIN'];

export interface Viewer {
  readonly role: Role;
  readonly schoolId?: string;
  readonly partnerId?: string;
  readonly regionId?: string;
  /** How the caller proved who it is, when that limits what it may do: a partner's machine key may not manage keys. */
  readonly credential?: 'API_KEY';
}

export const anonymous: Viewer = { role: 'ANONYMOUS' };
