import type { AmbitionTalkRecord } from '../../domain/records.ts';

export type AmbitionTalkMapper = AmbitionTalkRecord;
export type AspectStateMapper = AmbitionTalkRecord['currentState']['aspects'][number];
