import type { Resolvers } from '../../../generated/resolvers-types.ts';
import { registerParticipation } from './Mutation/registerParticipation.ts';
import { Participation } from './Participation.ts';

export const participationResolvers: Resolvers = {
  Mutation: { registerParticipation },
  Participation,
};
