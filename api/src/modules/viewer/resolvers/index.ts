import type { Resolvers } from '../../../generated/resolvers-types.ts';
import { me } from './Query/me.ts';

export const viewerResolvers: Resolvers = {
  Query: { me },
};
