import type { AmbitionTalkRecord } from '../../domain/records.ts';
import type { AmbitionTalkStatus } from '../../domain/vocabulary.ts';

/** Talks recorded before drafts existed carry no status: they were recorded as final. */
export const statusOf = (talk: Pick<AmbitionTalkRecord, 'status'>): AmbitionTalkStatus => talk.status ?? 'FINAL';
