import type { Resolvers } from '../../../generated/resolvers-types.ts';
import { EviPillarScenario, EviResult } from './EviResult.ts';
import { recordEviResult } from './Mutation/recordEviResult.ts';

export const eviResolvers: Resolvers = {
  Mutation: { recordEviResult },
  EviResult,
  EviPillarScenario,
};
