import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/domain/viewer.ts';
import { scanAll } from '../../src/sources/dynamodb/query.ts';
import { startDynamoDbLocal, type TestDynamoDb } from '../support/dynamodb.ts';
import { createTestApi, type TestApi } from '../support/graphql.ts';
import { buildCatalogue, projectCatalogue } from '../support/content-fixtures.ts';

const asker: Viewer = { role: 'MEMBER', memberId: 'm-rik' };
const colleague: Viewer = { role: 'MEMBER', memberId: 'm-samira' };
const ASK = 'mutation($input: AskQuestionInput!) { askQuestion(input: $input) { question { id title answerCount } } }';
const ANSWER = 'mutation($input: AnswerQuestionInput!) { answerQuestion(input: $input) { answer { id } question { answerCount } } }';
const ACCEPT =
  'mutation($q: ID!, $a: ID!) { acceptAnswer(questionId: $q, answerId: $a) { question { acceptedAnswerId answers { id accepted } } } }';
const input = { idempotencyKey: 'vraag-0001', title: 'Hoe bereik je het speciaal onderwijs?', body: 'Wie heeft ervaring?' };

describe('questions and answers on DynamoDB Local', () => {
  let db: TestDynamoDb;
  let api: TestApi;
  let table: { doc: TestDynamoDb['doc']; tableName: string };
  const count = async (type: string) => (await scanAll(table)).filter((i) => i.type === type).length;

  beforeAll(async () => {
    db = await startDynamoDbLocal();
    const tables = await db.createTestTables();
    await projectCatalogue({ doc: db.doc, tableName: tables.content }, buildCatalogue(5, 3));
    table = { doc: db.doc, tableName: tables.participation };
    api = createTestApi(db.doc, tables);
  });
  afterAll(async () => db?.stop());

  it('a retried askQuestion makes one question; the same key with another text is refused', async () => {
    const first = await api.run<{ askQuestion: { question: { id: string } } }>(ASK, { input }, { viewer: asker });
    const again = await api.run<{ askQuestion: { question: { id: string } } }>(ASK, { input }, { viewer: asker });
    expect(first.errors).toBeUndefined();
    expect(again.data!.askQuestion.question.id).toBe(first.data!.askQuestion.question.id);
    expect(await count('Question')).toBe(1);
    const other = await api.run(ASK, { input: { ...input, body: 'Iets anders' } }, { viewer: asker });
    expect(other.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await count('Question')).toBe(1);
  });

  it('bad input answers BAD_USER_INPUT and writes nothing', async () => {
    const short = await api.run(ASK, { input: { ...input, idempotencyKey: 'vraag-0002', title: 'Kort' } }, { viewer: asker });
    expect(short.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const community = await api.run(ASK, { input: { ...input, idempotencyKey: 'vraag-0003', communityId: 'nope' } }, { viewer: asker });
    expect(community.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await api.run(
      ANSWER,
      { input: { idempotencyKey: 'antwoord-01', questionId: 'nope', body: 'Hallo' } },
      { viewer: colleague },
    );
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect({ questions: await count('Question'), answers: await count('Answer'), keys: await count('Idempotency') }).toEqual({
      questions: 1,
      answers: 0,
      keys: 1,
    });
  });

  it('another member answers, only the asker accepts, and anonymous callers read nothing', async () => {
    const asked = await api.run<{ askQuestion: { question: { id: string } } }>(ASK, { input }, { viewer: asker });
    const q = asked.data!.askQuestion.question.id;
    const answered = await api.run<{ answerQuestion: { answer: { id: string }; question: { answerCount: number } } }>(
      ANSWER,
      { input: { idempotencyKey: 'antwoord-02', questionId: q, body: 'Kleine groepjes en een vaste begeleider.' } },
      { viewer: colleague },
    );
    expect(answered.data!.answerQuestion.question.answerCount).toBe(1);
    const a = answered.data!.answerQuestion.answer.id;
    const byColleague = await api.run(ACCEPT, { q, a }, { viewer: colleague });
    expect(byColleague.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byAsker = await api.run<{
      acceptAnswer: { question: { acceptedAnswerId: string; answers: { id: string; accepted: boolean }[] } };
    }>(ACCEPT, { q, a }, { viewer: asker });
    expect(byAsker.data!.acceptAnswer.question).toEqual({ acceptedAnswerId: a, answers: [{ id: a, accepted: true }] });
    const anonymous = await api.run('{ questions { totalCount } }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
