import type { MunicipalityDoc, RegionDoc } from '../../sources/content/types.ts';

export type RegionMapper = RegionDoc;
export type MunicipalityMapper = MunicipalityDoc;
