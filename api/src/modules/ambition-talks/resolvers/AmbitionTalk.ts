import type { AmbitionTalkResolvers, AspectStateResolvers } from '../../../generated/resolvers-types.ts';
import { participationLabel } from '../../common/labels.ts';

export const AmbitionTalk: AmbitionTalkResolvers = {
  school: (talk, _args, { loaders }) => loaders.schools.load(talk.schoolId),
  place: (talk) => talk.place ?? null,
  remarks: (talk) => talk.remarks ?? null,
};

export const AspectState: AspectStateResolvers = {
  label: (aspect, _args, { locale }) => participationLabel('currentStateAspect', aspect.aspect, locale),
};
