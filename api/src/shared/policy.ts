/**
 * Who may read which object and field and run which operation (docs/roles.md). This is the one
 * place that decides; resolvers and operations ask it and carry no `if` on roles of their own.
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
import { TRANSITIONS, type BookingAction, type BookingSide } from '../domain/booking-transitions.ts';
import type { BookingStatus } from '../domain/vocabulary.ts';
import { ROLES, type Role, type Viewer } from '../domain/viewer.ts';
import { notFound, UserFacingError } from './errors.ts';

const EVERYONE = ROLES;
/** Signed-in professionals of the knowledge platform. */
const MEMBERS: readonly Role[] = ['MEMBER', 'MODERATOR', 'ADMIN'];
/** Who decides what becomes public and what is hidden. */
const MODERATORS: readonly Role[] = ['MODERATOR', 'ADMIN'];

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
  | { readonly kind: 'partner'; readonly partnerId: string }
  | { readonly kind: 'question'; readonly askerId: string };

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
 * - `asker`: what only the asker of a question decides (accepting an answer): the member who
 *   asked, a moderator, admin. Otherwise FORBIDDEN (every member reads the question).
 */
export type Scope = 'public' | 'self' | 'school' | 'booking' | 'region' | 'partner' | 'asker';

export interface OperationRule {
  readonly kind: 'query' | 'mutation';
  /** Roles that may call it at all. */
  readonly roles: readonly Role[];
  readonly scope: Scope;
  /** A list: objects out of scope are left out (no error). */
  readonly list?: boolean;
  /** What the rule promises (docs/roles.md), for people reading the table and the matrix test's report. */
  readonly why: string;
  /** Only a person signed in with a token: a caller holding an API key is FORBIDDEN (a leaked key cannot make more keys). */
  readonly signedInOnly?: boolean;
}

const rule = (kind: OperationRule['kind'], roles: readonly Role[], scope: Scope, why: string, list = false): OperationRule => ({
  kind,
  roles,
  scope,
  why,
  ...(list ? { list } : {}),
});

const signedIn = (r: OperationRule): OperationRule => ({ ...r, signedInOnly: true });

/** Every Query field and Mutation of the schema. */
export const operationRules = {
  'Query.offers': rule('query', EVERYONE, 'public', 'published offers with aggregate figures', true),
  'Query.offer': rule('query', EVERYONE, 'public', 'a published offer with aggregate figures'),
  'Query.partners': rule('query', EVERYONE, 'public', 'published partners (private contacts by field rule)', true),
  'Query.partner': rule('query', EVERYONE, 'public', 'a published partner (private contacts by field rule)'),
  'Query.projects': rule('query', EVERYONE, 'public', 'published projects', true),
  'Query.project': rule('query', EVERYONE, 'public', 'a published project'),
  'Query.learningCommunities': rule('query', EVERYONE, 'public', 'published learning communities (moderators by name only)', true),
  'Query.learningCommunity': rule('query', EVERYONE, 'public', 'a published learning community'),
  'Query.knowledgeItems': rule('query', EVERYONE, 'public', 'published knowledge items with facet counts', true),
  'Query.knowledgeItem': rule('query', EVERYONE, 'public', 'a published knowledge item'),
  'Query.regions': rule('query', EVERYONE, 'public', 'CmK regions', true),
  'Query.municipalities': rule('query', EVERYONE, 'public', 'municipalities', true),
  'Query.me': rule('query', EVERYONE, 'self', 'the caller as the API sees it'),
  'Query.school': rule('query', ['SCHOOL', 'ADVISOR', 'ADMIN'], 'school', 'its own school; an advisor every school of its region'),
  'Query.schools': rule('query', ['SCHOOL', 'ADVISOR', 'ADMIN'], 'school', 'only the schools the caller may see', true),
  'Query.booking': rule('query', ['SCHOOL', 'PARTNER', 'ADVISOR', 'ADMIN'], 'booking', 'own bookings; a partner those of its offers'),
  'Query.regionReport': rule('query', ['ADVISOR', 'ADMIN'], 'region', 'the advisor’s own region; admin any'),
  'Query.questions': rule('query', MEMBERS, 'public', 'members’ questions, for signed-in members (hidden ones: moderators)', true),
  'Query.question': rule('query', MEMBERS, 'public', 'a member’s question with its answers, for signed-in members'),
  'Mutation.askQuestion': rule('mutation', MEMBERS, 'self', 'a member asks as themself'),
  'Mutation.answerQuestion': rule('mutation', MEMBERS, 'self', 'a member answers as themself'),
  'Mutation.acceptAnswer': rule('mutation', MEMBERS, 'asker', 'the asker or a moderator'),
  'Query.members': rule('query', MEMBERS, 'public', 'members who consented to be findable, for signed-in members', true),
  'Query.memberAccounts': rule('query', ['ADMIN'], 'public', 'every member profile, consenting or not: admin only (account management)'),
  'Query.moderationQueue': rule('query', MODERATORS, 'public', 'proposals and hidden content, for moderators'),
  'Query.myProposals': rule('query', MEMBERS, 'self', 'the caller’s own proposals', true),
  'Mutation.setMemberFindable': rule('mutation', ['MEMBER', 'MODERATOR'], 'self', 'a member’s own consent to be findable'),
  'Mutation.joinCommunity': rule('mutation', ['MEMBER', 'MODERATOR'], 'self', 'a member joins as themself'),
  'Mutation.leaveCommunity': rule('mutation', ['MEMBER', 'MODERATOR'], 'self', 'a member leaves as themself'),
  'Mutation.proposeKnowledgeItem': rule('mutation', MEMBERS, 'self', 'a member proposes as themself'),
  'Mutation.approveProposal': rule('mutation', MODERATORS, 'public', 'a moderator publishes a proposal'),
  'Mutation.rejectProposal': rule('mutation', MODERATORS, 'public', 'a moderator rejects a proposal'),
  'Mutation.hideContent': rule('mutation', MODERATORS, 'public', 'a moderator hides a question or answer'),
  'Mutation.showContent': rule('mutation', MODERATORS, 'public', 'a moderator shows hidden content again'),
  'Query.municipalityFactsheet': rule('query', ['ADVISOR', 'ADMIN'], 'region', 'a municipality of the advisor’s own region; admin any'),
  'Mutation.requestBooking': rule('mutation', ['SCHOOL', 'ADMIN'], 'school', 'a school books for itself'),
  'Mutation.confirmBooking': rule('mutation', ['PARTNER', 'ADMIN'], 'booking', 'the partner of the offer'),
  'Mutation.declineBooking': rule('mutation', ['PARTNER', 'ADMIN'], 'booking', 'the partner of the offer'),
  'Mutation.cancelBooking': rule('mutation', ['SCHOOL', 'PARTNER', 'ADMIN'], 'booking', 'the school or the partner'),
  'Mutation.markBookingHeld': rule('mutation', ['SCHOOL', 'PARTNER', 'ADMIN'], 'booking', 'the partner or the school'),
  'Mutation.evaluateBooking': rule('mutation', ['SCHOOL', 'ADMIN'], 'booking', 'the school that booked'),
  'Mutation.recordEviResult': rule('mutation', ['SCHOOL', 'ADVISOR', 'ADMIN'], 'school', 'the school or its advisor'),
  'Mutation.recordAmbitionTalk': rule('mutation', ['ADVISOR', 'ADMIN'], 'school', 'the advisor of the school’s region'),
  'Mutation.registerParticipation': rule('mutation', ['ADVISOR', 'ADMIN'], 'school', 'the advisor of the school’s region'),
  'Mutation.createCalendarFeed': rule('mutation', ['SCHOOL', 'ADMIN'], 'school', 'a school makes its own calendar URL'),
  'Mutation.revokeCalendarFeed': rule('mutation', ['SCHOOL', 'ADMIN'], 'school', 'a school revokes its own calendar URL'),
  'Mutation.createApiKey': signedIn(rule('mutation', ['PARTNER', 'ADMIN'], 'partner', 'a signed-in partner user for its own partner')),
  'Mutation.rotateApiKey': signedIn(rule('mutation', ['PARTNER', 'ADMIN'], 'partner', 'a signed-in partner user, its own keys')),
  'Mutation.revokeApiKey': signedIn(rule('mutation', ['PARTNER', 'ADMIN'], 'partner', 'a signed-in partner user, its own keys')),
  'Mutation.registerWebhookEndpoint': signedIn(
    rule('mutation', ['PARTNER', 'ADMIN'], 'partner', 'a signed-in partner user for its own partner'),
  ),
  'Mutation.rotateWebhookSecret': signedIn(
    rule('mutation', ['PARTNER', 'ADMIN'], 'partner', 'a signed-in partner user, its own endpoints'),
  ),
  'Mutation.enableWebhookEndpoint': rule('mutation', ['PARTNER', 'ADMIN'], 'partner', 'the partner, its own endpoints'),
  'Mutation.disableWebhookEndpoint': rule('mutation', ['PARTNER', 'ADMIN'], 'partner', 'the partner, its own endpoints'),
  'Mutation.sandboxRequestBooking': rule('mutation', ['PARTNER', 'ADMIN'], 'partner', 'the partner’s test school, on its own offers'),
  'Mutation.sandboxCancelBooking': rule('mutation', ['PARTNER', 'ADMIN'], 'partner', 'the partner’s test school, its own sandbox bookings'),
  'Mutation.sandboxEvaluateBooking': rule(
    'mutation',
    ['PARTNER', 'ADMIN'],
    'partner',
    'the partner’s test school, its own sandbox bookings',
  ),
  'Mutation.redeliverWebhook': rule('mutation', ['PARTNER', 'ADMIN'], 'partner', 'the partner, its own endpoints'),
} as const satisfies Record<string, OperationRule>;

export type OperationName = keyof typeof operationRules;

export interface FieldRule {
  /** Roles that may read the field; others read null. */
  readonly roles: readonly Role[];
  /** When set, the caller must also be in this scope of the parent object. */
  readonly scope?: Exclude<Scope, 'public' | 'self' | 'region' | 'asker'>;
  readonly why: string;
}

/** Sensitive object fields, named as in the schema (the matrix test checks that every entry names a schema field). */
export const fieldRules = {
  'Partner.contactPerson': { roles: ['ADVISOR', 'ADMIN'], why: 'personal contact data of a partner' },
  'Offer.contactPerson': { roles: ['ADVISOR', 'ADMIN'], why: 'personal contact data for bookings' },
  'School.participations': { roles: ['SCHOOL', 'ADVISOR', 'ADMIN'], scope: 'school', why: 'a school’s own data' },
  'School.eviResults': { roles: ['SCHOOL', 'ADVISOR', 'ADMIN'], scope: 'school', why: 'a school’s own data' },
  'School.ambitionTalks': { roles: ['SCHOOL', 'ADVISOR', 'ADMIN'], scope: 'school', why: 'a school’s own data' },
  'School.ambitionTalkDrafts': {
    roles: ['ADVISOR', 'ADMIN'],
    scope: 'school',
    why: 'the advisor’s working copy: the school reads a talk once it is final',
  },
  'School.bookings': { roles: ['SCHOOL', 'ADVISOR', 'ADMIN'], scope: 'school', why: 'a school’s own data' },
  'School.calendarFeed': { roles: ['SCHOOL', 'ADMIN'], scope: 'school', why: 'the school’s own calendar subscription' },
  'School.pupilCount': { roles: ['SCHOOL', 'ADVISOR', 'ADMIN'], scope: 'school', why: 'pupils’ data: not for partners' },
  'BookingGroup.teacher': { roles: ['SCHOOL', 'ADVISOR', 'ADMIN'], scope: 'booking', why: 'a person’s name: not for partners' },
  'Partner.bookings': { roles: ['PARTNER', 'ADMIN'], scope: 'partner', why: 'bookings of its offers, for that partner only' },
  'Partner.apiKeys': { roles: ['PARTNER', 'ADMIN'], scope: 'partner', why: 'a partner’s own keys (never their secrets)' },
  'Partner.webhookEndpoints': { roles: ['PARTNER', 'ADMIN'], scope: 'partner', why: 'a partner’s own endpoints and delivery log' },
  'Partner.bookingChanges': {
    roles: ['PARTNER', 'ADMIN'],
    scope: 'partner',
    why: 'changes to bookings of its offers, for that partner only',
  },
  'LearningCommunity.members': { roles: MEMBERS, why: 'members’ personal data: signed-in members only' },
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
    case 'question':
      return scope === 'asker' && (actor.role === 'MODERATOR' || (actor.role === 'MEMBER' && actor.memberId === subject.askerId));
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
  if (rule.signedInOnly && actor.credential === 'API_KEY') return deny('FORBIDDEN', 'not with an API key');
  if (subject === undefined || inScope(actor, rule.scope, subject)) return ALLOW;
  if (rule.scope === 'region') return deny('FORBIDDEN', 'other region');
  if (rule.scope === 'asker') return deny('FORBIDDEN', 'not the asker');
  return deny('NOT_FOUND', `outside ${rule.scope} scope`);
}

/** What the policy logs: role, operation and reason; never ids of people or credentials. */
export interface DenialLogger {
  info(message: string, attributes: Record<string, unknown>): void;
  debug(message: string, attributes: Record<string, unknown>): void;
}

const MESSAGES: Record<Exclude<DenialCode, 'NOT_FOUND'>, string> = {
  UNAUTHENTICATED: 'Sign in to do this.',
  FORBIDDEN: 'Your role may not do this.',
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
  if (decision.code === 'NOT_FOUND') throw notFound();
  const message =
    decision.reason === 'not with an API key' ? 'Sign in as a person to do this; an API key may not.' : MESSAGES[decision.code];
  throw new UserFacingError(decision.code, message);
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

/** Hidden questions and answers (moderation) are left out for everyone but moderators and admin. */
export function seesHidden(actor: Actor): boolean {
  return actor.role === 'MODERATOR' || actor.role === 'ADMIN';
}

/** Subjects from the participation records (domain/records.ts). */
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
  question: (q: { askerId: string }): Subject => ({ kind: 'question', askerId: q.askerId }),
} as const;

/**
 * The sides of a booking (domain/booking-transitions.ts says which side may take each step): the
 * school that asked and the partner whose offer it is. Which sides this caller stands on: its own
 * school's or partner's booking; an admin stands on both; anyone else on none.
 */
export function sidesOf(actor: Actor, booking: { schoolId: string; partnerId: string }): BookingSide[] {
  if (actor.role === 'ADMIN') return ['SCHOOL', 'PARTNER'];
  if (actor.role === 'SCHOOL' && actor.schoolId === booking.schoolId) return ['SCHOOL'];
  if (actor.role === 'PARTNER' && actor.partnerId === booking.partnerId) return ['PARTNER'];
  return [];
}

/**
 * A step of a booking by a caller the operation rule already let in: the caller must stand on a
 * side that may take it. An out-of-side caller gets FORBIDDEN, as the role check would answer.
 */
export function authorizeSide(
  actor: Actor,
  operation: OperationName,
  sides: readonly BookingSide[],
  booking: { schoolId: string; partnerId: string },
  logger?: DenialLogger,
): void {
  if (sidesOf(actor, booking).some((side) => sides.includes(side))) return;
  logger?.info('access denied', { role: actor.role, operation, reason: 'not a side of this step', code: 'FORBIDDEN' });
  throw new UserFacingError('FORBIDDEN', `Only the ${sides.join(' or ').toLowerCase()} may do this.`);
}

/** What this caller may do with this booking now, in the order of the transition table. */
export function allowedActions(booking: { schoolId: string; partnerId: string; status: BookingStatus }, actor: Actor): BookingAction[] {
  const sides = sidesOf(actor, booking);
  const actions = TRANSITIONS.filter((t) => t.from === booking.status && t.by.some((side) => sides.includes(side))).map((t) => t.action);
  return [...new Set(actions)];
}
