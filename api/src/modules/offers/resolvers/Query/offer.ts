import type { QueryResolvers } from '../../../../generated/resolvers-types.ts';

export const offer: NonNullable<QueryResolvers['offer']> = async (_parent, { id }, { services, locale }) =>
  (await services.catalogue.get(locale)).offersById.get(id) ?? null;
