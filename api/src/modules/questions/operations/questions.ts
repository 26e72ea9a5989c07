import { createHash } from 'node:crypto';
import type { AnswerRecord, QuestionRecord } from '../../../domain/records.ts';
import type { ParticipationDeps } from '../../../shared/deps.ts';
import { notFound, UserFacingError } from '../../../shared/errors.ts';
import { authorize, type Actor } from '../../../shared/policy.ts';
import { parseInput } from '../../../shared/validate.ts';
import { indexKeys, keys } from '../../../sources/dynamodb/keys.ts';
import { getItem } from '../../../sources/dynamodb/query.ts';
import { nowOf } from '../../../sources/dynamodb/store.ts';
import { transactWrite, type TransactItem } from '../../../sources/dynamodb/transact.ts';
import {
  acceptAnswerInput,
  answerQuestionInput,
  askQuestionInput,
  type AcceptAnswerInput,
  type AnswerQuestionInput,
  type AskQuestionInput,
} from '../inputs.ts';
import { loadQuestion } from './load-question.ts';

/** As long as a booking's idempotency record: longer than any client's retry window. */
const IDEMPOTENCY_TTL_SECONDS = 7 * 24 * 3600;

/** The knowledge platform's own checks: whether a community exists (published content). */
export interface CommunityLookup {
  exists(communityId: string): Promise<boolean>;
}

export interface QuestionDeps extends ParticipationDeps {
  readonly communities?: CommunityLookup;
}

/** Ids follow from the member and the idempotency key, so a retry after the record expired still writes once. */
export const derivedId = (kind: string, memberId: string, idempotencyKey: string) =>
  createHash('sha256').update(`${kind}\u0000${memberId}\u0000${idempotencyKey}`).digest('hex').slice(0, 24);
export const hashOf = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

function memberOf(actor: Actor): string {
  // Admin has no member profile: it writes under its role's name.
  return actor.memberId ?? actor.role.toLowerCase();
}

/**
 * A first write under an idempotency key, or the replay of it: the record and the new item go in
 * one transaction, so a retry finds either both or neither.
 */
export async function writeOnce<T>(
  deps: ParticipationDeps,
  memberId: string,
  idempotencyKey: string,
  requestHash: string,
  writes: TransactItem[],
  replay: () => Promise<T | null>,
): Promise<T> {
  const { store } = deps;
  const recordKey = keys.idempotency(`member:${memberId}`, idempotencyKey);
  const check = async () => {
    const record = await getItem(store, recordKey, { consistent: true });
    if (!record) return null;
    if (record.requestHash !== requestHash)
      throw new UserFacingError('BAD_USER_INPUT', 'This idempotency key was already used for a different text.', {
        field: 'idempotencyKey',
      });
    const found = await replay();
    if (!found) throw new Error('Idempotency record without its item');
    return found;
  };
  const known = await check();
  if (known) return known;
  const now = nowOf(store);
  const result = await transactWrite(store, [
    {
      Put: {
        TableName: store.tableName,
        Item: {
          ...recordKey,
          type: 'Idempotency',
          requestHash,
          createdAt: now.toISOString(),
          expiresAt: Math.floor(now.getTime() / 1000) + IDEMPOTENCY_TTL_SECONDS,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    ...writes,
  ]);
  if (result.ok) return (await replay())!;
  // The idempotency record (index 0) was there already: a concurrent retry won; answer its result.
  if (result.failed[0]) return (await check())!;
  throw notFound();
}

export async function askQuestion(deps: QuestionDeps, actor: Actor, raw: AskQuestionInput): Promise<QuestionRecord> {
  authorize(actor, 'Mutation.askQuestion', undefined, deps.logger);
  const input = parseInput(askQuestionInput, raw);
  if (input.communityId && deps.communities && !(await deps.communities.exists(input.communityId))) {
    throw new UserFacingError('BAD_USER_INPUT', 'communityId: there is no published learning community with this id.', {
      field: 'communityId',
    });
  }
  const askerId = memberOf(actor);
  const id = derivedId('question', askerId, input.idempotencyKey);
  const question: QuestionRecord = {
    id,
    askerId,
    title: input.title,
    body: input.body,
    ...(input.communityId ? { communityId: input.communityId } : {}),
    themes: [...new Set(input.themes ?? [])],
    askedAt: nowOf(deps.store).toISOString(),
    answerCount: 0,
    moderation: 'VISIBLE',
  };
  const requestHash = hashOf([input.title, input.body, input.communityId ?? null, question.themes]);
  return writeOnce(
    deps,
    askerId,
    input.idempotencyKey,
    requestHash,
    [
      {
        Put: {
          TableName: deps.store.tableName,
          Item: { ...keys.question(id), ...indexKeys.question(question), type: 'Question', ...question },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ],
    async () => (await loadQuestion(deps.store, id))?.question ?? null,
  );
}

export async function answerQuestion(deps: QuestionDeps, actor: Actor, raw: AnswerQuestionInput): Promise<AnswerRecord> {
  authorize(actor, 'Mutation.answerQuestion', undefined, deps.logger);
  const input = parseInput(answerQuestionInput, raw);
  const answererId = memberOf(actor);
  const id = derivedId('answer', answererId, input.idempotencyKey);
  const answer: AnswerRecord = {
    id,
    questionId: input.questionId,
    answererId,
    body: input.body,
    answeredAt: nowOf(deps.store).toISOString(),
    moderation: 'VISIBLE',
  };
  const TableName = deps.store.tableName;
  return writeOnce(
    deps,
    answererId,
    input.idempotencyKey,
    hashOf([input.questionId, input.body]),
    [
      {
        Put: {
          TableName,
          Item: { ...keys.answer(input.questionId, id), type: 'Answer', ...answer },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        // Where the answer lives, for moderation by answer id.
        Put: { TableName, Item: { pk: `ANSWER#${id}`, sk: 'REF', type: 'AnswerRef', questionId: input.questionId } },
      },
      {
        // A hidden or missing question takes no answers; its count moves with the answer, in the same transaction.
        Update: {
          TableName,
          Key: keys.question(input.questionId),
          UpdateExpression: 'ADD answerCount :one',
          ConditionExpression: 'attribute_exists(pk) AND moderation = :visible',
          ExpressionAttributeValues: { ':one': 1, ':visible': 'VISIBLE' },
        },
      },
    ],
    async () => (await loadQuestion(deps.store, input.questionId))?.answers.find((a) => a.id === id) ?? null,
  );
}

/** The asker (or a moderator) marks one answer as the accepted one; accepting another replaces it. */
export async function acceptAnswer(deps: QuestionDeps, actor: Actor, raw: AcceptAnswerInput): Promise<QuestionRecord> {
  authorize(actor, 'Mutation.acceptAnswer', undefined, deps.logger);
  const input = parseInput(acceptAnswerInput, raw);
  const found = await loadQuestion(deps.store, input.questionId);
  if (!found || (found.question.moderation === 'HIDDEN' && actor.role === 'MEMBER')) throw notFound();
  authorize(actor, 'Mutation.acceptAnswer', { kind: 'question', askerId: found.question.askerId }, deps.logger);
  if (!found.answers.some((a) => a.id === input.answerId && a.moderation === 'VISIBLE')) throw notFound();
  const TableName = deps.store.tableName;
  const result = await transactWrite(deps.store, [
    {
      ConditionCheck: {
        TableName,
        Key: keys.answer(input.questionId, input.answerId),
        ConditionExpression: 'attribute_exists(pk) AND moderation = :visible',
        ExpressionAttributeValues: { ':visible': 'VISIBLE' },
      },
    },
    {
      Update: {
        TableName,
        Key: keys.question(input.questionId),
        UpdateExpression: 'SET acceptedAnswerId = :answer',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':answer': input.answerId },
      },
    },
  ]);
  if (!result.ok) throw notFound();
  return (await loadQuestion(deps.store, input.questionId))!.question;
}
