import type { Resolvers } from '../../../generated/resolvers-types.ts';
import { fold } from '../../common/pagination.ts';

export const regionResolvers: Resolvers = {
  Query: {
    regions: async (_parent, _args, { services, locale }) =>
      [...(await services.catalogue.get(locale)).regionsById.values()].sort((a, b) => fold(a.name).localeCompare(fold(b.name))),
    municipalities: async (_parent, { province }, { services, locale }) =>
      [...(await services.catalogue.get(locale)).municipalitiesByCode.values()]
        .filter((m) => !province || m.provinceCode === province)
        .sort((a, b) => fold(a.name).localeCompare(fold(b.name))),
  },
  Region: {
    municipalities: async (region, _args, { services, locale }) => {
      const { municipalitiesByCode } = await services.catalogue.get(locale);
      return region.municipalityCodes.flatMap((code) => municipalitiesByCode.get(code) ?? []);
    },
  },
  Municipality: {
    code: (municipality) => municipality.id,
    boundary: (municipality) => (municipality.boundary ?? []).map((ring) => ring.map((point) => [...point])),
    regions: async (municipality, _args, { services, locale }) => {
      const { regionsById } = await services.catalogue.get(locale);
      return municipality.regionIds.flatMap((id) => regionsById.get(id) ?? []);
    },
  },
};
