import type {
  BlindSpotResolvers,
  BlindSpotSuggestionResolvers,
  DisciplineReachResolvers,
  GradeReachResolvers,
  EviSpreadResolvers,
  MunicipalityReachResolvers,
  ReachTotalsResolvers,
  RegionReportResolvers,
  SectorReachResolvers,
  StatusCountResolvers,
} from '../../../generated/resolvers-types.ts';
import { label } from '../../offers/labels.ts';
import { participationLabel } from '../../common/labels.ts';
import { BOOKING_STATUSES } from '../../../domain/vocabulary.ts';
import type { BookingsByStatus } from '../operations/region-report.ts';
import { suggestionsFor } from '../blind-spot-suggestions.ts';

const statusCounts = (figures: { bookingsByStatus: BookingsByStatus }) =>
  BOOKING_STATUSES.map((status) => ({ status, count: figures.bookingsByStatus[status] }));
const rate = (figures: { pupilsReached: number; pupilsEnrolled: number }) =>
  figures.pupilsEnrolled > 0 ? figures.pupilsReached / figures.pupilsEnrolled : null;

export const RegionReport: RegionReportResolvers = {
  region: async (report, _args, { services, locale }) =>
    report.regionId ? ((await services.catalogue.get(locale)).regionsById.get(report.regionId) ?? null) : null,
};

export const MunicipalityReach: MunicipalityReachResolvers = {
  municipality: async (reach, _args, { services, locale }) =>
    (await services.catalogue.get(locale)).municipalitiesByCode.get(reach.municipalityCode) ?? null,
  name: async (reach, _args, { services, locale }) =>
    (await services.catalogue.get(locale)).municipalitiesByCode.get(reach.municipalityCode)?.name ?? reach.municipalityName,
  reachRate: rate,
  bookingsByStatus: statusCounts,
};

export const SectorReach: SectorReachResolvers = {
  label: (reach, _args, { locale }) => label('sector', reach.sector, locale),
  bookingsByStatus: statusCounts,
};

export const DisciplineReach: DisciplineReachResolvers = {
  label: (reach, _args, { locale }) => label('discipline', reach.discipline, locale),
  bookingsByStatus: statusCounts,
};

export const ReachTotals: ReachTotalsResolvers = {
  reachRate: rate,
  bookingsByStatus: statusCounts,
};

export const EviSpread: EviSpreadResolvers = {
  label: (spread, _args, { locale }) => participationLabel('eviPillar', spread.pillar, locale),
};

export const StatusCount: StatusCountResolvers = {
  label: (count, _args, { locale }) => participationLabel('bookingStatus', count.status, locale),
};

export const BlindSpot: BlindSpotResolvers = {
  municipality: async (spot, _args, { services, locale }) =>
    (await services.catalogue.get(locale)).municipalitiesByCode.get(spot.municipalityCode) ?? null,
  disciplineLabel: (spot, _args, { locale }) => label('discipline', spot.discipline, locale),
  suggestions: async (spot, _args, { services, locale }) => {
    const { offers, municipalitiesByCode } = await services.catalogue.get(locale);
    return suggestionsFor(spot, offers, municipalitiesByCode);
  },
};

export const BlindSpotSuggestion: BlindSpotSuggestionResolvers = {
  partner: async (s, _args, { services, locale }) => (await services.catalogue.get(locale)).partnersById.get(s.partnerId) ?? null,
  neighbours: async (s, _args, { services, locale }) => {
    const { municipalitiesByCode } = await services.catalogue.get(locale);
    return s.neighbourCodes.flatMap((code) => municipalitiesByCode.get(code) ?? []);
  },
  offers: async (s, _args, { services, locale }) => {
    const { offersById } = await services.catalogue.get(locale);
    return s.offerIds.flatMap((id) => offersById.get(id) ?? []);
  },
};

const PRIMARY = new Set(['BO', 'SBO', 'SO']);
export const GradeReach: GradeReachResolvers = {
  label: (g, _args, { locale }) =>
    `${PRIMARY.has(g.sector) ? (locale === 'en' ? 'Group' : 'Groep') : locale === 'en' ? 'Year' : 'Leerjaar'} ${g.grade}`,
};
