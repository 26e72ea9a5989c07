import type { MunicipalityDoc, RegionDoc } from '../../domain/content.ts';

export type RegionMapper = RegionDoc;
export type MunicipalityMapper = MunicipalityDoc;
