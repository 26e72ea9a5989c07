import { z } from 'zod/v3';

const idempotencyKey = z.string().trim().min(8, 'use at least 8 characters').max(100);
const text = (min: number, max: number) =>
  z.string().trim().min(min, `write at least ${min} characters`).max(max, `at most ${max} characters`);

export const askQuestionInput = z.object({
  idempotencyKey,
  title: text(10, 200),
  body: text(1, 5000),
  communityId: z.string().trim().min(1).max(64).nullish(),
  themes: z.array(z.string().trim().min(1).max(64)).max(10).nullish(),
});
export type AskQuestionInput = z.input<typeof askQuestionInput>;

export const answerQuestionInput = z.object({
  idempotencyKey,
  questionId: z.string().trim().min(1).max(64),
  body: text(1, 5000),
});
export type AnswerQuestionInput = z.input<typeof answerQuestionInput>;

export const acceptAnswerInput = z.object({
  questionId: z.string().trim().min(1).max(64),
  answerId: z.string().trim().min(1).max(64),
});
export type AcceptAnswerInput = z.input<typeof acceptAnswerInput>;
