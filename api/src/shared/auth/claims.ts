/**
 * From verified token claims to the `Viewer` the resolvers see. Two claim styles: the local issuer
 * writes `role`, `school`, `partner`, `region`, `member`; Cognito writes `cognito:groups` and the
 * custom attributes `custom:school`, `custom:partner`, `custom:region`, `custom:member`.
 */
import type { JWTPayload } from 'jose';
import type { SignedInRole, Viewer } from '../../domain/viewer.ts';
import { AuthenticationError } from './errors.ts';

export type ClaimStyle = 'local' | 'cognito';

/** DUO location code: BRIN4 (2 digits, 2 letters) + 2-digit location number, e.g. `00AA00`. */
export const BRIN6 = /^\d{2}[A-Z]{2}\d{2}$/;
/** Strapi documentIds and other content ids. */
export const CONTENT_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Role names as users type them and as Cognito group names. */
export const roleNames: Readonly<Record<string, SignedInRole>> = {
  school: 'SCHOOL',
  partner: 'PARTNER',
  advisor: 'ADVISOR',
  admin: 'ADMIN',
  member: 'MEMBER',
  moderator: 'MODERATOR',
};

/** A user in several role groups acts in the widest one: group membership is granted by an admin. */
const PRECEDENCE: readonly SignedInRole[] = ['ADMIN', 'ADVISOR', 'PARTNER', 'SCHOOL', 'MODERATOR', 'MEMBER'];

export interface Scope {
  readonly school?: unknown;
  readonly partner?: unknown;
  readonly region?: unknown;
  readonly member?: unknown;
}

/** The viewer of a role with exactly the scope that role needs; a missing or malformed scope is refused. */
export function viewerOf(role: SignedInRole, scope: Scope): Viewer {
  const need = (claim: keyof Scope, pattern: RegExp): string => {
    const raw = scope[claim];
    // BRIN codes are stored upper-case; an admin may have typed `00aa00` into Cognito.
    const value = typeof raw === 'string' && claim === 'school' ? raw.trim().toUpperCase() : raw;
    if (typeof value !== 'string' || value === '') {
      throw new AuthenticationError('missing claim', `Your token has role ${role.toLowerCase()} but no ${claim}.`);
    }
    if (!pattern.test(value)) throw new AuthenticationError('bad scope', `The ${claim} in your token is not a valid id.`);
    return value;
  };
  switch (role) {
    case 'ADMIN':
      return { role };
    case 'SCHOOL':
      return { role, schoolId: need('school', BRIN6) };
    case 'PARTNER':
      return { role, partnerId: need('partner', CONTENT_ID) };
    case 'ADVISOR':
      return { role, regionId: need('region', CONTENT_ID) };
    case 'MEMBER':
    case 'MODERATOR':
      return { role, memberId: need('member', CONTENT_ID) };
  }
}

export function viewerFromClaims(payload: JWTPayload, style: ClaimStyle): Viewer {
  return style === 'cognito' ? fromCognito(payload) : fromLocal(payload);
}

function fromLocal(payload: JWTPayload): Viewer {
  const role = typeof payload.role === 'string' ? roleNames[payload.role.toLowerCase()] : undefined;
  if (!role) throw new AuthenticationError('no role', 'Your token carries no known role.');
  return viewerOf(role, { school: payload.school, partner: payload.partner, region: payload.region, member: payload.member });
}

function fromCognito(payload: JWTPayload): Viewer {
  const groups = payload['cognito:groups'];
  const names = Array.isArray(groups) ? groups.filter((g): g is string => typeof g === 'string') : [];
  const roles = names.map((g) => roleNames[g.toLowerCase()]).filter((r): r is SignedInRole => r !== undefined);
  const role = PRECEDENCE.find((r) => roles.includes(r));
  if (!role) {
    throw new AuthenticationError('no role', 'Your account has no CmK role yet; ask your penvoerder to add you to a group.');
  }
  return viewerOf(role, {
    school: payload['custom:school'],
    partner: payload['custom:partner'],
    region: payload['custom:region'],
    member: payload['custom:member'],
  });
}
