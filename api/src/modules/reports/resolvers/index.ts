import type { Resolvers } from '../../../generated/resolvers-types.ts';
import { regionReport } from './Query/regionReport.ts';
import { municipalityFactsheet } from './Query/municipalityFactsheet.ts';
import {
  BlindSpot,
  BlindSpotSuggestion,
  DisciplineReach,
  EviSpread,
  GradeReach,
  MunicipalityReach,
  ReachTotals,
  RegionReport,
  SectorReach,
  StatusCount,
} from './RegionReport.ts';

export const reportResolvers: Resolvers = {
  Query: { regionReport, municipalityFactsheet },
  RegionReport,
  MunicipalityReach,
  SectorReach,
  DisciplineReach,
  ReachTotals,
  EviSpread,
  StatusCount,
  GradeReach,
  BlindSpot,
  BlindSpotSuggestion,
};
