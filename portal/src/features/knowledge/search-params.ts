/** The knowledge base's filter is the URL (`/kennis?thema=CITIZENSHIP&soort=PODCAST`): shareable, and back works. */
import type { Discipline, KnowledgeItemFilter, KnowledgeKind, ProfessionalRole, Sector } from '@cmk/client';

export const KNOWLEDGE_PARAMS = {
  text: 'q',
  kind: 'soort',
  theme: 'thema',
  discipline: 'discipline',
  sector: 'onderwijs',
  usefulFor: 'voor',
} as const;

export type KnowledgeListParam = Exclude<keyof typeof KNOWLEDGE_PARAMS, 'text'>;

const list = (params: URLSearchParams, name: string) => params.getAll(name).filter((v) => v.trim() !== '');

export function knowledgeFilter(params: URLSearchParams): KnowledgeItemFilter {
  const filter: KnowledgeItemFilter = {};
  const text = params.get(KNOWLEDGE_PARAMS.text)?.trim();
  if (text) filter.text = text;
  const kinds = list(params, KNOWLEDGE_PARAMS.kind);
  if (kinds.length) filter.kinds = kinds as KnowledgeKind[];
  const themes = list(params, KNOWLEDGE_PARAMS.theme);
  if (themes.length) filter.themes = themes;
  const disciplines = list(params, KNOWLEDGE_PARAMS.discipline);
  if (disciplines.length) filter.disciplines = disciplines as Discipline[];
  const sectors = list(params, KNOWLEDGE_PARAMS.sector);
  if (sectors.length) filter.sectors = sectors as Sector[];
  const usefulFor = list(params, KNOWLEDGE_PARAMS.usefulFor);
  if (usefulFor.length) filter.usefulFor = usefulFor as ProfessionalRole[];
  return filter;
}

export function toggleKnowledge(params: URLSearchParams, param: KnowledgeListParam, value: string, on: boolean): URLSearchParams {
  const name = KNOWLEDGE_PARAMS[param];
  const next = new URLSearchParams(params);
  const values = new Set(next.getAll(name));
  if (on) values.add(value);
  else values.delete(value);
  next.delete(name);
  for (const v of [...values].sort()) next.append(name, v);
  return next;
}

export function setKnowledgeText(params: URLSearchParams, text: string): URLSearchParams {
  const next = new URLSearchParams(params);
  if (text.trim() === '') next.delete(KNOWLEDGE_PARAMS.text);
  else next.set(KNOWLEDGE_PARAMS.text, text.trim());
  return next;
}
