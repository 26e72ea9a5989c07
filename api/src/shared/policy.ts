/**
 * Who may read which object and field and run which operation (CONTRACT.md, Roles). This is the
 * one place that decides; resolvers and operations ask it instead of carrying their own `if`s.
 *
 * - `operationRules` lists every Query field and Mutation of the contract's surface: which roles
 *   may call it and how the object it touches must relate to the caller. The authorization
 *   matrix test iterates it (and fails on a schema operation without a rule).
 * - `fieldRules` lists the sensitive object fields; a caller outside them reads `null`.
 * - Someone else's school, booking, Evi result or ambition talk answers NOT_FOUND, as if it did
 *   not exist; a role that may never call an operation gets FORBIDDEN (anonymous:
 *   UNAUTHENTICATED), which reveals nothing about any object.
 * - Every denial is logged with role, operation and reason only: no ids of people, no tokens.
 */
import type { Role, Viewer } from '../context.ts';
import { UserFacingError } from './errors.ts';

export type SignedInRole = Exclude<Role, 'ANONYMOUS'>;
const EVERYONE: readonly Role[] = ['ANONYMOUS', 'SCHOOL', 'PARTNER', 'ADVISOR', 'ADMIN'];

/** The caller with what the policy needs to know about its scope, loaded once per request. */
export interface Actor extends Viewer {
  /** Advisors: the municipality codes (CBS) of their CmK region, from the CMS. */
  readonly regionMunicipalities?: ReadonlySet<string>;
}

/** Anything that answers which municipalities make up a region (the CMS regions). */
export interface RegionLookup {
  municipalityCodes(regionId: string): Promise<readonly string[]>;
}

export async function actorOf(viewer: Viewer, regions?: RegionLookup): Promise<Actor> {
  if (viewer.role !== 'ADVISOR' || !viewer.regionId || !regions) return viewer;
  return { ...viewer, regionMunicipalities: new Set(await regions.municipalityCodes(viewer.regionId)) };
}

/** The object an operation or field touches, as far as access depends on it. */
export type Subject =
  | { readonly kind: 'school'; readonly schoolId: string; readonly municipalityCode: string }
  | { readonly kind: 'booking'; readonly schoolId: string; readonly partnerId: string; readonly municipalityCode: string }
  | { readonly kind: 'region'; readonly regionId: string }
  | { readonly kind: 'partner'; readonly partnerId: string };

/**
 * How the touched object must relate to the caller:
 * - `public`: published content and aggregate counts; no object check.
 * - `self`: the caller itself (`me`).
 * - `school`: a school and its data (participation, Evi results, ambition talks): the school
 *   itself, an advisor of the region its municipality is in, admin. Otherwise NOT_FOUND.
 * - `booking`: the booking's school, the partner of its offer, the region's advisor, admin.
 *   Otherwise NOT_FOUND.
 * - `region`: the region's own advisor, admin. Otherwise FORBIDDEN (regions are public content).
 * - `partner`: a partner's own business (its bookings): that partner, admin.
 */
export type Scope = 'public' | 'self' | 'school' | 'booking' | 'region' | 'partner';

export interface OperationRule {
  readonly kind: 'query' | 'mutation';
  /** Roles that may call it at all. */
  readonly roles: readonly Role[];
  readonly scope: Scope;
  /** A list: objects out of scope are left out (no error). */
  readonly list?: boolean;
  /** What CONTRACT.md promises, for people reading the table and the matrix test's report. */
  readonly why: string;
}

const rule = (kind: OperationRule['kind'], roles: readonly Role[], scope: Scope, why: string, list = false): OperationRule => ({
  kind,
  roles,
  scope,
  why,
  ...(list ? { list } : {}),
});

/** Every Query field and Mutation of CONTRACT.md's surface. */
export const operationRules = {
  'Query.offers': rule('query', EVERYONE, 'public', 'published offers with aggregate figures', true),
  'Query.offer': rule('query', EVERYONE, 'public', 'a published offer with aggregate figures'),
  'Query.partners': rule('query', EVERYONE, 'public', 'published partners (private contacts by field rule)', true),
  'Query.partner': rule('query', EVERYONE, 'public', 'a published partner (private contacts by field rule)'),
  'Query.projects': rule('query', EVERYONE, 'public', 'published projects', true),
  'Query.project': rule('query', EVERYONE, 'public', 'a published project'),
  'Query.regions': rule('query', EVERYONE, 'public', 'CmK regions', true),
  'Query.municipalities': rule('query', EVERYONE, 'public', 'municipalities', true),
  'Query.me': rule('query', EVERYONE, 'self', 'the caller as the API sees it'),
  'Query.school': rule('query', ['SCHOOL', 'ADVISOR', 'ADMIN'], 'school', 'its own school; an advisor every school of its region'),
  'Query.schools': rule('query', ['SCHOOL', 'ADVISOR', 'ADMIN'], 'school', 'only the schools the caller may see', true),
  'Query.booking': rule('query', ['SCHOOL', 'PARTNER', 'ADVISOR', 'ADMIN'], 'booking', 'own bookings; a partner those of its offers'),
  'Query.regionReport': rule('query', ['ADVISOR', 'ADMIN'], 'region', 'the advisor’s own region; admin any'),
  'Mutation.requestBooking': rule('mutation', ['SCHOOL', 'ADMIN'], 'school', 'a school books for itself'),
  'Mutation.confirmBooking': rule('mutation', ['PARTNER', 'ADMIN'], 'booking', 'the partner of the offer'),
  'Mutation.declineBooking': rule('mutation', ['PARTNER', 'ADMIN'], 'booking', 'the partner of the offer'),
  'Mutation.cancelBooking': rule('mutation', ['SCHOOL', 'PARTNER', 'ADMIN'], 'booking', 'the school or the partner'),
  'Mutation.markBookingHeld': rule('mutation', ['SCHOOL', 'PARTNER', 'ADMIN'], 'booking', 'the partner or the school'),
  'Mutation.evaluateBooking': rule('mutation', ['SCHOOL', 'ADMIN'], 'booking', 'the school that booked'),
  'Mutation.recordEviResult': rule('mutation', ['SCHOOL', 'ADVISOR', 'ADMIN'], 'school', 'the school or its advisor'),
  'Mutation.recordAmbitionTalk': rule('mutation', ['ADVISOR', 'ADMIN'], 'school', 'the advisor of the school’s region'),
  'Mutation.registerParticipation': rule('mutation', ['ADVISOR', 'ADMIN'], 'school', 'the advisor of the school’s region'),
} as const satisfies Record<string, OperationRule>;

export type OperationName = keyof typeof operationRules;

export interface FieldRule {
  /** Roles that may read the field; others read null. */
  readonly roles: readonly Role[];
  /** When set, the caller must also be in this scope of the parent object. */
  readonly scope?: Exclude<Scope, 'public' | 'self' | 'region'>;
  readonly why: string;
}

/**
 * Sensitive object fields. Names follow the CMS model and CONTRACT.md; the schema of issue 6 must
 * use them (the matrix test checks that every entry names a schema field).
 */
export const fieldRules = {
  'Partner.contactPerson': { roles: ['ADVISOR', 'ADMIN'], why: 'personal contact data of a partner (DOMAIN.md)' },
  'Offer.contactPerson': { roles: ['ADVISOR', 'ADMIN'], why: 'personal contact data for bookings' },
  'School.participations': { roles: ['SCHOOL', 'ADVISOR', 'ADMIN'], scope: 'school', why: 'a school’s own data' },
  'School.eviResults': { roles: ['SCHOOL', 'ADVISOR', 'ADMIN'], scope: 'school', why: 'a school’s own data' },
  'School.ambitionTalks': { roles: ['SCHOOL', 'ADVISOR', 'ADMIN'], scope: 'school', why: 'a school’s own data' },
  'School.bookings': { roles: ['SCHOOL', 'ADVISOR', 'ADMIN'], scope: 'school', why: 'a school’s own data' },
  'School.pupilCount': { roles: ['SCHOOL', 'ADVISOR', 'ADMIN'], scope: 'school', why: 'pupils’ data: not for partners' },
  'BookingGroup.teacher': { roles: ['SCHOOL', 'ADVISOR', 'ADMIN'], scope: 'booking', why: 'a person’s name: not for partners' },
  'Partner.bookings': { roles: ['PARTNER', 'ADMIN'], scope: 'partner', why: 'bookings of its offers, for that partner only' },
} as const satisfies Record<string, FieldRule>;

export type FieldName = keyof typeof fieldRules;

export type DenialCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';
export type Decision = { readonly allowed: true } | { readonly allowed: false; readonly code: DenialCode; readonly reason: string };

const ALLOW: Decision = { allowed: true };
const deny = (code: DenialCode, reason: string): Decision => ({ allowed: false, code, reason });

/** Whether the object is within the caller's reach for a scope (admin: everything; public and self: no object check). */
export function inScope(actor: Actor, scope: Scope, subject?: Subject): boolean {
  if (scope === 'public' || scope === 'self' || actor.role === 'ADMIN') return true;
  if (!subject) return false;
  const advisorCovers = (municipalityCode: string) =>
    actor.role === 'ADVISOR' && (actor.regionMunicipalities?.has(municipalityCode) ?? false);
  switch (subject.kind) {
    case 'school':
      if (scope !== 'school') return false;
      return (actor.role === 'SCHOOL' && actor.schoolId === subject.schoolId) || advisorCovers(subject.municipalityCode);
    case 'booking':
      if (scope !== 'booking') return false;
      return (
        (actor.role === 'SCHOOL' && actor.schoolId === subject.schoolId) ||
        (actor.role === 'PARTNER' && actor.partnerId === subject.partnerId) ||
        advisorCovers(subject.municipalityCode)
      );
    case 'region':
      return scope === 'region' && actor.role === 'ADVISOR' && actor.regionId === subject.regionId;
    case 'partner':
      return scope === 'partner' && actor.role === 'PARTNER' && actor.partnerId === subject.partnerId;
  }
}

/**
 * The decision for one call. Without a subject only the role is checked (the resolver calls again
 * once it has loaded the object); with one, the object must be in the caller's reach.
 */
export function decide(actor: Actor, operation: OperationName, subject?: Subject): Decision {
  const rule: OperationRule = operationRules[operation];
  if (!rule.roles.includes(actor.role)) {
    return actor.role === 'ANONYMOUS' ? deny('UNAUTHENTICATED', 'sign-in required') : deny('FORBIDDEN', 'role not allowed');
  }
  if (subject === undefined || inScope(actor, rule.scope, subject)) return ALLOW;
  return rule.scope === 'region' ? deny('FORBIDDEN', 'other region') : deny('NOT_FOUND', `outside ${rule.scope} scope`);
}

/** What the policy logs: role, operation and reason; never ids of people or credentials. */
export interface DenialLogger {
  info(message: string, attributes: Record<string, unknown>): void;
  debug(message: string, attributes: Record<string, unknown>): void;
}

const MESSAGES: Record<DenialCode, string> = {
  UNAUTHENTICATED: 'Sign in to do this.',
  FORBIDDEN: 'Your role may not do this.',
  NOT_FOUND: 'This does not exist.',
};

/**
 * Throws the denial as a UserFacingError (and logs it). Call it before loading (role) and again
 * with the loaded object (scope): `authorize(actor, 'Query.booking', undefined, log)`, then
 * `authorize(actor, 'Query.booking', bookingSubject(booking), log)`.
 */
export function authorize(actor: Actor, operation: OperationName, subject?: Subject, logger?: DenialLogger): void {
  const decision = decide(actor, operation, subject);
  if (decision.allowed) return;
  logger?.info('access denied', { role: actor.role, operation, reason: decision.reason, code: decision.code });
  throw new UserFacingError(decision.code, MESSAGES[decision.code]);
}

/** A list operation: keeps the objects in the caller's reach; the rest are left out (logged at debug). */
export function visible<T>(
  actor: Actor,
  operation: OperationName,
  items: readonly T[],
  subjectOf: (item: T) => Subject,
  logger?: DenialLogger,
): T[] {
  const rule: OperationRule = operationRules[operation];
  const kept = items.filter((item) => inScope(actor, rule.scope, subjectOf(item)));
  if (kept.length < items.length) {
    logger?.debug('access filtered', {
      role: actor.role,
      operation,
      reason: `outside ${rule.scope} scope`,
      left: items.length - kept.length,
    });
  }
  return kept;
}

/** Whether the caller may read a sensitive field of this parent; a `false` resolves the field to null. */
export function mayReadField(actor: Actor, field: FieldName, parent?: Subject, logger?: DenialLogger): boolean {
  const rule: FieldRule = fieldRules[field];
  const allowed = rule.roles.includes(actor.role) && (rule.scope === undefined || inScope(actor, rule.scope, parent));
  if (!allowed) logger?.debug('field hidden', { role: actor.role, field, reason: rule.why });
  return allowed;
}

/**
 * Where a list of schools may look before `visible()` filters it, so a list never reads
 * municipalities the caller cannot see: admin everywhere, an advisor its region, a school itself.
 */
export type SchoolListReach =
  | { readonly kind: 'all' }
  | { readonly kind: 'municipalities'; readonly codes: readonly string[] }
  | { readonly kind: 'school'; readonly schoolId: string }
  | { readonly kind: 'none' };

export function schoolListReach(actor: Actor): SchoolListReach {
  if (actor.role === 'ADMIN') return { kind: 'all' };
  if (actor.role === 'ADVISOR') return { kind: 'municipalities', codes: [...(actor.regionMunicipalities ?? [])] };
  if (actor.role === 'SCHOOL' && actor.schoolId) return { kind: 'school', schoolId: actor.schoolId };
  return { kind: 'none' };
}

/** Subjects from the participation records (sources/dynamodb/items.ts shapes). */
export const subjects = {
  school: (s: { id: string; municipalityCode: string }): Subject => ({
    kind: 'school',
    schoolId: s.id,
    municipalityCode: s.municipalityCode,
  }),
  booking: (b: { schoolId: string; partnerId: string; municipalityCode: string }): Subject => ({
    kind: 'booking',
    schoolId: b.schoolId,
    partnerId: b.partnerId,
    municipalityCode: b.municipalityCode,
  }),
  region: (regionId: string): Subject => ({ kind: 'region', regionId }),
  partner: (partnerId: string): Subject => ({ kind: 'partner', partnerId }),
} as const;

// ---------------------------------------------------------------------------------------------
// The matrix: who stands where. The authorization matrix test builds these callers against the
// seeded data and asserts `expectedOutcome` for every operation through the real API.

/** The callers of the matrix: each role, and for scoped roles one inside and one outside the object's reach. */
export const audiences = ['anonymous', 'school', 'otherSchool', 'partner', 'otherPartner', 'advisor', 'otherAdvisor', 'admin'] as const;
export type Audience = (typeof audiences)[number];

/** ALLOW, a denial code, or FILTERED (a list that leaves the object out). */
export type Outcome = 'ALLOW' | DenialCode | 'FILTERED';

/** The fixed world `expectedOutcome` reasons about: one school in one region, booked for an offer of one partner. */
const WORLD = {
  school: { kind: 'school', schoolId: '00AA00', municipalityCode: 'GM0392' },
  booking: { kind: 'booking', schoolId: '00AA00', partnerId: 'partner-own', municipalityCode: 'GM0392' },
  region: { kind: 'region', regionId: 'region-own' },
  partner: { kind: 'partner', partnerId: 'partner-own' },
} as const satisfies Record<string, Subject>;

const ACTORS: Record<Audience, Actor> = {
  anonymous: { role: 'ANONYMOUS' },
  school: { role: 'SCHOOL', schoolId: '00AA00' },
  otherSchool: { role: 'SCHOOL', schoolId: '99ZZ99' },
  partner: { role: 'PARTNER', partnerId: 'partner-own' },
  otherPartner: { role: 'PARTNER', partnerId: 'partner-other' },
  advisor: { role: 'ADVISOR', regionId: 'region-own', regionMunicipalities: new Set(['GM0392']) },
  otherAdvisor: { role: 'ADVISOR', regionId: 'region-other', regionMunicipalities: new Set(['GM0622']) },
  admin: { role: 'ADMIN' },
};

/** What the matrix expects when `audience` calls `operation` on the seeded object of the operation's scope. */
export function expectedOutcome(operation: OperationName, audience: Audience): Outcome {
  const rule: OperationRule = operationRules[operation];
  const subject = rule.scope === 'public' || rule.scope === 'self' ? undefined : WORLD[rule.scope];
  const decision = decide(ACTORS[audience], operation, subject);
  if (decision.allowed) return 'ALLOW';
  return rule.list && decision.code === 'NOT_FOUND' ? 'FILTERED' : decision.code;
}

/** The field counterpart of `expectedOutcome`: may `audience` read `field` of the seeded parent? */
export function expectedFieldAccess(field: FieldName, audience: Audience): boolean {
  const rule: FieldRule = fieldRules[field];
  return mayReadField(ACTORS[audience], field, rule.scope ? WORLD[rule.scope] : undefined);
}
