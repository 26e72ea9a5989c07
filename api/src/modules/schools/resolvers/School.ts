import type { SchoolResolvers } from '../../../generated/resolvers-types.ts';
import { mayReadField, subjects } from '../../../shared/policy.ts';
import { label } from '../../offers/labels.ts';
import { schoolYearArg } from '../../common/resolve.ts';
import { resolvePlace } from '../../offers/near.ts';
import { UserFacingError } from '../../../shared/errors.ts';
import { statusOf } from '../../ambition-talks/status.ts';

/** A school's public facts as stored; its own data only through the field rules of the policy. */
export const School: SchoolResolvers = {
  institutionCode: (school) => school.institutionCode,
  municipality: async (school, _args, { services, locale }) =>
    (await services.catalogue.get(locale)).municipalitiesByCode.get(school.municipalityCode) ?? null,
  location: async (school, _args, { services, locale }) =>
    resolvePlace(
      {
        address: {
          street: school.street,
          houseNumber: school.houseNumber,
          postcode: school.postcode,
          place: school.place,
          municipalityCode: school.municipalityCode,
        },
        latitude: school.latitude,
        longitude: school.longitude,
      },
      await services.catalogue.get(locale),
    ),
  sectorLabel: (school, _args, { locale }) => label('sector', school.sector, locale),
  sectors: (school) => (school.sectors?.length ? [...school.sectors] : [school.sector]),
  denomination: (school) => school.denomination ?? null,
  website: (school) => school.website ?? null,
  pupilCount: async (school, _args, { actor, logger }) =>
    mayReadField(await actor(), 'School.pupilCount', subjects.school(school), logger) ? (school.pupils ?? null) : null,
  participations: async (school, _args, { actor, logger, loaders }) =>
    mayReadField(await actor(), 'School.participations', subjects.school(school), logger)
      ? loaders.participationsBySchool.load({ schoolId: school.id, municipalityCode: school.municipalityCode })
      : null,
  bookings: async (school, { schoolYear, status, allSchoolYears }, context) => {
    if (!mayReadField(await context.actor(), 'School.bookings', subjects.school(school), context.logger)) return null;
    if (allSchoolYears && schoolYear) {
      throw new UserFacingError('BAD_USER_INPUT', 'Ask for one school year or for all of them, not both.', { field: 'schoolYear' });
    }
    const bookings = allSchoolYears
      ? await context.loaders.allBookingsBySchool.load(school.id)
      : await context.loaders.bookingsBySchool.load({
          schoolId: school.id,
          municipalityCode: school.municipalityCode,
          schoolYear: schoolYearArg(context, schoolYear),
        });
    for (const b of bookings) context.loaders.bookings.prime(b.id, b);
    return status ? bookings.filter((b) => b.status === status) : bookings;
  },
  eviResults: async (school, _args, { actor, logger, loaders }) =>
    mayReadField(await actor(), 'School.eviResults', subjects.school(school), logger) ? loaders.eviResultsBySchool.load(school.id) : null,
  ambitionTalks: async (school, _args, { actor, logger, loaders }) =>
    mayReadField(await actor(), 'School.ambitionTalks', subjects.school(school), logger)
      ? (await loaders.ambitionTalksBySchool.load(school.id)).filter((t) => statusOf(t) === 'FINAL')
      : null,
  ambitionTalkDrafts: async (school, _args, { actor, logger, loaders }) =>
    mayReadField(await actor(), 'School.ambitionTalkDrafts', subjects.school(school), logger)
      ? (await loaders.ambitionTalksBySchool.load(school.id)).filter((t) => statusOf(t) === 'DRAFT')
      : null,
};
