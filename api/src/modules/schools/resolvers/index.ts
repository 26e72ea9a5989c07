import type { Resolvers } from '../../../generated/resolvers-types.ts';
import { registerParticipation } from './Mutation/registerParticipation.ts';
import { Participation } from './Participation.ts';
import { school } from './Query/school.ts';
import { schools } from './Query/schools.ts';
import { School } from './School.ts';

export const schoolResolvers: Resolvers = {
  Query: { school, schools },
  Mutation: { registerParticipation },
  School,
  Participation,
};
