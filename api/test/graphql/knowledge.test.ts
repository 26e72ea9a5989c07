import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeItemDoc } from '../../src/domain/content.ts';
import { buildCatalogue, projectCatalogue } from '../support/content-fixtures.ts';
import { startDynamoDbLocal, type TestDynamoDb } from '../support/dynamodb.ts';
import { createTestApi, type TestApi } from '../support/graphql.ts';

const catalogue = buildCatalogue(20, 11);
const KNOWLEDGE = `query Knowledge($filter: KnowledgeItemFilter, $first: Int, $after: String) {
  knowledgeItems(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id publishedAt } }
    facets {
      kinds { value label count }
      themes { value label count }
      disciplines { value count }
      sectors { value count }
      usefulFor { value label count }
    }
  }
}`;

type Filter = {
  text?: string;
  kinds?: string[];
  themes?: string[];
  disciplines?: string[];
  sectors?: string[];
  regionId?: string;
  communityId?: string;
  usefulFor?: string[];
};

/** The expected list, straight from the fixture data (independent of the API's search code). */
function expected(f: Filter, except?: keyof Filter): KnowledgeItemDoc[] {
  const norm = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  const on = (key: keyof Filter) => except !== key && f[key] !== undefined;
  return catalogue.knowledgeItems.filter(
    (k) =>
      (!on('kinds') || f.kinds!.includes(k.knowledgeKind)) &&
      (!on('themes') || k.themes.some((t) => f.themes!.includes(t))) &&
      (!on('disciplines') || k.disciplines.some((d) => f.disciplines!.includes(d))) &&
      (!on('sectors') || k.sectors.some((s) => f.sectors!.includes(s))) &&
      (!on('usefulFor') || k.usefulFor.some((u) => f.usefulFor!.includes(u))) &&
      (!on('regionId') || k.regionId === f.regionId) &&
      (!on('communityId') || k.communityId === f.communityId) &&
      (!on('text') ||
        norm(f.text!)
          .split(' ')
          .every((w) => norm(`${k.title} ${k.summary}`).includes(w))),
  );
}

const FILTERS: Record<string, Filter> = {
  none: {},
  kinds: { kinds: ['WORK_FORM', 'LESSON_LEARNED'] },
  themes: { themes: ['CITIZENSHIP'] },
  disciplines: { disciplines: ['MUSIC', 'DANCE'] },
  sectors: { sectors: ['SO', 'VSO'] },
  regionId: { regionId: 'region-hart' },
  communityId: { communityId: 'community-0' },
  usefulFor: { usefulFor: ['ICC_COORDINATOR'] },
  text: { text: 'klas' },
  'theme, role and region': {
    themes: ['LANGUAGE_AND_ART', 'CITIZENSHIP'],
    usefulFor: ['ARTS_TEACHER', 'HEAD_TEACHER'],
    regionId: 'region-kunstgebouw',
  },
};

const FACET_KEY = { kinds: 'kinds', themes: 'themes', disciplines: 'disciplines', sectors: 'sectors', usefulFor: 'usefulFor' } as const;
const VALUES = {
  kinds: (k: KnowledgeItemDoc) => [k.knowledgeKind],
  themes: (k: KnowledgeItemDoc) => k.themes,
  disciplines: (k: KnowledgeItemDoc) => k.disciplines,
  sectors: (k: KnowledgeItemDoc) => k.sectors,
  usefulFor: (k: KnowledgeItemDoc) => k.usefulFor,
};

describe('knowledge base against DynamoDB Local', () => {
  let db: TestDynamoDb;
  let api: TestApi;

  beforeAll(async () => {
    db = await startDynamoDbLocal();
    const tables = await db.createTestTables();
    await projectCatalogue({ doc: db.doc, tableName: tables.content }, catalogue);
    api = createTestApi(db.doc, tables);
  });
  afterAll(async () => db?.stop());

  for (const [name, filter] of Object.entries(FILTERS)) {
    it(`filter ${name}: exactly the matching items, newest first, and every facet equals a recount under the other filters`, async () => {
      const result = await api.run<{
        knowledgeItems: {
          totalCount: number;
          edges: { node: { id: string; publishedAt: string } }[];
          facets: Record<keyof typeof FACET_KEY, { value: string; count: number }[]>;
        };
      }>(KNOWLEDGE, { filter, first: 100 });
      expect(result.errors).toBeUndefined();
      const want = expected(filter);
      expect(want.length).toBeGreaterThan(0);
      const got = result.data!.knowledgeItems;
      expect(got.totalCount).toBe(want.length);
      expect(got.edges.map((e) => e.node.id).sort()).toEqual(want.map((k) => k.id).sort());
      const dates = got.edges.map((e) => e.node.publishedAt);
      expect(dates).toEqual([...dates].sort().reverse());

      for (const facet of Object.keys(FACET_KEY) as (keyof typeof FACET_KEY)[]) {
        const counts = new Map<string, number>();
        for (const k of expected(filter, FACET_KEY[facet]))
          for (const v of new Set(VALUES[facet](k))) counts.set(v, (counts.get(v) ?? 0) + 1);
        expect(Object.fromEntries(got.facets[facet].map((b) => [b.value, b.count])), facet).toEqual(Object.fromEntries(counts));
      }
    });
  }

  it('walks every page once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const result: {
        data?: { knowledgeItems: { edges: { node: { id: string } }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } };
      } = await api.run(KNOWLEDGE, { first: 7, after });
      const page = result.data!.knowledgeItems;
      seen.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen.sort()).toEqual(catalogue.knowledgeItems.map((k) => k.id).sort());
  });

  it('labels the facets in the request language', async () => {
    const nl = await api.run<{ knowledgeItems: { facets: { kinds: { value: string; label: string }[] } } }>(KNOWLEDGE, {
      filter: { kinds: ['LESSON_LEARNED'] },
    });
    expect(nl.data!.knowledgeItems.facets.kinds.find((b) => b.value === 'LESSON_LEARNED')?.label).toBe('Falen en leren');
  });

  it('opens a community with its knowledge, project and meetings, and a knowledge item with its community', async () => {
    const community = catalogue.communities[0]!;
    const result = await api.run<{
      learningCommunity: {
        title: string;
        statusLabel: string;
        project: { id: string };
        meetings: { online: boolean }[];
        knowledgeItems: { totalCount: number };
      };
      knowledgeItem: { community: { id: string } | null; kindLabel: string };
      learningCommunities: { totalCount: number; edges: { node: { id: string } }[] };
    }>(
      `query($id: ID!, $item: ID!) {
        learningCommunity(id: $id) { title statusLabel project { id } meetings { online } knowledgeItems(first: 100) { totalCount } }
        knowledgeItem(id: $item) { community { id } kindLabel }
        learningCommunities(filter: { statuses: [ACTIVE] }) { totalCount edges { node { id } } }
      }`,
      { id: community.id, item: catalogue.knowledgeItems.find((k) => k.communityId === community.id)!.id },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.learningCommunity).toMatchObject({
      title: community.title,
      statusLabel: 'Actief',
      project: { id: community.projectId },
    });
    expect(result.data!.learningCommunity.knowledgeItems.totalCount).toBe(
      catalogue.knowledgeItems.filter((k) => k.communityId === community.id).length,
    );
    expect(result.data!.knowledgeItem.community?.id).toBe(community.id);
    expect(result.data!.learningCommunities.edges.map((e) => e.node.id)).toEqual(['community-0']);
  });

  it('answers null for an unknown id', async () => {
    const result = await api.run<{ knowledgeItem: null; learningCommunity: null }>(
      '{ knowledgeItem(id: "nope") { id } learningCommunity(id: "nope") { id } }',
    );
    expect(result.data).toEqual({ knowledgeItem: null, learningCommunity: null });
  });
});
