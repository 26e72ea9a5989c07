import type { ParticipationRecord, SchoolRecord } from '../../domain/records.ts';

export type SchoolMapper = SchoolRecord;
export type ParticipationMapper = ParticipationRecord;
