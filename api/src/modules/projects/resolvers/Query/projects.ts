import type { QueryResolvers } from '../../../../generated/resolvers-types.ts';
import { fold, keysetPage } from '../../../common/pagination.ts';

export const projects: NonNullable<QueryResolvers['projects']> = async (_parent, { filter, first, after }, { services, locale }) => {
  const catalogue = await services.catalogue.get(locale);
  const words = fold(filter?.text ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const matches = [...catalogue.projectsById.values()].filter(
    (p) =>
      (!filter?.regionId || p.regionIds.includes(filter.regionId)) &&
      (!filter?.kind || p.projectKind === filter.kind) &&
      words.every((w) => fold(`${p.title} ${p.summary ?? ''}`).includes(w)),
  );
  return keysetPage(matches, (p) => [fold(p.title), p.id], 'TITLE', first ?? 20, after);
};
