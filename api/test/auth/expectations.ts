/**
 * Who may do what, written out by hand from the roles table in docs/roles.md. Nothing here derives
 * from the rules it checks: the policy's unit test, the GraphQL matrix and the operations are all
 * held against these same tables, so the decision cannot drift between paths.
 */
import type { Actor, DenialCode, FieldName, OperationName, Subject } from '../../src/shared/policy.ts';

/** The callers: each role, and for scoped roles one inside and one outside the object's reach. */
export const audiences = [
  'anonymous',
  'school',
  'otherSchool',
  'partner',
  'otherPartner',
  'advisor',
  'otherAdvisor',
  'admin',
  'member',
  'otherMember',
  'moderator',
] as const;
export type Audience = (typeof audiences)[number];

/** ALLOW, a denial code, or FILTERED (a list that leaves the object out). */
export type Outcome = 'ALLOW' | DenialCode | 'FILTERED';

const A = 'ALLOW';
const U = 'UNAUTHENTICATED';
const F = 'FORBIDDEN';
const N = 'NOT_FOUND';
const L = 'FILTERED';

function row(...outcomes: Outcome[]): Record<Audience, Outcome> {
  return Object.fromEntries(audiences.map((a, i) => [a, outcomes[i]!])) as Record<Audience, Outcome>;
}

/** What each caller gets from each operation on the object of the operation's scope. */
// prettier-ignore
export const expectedOutcomes: Record<OperationName, Record<Audience, Outcome>> = {
  //                               anonymous school otherSchool partner otherPartner advisor otherAdvisor admin member otherMember moderator
  'Query.offers':                 row(A, A, A, A, A, A, A, A, A, A, A),
  'Query.offer':                  row(A, A, A, A, A, A, A, A, A, A, A),
  'Query.partners':               row(A, A, A, A, A, A, A, A, A, A, A),
  'Query.partner':                row(A, A, A, A, A, A, A, A, A, A, A),
  'Query.projects':               row(A, A, A, A, A, A, A, A, A, A, A),
  'Query.project':                row(A, A, A, A, A, A, A, A, A, A, A),
  'Query.learningCommunities':    row(A, A, A, A, A, A, A, A, A, A, A),
  'Query.learningCommunity':      row(A, A, A, A, A, A, A, A, A, A, A),
  'Query.knowledgeItems':         row(A, A, A, A, A, A, A, A, A, A, A),
  'Query.knowledgeItem':          row(A, A, A, A, A, A, A, A, A, A, A),
  'Query.regions':                row(A, A, A, A, A, A, A, A, A, A, A),
  'Query.municipalities':         row(A, A, A, A, A, A, A, A, A, A, A),
  'Query.me':                     row(A, A, A, A, A, A, A, A, A, A, A),
  'Query.school':                 row(U, A, N, F, F, A, N, A, F, F, F),
  'Query.schools':                row(U, A, L, F, F, A, L, A, F, F, F),
  'Query.booking':                row(U, A, N, A, N, A, N, A, F, F, F),
  'Query.regionReport':           row(U, F, F, F, F, A, F, A, F, F, F),
  'Query.questions':              row(U, F, F, F, F, F, F, A, A, A, A),
  'Query.question':               row(U, F, F, F, F, F, F, A, A, A, A),
  'Mutation.askQuestion':         row(U, F, F, F, F, F, F, A, A, A, A),
  'Mutation.answerQuestion':      row(U, F, F, F, F, F, F, A, A, A, A),
  'Mutation.acceptAnswer':        row(U, F, F, F, F, F, F, A, A, F, A),
  'Query.members':                row(U, F, F, F, F, F, F, A, A, A, A),
  'Query.memberAccounts':         row(U, F, F, F, F, F, F, A, F, F, F),
  'Query.moderationQueue':        row(U, F, F, F, F, F, F, A, F, F, A),
  'Query.myProposals':            row(U, F, F, F, F, F, F, A, A, A, A),
  'Mutation.setMemberFindable':   row(U, F, F, F, F, F, F, F, A, A, A),
  'Mutation.joinCommunity':       row(U, F, F, F, F, F, F, F, A, A, A),
  'Mutation.leaveCommunity':      row(U, F, F, F, F, F, F, F, A, A, A),
  'Mutation.proposeKnowledgeItem': row(U, F, F, F, F, F, F, A, A, A, A),
  'Mutation.approveProposal':     row(U, F, F, F, F, F, F, A, F, F, A),
  'Mutation.rejectProposal':      row(U, F, F, F, F, F, F, A, F, F, A),
  'Mutation.hideContent':         row(U, F, F, F, F, F, F, A, F, F, A),
  'Mutation.showContent':         row(U, F, F, F, F, F, F, A, F, F, A),
  'Mutation.requestBooking':      row(U, A, N, F, F, F, F, A, F, F, F),
  'Mutation.confirmBooking':      row(U, F, F, A, N, F, F, A, F, F, F),
  'Mutation.declineBooking':      row(U, F, F, A, N, F, F, A, F, F, F),
  'Mutation.cancelBooking':       row(U, A, N, A, N, F, F, A, F, F, F),
  'Mutation.markBookingHeld':     row(U, A, N, A, N, F, F, A, F, F, F),
  'Mutation.evaluateBooking':     row(U, A, N, F, F, F, F, A, F, F, F),
  'Mutation.recordEviResult':     row(U, A, N, F, F, A, N, A, F, F, F),
  'Mutation.recordAmbitionTalk':  row(U, F, F, F, F, A, N, A, F, F, F),
  'Mutation.registerParticipation': row(U, F, F, F, F, A, N, A, F, F, F),
  'Query.municipalityFactsheet':  row(U, F, F, F, F, A, F, A, F, F, F),
  'Mutation.createCalendarFeed':  row(U, A, N, F, F, F, F, A, F, F, F),
  'Mutation.revokeCalendarFeed':  row(U, A, N, F, F, F, F, A, F, F, F),
  'Mutation.createApiKey':        row(U, F, F, A, N, F, F, A, F, F, F),
  'Mutation.rotateApiKey':        row(U, F, F, A, N, F, F, A, F, F, F),
  'Mutation.revokeApiKey':        row(U, F, F, A, N, F, F, A, F, F, F),
  'Mutation.registerWebhookEndpoint': row(U, F, F, A, N, F, F, A, F, F, F),
  'Mutation.rotateWebhookSecret': row(U, F, F, A, N, F, F, A, F, F, F),
  'Mutation.enableWebhookEndpoint': row(U, F, F, A, N, F, F, A, F, F, F),
  'Mutation.disableWebhookEndpoint': row(U, F, F, A, N, F, F, A, F, F, F),
  'Mutation.redeliverWebhook':    row(U, F, F, A, N, F, F, A, F, F, F),
  'Mutation.sandboxRequestBooking': row(U, F, F, A, N, F, F, A, F, F, F),
  'Mutation.sandboxCancelBooking': row(U, F, F, A, N, F, F, A, F, F, F),
  'Mutation.sandboxEvaluateBooking': row(U, F, F, A, N, F, F, A, F, F, F),
};

/** Who reads each sensitive field of the object of its scope. */
// prettier-ignore
export const expectedReaders: Record<FieldName, Audience[]> = {
  'Partner.contactPerson': ['advisor', 'otherAdvisor', 'admin'],
  'Offer.contactPerson': ['advisor', 'otherAdvisor', 'admin'],
  'School.participations': ['school', 'advisor', 'admin'],
  'School.eviResults': ['school', 'advisor', 'admin'],
  'School.ambitionTalks': ['school', 'advisor', 'admin'],
  'School.ambitionTalkDrafts': ['advisor', 'admin'],
  'School.bookings': ['school', 'advisor', 'admin'],
  'School.pupilCount': ['school', 'advisor', 'admin'],
  'School.calendarFeed': ['school', 'admin'],
  'BookingGroup.teacher': ['school', 'advisor', 'admin'],
  'Partner.bookings': ['partner', 'admin'],
  'Partner.bookingChanges': ['partner', 'admin'],
  'Partner.apiKeys': ['partner', 'admin'],
  'Partner.webhookEndpoints': ['partner', 'admin'],
  'LearningCommunity.members': ['admin', 'member', 'otherMember', 'moderator'],
};

/** The policy's unit test reasons about this fixed world: one school in one region, booked for an offer of one partner. */
export const WORLD = {
  school: { kind: 'school', schoolId: '00AA00', municipalityCode: 'GM0392' },
  booking: { kind: 'booking', schoolId: '00AA00', partnerId: 'partner-own', municipalityCode: 'GM0392' },
  region: { kind: 'region', regionId: 'region-own' },
  partner: { kind: 'partner', partnerId: 'partner-own' },
  asker: { kind: 'question', askerId: 'member-own' },
} as const satisfies Record<string, Subject>;

export const ACTORS: Record<Audience, Actor> = {
  anonymous: { role: 'ANONYMOUS' },
  school: { role: 'SCHOOL', schoolId: '00AA00' },
  otherSchool: { role: 'SCHOOL', schoolId: '99ZZ99' },
  partner: { role: 'PARTNER', partnerId: 'partner-own' },
  otherPartner: { role: 'PARTNER', partnerId: 'partner-other' },
  advisor: { role: 'ADVISOR', regionId: 'region-own', regionMunicipalities: new Set(['GM0392']) },
  otherAdvisor: { role: 'ADVISOR', regionId: 'region-other', regionMunicipalities: new Set(['GM0622']) },
  admin: { role: 'ADMIN' },
  member: { role: 'MEMBER', memberId: 'member-own' },
  otherMember: { role: 'MEMBER', memberId: 'member-other' },
  moderator: { role: 'MODERATOR', memberId: 'member-moderator' },
};
