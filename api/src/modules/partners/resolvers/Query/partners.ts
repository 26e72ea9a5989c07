import type { QueryResolvers } from '../../../../generated/resolvers-types.ts';
import { fold, keysetPage } from '../../../common/pagination.ts';

export const partners: NonNullable<QueryResolvers['partners']> = async (_parent, { filter, first, after }, { services, locale }) => {
  const catalogue = await services.catalogue.get(locale);
  const region = filter?.regionId ? catalogue.regionsById.get(filter.regionId) : undefined;
  const places = new Set([...(filter?.municipalityCodes ?? []), ...(region?.municipalityCodes ?? [])]);
  const words = fold(filter?.text ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const matches = [...catalogue.partnersById.values()].filter(
    (p) =>
      (!filter?.regionId || region) &&
      (places.size === 0 || (p.municipalityCode !== undefined && places.has(p.municipalityCode))) &&
      words.every((w) => fold(p.name).includes(w)),
  );
  return keysetPage(matches, (p) => [fold(p.name), p.id], 'NAME', first ?? 20, after);
};
