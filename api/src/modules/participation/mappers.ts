import type { ParticipationRecord } from '../../sources/dynamodb/items.ts';

export type ParticipationMapper = ParticipationRecord;
