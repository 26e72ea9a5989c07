import type { AgreementRecord, AmbitionTalkRecord } from '../../domain/records.ts';
import type { FollowUp } from './follow-up.ts';

export type AmbitionTalkMapper = AmbitionTalkRecord;
export type AspectStateMapper = AmbitionTalkRecord['currentState']['aspects'][number];

/** An agreement with what its follow-up needs to know of its talk. */
export type AgreementMapper = AgreementRecord & {
  readonly talk: Pick<AmbitionTalkRecord, 'schoolId' | 'date' | 'municipalityCode'> & { readonly schoolYear: string };
};
export type AgreementsMapper = Omit<AmbitionTalkRecord['agreements'], 'items'> & { readonly items: readonly AgreementMapper[] };
export type AgreementFollowUpMapper = FollowUp;
