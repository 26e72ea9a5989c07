import type { ParticipationResolvers } from '../../../generated/resolvers-types.ts';
import { notFound } from '../../../shared/errors.ts';
import { participationLabel } from '../../common/labels.ts';

export const Participation: ParticipationResolvers = {
  school: async (participation, _args, { loaders }) => (await loaders.schools.load(participation.schoolId)) ?? Promise.reject(notFound()),
  trajectoryLabel: (participation, _args, { locale }) => participationLabel('trajectory', participation.trajectory, locale),
  region: async (participation, _args, { services, locale }) =>
    participation.regionId ? ((await services.catalogue.get(locale)).regionsById.get(participation.regionId) ?? null) : null,
  project: async (participation, _args, { services, locale }) =>
    participation.projectId ? ((await services.catalogue.get(locale)).projectsById.get(participation.projectId) ?? null) : null,
  startedOn: (participation) => participation.startedOn ?? null,
  note: (participation) => participation.note ?? null,
};
