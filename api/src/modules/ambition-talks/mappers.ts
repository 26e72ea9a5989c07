import type { AmbitionTalkRecord } from './inputs.ts';

export type AmbitionTalkMapper = AmbitionTalkRecord;
export type AspectStateMapper = AmbitionTalkRecord['currentState']['aspects'][number];
