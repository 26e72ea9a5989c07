import type { Context } from '../../context.ts';
import type { KnowledgeItemConnectionMapper } from './mappers.ts';
import { knowledgePage, searchKnowledge, type KnowledgeFilter } from './search.ts';

/** The published knowledge items under a filter, one page of them and the facet counts of the whole list. */
export async function findKnowledge(
  args: { filter?: KnowledgeFilter | null; first?: number | null; after?: string | null },
  { services, locale }: Pick<Context, 'services' | 'locale'>,
): Promise<KnowledgeItemConnectionMapper> {
  const catalogue = await services.catalogue.get(locale);
  const { matches, facets } = searchKnowledge(catalogue.knowledgeItems, args.filter ?? {});
  return { ...knowledgePage(matches, args.first ?? 20, args.after), counts: facets };
}
