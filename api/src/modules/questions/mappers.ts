import type { AnswerRecord, QuestionRecord } from '../../domain/records.ts';

/** A question, with its answers when they were read alongside it (one query of its partition). */
export type QuestionMapper = QuestionRecord & { readonly answers?: readonly AnswerRecord[] };
export type AnswerMapper = AnswerRecord & { readonly accepted: boolean };
export type AnswerPayloadMapper = { readonly answer: AnswerMapper; readonly question: QuestionMapper };
