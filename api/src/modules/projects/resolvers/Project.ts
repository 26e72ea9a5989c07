import type { ProjectResolvers } from '../../../generated/resolvers-types.ts';
import { findOffers } from '../../offers/find-offers.ts';

export const Project: ProjectResolvers = {
  kind: (project) => project.projectKind ?? null,
  regions: async (project, _args, { services, locale }) => {
    const { regionsById } = await services.catalogue.get(locale);
    return project.regionIds.flatMap((id) => regionsById.get(id) ?? []);
  },
  partners: async (project, _args, { services, locale }) => {
    const { partnersById } = await services.catalogue.get(locale);
    return project.partnerIds.flatMap((id) => partnersById.get(id) ?? []);
  },
  offers: (project, { first, after }, context) => findOffers({ filter: { projectId: project.id }, first, after }, context),
};
