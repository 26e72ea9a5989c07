import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedKnowledgePlatform, SEED_MEMBERS, SEEDED_MODERATORS } from '../../seed/knowledge-platform.ts';
import type { Viewer } from '../../src/domain/viewer.ts';
import { scanAll } from '../../src/sources/dynamodb/query.ts';
import { buildCatalogue, projectCatalogue } from '../support/content-fixtures.ts';
import { startDynamoDbLocal, type TestDynamoDb } from '../support/dynamodb.ts';
import { createTestApi, type TestApi } from '../support/graphql.ts';

const catalogue = buildCatalogue(5, 3);
const slugs = ['speciaal-onderwijs-beter-bereiken', 'iccers-en-aanbieders-samen', 'co-teaching-kunstvakdocent-en-leerkracht'];
const communities = catalogue.communities.map((c, i) => ({ id: c.id, slug: slugs[i]! }));
const rik: Viewer = { role: 'MEMBER', memberId: 'm-rik-veenstra' };
const moderator: Viewer = { role: 'MODERATOR', memberId: SEEDED_MODERATORS[0] };

type Page<T> = { totalCount: number; edges: { node: T }[] };

describe('the knowledge platform seed on DynamoDB Local', () => {
  let db: TestDynamoDb;
  let api: TestApi;
  let store: { doc: TestDynamoDb['doc']; tableName: string };
  const snapshot = async () => JSON.stringify((await scanAll(store)).sort((a, b) => `${a.pk}|${a.sk}`.localeCompare(`${b.pk}|${b.sk}`)));

  beforeAll(async () => {
    db = await startDynamoDbLocal();
    const tables = await db.createTestTables();
    await projectCatalogue({ doc: db.doc, tableName: tables.content }, catalogue);
    store = { doc: db.doc, tableName: tables.participation };
    api = createTestApi(db.doc, tables);
    await seedKnowledgePlatform(store, { communities, regions: catalogue.regions.map((r) => ({ id: r.id, name: r.name })) });
  });
  afterAll(async () => db?.stop());

  it('a member finds the consenting members only, by expertise too; anonymous callers see none', async () => {
    const all = await api.run<{ members: Page<{ id: string; role: string; roleLabel: string }> }>(
      '{ members(first: 50) { totalCount edges { node { id role roleLabel } } } }',
      {},
      { viewer: rik },
    );
    const ids = all.data!.members.edges.map((e) => e.node.id).sort();
    expect(ids).toEqual(
      SEED_MEMBERS.filter((m) => m.findable)
        .map((m) => m.id)
        .sort(),
    );
    expect(ids).not.toContain('m-marco-dekker');
    expect(ids.length).toBeGreaterThanOrEqual(5);
    expect(all.data!.members.edges.find((e) => e.node.id === 'm-lotte-jansen')!.node).toMatchObject({
      role: 'ARTIST',
      roleLabel: 'Kunstenaar',
    });
    const experts = await api.run<{ members: Page<{ name: string }> }>(
      '{ members(filter: { expertise: ["Speciaal onderwijs"] }) { edges { node { name } } } }',
      {},
      { viewer: rik },
    );
    expect(experts.data!.members.edges.map((e) => e.node.name)).toEqual(['Hanneke Bos', 'Rik Veenstra']);
    const anonymous = await api.run('{ members { totalCount } }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lists the seeded questions with their answers, one accepted, in their communities', async () => {
    const res = await api.run<{
      questions: Page<{ title: string; answerCount: number; acceptedAnswerId: string | null; community: { id: string } | null }>;
    }>(
      '{ questions(first: 50) { totalCount edges { node { title answerCount acceptedAnswerId community { id } } } } }',
      {},
      { viewer: rik },
    );
    const questions = res.data!.questions.edges.map((e) => e.node);
    expect(res.data!.questions.totalCount).toBe(4);
    expect(questions.map((q) => q.answerCount).sort()).toEqual([0, 1, 2, 2]);
    expect(questions.filter((q) => q.acceptedAnswerId)).toHaveLength(1);
    expect(questions.find((q) => q.title.startsWith('Hoe bereid je een museumbezoek'))!.community).toEqual({ id: communities[0]!.id });
    const community = await api.run<{ learningCommunity: { memberCount: number; members: { name: string }[] } }>(
      `{ learningCommunity(id: "${communities[2]!.id}") { memberCount members { name } } }`,
      {},
      { viewer: rik },
    );
    // Co-teaching: four joined; Marco Dekker did not consent to be findable, so he counts but is not listed.
    expect(community.data!.learningCommunity.memberCount).toBe(4);
    expect(community.data!.learningCommunity.members.map((m) => m.name)).toEqual(['Hanneke Bos', 'Lotte Jansen', 'Samira El Amrani']);
  });

  it("a moderator's queue holds the proposal; a member has no queue", async () => {
    const queue = await api.run<{ moderationQueue: { proposals: { title: string; status: string; proposer: { name: string } }[] } }>(
      '{ moderationQueue { proposals { title status proposer { name } } } }',
      {},
      { viewer: moderator },
    );
    expect(queue.data!.moderationQueue.proposals).toEqual([
      {
        title: 'Praktijkvoorbeeld: een prikkelarme rondleiding in het museum',
        status: 'PROPOSED',
        proposer: { name: 'Joost van den Berg' },
      },
    ]);
    const asMember = await api.run('{ moderationQueue { proposals { id } } }', {}, { viewer: rik });
    expect(asMember.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('seeding again changes nothing, and keeps what a member changed since', async () => {
    await api.run('mutation { setMemberFindable(findable: false) { id } }', {}, { viewer: rik });
    const before = await snapshot();
    const again = await seedKnowledgePlatform(store, { communities });
    expect(again.newMembers).toBe(0);
    expect(await snapshot()).toBe(before);
    const all = await api.run<{ members: Page<{ id: string }> }>(
      '{ members(first: 50) { edges { node { id } } } }',
      {},
      { viewer: moderator },
    );
    expect(all.data!.members.edges.map((e) => e.node.id)).not.toContain('m-rik-veenstra');
  });
});
