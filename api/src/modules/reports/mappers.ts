import type { BookingStatus } from '../../domain/vocabulary.ts';
import type { Suggestion } from './blind-spot-suggestions.ts';
import type {
  BlindSpot,
  DisciplineReach,
  GradeReach,
  EviSpread,
  MunicipalityReach,
  MunicipalityReachTotals,
  RegionReportData,
  SectorReach,
} from './operations/region-report.ts';

export type RegionReportMapper = RegionReportData & { readonly regionId: string | null };
export type MunicipalityReachMapper = MunicipalityReach;
export type SectorReachMapper = SectorReach;
export type DisciplineReachMapper = DisciplineReach;
export type ReachTotalsMapper = MunicipalityReachTotals;
export type EviSpreadMapper = EviSpread;
export interface StatusCountMapper {
  readonly status: BookingStatus;
  readonly count: number;
}
export type BlindSpotMapper = BlindSpot;
export type BlindSpotSuggestionMapper = Suggestion;
export type GradeReachMapper = GradeReach;
