/**
 * Knowledge search over the in-memory catalogue: AND between filter fields, OR within a list, and
 * per facet dimension the counts under every other filter (so choosing a theme does not hide the
 * other themes). Text is case- and accent-folded like offer search (modules/common/pagination.ts).
 */
import { fold, keysetPage } from '../common/pagination.ts';
import type { KnowledgeItemDoc, KnowledgeKind, ProfessionalRole } from '../../domain/content.ts';
import type { Discipline, Sector } from '../../domain/vocabulary.ts';

export interface KnowledgeFilter {
  text?: string | null;
  kinds?: readonly KnowledgeKind[] | null;
  themes?: readonly string[] | null;
  disciplines?: readonly Discipline[] | null;
  sectors?: readonly Sector[] | null;
  regionId?: string | null;
  communityId?: string | null;
  usefulFor?: readonly ProfessionalRole[] | null;
}

export const KNOWLEDGE_FACETS = ['kinds', 'themes', 'disciplines', 'sectors', 'usefulFor'] as const;
export type KnowledgeFacet = (typeof KNOWLEDGE_FACETS)[number];
export type KnowledgeFacets = Record<KnowledgeFacet, { value: string; count: number }[]>;

/** The values an item has in each facet dimension. */
const valuesOf: Record<KnowledgeFacet, (item: KnowledgeItemDoc) => readonly string[]> = {
  kinds: (item) => [item.knowledgeKind],
  themes: (item) => item.themes,
  disciplines: (item) => item.disciplines,
  sectors: (item) => item.sectors,
  usefulFor: (item) => item.usefulFor,
};

const haystacks = new WeakMap<KnowledgeItemDoc, string>();
const haystack = (item: KnowledgeItemDoc) => {
  let h = haystacks.get(item);
  if (h === undefined) {
    h = fold(`${item.title} ${item.summary}`);
    haystacks.set(item, h);
  }
  return h;
};

type Test = (item: KnowledgeItemDoc) => boolean;

function tests(filter: KnowledgeFilter): { facet?: KnowledgeFacet; test: Test }[] {
  const out: { facet?: KnowledgeFacet; test: Test }[] = [];
  for (const facet of KNOWLEDGE_FACETS) {
    const wanted = filter[facet] as readonly string[] | null | undefined;
    if (wanted?.length) out.push({ facet, test: (item) => valuesOf[facet](item).some((v) => wanted.includes(v)) });
  }
  if (filter.regionId) out.push({ test: (item) => item.regionId === filter.regionId });
  if (filter.communityId) out.push({ test: (item) => item.communityId === filter.communityId });
  const words = fold(filter.text ?? '')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length) out.push({ test: (item) => words.every((w) => haystack(item).includes(w)) });
  return out;
}

export function searchKnowledge(items: readonly KnowledgeItemDoc[], filter: KnowledgeFilter = {}) {
  const all = tests(filter);
  const matches = items.filter((item) => all.every((t) => t.test(item)));
  const facets = Object.fromEntries(
    KNOWLEDGE_FACETS.map((facet) => {
      const others = all.filter((t) => t.facet !== facet);
      const counts = new Map<string, number>();
      for (const item of items) {
        if (!others.every((t) => t.test(item))) continue;
        for (const v of new Set(valuesOf[facet](item))) counts.set(v, (counts.get(v) ?? 0) + 1);
      }
      return [
        facet,
        [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
      ];
    }),
  ) as KnowledgeFacets;
  return { matches, facets };
}

/** Newest first; the id breaks ties so cursors are stable. */
export const knowledgePage = (items: readonly KnowledgeItemDoc[], first: number, after?: string | null) =>
  keysetPage(items, (item) => [-Date.parse(item.publishedAt), item.id], 'NEWEST', first, after);
