import type {
  AgreementFollowUpResolvers,
  AgreementResolvers,
  AmbitionTalkResolvers,
  AspectStateResolvers,
} from '../../../generated/resolvers-types.ts';
import { participationLabel } from '../../common/labels.ts';
import { followUpOf } from '../follow-up.ts';
import { statusOf } from '../status.ts';

export const AmbitionTalk: AmbitionTalkResolvers = {
  school: (talk, _args, { loaders }) => loaders.schools.load(talk.schoolId),
  status: (talk) => statusOf(talk),
  preparation: (talk) => [...(talk.preparation ?? [])],
  place: (talk) => talk.place ?? null,
  remarks: (talk) => talk.remarks ?? null,
  agreements: (talk) => ({
    ...talk.agreements,
    items: talk.agreements.items.map((item) => ({
      ...item,
      talk: { schoolId: talk.schoolId, date: talk.date, municipalityCode: talk.municipalityCode, schoolYear: talk.agreements.schoolYear },
    })),
  }),
};

export const AspectState: AspectStateResolvers = {
  label: (aspect, _args, { locale }) => participationLabel('currentStateAspect', aspect.aspect, locale),
};

export const Agreement: AgreementResolvers = {
  owner: (a) => a.owner ?? null,
  due: (a) => a.due ?? null,
  disciplines: (a) => [...(a.disciplines ?? [])],
  // Reading the talk already passed the school's scope; its bookings are the same school's data.
  followUp: async (a, _args, { loaders, services }) => {
    const bookings = await loaders.bookingsBySchool.load({
      schoolId: a.talk.schoolId,
      municipalityCode: a.talk.municipalityCode,
      schoolYear: a.talk.schoolYear,
    });
    const today = services.now().toISOString().slice(0, 10);
    return followUpOf(a, { talkDate: a.talk.date, schoolYear: a.talk.schoolYear }, bookings, today);
  },
};

export const AgreementFollowUp: AgreementFollowUpResolvers = {
  bookings: (f) => [...f.bookings],
};
