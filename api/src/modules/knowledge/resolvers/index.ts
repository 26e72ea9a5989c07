import type {
  KnowledgeItemConnectionResolvers,
  KnowledgeItemResolvers,
  LearningCommunityResolvers,
  Resolvers,
} from '../../../generated/resolvers-types.ts';
import { facetLabel, knowledgeLabel } from '../labels.ts';
import { KNOWLEDGE_FACETS } from '../search.ts';
import { findKnowledge } from '../find-knowledge.ts';
import { knowledgeItem, knowledgeItems, learningCommunities, learningCommunity } from './Query/knowledge.ts';

const LearningCommunity: LearningCommunityResolvers = {
  statusLabel: (community, _args, { locale }) => knowledgeLabel('status', community.status, locale),
  regions: async (community, _args, { services, locale }) => {
    const { regionsById } = await services.catalogue.get(locale);
    return community.regionIds.flatMap((id) => regionsById.get(id) ?? []);
  },
  meetings: (community) => community.meetings.map((m) => ({ ...m, place: m.place ?? null, report: m.report ?? null })),
  project: async (community, _args, { services, locale }) =>
    community.projectId ? ((await services.catalogue.get(locale)).projectsById.get(community.projectId) ?? null) : null,
  knowledgeItems: (community, { first, after }, context) => findKnowledge({ filter: { communityId: community.id }, first, after }, context),
};

const KnowledgeItem: KnowledgeItemResolvers = {
  kind: (item) => item.knowledgeKind,
  kindLabel: (item, _args, { locale }) => knowledgeLabel('kind', item.knowledgeKind, locale),
  region: async (item, _args, { services, locale }) =>
    item.regionId ? ((await services.catalogue.get(locale)).regionsById.get(item.regionId) ?? null) : null,
  community: async (item, _args, { services, locale }) =>
    item.communityId ? ((await services.catalogue.get(locale)).communitiesById.get(item.communityId) ?? null) : null,
};

const KnowledgeItemConnection: KnowledgeItemConnectionResolvers = {
  facets: ({ counts }, _args, { locale }) =>
    Object.fromEntries(
      KNOWLEDGE_FACETS.map((facet) => [facet, counts[facet].map((b) => ({ ...b, label: facetLabel(facet, b.value, locale) }))]),
    ) as never,
};

export const knowledgeResolvers: Resolvers = {
  Query: { knowledgeItems, knowledgeItem, learningCommunities, learningCommunity },
  LearningCommunity,
  KnowledgeItem,
  KnowledgeItemConnection,
};
