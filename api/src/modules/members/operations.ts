import { z } from 'zod/v3';
import type { AnswerRecord, ModerationState, QuestionRecord } from '../../domain/records.ts';
import { notFound, UserFacingError } from '../../shared/errors.ts';
import { authorize, type Actor } from '../../shared/policy.ts';
import { parseInput } from '../../shared/validate.ts';
import { keys } from '../../sources/dynamodb/keys.ts';
import { getItem, queryAll, queryIndex, type Item } from '../../sources/dynamodb/query.ts';
import { nowOf } from '../../sources/dynamodb/store.ts';
import { transactWrite } from '../../sources/dynamodb/transact.ts';
import { derivedId, hashOf, writeOnce, type QuestionDeps } from '../questions/operations/questions.ts';
import { loadQuestion } from '../questions/operations/load-question.ts';
import type { MemberRecord, ProposalRecord } from './mappers.ts';
import { documents } from '../../sources/dynamodb/sdk.ts';

const { DeleteCommand, GetCommand, PutCommand } = documents;

/**
 * Member profiles, community memberships and proposals live in DynamoDB next to questions and
 * answers: members write them through the API (consent, join, propose), and personal data must
 * never enter the public CMS projection that anonymous callers read.
 */
export const memberKeys = {
  profile: (memberId: string) => ({ pk: `MEMBER#${memberId}`, sk: 'PROFILE' }),
  membership: (communityId: string, memberId: string) => ({ pk: `COMMUNITY#${communityId}#MEMBERS`, sk: `MEMBER#${memberId}` }),
  proposal: (id: string) => ({ pk: `PROPOSAL#${id}`, sk: 'PROPOSAL' }),
};

/** Which question an answer belongs to: written with the answer, so hideContent(ANSWER) finds its partition. */
export const answerRefKey = (answerId: string) => ({ pk: `ANSWER#${answerId}`, sk: 'REF' });

const strip = <T>(item: Item): T => {
  const { pk: _pk, sk: _sk, gsi1pk: _a, gsi1sk: _b, gsi2pk: _c, gsi2sk: _d, type: _t, ...rest } = item;
  return rest as T;
};

const memberIdOf = (actor: Actor): string => {
  if (!actor.memberId) throw new UserFacingError('FORBIDDEN', 'Only a member with a member id can do this.');
  return actor.memberId;
};

/** gsi1: every profile by name (the members query filters on consent). */
export const profileItem = (m: MemberRecord): Item => ({
  ...memberKeys.profile(m.id),
  gsi1pk: 'MEMBERS',
  gsi1sk: `${m.name.toLowerCase()}#${m.id}`,
  type: 'Member',
  ...m,
});

export async function loadMember(deps: QuestionDeps, memberId: string): Promise<MemberRecord | null> {
  const item = await getItem(deps.store, memberKeys.profile(memberId), { consistent: true });
  return item ? strip<MemberRecord>(item) : null;
}

export async function listMembers(deps: QuestionDeps): Promise<MemberRecord[]> {
  return (await queryIndex(deps.store, 'gsi1', 'MEMBERS')).map((i) => strip<MemberRecord>(i));
}

export async function setMemberFindable(deps: QuestionDeps, actor: Actor, raw: { findable: boolean }): Promise<MemberRecord> {
  authorize(actor, 'Mutation.setMemberFindable', undefined, deps.logger);
  const { findable } = parseInput(z.object({ findable: z.boolean() }), raw);
  const memberId = memberIdOf(actor);
  const result = await transactWrite(deps.store, [
    {
      Update: {
        TableName: deps.store.tableName,
        Key: memberKeys.profile(memberId),
        UpdateExpression: 'SET findable = :f, updatedAt = :now',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':f': findable, ':now': nowOf(deps.store).toISOString() },
      },
    },
  ]);
  if (!result.ok) throw new UserFacingError('NOT_FOUND', 'You have no member profile yet; an editor creates it.');
  return (await loadMember(deps, memberId))!;
}

const communityIdInput = z.object({ communityId: z.string().trim().min(1).max(64) });

async function checkCommunity(deps: QuestionDeps, communityId: string) {
  if (deps.communities && !(await deps.communities.exists(communityId)))
    throw new UserFacingError('BAD_USER_INPUT', 'communityId: there is no published learning community with this id.', {
      field: 'communityId',
    });
}

/** Joining twice leaves one membership (the item's key is the member), leaving twice is no error. */
export async function joinCommunity(
  deps: QuestionDeps,
  actor: Actor,
  raw: { communityId: string },
): Promise<{ communityId: string; joined: boolean }> {
  authorize(actor, 'Mutation.joinCommunity', undefined, deps.logger);
  const { communityId } = parseInput(communityIdInput, raw);
  const memberId = memberIdOf(actor);
  await checkCommunity(deps, communityId);
  await deps.store.doc.send(
    new PutCommand({
      TableName: deps.store.tableName,
      Item: {
        ...memberKeys.membership(communityId, memberId),
        type: 'Membership',
        communityId,
        memberId,
        joinedAt: nowOf(deps.store).toISOString(),
      },
    }),
  );
  return { communityId, joined: true };
}

export async function leaveCommunity(
  deps: QuestionDeps,
  actor: Actor,
  raw: { communityId: string },
): Promise<{ communityId: string; joined: boolean }> {
  authorize(actor, 'Mutation.leaveCommunity', undefined, deps.logger);
  const { communityId } = parseInput(communityIdInput, raw);
  const memberId = memberIdOf(actor);
  await checkCommunity(deps, communityId);
  await deps.store.doc.send(new DeleteCommand({ TableName: deps.store.tableName, Key: memberKeys.membership(communityId, memberId) }));
  return { communityId, joined: false };
}

export async function communityMemberIds(deps: QuestionDeps, communityId: string): Promise<string[]> {
  const items = await queryAll(deps.store, {
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': `COMMUNITY#${communityId}#MEMBERS` },
  });
  return items.map((i) => String(i.memberId));
}

const text = (min: number, max: number) =>
  z.string().trim().min(min, `write at least ${min} characters`).max(max, `at most ${max} characters`);
const proposeInput = z.object({
  idempotencyKey: z.string().trim().min(8, 'use at least 8 characters').max(100),
  // The CMS's limits of a knowledge item, so an approved proposal always fits.
  title: text(5, 160),
  kind: z.enum([
    'PRACTICE_EXAMPLE',
    'WORK_FORM',
    'RESEARCH_SUMMARY',
    'PUBLICATION',
    'PODCAST',
    'VIDEO',
    'FACTSHEET',
    'LESSON_LEARNED',
    'GUIDELINE',
  ]),
  summary: text(1, 400),
  body: z.string().trim().max(20000).nullish(),
  themes: z.array(z.string().trim().min(1).max(64)).max(10).nullish(),
  disciplines: z.array(z.string().min(1).max(64)).max(10).nullish(),
  sectors: z.array(z.string().min(1).max(64)).max(10).nullish(),
  communityId: z.string().trim().min(1).max(64).nullish(),
  links: z
    .array(
      z.object({
        label: text(1, 200),
        url: z
          .string()
          .trim()
          .url('a full http(s) address')
          .refine((u) => /^https?:\/\//.test(u), 'a full http(s) address'),
      }),
    )
    .max(20)
    .nullish(),
});
export type ProposeInput = z.input<typeof proposeInput>;

export async function loadProposal(deps: QuestionDeps, id: string): Promise<ProposalRecord | null> {
  const item = await getItem(deps.store, memberKeys.proposal(id), { consistent: true });
  return item ? strip<ProposalRecord>(item) : null;
}

/** gsi1: proposals by status (the queue, oldest first); gsi2: a member's own (newest first in code). */
const proposalItem = (p: ProposalRecord): Item => ({
  ...memberKeys.proposal(p.id),
  gsi1pk: `PROPOSALS#${p.status}`,
  gsi1sk: `${p.proposedAt}#${p.id}`,
  gsi2pk: `MEMBER#${p.proposerId}#PROPOSALS`,
  gsi2sk: `${p.proposedAt}#${p.id}`,
  type: 'Proposal',
  ...p,
});

export async function proposeKnowledgeItem(deps: QuestionDeps, actor: Actor, raw: ProposeInput): Promise<ProposalRecord> {
  authorize(actor, 'Mutation.proposeKnowledgeItem', undefined, deps.logger);
  const input = parseInput(proposeInput, raw);
  if (input.communityId) await checkCommunity(deps, input.communityId);
  const proposerId = actor.memberId ?? actor.role.toLowerCase();
  const id = derivedId('proposal', proposerId, input.idempotencyKey);
  const proposal: ProposalRecord = {
    id,
    proposerId,
    title: input.title,
    kind: input.kind,
    summary: input.summary,
    ...(input.body ? { body: input.body } : {}),
    themes: [...new Set(input.themes ?? [])],
    disciplines: [...new Set(input.disciplines ?? [])],
    sectors: [...new Set(input.sectors ?? [])],
    ...(input.communityId ? { communityId: input.communityId } : {}),
    links: input.links ?? [],
    status: 'PROPOSED',
    proposedAt: nowOf(deps.store).toISOString(),
  };
  const { id: _id, proposedAt: _at, ...content } = proposal;
  return writeOnce(
    deps,
    proposerId,
    input.idempotencyKey,
    hashOf(content),
    [{ Put: { TableName: deps.store.tableName, Item: proposalItem(proposal), ConditionExpression: 'attribute_not_exists(pk)' } }],
    () => loadProposal(deps, id),
  );
}

export async function myProposals(deps: QuestionDeps, actor: Actor): Promise<ProposalRecord[]> {
  authorize(actor, 'Query.myProposals', undefined, deps.logger);
  const proposerId = actor.memberId ?? actor.role.toLowerCase();
  const items = await queryIndex(deps.store, 'gsi2', `MEMBER#${proposerId}#PROPOSALS`);
  return items.map((i) => strip<ProposalRecord>(i)).sort((a, b) => b.proposedAt.localeCompare(a.proposedAt));
}

/** Publishes a proposal in the CMS and answers the new knowledge item's documentId. */
export interface KnowledgePublisher {
  publish(proposal: ProposalRecord): Promise<string>;
}

async function decide(
  deps: QuestionDeps,
  proposal: ProposalRecord,
  status: 'APPROVED' | 'REJECTED',
  extra: { knowledgeItemId?: string; rejectionReason?: string },
): Promise<ProposalRecord> {
  const decided: ProposalRecord = { ...proposal, ...extra, status, decidedAt: nowOf(deps.store).toISOString() };
  const result = await transactWrite(deps.store, [
    {
      Put: {
        TableName: deps.store.tableName,
        Item: proposalItem(decided),
        ConditionExpression: '#s = :proposed',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':proposed': 'PROPOSED' },
      },
    },
  ]);
  if (!result.ok) throw new UserFacingError('INVALID_TRANSITION', 'This proposal was already decided.');
  return decided;
}

const idInput = z.object({ id: z.string().trim().min(1).max(64) });

export async function rejectProposal(
  deps: QuestionDeps,
  actor: Actor,
  raw: { id: string; reason?: string | null },
): Promise<ProposalRecord> {
  authorize(actor, 'Mutation.rejectProposal', undefined, deps.logger);
  const input = parseInput(idInput.extend({ reason: z.string().trim().max(1000).nullish() }), raw);
  const proposal = await loadProposal(deps, input.id);
  if (!proposal) throw notFound();
  if (proposal.status !== 'PROPOSED')
    throw new UserFacingError('INVALID_TRANSITION', `This proposal is ${proposal.status.toLowerCase()} already.`);
  return decide(deps, proposal, 'REJECTED', input.reason ? { rejectionReason: input.reason } : {});
}

/**
 * The CMS write comes first: when it fails, the proposal stays PROPOSED (nothing half-written
 * here); when the DynamoDB decision then loses a race, the item exists in the CMS once and the
 * error says so.
 */
export async function approveProposal(
  deps: QuestionDeps & { publisher?: KnowledgePublisher },
  actor: Actor,
  raw: { id: string },
): Promise<ProposalRecord> {
  authorize(actor, 'Mutation.approveProposal', undefined, deps.logger);
  const input = parseInput(idInput, raw);
  const proposal = await loadProposal(deps, input.id);
  if (!proposal) throw notFound();
  if (proposal.status !== 'PROPOSED')
    throw new UserFacingError('INVALID_TRANSITION', `This proposal is ${proposal.status.toLowerCase()} already.`);
  if (!deps.publisher) throw new UserFacingError('INTERNAL_SERVER_ERROR', 'The CMS cannot be reached to publish this proposal.');
  const knowledgeItemId = await deps.publisher.publish(proposal);
  return decide(deps, proposal, 'APPROVED', { knowledgeItemId });
}

export async function moderationQueue(deps: QuestionDeps, actor: Actor) {
  authorize(actor, 'Query.moderationQueue', undefined, deps.logger);
  const proposals = (await queryIndex(deps.store, 'gsi1', 'PROPOSALS#PROPOSED')).map((i) => strip<ProposalRecord>(i));
  const hiddenQuestions = (await queryIndex(deps.store, 'gsi1', 'QUESTIONS'))
    .map((i) => strip<QuestionRecord>(i))
    .filter((q) => q.moderation === 'HIDDEN');
  const hiddenAnswers = (await queryIndex(deps.store, 'gsi1', 'HIDDEN_ANSWERS')).map((i) => ({
    ...strip<AnswerRecord>(i),
    accepted: false,
  }));
  return { proposals, hiddenQuestions, hiddenAnswers };
}

const moderateInput = z.object({ kind: z.enum(['QUESTION', 'ANSWER']), id: z.string().trim().min(1).max(64) });

/** Hides or shows a question or answer; the state is set in one conditional update (or NOT_FOUND). */
export async function setModeration(
  deps: QuestionDeps,
  actor: Actor,
  raw: { kind: 'QUESTION' | 'ANSWER'; id: string },
  moderation: ModerationState,
): Promise<{ kind: 'QUESTION' | 'ANSWER'; id: string; moderation: ModerationState }> {
  authorize(actor, moderation === 'HIDDEN' ? 'Mutation.hideContent' : 'Mutation.showContent', undefined, deps.logger);
  const input = parseInput(moderateInput, raw);
  const TableName = deps.store.tableName;
  if (input.kind === 'QUESTION') {
    const result = await transactWrite(deps.store, [
      {
        Update: {
          TableName,
          Key: keys.question(input.id),
          UpdateExpression: 'SET moderation = :m',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':m': moderation },
        },
      },
    ]);
    if (!result.ok) throw notFound();
  } else {
    // An answer id alone does not name its question's partition: the answers carry their question id.
    const ref = (await deps.store.doc.send(new GetCommand({ TableName, Key: answerRefKey(input.id), ConsistentRead: true }))).Item;
    const hit = ref ? (await loadQuestion(deps.store, String(ref.questionId)))?.answers.find((a) => a.id === input.id) : undefined;
    if (!hit) throw notFound();
    const answeredAt = String(hit.answeredAt);
    const result = await transactWrite(deps.store, [
      {
        Update: {
          TableName,
          Key: keys.answer(String(hit.questionId), input.id),
          UpdateExpression:
            moderation === 'HIDDEN' ? 'SET moderation = :m, gsi1pk = :g, gsi1sk = :s' : 'SET moderation = :m REMOVE gsi1pk, gsi1sk',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues:
            moderation === 'HIDDEN'
              ? { ':m': moderation, ':g': 'HIDDEN_ANSWERS', ':s': `${answeredAt}#${input.id}` }
              : { ':m': moderation },
        },
      },
    ]);
    if (!result.ok) throw notFound();
  }
  return { ...input, moderation };
}
