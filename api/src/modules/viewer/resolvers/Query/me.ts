import type { QueryResolvers } from '../../../../generated/resolvers-types.ts';

export const me: NonNullable<QueryResolvers['me']> = (_parent, _args, { viewer }) => viewer;
