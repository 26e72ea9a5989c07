import type { QueryResolvers } from '../../../../generated/resolvers-types.ts';
import { fold, keysetPage } from '../../../common/pagination.ts';
import { findKnowledge } from '../../find-knowledge.ts';

export const knowledgeItems: NonNullable<QueryResolvers['knowledgeItems']> = (_parent, args, context) => findKnowledge(args, context);

export const knowledgeItem: NonNullable<QueryResolvers['knowledgeItem']> = async (_parent, { id }, { services, locale }) =>
  (await services.catalogue.get(locale)).knowledgeItemsById.get(id) ?? null;

export const learningCommunities: NonNullable<QueryResolvers['learningCommunities']> = async (
  _parent,
  { filter, first, after },
  { services, locale },
) => {
  const catalogue = await services.catalogue.get(locale);
  const words = fold(filter?.text ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const matches = [...catalogue.communitiesById.values()].filter(
    (c) =>
      (!filter?.regionId || c.regionIds.includes(filter.regionId)) &&
      (!filter?.statuses?.length || filter.statuses.includes(c.status)) &&
      (!filter?.themes?.length || filter.themes.some((t) => c.themes.includes(t))) &&
      words.every((w) => fold(`${c.title} ${c.question} ${c.summary ?? ''}`).includes(w)),
  );
  return keysetPage(matches, (c) => [fold(c.title), c.id], 'TITLE', first ?? 20, after);
};

export const learningCommunity: NonNullable<QueryResolvers['learningCommunity']> = async (_parent, { id }, { services, locale }) =>
  (await services.catalogue.get(locale)).communitiesById.get(id) ?? null;
