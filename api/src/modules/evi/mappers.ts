import type { EviResultRecord } from '../../domain/records.ts';

export type EviResultMapper = EviResultRecord;
/** A pillar with the scenario of the school's previous result, when there is one (EviResult.pillars joins them). */
export type EviPillarScenarioMapper = EviResultRecord['pillars'][number] & { readonly previousScenario?: number | null };
