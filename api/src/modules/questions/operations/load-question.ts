import type { AnswerRecord, QuestionRecord } from '../../../domain/records.ts';
import { keys } from '../../../sources/dynamodb/keys.ts';
import { queryAll } from '../../../sources/dynamodb/query.ts';
import type { ParticipationStore } from '../../../sources/dynamodb/store.ts';

const strip = <T>(item: Record<string, unknown>): T => {
  const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g1s, gsi2pk: _g2, gsi2sk: _g2s, type: _type, ...rest } = item;
  return rest as T;
};

/** A question with its answers (oldest first), in one query of its partition. */
export async function loadQuestion(
  store: ParticipationStore,
  questionId: string,
): Promise<{ question: QuestionRecord; answers: AnswerRecord[] } | null> {
  const items = await queryAll(store, {
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': keys.question(questionId).pk },
    ConsistentRead: true,
  });
  const question = items.find((i) => i.sk === 'QUESTION');
  if (!question) return null;
  const answers = items
    .filter((i) => String(i.sk).startsWith('ANSWER#'))
    .map((i) => strip<AnswerRecord>(i))
    .sort((a, b) => a.answeredAt.localeCompare(b.answeredAt) || a.id.localeCompare(b.id));
  return { question: strip<QuestionRecord>(question), answers };
}

export const questionFromItem = (item: Record<string, unknown>): QuestionRecord => strip<QuestionRecord>(item);
