import type { EviResultRecord } from '../../domain/records.ts';

export type EviResultMapper = EviResultRecord;
export type EviPillarScenarioMapper = EviResultRecord['pillars'][number];
