import type { Resolvers } from '../../../generated/resolvers-types.ts';
import { regionReport } from './Query/regionReport.ts';
import {
  BlindSpot,
  DisciplineReach,
  EviSpread,
  MunicipalityReach,
  ReachTotals,
  RegionReport,
  SectorReach,
  StatusCount,
} from './RegionReport.ts';

export const reportResolvers: Resolvers = {
  Query: { regionReport },
  RegionReport,
  MunicipalityReach,
  SectorReach,
  DisciplineReach,
  ReachTotals,
  EviSpread,
  StatusCount,
  BlindSpot,
};
