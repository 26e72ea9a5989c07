import type { Resolvers } from '../../../generated/resolvers-types.ts';
import { me } from './Query/me.ts';
import { Viewer } from './Viewer.ts';

export const viewerResolvers: Resolvers = {
  Query: { me },
  Viewer,
};
