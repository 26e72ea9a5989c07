/**
 * The authorization matrix, generated from the schema: every Query field and Mutation of the
 * executable schema, and every sensitive field of the policy's `fieldRules`, is executed through
 * the real API against seeded DynamoDB Local data by each audience (anonymous, the school and another
 * school, the partner and another partner, the region's advisor and another region's, admin), and
 * the outcome must be the hand-written table of expectations.ts. Every mutation is also called as
 * an operation, without GraphQL, and must answer the same: one decision, the same code on every path.
 *
 * A new Query field or Mutation without an `operationRules` entry or without an operation below
 * fails the coverage test, so nothing reaches the schema without a decision.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { buildSchema, type GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/domain/viewer.ts';
import { typeDefs } from '../../src/generated/type-defs.ts';
import { confirmBooking } from '../../src/modules/bookings/operations/confirm-booking.ts';
import { markBookingHeld } from '../../src/modules/bookings/operations/mark-booking-held.ts';
import { requestBooking } from '../../src/modules/bookings/operations/request-booking.ts';
import { staticOffers, type ParticipationDeps } from '../../src/shared/deps.ts';
import { offerRefOf } from '../../src/modules/offers/loaders.ts';
import { upsertSchools } from '../../src/modules/schools/operations/upsert-schools.ts';
import { recordAmbitionTalk } from '../../src/modules/ambition-talks/operations/record-ambition-talk.ts';
import { cancelBooking } from '../../src/modules/bookings/operations/cancel-booking.ts';
import { declineBooking } from '../../src/modules/bookings/operations/decline-booking.ts';
import { evaluateBooking } from '../../src/modules/bookings/operations/evaluate-booking.ts';
import { recordEviResult } from '../../src/modules/evi/operations/record-evi-result.ts';
import { acceptAnswer, answerQuestion, askQuestion } from '../../src/modules/questions/operations/questions.ts';
import {
  approveProposal,
  joinCommunity,
  leaveCommunity,
  profileItem,
  proposeKnowledgeItem,
  rejectProposal,
  setMemberFindable,
  setModeration,
  type KnowledgePublisher,
} from '../../src/modules/members/operations.ts';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { registerParticipation } from '../../src/modules/schools/operations/register-participation.ts';
import { createApiKey as makeKey } from '../../src/shared/auth/api-keys.ts';
import { createApiKey, revokeApiKey, rotateApiKey } from '../../src/modules/integrations/operations/api-keys.ts';
import {
  disableWebhookEndpoint,
  enableWebhookEndpoint,
  redeliverWebhook,
  registerWebhookEndpoint,
  rotateWebhookSecret,
} from '../../src/modules/integrations/operations/webhooks.ts';
import { sandboxCancelBooking, sandboxEvaluateBooking, sandboxRequestBooking } from '../../src/modules/integrations/operations/sandbox.ts';
import { createCalendarFeed, revokeCalendarFeed } from '../../src/modules/calendar/operations/calendar-feeds.ts';
import { fanOut } from '../../src/modules/integrations/webhook-delivery.ts';
import { loadBooking } from '../../src/modules/bookings/apply-transition.ts';
import { actorOf, fieldRules, operationRules, type Actor, type FieldName, type OperationName } from '../../src/shared/policy.ts';
import { audiences, expectedOutcomes, expectedReaders, type Audience, type Outcome } from './expectations.ts';
import type { TableNames } from '../../src/sources/dynamodb/create-tables.ts';
import { buildCatalogue, projectCatalogue } from '../support/content-fixtures.ts';
import { startDynamoDbLocal, type TestDynamoDb } from '../support/dynamodb.ts';
import { createTestApi, type TestApi } from '../support/graphql.ts';

const schema = buildSchema(typeDefs);
const rootFields = (type: GraphQLObjectType | null | undefined, kind: 'Query' | 'Mutation') =>
  Object.keys(type?.getFields() ?? {}).map((f) => `${kind}.${f}`);
const schemaOperations = [...rootFields(schema.getQueryType(), 'Query'), ...rootFields(schema.getMutationType(), 'Mutation')];

// The seeded world, standing to each audience as the policy's matrix world does.
const NOW = new Date('2025-10-01T10:00:00Z');
const YEAR = '2025-2026';
const OWN_SCHOOL = '00AA00';
const OTHER_SCHOOL = '99ZZ99';
const base = buildCatalogue(80, 5);
const [ownPartner, otherPartner] = base.partners as [(typeof base.partners)[0], (typeof base.partners)[0]];
// Every offer belongs to the seeded partner and has no capacity limit, so each attempt can book a fresh one.
const catalogue = {
  ...base,
  offers: base.offers.map((o) => ({
    ...o,
    capacity: null,
    partner: { id: ownPartner.id, name: ownPartner.name, kind: ownPartner.partnerKind, municipalityCode: ownPartner.municipalityCode },
  })),
};
const viewers: Record<Audience, Viewer> = {
  anonymous: { role: 'ANONYMOUS' },
  school: { role: 'SCHOOL', schoolId: OWN_SCHOOL },
  otherSchool: { role: 'SCHOOL', schoolId: OTHER_SCHOOL },
  partner: { role: 'PARTNER', partnerId: ownPartner.id },
  otherPartner: { role: 'PARTNER', partnerId: otherPartner.id },
  advisor: { role: 'ADVISOR', regionId: 'region-hart' }, // GM0392 is in Hart
  otherAdvisor: { role: 'ADVISOR', regionId: 'region-kunstgebouw' },
  admin: { role: 'ADMIN' },
  member: { role: 'MEMBER', memberId: 'member-own' },
  otherMember: { role: 'MEMBER', memberId: 'member-other' },
  moderator: { role: 'MODERATOR', memberId: 'member-moderator' },
};

const admin: Viewer = { role: 'ADMIN' };
const regions = {
  municipalityCodes: async (id: string) => catalogue.regions.find((r) => r.id === id)?.municipalityCodes ?? [],
};
let deps: ParticipationDeps;
let nextOffer = 0;
let nextKey = 0;
const freshOffer = () => catalogue.offers[nextOffer++]!.id;

/** A booking of the seeded school for a fresh offer of the seeded partner, brought to a status. */
async function bookingIn(status: 'REQUESTED' | 'CONFIRMED' | 'HELD'): Promise<string> {
  const { id } = await requestBooking(deps, admin, {
    offerId: freshOffer(),
    schoolId: OWN_SCHOOL,
    groups: [{ grade: 5, pupils: 20, teacher: 'Meester Piet' }],
    idempotencyKey: `matrix-${++nextKey}`,
  });
  if (status !== 'REQUESTED') await confirmBooking(deps, admin, { id });
  if (status === 'HELD') await markBookingHeld(deps, admin, { id, pupilsReached: 20, heldOn: '2025-11-01' });
  return id;
}

type Data = Record<string, unknown>;
interface OperationCase {
  readonly query: string;
  /** Variables for one attempt; `fresh` when the attempt is expected to change state, so it gets its own object. */
  readonly vars?: (fresh: boolean) => Promise<Record<string, unknown>> | Record<string, unknown>;
  /** Lists: whether the seeded object is in the answer (else FILTERED). */
  readonly found?: (data: Data) => boolean;
}

let seededBooking = '';
/** A question the seeded member asked, answered by another member: the object of `asker` scope. */
let seededQuestion = { questionId: '', answerId: '' };
async function questionWithAnswer(): Promise<{ questionId: string; answerId: string }> {
  const question = await askQuestion(deps, viewers.member, {
    idempotencyKey: `matrix-question-${++nextKey}`,
    title: 'Hoe bereik je het speciaal onderwijs?',
    body: 'Wie heeft ervaring met een museumbezoek voor een so-klas?',
  });
  const answer = await answerQuestion(deps, viewers.otherMember, {
    idempotencyKey: `matrix-answer-${++nextKey}`,
    questionId: question.id,
    body: 'Wij werken met kleine groepjes en een vaste begeleider.',
  });
  return { questionId: question.id, answerId: answer.id };
}
const proposalInput = () => ({
  idempotencyKey: `matrix-proposal-${++nextKey}`,
  title: 'Werkvorm: samen een les ontwerpen',
  kind: 'WORK_FORM' as const,
  summary: 'Hoe een vakdocent en een groepsleerkracht samen een les maken.',
});
const freshProposal = async () => (await proposeKnowledgeItem(deps, viewers.member, proposalInput())).id;
let proposalForRefusals = '';
/** One proposal for the attempts that are expected to be refused (they must not decide it). */
const sharedProposal = async () => (proposalForRefusals ||= await freshProposal());
/** Stands in for the CMS write only: the matrix is about who may approve, the CMS path has its own test. */
const publisher: KnowledgePublisher = { publish: async (p) => `knowledge-from-${p.id}` };
const shared: Partial<Record<string, string>> = {};
/** One object per status for the attempts that are expected to be refused (they must not change it). */
const sharedBooking = async (status: 'REQUESTED' | 'CONFIRMED' | 'HELD') => (shared[status] ??= await bookingIn(status));
const bookingVars =
  (status: 'REQUESTED' | 'CONFIRMED' | 'HELD', extra: Record<string, unknown> = {}) =>
  async (fresh: boolean) => ({ id: fresh ? await bookingIn(status) : await sharedBooking(status), ...extra });

/** A key of the seeded partner: a fresh one for each attempt expected to change it, else one shared. */
let sharedKey: string | undefined;
const newKey = async () => (await makeKey({ ...deps.store, now: () => NOW }, { partnerId: ownPartner.id, name: 'matrix' })).record.keyId;
const keyVars = async (fresh: boolean) => ({ id: fresh ? await newKey() : (sharedKey ??= await newKey()) });

/** An endpoint of the seeded partner (nothing listens on port 9) with one delivery, number 1. */
const webhookDeps = () => ({ ...deps, rules: { local: true } });
let sharedEndpoint: string | undefined;
const newEndpoint = async () => {
  const { endpoint } = await registerWebhookEndpoint(webhookDeps(), admin, {
    partnerId: ownPartner.id,
    url: 'http://127.0.0.1:9/hook',
    eventTypes: ['REQUESTED'],
  });
  const booking = (await loadBooking(deps.store, seededBooking))!;
  await fanOut(webhookDeps(), { partnerId: ownPartner.id, sequence: 1, type: 'REQUESTED', at: NOW.toISOString(), booking });
  return endpoint.id;
};
const endpointVars = async (fresh: boolean) => ({ id: fresh ? await newEndpoint() : (sharedEndpoint ??= await newEndpoint()) });

/** A booking of the seeded partner's sandbox test school, brought to a status. */
const sandboxShared: Partial<Record<string, string>> = {};
async function sandboxIn(status: 'REQUESTED' | 'HELD'): Promise<string> {
  const { id } = await sandboxRequestBooking(deps, admin, {
    offerId: catalogue.offers[0]!.id,
    groups: [{ grade: 5, pupils: 20 }],
    idempotencyKey: `sandbox-${++nextKey}`,
  });
  if (status === 'HELD') {
    await confirmBooking(deps, admin, { id });
    await markBookingHeld(deps, admin, { id, pupilsReached: 20, heldOn: '2025-11-01' });
  }
  return id;
}
const sandboxVars = (status: 'REQUESTED' | 'HELD') => async (fresh: boolean) => ({
  id: fresh ? await sandboxIn(status) : (sandboxShared[status] ??= await sandboxIn(status)),
});

/** The seeded school's calendar feed, made when it has none (the revoke attempts and the field rule need one). */
const calendarDeps = () => ({ ...deps, calendarBaseUrl: 'http://localhost:4000' });
const ensureFeed = async () => {
  const { Item } = await deps.store.doc.send(
    new GetCommand({ TableName: deps.store.tableName, Key: { pk: `SCHOOL#${OWN_SCHOOL}`, sk: 'CALENDAR_FEED' } }),
  );
  if (!Item) await createCalendarFeed(calendarDeps(), admin, { schoolId: OWN_SCHOOL });
};

const eviInput = {
  schoolId: OWN_SCHOOL,
  schoolYear: YEAR,
  version: 'V2_0',
  completedOn: '2025-09-20',
  respondents: [{ role: 'DIRECTOR', count: 1 }],
  pillars: ['VISION', 'EXPERTISE', 'PROGRAMME', 'COLLABORATION'].map((pillar) => ({ pillar, scenario: 2 })),
};
const talkInput = {
  schoolId: OWN_SCHOOL,
  date: '2025-09-25',
  schoolType: 'PRIMARY',
  participants: ['directeur'],
  advisorId: 'advisor-1',
  goals: { selected: [] },
  currentState: { aspects: [] },
  ambition2028: {},
  agreements: { schoolYear: YEAR, items: [] },
};

/** One small operation per Query field and Mutation, with arguments from the seeded data. */
const cases: Record<string, OperationCase> = {
  'Query.offers': { query: '{ offers(first: 1) { totalCount } }' },
  'Query.offer': { query: `{ offer(id: "${catalogue.offers[0]!.id}") { id } }` },
  'Query.partners': { query: '{ partners(first: 1) { totalCount } }' },
  'Query.partner': { query: `{ partner(id: "${ownPartner.id}") { id } }` },
  'Query.projects': { query: '{ projects(first: 1) { totalCount } }' },
  'Query.project': { query: `{ project(id: "${catalogue.projects[0]!.id}") { id } }` },
  'Query.learningCommunities': { query: '{ learningCommunities(first: 1) { totalCount } }' },
  'Query.learningCommunity': { query: `{ learningCommunity(id: "${catalogue.communities[0]!.id}") { id } }` },
  'Query.knowledgeItems': { query: '{ knowledgeItems(first: 1) { totalCount facets { themes { value count } } } }' },
  'Query.knowledgeItem': { query: `{ knowledgeItem(id: "${catalogue.knowledgeItems[0]!.id}") { id } }` },
  'Query.regions': { query: '{ regions { id } }' },
  'Query.municipalities': { query: '{ municipalities { code } }' },
  'Query.me': { query: '{ me { role } }' },
  'Query.school': { query: `{ school(id: "${OWN_SCHOOL}") { id } }` },
  'Query.schools': {
    query: '{ schools(first: 100) { edges { node { id } } } }',
    found: (d) => (d.schools as { edges: { node: { id: string } }[] }).edges.some((e) => e.node.id === OWN_SCHOOL),
  },
  // The dates the school cannot do, its session and the agreed date travel with the booking: whoever sees it sees them.
  'Query.booking': {
    query: 'query($id: ID!) { booking(id: $id) { id blockedDates session { id } agreed { date } } }',
    vars: () => ({ id: seededBooking }),
  },
  'Query.regionReport': { query: '{ regionReport(regionId: "region-hart") { schoolYear } }' },
  'Query.questions': { query: '{ questions(first: 5) { totalCount } }' },
  'Query.question': { query: 'query($id: ID!) { question(id: $id) { id } }', vars: () => ({ id: seededQuestion.questionId }) },
  'Mutation.askQuestion': {
    query: 'mutation($input: AskQuestionInput!) { askQuestion(input: $input) { question { id } } }',
    vars: () => ({ input: { idempotencyKey: `gql-question-${++nextKey}`, title: 'Een vraag over co-teaching', body: 'Hoe begin je?' } }),
  },
  'Mutation.answerQuestion': {
    query: 'mutation($input: AnswerQuestionInput!) { answerQuestion(input: $input) { answer { id } } }',
    vars: () => ({ input: { idempotencyKey: `gql-answer-${++nextKey}`, questionId: seededQuestion.questionId, body: 'Begin klein.' } }),
  },
  'Mutation.acceptAnswer': {
    query: 'mutation($questionId: ID!, $answerId: ID!) { acceptAnswer(questionId: $questionId, answerId: $answerId) { question { id } } }',
    vars: async (fresh) => (fresh ? await questionWithAnswer() : seededQuestion),
  },
  'Query.members': { query: '{ members(first: 5) { totalCount } }' },
  'Query.memberAccounts': { query: '{ memberAccounts { id } }' },
  'Query.moderationQueue': { query: '{ moderationQueue { proposals { id } } }' },
  'Query.myProposals': { query: '{ myProposals { id } }' },
  'Mutation.setMemberFindable': { query: 'mutation { setMemberFindable(findable: true) { id } }', vars: () => ({ findable: true }) },
  'Mutation.joinCommunity': {
    query: 'mutation($communityId: ID!) { joinCommunity(communityId: $communityId) { joined } }',
    vars: () => ({ communityId: catalogue.communities[0]!.id }),
  },
  'Mutation.leaveCommunity': {
    query: 'mutation($communityId: ID!) { leaveCommunity(communityId: $communityId) { joined } }',
    vars: () => ({ communityId: catalogue.communities[1]!.id }),
  },
  'Mutation.proposeKnowledgeItem': {
    query: 'mutation($input: ProposeKnowledgeItemInput!) { proposeKnowledgeItem(input: $input) { proposal { id } } }',
    vars: () => ({ input: proposalInput() }),
  },
  'Mutation.approveProposal': {
    query: 'mutation($id: ID!) { approveProposal(id: $id) { proposal { id } } }',
    vars: async (fresh) => ({ id: fresh ? await freshProposal() : await sharedProposal() }),
  },
  'Mutation.rejectProposal': {
    query: 'mutation($id: ID!) { rejectProposal(id: $id) { proposal { id } } }',
    vars: async (fresh) => ({ id: fresh ? await freshProposal() : await sharedProposal() }),
  },
  'Mutation.hideContent': {
    query: 'mutation($kind: ModeratedKind!, $id: ID!) { hideContent(kind: $kind, id: $id) { moderation } }',
    vars: async () => ({ kind: 'ANSWER', id: (await questionWithAnswer()).answerId }),
  },
  'Mutation.showContent': {
    query: 'mutation($kind: ModeratedKind!, $id: ID!) { showContent(kind: $kind, id: $id) { moderation } }',
    vars: async () => ({ kind: 'ANSWER', id: (await questionWithAnswer()).answerId }),
  },
  'Query.municipalityFactsheet': { query: '{ municipalityFactsheet(municipalityCode: "GM0392") { fileName } }' },
  'Mutation.requestBooking': {
    query: 'mutation($input: RequestBookingInput!) { requestBooking(input: $input) { booking { id } } }',
    vars: () => ({
      input: { offerId: freshOffer(), schoolId: OWN_SCHOOL, groups: [{ grade: 4, pupils: 10 }], idempotencyKey: `gql-${++nextKey}` },
    }),
  },
  'Mutation.confirmBooking': {
    query:
      'mutation($id: ID!) { confirmBooking(id: $id, agreedDate: "2027-03-09", agreedStartTime: "10:00", agreedEndTime: "11:00") { booking { id agreed { date } } } }',
    vars: bookingVars('REQUESTED'),
  },
  'Mutation.declineBooking': {
    query: 'mutation($id: ID!) { declineBooking(id: $id, reason: "Vol") { booking { id } } }',
    vars: bookingVars('REQUESTED'),
  },
  'Mutation.cancelBooking': {
    query: 'mutation($id: ID!) { cancelBooking(id: $id, reason: OTHER) { booking { id } } }',
    vars: bookingVars('REQUESTED'),
  },
  'Mutation.markBookingHeld': {
    query: 'mutation($id: ID!) { markBookingHeld(id: $id, pupilsReached: 20, heldOn: "2025-11-02") { booking { id } } }',
    vars: bookingVars('CONFIRMED'),
  },
  'Mutation.evaluateBooking': {
    query: 'mutation($id: ID!) { evaluateBooking(id: $id, rating: 4) { booking { id } } }',
    vars: bookingVars('HELD'),
  },
  'Mutation.recordEviResult': {
    query: 'mutation($input: EviResultInput!) { recordEviResult(input: $input) { revision } }',
    vars: () => ({ input: eviInput }),
  },
  'Mutation.recordAmbitionTalk': {
    query: 'mutation($input: AmbitionTalkInput!) { recordAmbitionTalk(input: $input) { date } }',
    vars: () => ({ input: talkInput }),
  },
  'Mutation.registerParticipation': {
    query: 'mutation($input: ParticipationInput!) { registerParticipation(input: $input) { period } }',
    vars: () => ({ input: { schoolId: OWN_SCHOOL, trajectory: 'NETWORK', advisorId: 'advisor-1' } }),
  },
  'Mutation.createCalendarFeed': {
    query: 'mutation($schoolId: ID!) { createCalendarFeed(schoolId: $schoolId) { url createdAt } }',
    vars: () => ({ schoolId: OWN_SCHOOL }),
  },
  // A feed exists before each attempt, so an allowed revoke has something to revoke.
  'Mutation.revokeCalendarFeed': {
    query: 'mutation($schoolId: ID!) { revokeCalendarFeed(schoolId: $schoolId) }',
    vars: async () => {
      await ensureFeed();
      return { schoolId: OWN_SCHOOL };
    },
  },
  'Mutation.createApiKey': {
    query: 'mutation($partnerId: ID!) { createApiKey(partnerId: $partnerId, name: "matrix") { key apiKey { id } } }',
    vars: () => ({ partnerId: ownPartner.id }),
  },
  'Mutation.rotateApiKey': { query: 'mutation($id: ID!) { rotateApiKey(id: $id) { key } }', vars: keyVars },
  'Mutation.revokeApiKey': { query: 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }', vars: keyVars },
  'Mutation.registerWebhookEndpoint': {
    query:
      'mutation($partnerId: ID!) { registerWebhookEndpoint(partnerId: $partnerId, url: "http://127.0.0.1:9/hook", eventTypes: [CONFIRMED]) { secret } }',
    vars: () => ({ partnerId: ownPartner.id }),
  },
  'Mutation.rotateWebhookSecret': { query: 'mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret } }', vars: endpointVars },
  'Mutation.enableWebhookEndpoint': { query: 'mutation($id: ID!) { enableWebhookEndpoint(id: $id) { id } }', vars: endpointVars },
  'Mutation.disableWebhookEndpoint': { query: 'mutation($id: ID!) { disableWebhookEndpoint(id: $id) { id } }', vars: endpointVars },
  'Mutation.sandboxRequestBooking': {
    query:
      'mutation($offerId: ID!, $key: String!) { sandboxRequestBooking(offerId: $offerId, groups: [{ grade: 5, pupils: 10 }], idempotencyKey: $key) { booking { id sandbox } } }',
    vars: () => ({ offerId: catalogue.offers[1]!.id, key: `gql-sandbox-${++nextKey}` }),
  },
  'Mutation.sandboxCancelBooking': {
    query: 'mutation($id: ID!) { sandboxCancelBooking(id: $id, reason: OTHER) { booking { id } } }',
    vars: sandboxVars('REQUESTED'),
  },
  'Mutation.sandboxEvaluateBooking': {
    query: 'mutation($id: ID!) { sandboxEvaluateBooking(id: $id, rating: 5) { booking { id } } }',
    vars: sandboxVars('HELD'),
  },
  'Mutation.redeliverWebhook': {
    query: 'mutation($id: ID!) { redeliverWebhook(endpointId: $id, sequence: 1) { id attempts } }',
    vars: endpointVars,
  },
};

type Vars = Record<string, unknown>;
const idOf = (v: Vars) => v.id as string;
/** Each mutation called as an operation, with the same variables as its GraphQL case. */
const operations: Record<string, (actor: Actor, vars: Vars) => Promise<unknown>> = {
  'Mutation.askQuestion': (a, v) => askQuestion(deps, a, v.input as Parameters<typeof askQuestion>[2]),
  'Mutation.answerQuestion': (a, v) => answerQuestion(deps, a, v.input as Parameters<typeof answerQuestion>[2]),
  'Mutation.acceptAnswer': (a, v) => acceptAnswer(deps, a, v as Parameters<typeof acceptAnswer>[2]),
  'Mutation.setMemberFindable': (a, v) => setMemberFindable(deps, a, v as { findable: boolean }),
  'Mutation.joinCommunity': (a, v) => joinCommunity(deps, a, v as { communityId: string }),
  'Mutation.leaveCommunity': (a, v) => leaveCommunity(deps, a, v as { communityId: string }),
  'Mutation.proposeKnowledgeItem': (a, v) => proposeKnowledgeItem(deps, a, v.input as Parameters<typeof proposeKnowledgeItem>[2]),
  'Mutation.approveProposal': (a, v) => approveProposal({ ...deps, publisher }, a, { id: idOf(v) }),
  'Mutation.rejectProposal': (a, v) => rejectProposal(deps, a, { id: idOf(v) }),
  'Mutation.hideContent': (a, v) => setModeration(deps, a, v as { kind: 'ANSWER'; id: string }, 'HIDDEN'),
  'Mutation.showContent': (a, v) => setModeration(deps, a, v as { kind: 'ANSWER'; id: string }, 'VISIBLE'),
  'Mutation.requestBooking': (a, v) => requestBooking(deps, a, v.input as Parameters<typeof requestBooking>[2]),
  'Mutation.confirmBooking': (a, v) => confirmBooking(deps, a, { id: idOf(v) }),
  'Mutation.declineBooking': (a, v) => declineBooking(deps, a, { id: idOf(v), reason: 'Vol' }),
  'Mutation.cancelBooking': (a, v) => cancelBooking(deps, a, { id: idOf(v), reason: 'OTHER' }),
  'Mutation.markBookingHeld': (a, v) => markBookingHeld(deps, a, { id: idOf(v), pupilsReached: 20, heldOn: '2025-11-02' }),
  'Mutation.evaluateBooking': (a, v) => evaluateBooking(deps, a, { id: idOf(v), rating: 4 }),
  'Mutation.recordEviResult': (a, v) => recordEviResult(deps, a, v.input as Parameters<typeof recordEviResult>[2]),
  'Mutation.recordAmbitionTalk': (a, v) => recordAmbitionTalk(deps, a, v.input as Parameters<typeof recordAmbitionTalk>[2]),
  'Mutation.registerParticipation': (a, v) => registerParticipation(deps, a, v.input as Parameters<typeof registerParticipation>[2]),
  'Mutation.createCalendarFeed': (a, v) => createCalendarFeed(calendarDeps(), a, { schoolId: v.schoolId as string }),
  'Mutation.revokeCalendarFeed': (a, v) => revokeCalendarFeed(deps, a, { schoolId: v.schoolId as string }),
  'Mutation.createApiKey': (a, v) => createApiKey(deps, a, { partnerId: v.partnerId as string, name: 'matrix' }),
  'Mutation.rotateApiKey': (a, v) => rotateApiKey(deps, a, { id: idOf(v) }),
  'Mutation.revokeApiKey': (a, v) => revokeApiKey(deps, a, { id: idOf(v) }),
  'Mutation.registerWebhookEndpoint': (a, v) =>
    registerWebhookEndpoint(webhookDeps(), a, {
      partnerId: v.partnerId as string,
      url: 'http://127.0.0.1:9/hook',
      eventTypes: ['CONFIRMED'],
    }),
  'Mutation.rotateWebhookSecret': (a, v) => rotateWebhookSecret(webhookDeps(), a, { id: idOf(v) }),
  'Mutation.enableWebhookEndpoint': (a, v) => enableWebhookEndpoint(webhookDeps(), a, { id: idOf(v) }),
  'Mutation.disableWebhookEndpoint': (a, v) => disableWebhookEndpoint(webhookDeps(), a, { id: idOf(v) }),
  'Mutation.sandboxRequestBooking': (a, v) =>
    sandboxRequestBooking(deps, a, { offerId: v.offerId as string, groups: [{ grade: 5, pupils: 10 }], idempotencyKey: v.key as string }),
  'Mutation.sandboxCancelBooking': (a, v) => sandboxCancelBooking(deps, a, { id: idOf(v), reason: 'OTHER' }),
  'Mutation.sandboxEvaluateBooking': (a, v) => sandboxEvaluateBooking(deps, a, { id: idOf(v), rating: 5 }),
  'Mutation.redeliverWebhook': (a, v) => redeliverWebhook(webhookDeps(), a, { endpointId: idOf(v), sequence: 1 }),
};

/** Ways to reach each sensitive field on the seeded parent; a field is read when any way gives a value. */
const fieldPaths: Record<FieldName, { query: string; pick: (data: Data) => unknown }[]> = (() => {
  const onSchool = (selection: string, field: string) => [
    { query: `{ school(id: "${OWN_SCHOOL}") { ${selection} } }`, pick: (d: Data) => (d.school as Data | null)?.[field] },
    {
      query: 'query($id: ID!) { booking(id: $id) { school { ' + selection + ' } } }',
      pick: (d: Data) => ((d.booking as Data | null)?.school as Data | null)?.[field],
    },
  ];
  return {
    'Partner.contactPerson': [
      { query: `{ partner(id: "${ownPartner.id}") { contactPerson { name } } }`, pick: (d) => (d.partner as Data | null)?.contactPerson },
    ],
    'Offer.contactPerson': [
      {
        query: `{ offer(id: "${catalogue.offers[0]!.id}") { contactPerson { name } } }`,
        pick: (d) => (d.offer as Data | null)?.contactPerson,
      },
    ],
    'Partner.bookings': [
      { query: `{ partner(id: "${ownPartner.id}") { bookings { totalCount } } }`, pick: (d) => (d.partner as Data | null)?.bookings },
    ],
    'Partner.apiKeys': [
      { query: `{ partner(id: "${ownPartner.id}") { apiKeys { id } } }`, pick: (d) => (d.partner as Data | null)?.apiKeys },
    ],
    'Partner.webhookEndpoints': [
      {
        query: `{ partner(id: "${ownPartner.id}") { webhookEndpoints { id deliveries { id status } } } }`,
        pick: (d) => (d.partner as Data | null)?.webhookEndpoints,
      },
    ],
    'Partner.bookingChanges': [
      {
        query: `{ partner(id: "${ownPartner.id}") { bookingChanges { pageInfo { endCursor } } } }`,
        pick: (d) => (d.partner as Data | null)?.bookingChanges,
      },
    ],
    'LearningCommunity.members': [
      {
        query: `{ learningCommunity(id: "${catalogue.communities[0]!.id}") { members { id } } }`,
        pick: (d) => (d.learningCommunity as Data | null)?.members,
      },
    ],
    'School.participations': onSchool('participations { period }', 'participations'),
    'School.eviResults': onSchool('eviResults { schoolYear }', 'eviResults'),
    'School.ambitionTalks': onSchool('ambitionTalks { date }', 'ambitionTalks'),
    'School.ambitionTalkDrafts': onSchool('ambitionTalkDrafts { date }', 'ambitionTalkDrafts'),
    'School.bookings': onSchool('bookings { id }', 'bookings'),
    'School.pupilCount': onSchool('pupilCount', 'pupilCount'),
    'School.calendarFeed': onSchool('calendarFeed { createdAt }', 'calendarFeed'),
    'BookingGroup.teacher': [
      {
        query: 'query($id: ID!) { booking(id: $id) { groups { teacher } } }',
        pick: (d) => ((d.booking as Data | null)?.groups as Data[] | undefined)?.[0]?.teacher,
      },
      {
        query: `{ partner(id: "${ownPartner.id}") { bookings { edges { node { groups { teacher } } } } } }`,
        pick: (d) =>
          (((d.partner as Data | null)?.bookings as Data | null)?.edges as { node: { groups: Data[] } }[] | undefined)?.[0]?.node.groups[0]
            ?.teacher,
      },
    ],
  };
})();

describe('authorization matrix', () => {
  let db: TestDynamoDb;
  let tables: TableNames;
  let api: TestApi;

  beforeAll(async () => {
    db = await startDynamoDbLocal();
    tables = await db.createTestTables();
    await projectCatalogue({ doc: db.doc, tableName: tables.content }, catalogue);
    const store = { doc: db.doc, tableName: tables.participation, now: () => NOW };
    const school = (id: string, municipalityCode: string, municipalityName: string) => ({
      id,
      institutionCode: id.slice(0, 4),
      name: `School ${id}`,
      place: municipalityName,
      municipalityCode,
      municipalityName,
      kind: 'PO' as const,
      sector: 'BO' as const,
      sectors: ['BO' as const],
      pupils: 240,
    });
    await upsertSchools(store, [school(OWN_SCHOOL, 'GM0392', 'Haarlem'), school(OTHER_SCHOOL, 'GM0622', 'Vlaardingen')]);
    deps = { store, offers: staticOffers(catalogue.offers.map((o) => offerRefOf(o)!)), regions };
    seededBooking = await bookingIn('REQUESTED');
    seededQuestion = await questionWithAnswer();
    api = createTestApi(db.doc, tables, () => NOW);
    for (const [id, name] of [
      ['member-own', 'Lid Een (gegenereerd)'],
      ['member-other', 'Lid Twee (gegenereerd)'],
      ['member-moderator', 'Moderator (gegenereerd)'],
    ]) {
      const member = {
        id: id!,
        name: name!,
        role: 'ARTS_TEACHER' as const,
        expertise: ['dans'],
        wantsToLearn: [],
        findable: true,
        updatedAt: NOW.toISOString(),
      };
      await db.doc.send(new PutCommand({ TableName: tables.participation, Item: profileItem(member) }));
    }
    (api.services as { knowledgePublisher?: KnowledgePublisher }).knowledgePublisher = publisher;
  });
  afterAll(async () => db?.stop());

  it('covers every Query field and Mutation of the schema with a rule and an operation, and nothing else', () => {
    const missingRule = schemaOperations.filter((op) => !(op in operationRules));
    const missingCase = schemaOperations.filter((op) => !(op in cases));
    expect({ missingRule, missingCase }).toEqual({ missingRule: [], missingCase: [] });
    expect(Object.keys(operationRules).filter((op) => !schemaOperations.includes(op))).toEqual([]);
  });

  it('names a schema field in every field rule', () => {
    const unknown = Object.keys(fieldRules).filter((name) => {
      const [type, field] = name.split('.') as [string, string];
      const named = schema.getType(type) as GraphQLObjectType | undefined;
      return !named || !('getFields' in named) || !(field in named.getFields());
    });
    expect(unknown).toEqual([]);
  });

  const outcomeOf = async (operation: string, audience: Audience): Promise<Outcome | string> => {
    const rule = operationRules[operation as OperationName];
    const c = cases[operation]!;
    const fresh = expectedOutcomes[operation as OperationName][audience] === 'ALLOW' && rule.kind === 'mutation';
    const variables = c.vars ? await c.vars(fresh) : {};
    const result = await api.run<Data>(c.query, variables, { viewer: viewers[audience] });
    const code = result.errors?.[0]?.extensions?.code;
    if (code) return String(code);
    const data = result.data!;
    if (c.found) return c.found(data) ? 'ALLOW' : 'FILTERED';
    return Object.values(data).every((v) => v !== null) ? 'ALLOW' : 'NULL';
  };

  describe.each(schemaOperations.filter((op) => op in operationRules && op in cases))('%s', (operation) => {
    it('answers each audience as the policy says', async () => {
      const actual: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const audience of audiences) {
        actual[audience] = await outcomeOf(operation, audience);
        expected[audience] = expectedOutcomes[operation as OperationName][audience];
      }
      expect(actual).toEqual(expected);
    });
  });

  const operationOutcomeOf = async (operation: string, audience: Audience): Promise<Outcome | string> => {
    const fresh = expectedOutcomes[operation as OperationName][audience] === 'ALLOW';
    const c = cases[operation]!;
    const variables = c.vars ? await c.vars(fresh) : {};
    try {
      await operations[operation]!(await actorOf(viewers[audience], regions), variables);
      return 'ALLOW';
    } catch (error) {
      const code = (error as { extensions?: { code?: string } }).extensions?.code;
      if (!code) throw error;
      return code;
    }
  };

  it('calls every mutation as an operation too', () => {
    expect(Object.keys(operations).sort()).toEqual(schemaOperations.filter((op) => op.startsWith('Mutation.')).sort());
  });

  describe.each(Object.keys(operations))('%s as an operation', (operation) => {
    it('answers each audience as through GraphQL', async () => {
      const actual: Record<string, string> = {};
      for (const audience of audiences) actual[audience] = await operationOutcomeOf(operation, audience);
      expect(actual).toEqual(expectedOutcomes[operation as OperationName]);
    });
  });

  it('checks the object before the input on both paths, so bad input never tells whether someone else’s object exists', async () => {
    const id = await sharedBooking('HELD');
    const codeOf = async (audience: Audience) => {
      const graphql = await api.run<Data>(
        'mutation($id: ID!) { evaluateBooking(id: $id, rating: 9) { booking { id } } }',
        { id },
        {
          viewer: viewers[audience],
        },
      );
      let operation = 'ALLOW';
      try {
        await evaluateBooking(deps, await actorOf(viewers[audience], regions), { id, rating: 9 });
      } catch (error) {
        operation = String((error as { extensions?: { code?: string } }).extensions?.code);
      }
      return { graphql: graphql.errors?.[0]?.extensions?.code, operation };
    };
    expect(await codeOf('otherSchool')).toEqual({ graphql: 'NOT_FOUND', operation: 'NOT_FOUND' });
    expect(await codeOf('school')).toEqual({ graphql: 'BAD_USER_INPUT', operation: 'BAD_USER_INPUT' });
  });

  describe.each(Object.keys(fieldRules) as FieldName[])('field %s', (field) => {
    beforeAll(async () => {
      if (field === 'School.calendarFeed') await ensureFeed();
    });
    it('is read only by the audiences the policy allows', async () => {
      const actual: Record<string, boolean> = {};
      const expected: Record<string, boolean> = {};
      for (const audience of audiences) {
        let read = false;
        for (const path of fieldPaths[field]) {
          const result = await api.run<Data>(path.query, { id: seededBooking }, { viewer: viewers[audience] });
          const value = result.data ? path.pick(result.data) : undefined;
          if (value !== null && value !== undefined) read = true;
        }
        actual[audience] = read;
        expected[audience] = expectedReaders[field].includes(audience);
      }
      expect(actual).toEqual(expected);
    });
  });
});
