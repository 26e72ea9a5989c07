import type { ViewerResolvers } from '../../../generated/resolvers-types.ts';

/** The caller's own objects; what it may read of them is decided by the field rules further down. */
export const Viewer: ViewerResolvers = {
  school: (viewer, _args, { loaders }) => (viewer.schoolId ? loaders.schools.load(viewer.schoolId) : null),
  partner: async (viewer, _args, { services, locale }) =>
    viewer.partnerId ? ((await services.catalogue.get(locale)).partnersById.get(viewer.partnerId) ?? null) : null,
  region: async (viewer, _args, { services, locale }) =>
    viewer.regionId ? ((await services.catalogue.get(locale)).regionsById.get(viewer.regionId) ?? null) : null,
};
