import type { QueryResolvers } from '../../../../generated/resolvers-types.ts';

export const partner: NonNullable<QueryResolvers['partner']> = async (_parent, { id }, { services, locale }) =>
  (await services.catalogue.get(locale)).partnersById.get(id) ?? null;
