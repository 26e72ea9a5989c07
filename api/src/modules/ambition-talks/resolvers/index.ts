import type { Resolvers } from '../../../generated/resolvers-types.ts';
import { Agreement, AgreementFollowUp, AmbitionTalk, AspectState } from './AmbitionTalk.ts';
import { recordAmbitionTalk } from './Mutation/recordAmbitionTalk.ts';

export const ambitionTalkResolvers: Resolvers = {
  Mutation: { recordAmbitionTalk },
  AmbitionTalk,
  AspectState,
  Agreement,
  AgreementFollowUp,
};
