import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/domain/viewer.ts';
import { profileItem } from '../../src/modules/members/operations.ts';
import type { MemberRecord } from '../../src/modules/members/mappers.ts';
import { scanAll } from '../../src/sources/dynamodb/query.ts';
import { startDynamoDbLocal, type TestDynamoDb } from '../support/dynamodb.ts';
import { createTestApi, type TestApi } from '../support/graphql.ts';
import { buildCatalogue, projectCatalogue } from '../support/content-fixtures.ts';

const anna: Viewer = { role: 'MEMBER', memberId: 'm-anna' };
const bram: Viewer = { role: 'MEMBER', memberId: 'm-bram' };
const moderator: Viewer = { role: 'MODERATOR', memberId: 'm-mod' };
const profile = (id: string, name: string, findable: boolean, expertise: string[]): MemberRecord => ({
  id,
  name,
  role: 'ARTS_TEACHER',
  organisation: 'Voorbeeldschool (gegenereerd)',
  expertise,
  wantsToLearn: ['co-teaching'],
  findable,
  updatedAt: '2025-10-01T10:00:00.000Z',
});
const catalogue = buildCatalogue(5, 3);
const community = catalogue.communities[0]!.id;
const PROPOSE = 'mutation($input: ProposeKnowledgeItemInput!) { proposeKnowledgeItem(input: $input) { proposal { id status } } }';
const proposal = {
  idempotencyKey: 'voorstel-0001',
  title: 'Werkvorm: samen ontwerpen',
  kind: 'WORK_FORM',
  summary: 'Een les met twee docenten.',
};

describe('members, consent, communities and moderation on DynamoDB Local', () => {
  let db: TestDynamoDb;
  let api: TestApi;
  let table: { doc: TestDynamoDb['doc']; tableName: string };
  const count = async (type: string) => (await scanAll(table)).filter((i) => i.type === type).length;

  beforeAll(async () => {
    db = await startDynamoDbLocal();
    const tables = await db.createTestTables();
    await projectCatalogue({ doc: db.doc, tableName: tables.content }, catalogue);
    table = { doc: db.doc, tableName: tables.participation };
    for (const m of [profile('m-anna', 'Anna (gegenereerd)', true, ['Dans']), profile('m-bram', 'Bram (gegenereerd)', false, ['muziek'])])
      await db.doc.send(new PutCommand({ TableName: tables.participation, Item: profileItem(m) }));
    api = createTestApi(db.doc, tables);
  });
  afterAll(async () => db?.stop());

  it('lists only consenting members, finds them by expertise, and anonymous callers get no personal data', async () => {
    const q = '{ members(filter: { expertise: ["dans"] }) { totalCount edges { node { id name findable } } } }';
    const seen = await api.run<{ members: { edges: { node: { id: string; findable: boolean | null } }[] } }>(q, {}, { viewer: bram });
    expect(seen.data!.members.edges.map((e) => e.node)).toEqual([{ id: 'm-anna', name: 'Anna (gegenereerd)', findable: null }]);
    const all = await api.run<{ members: { totalCount: number } }>('{ members { totalCount } }', {}, { viewer: anna });
    expect(all.data!.members.totalCount).toBe(1);
    const anonymous = await api.run('{ members { totalCount } }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(anonymous)).not.toContain('Anna');
  });

  it('memberAccounts: the admin lists every profile by name, findable or not; a member may not', async () => {
    const q = '{ memberAccounts { id name } }';
    const listed = await api.run<{ memberAccounts: { id: string }[] }>(q, {}, { viewer: { role: 'ADMIN' } });
    expect(listed.data!.memberAccounts.map((m) => m.id)).toEqual(['m-anna', 'm-bram']);
    const refused = await api.run(q, {}, { viewer: anna });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(refused)).not.toContain('Bram');
  });

  it('consent: bram becomes findable, and sees his own consent on his profile', async () => {
    const set = await api.run<{ setMemberFindable: { findable: boolean } }>(
      'mutation { setMemberFindable(findable: true) { findable } }',
      {},
      { viewer: bram },
    );
    expect(set.data!.setMemberFindable.findable).toBe(true);
    const all = await api.run<{ members: { totalCount: number } }>('{ members { totalCount } }', {}, { viewer: anna });
    expect(all.data!.members.totalCount).toBe(2);
    const own = await api.run<{ me: { member: { id: string; findable: boolean } } }>(
      '{ me { member { id findable } } }',
      {},
      { viewer: bram },
    );
    expect(own.data!.me.member).toEqual({ id: 'm-bram', findable: true });
    const none = await api.run(
      'mutation { setMemberFindable(findable: true) { id } }',
      {},
      { viewer: { role: 'MEMBER', memberId: 'm-nobody' } },
    );
    expect(none.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('joining twice makes one membership; members are listed for members and null for anonymous callers', async () => {
    const JOIN = `mutation { joinCommunity(communityId: "${community}") { joined community { memberCount } } }`;
    await api.run(JOIN, {}, { viewer: anna });
    const again = await api.run<{ joinCommunity: { joined: boolean; community: { memberCount: number } } }>(JOIN, {}, { viewer: anna });
    expect(again.data!.joinCommunity).toEqual({ joined: true, community: { memberCount: 1 } });
    const read = `{ learningCommunity(id: "${community}") { memberCount members { name } } }`;
    const asMember = await api.run<{ learningCommunity: unknown }>(read, {}, { viewer: bram });
    expect(asMember.data!.learningCommunity).toEqual({ memberCount: 1, members: [{ name: 'Anna (gegenereerd)' }] });
    const asAnonymous = await api.run<{ learningCommunity: unknown }>(read);
    expect(asAnonymous.data!.learningCommunity).toEqual({ memberCount: 1, members: null });
    const bad = await api.run('mutation { joinCommunity(communityId: "nope") { joined } }', {}, { viewer: anna });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const LEAVE = `mutation { leaveCommunity(communityId: "${community}") { joined community { memberCount } } }`;
    await api.run(LEAVE, {}, { viewer: anna });
    const left = await api.run<{ leaveCommunity: unknown }>(LEAVE, {}, { viewer: anna });
    expect(left.data!.leaveCommunity).toEqual({ joined: false, community: { memberCount: 0 } });
  });

  it('a retried proposal makes one; bad input writes nothing; a moderator sees and rejects it once', async () => {
    const first = await api.run<{ proposeKnowledgeItem: { proposal: { id: string } } }>(PROPOSE, { input: proposal }, { viewer: anna });
    const again = await api.run<{ proposeKnowledgeItem: { proposal: { id: string } } }>(PROPOSE, { input: proposal }, { viewer: anna });
    expect(again.data!.proposeKnowledgeItem.proposal.id).toBe(first.data!.proposeKnowledgeItem.proposal.id);
    const bad = await api.run(
      PROPOSE,
      { input: { ...proposal, idempotencyKey: 'voorstel-0002', links: [{ label: 'x', url: 'javascript:alert(1)' }] } },
      { viewer: anna },
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await count('Proposal')).toBe(1);
    const queue = await api.run<{ moderationQueue: { proposals: { id: string; proposer: { name: string } }[] } }>(
      '{ moderationQueue { proposals { id proposer { name } } } }',
      {},
      { viewer: moderator },
    );
    expect(queue.data!.moderationQueue.proposals).toEqual([
      { id: first.data!.proposeKnowledgeItem.proposal.id, proposer: { name: 'Anna (gegenereerd)' } },
    ]);
    const id = first.data!.proposeKnowledgeItem.proposal.id;
    const REJECT = `mutation { rejectProposal(id: "${id}", reason: "Dubbel") { proposal { status rejectionReason } } }`;
    const rejected = await api.run<{ rejectProposal: unknown }>(REJECT, {}, { viewer: moderator });
    expect(rejected.data!.rejectProposal).toEqual({ proposal: { status: 'REJECTED', rejectionReason: 'Dubbel' } });
    const twice = await api.run(REJECT, {}, { viewer: moderator });
    expect(twice.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    const mine = await api.run<{ myProposals: { status: string }[] }>('{ myProposals { status } }', {}, { viewer: anna });
    expect(mine.data!.myProposals).toEqual([{ status: 'REJECTED' }]);
  });

  it('a hidden answer leaves the question for members and enters the moderation queue; showing brings it back', async () => {
    const asked = await api.run<{ askQuestion: { question: { id: string } } }>(
      'mutation($input: AskQuestionInput!) { askQuestion(input: $input) { question { id } } }',
      { input: { idempotencyKey: 'vraag-verborgen', title: 'Wie kent een goede dansles?', body: 'Voor groep 5.' } },
      { viewer: anna },
    );
    const questionId = asked.data!.askQuestion.question.id;
    const answered = await api.run<{ answerQuestion: { answer: { id: string } } }>(
      'mutation($input: AnswerQuestionInput!) { answerQuestion(input: $input) { answer { id } } }',
      { input: { idempotencyKey: 'antwoord-verborgen', questionId, body: 'Probeer de dansschool.' } },
      { viewer: bram },
    );
    const answerId = answered.data!.answerQuestion.answer.id;
    const answersFor = async (viewer: Viewer) =>
      (await api.run<{ question: { answers: { id: string }[] } }>(`{ question(id: "${questionId}") { answers { id } } }`, {}, { viewer }))
        .data!.question.answers.length;
    await api.run(`mutation { hideContent(kind: ANSWER, id: "${answerId}") { moderation } }`, {}, { viewer: moderator });
    expect(await answersFor(anna)).toBe(0);
    const queue = await api.run<{ moderationQueue: { hiddenAnswers: { id: string }[] } }>(
      '{ moderationQueue { hiddenAnswers { id } } }',
      {},
      { viewer: moderator },
    );
    expect(queue.data!.moderationQueue.hiddenAnswers).toEqual([{ id: answerId }]);
    await api.run(`mutation { showContent(kind: ANSWER, id: "${answerId}") { moderation } }`, {}, { viewer: moderator });
    expect(await answersFor(anna)).toBe(1);
    const missing = await api.run('mutation { hideContent(kind: QUESTION, id: "nope") { moderation } }', {}, { viewer: moderator });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
