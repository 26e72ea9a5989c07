import type { QueryResolvers } from '../../../../generated/resolvers-types.ts';

export const project: NonNullable<QueryResolvers['project']> = async (_parent, { id }, { services, locale }) =>
  (await services.catalogue.get(locale)).projectsById.get(id) ?? null;
