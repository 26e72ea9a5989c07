import type { EviResultRecord } from './inputs.ts';

export type EviResultMapper = EviResultRecord;
export type EviPillarScenarioMapper = EviResultRecord['pillars'][number];
