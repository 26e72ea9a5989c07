/**
 * The input of an ambition talk (ambitiegesprek): the header fields and the preparation checklist,
 * then A. CmK goals that matter for this school, B. the current state per aspect, C. where the
 * school wants to be in 2028, D. agreements for the coming school year.
 *
 * A draft may still lack the participants; a final talk names at least one.
 */
import { z } from 'zod/v3';
import {
  AGREEMENT_AREAS,
  AMBITION_TALK_STATUSES,
  CMK_GOALS,
  CURRENT_STATE_ASPECTS,
  dateSchema,
  DISCIPLINES,
  PREPARATION_STEPS,
  SCHOOL_TYPES,
  schoolIdSchema,
  schoolYearSchema,
} from '../../domain/vocabulary.ts';

const text = (max = 4000) => z.string().trim().min(1).max(max);

export const ambitionTalkInput = z
  .object({
    schoolId: schoolIdSchema,
    date: dateSchema,
    status: z.enum(AMBITION_TALK_STATUSES).default('FINAL'),
    preparation: z.array(z.enum(PREPARATION_STEPS)).max(PREPARATION_STEPS.length).default([]),
    place: text(200).optional(),
    schoolType: z.enum(SCHOOL_TYPES),
    /** Roles or names of who took part for the school (ICC'er, directeur, teamleider). */
    participants: z.array(text(200)).max(20),
    advisorId: text(128),
    remarks: text().optional(),
    goals: z.object({ selected: z.array(z.enum(CMK_GOALS)).max(CMK_GOALS.length), notes: text().optional() }),
    currentState: z.object({
      developments: text().optional(),
      opportunities: text().optional(),
      aspects: z
        .array(z.object({ aspect: z.enum(CURRENT_STATE_ASPECTS), strengths: text().optional(), weaknesses: text().optional() }))
        .max(CURRENT_STATE_ASPECTS.length),
    }),
    ambition2028: z.object({ content: text().optional(), organisation: text().optional(), supportAndProfile: text().optional() }),
    agreements: z.object({
      schoolYear: schoolYearSchema,
      items: z
        .array(
          z.object({
            area: z.enum(AGREEMENT_AREAS),
            agreement: text(),
            owner: text(200).optional(),
            due: dateSchema.optional(),
            /** The disciplines bookings must have to follow this agreement (docs/graphql.md). */
            disciplines: z.array(z.enum(DISCIPLINES)).max(DISCIPLINES.length).optional(),
          }),
        )
        .max(30),
      longerTerm: text().optional(),
    }),
  })
  .superRefine((value, ctx) => {
    if (value.status === 'FINAL' && value.participants.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['participants'], message: 'a final talk names at least one participant from the school' });
    }
    if (new Set(value.preparation).size !== value.preparation.length) {
      ctx.addIssue({ code: 'custom', path: ['preparation'], message: 'each preparation step appears once' });
    }
    const aspects = value.currentState.aspects.map((a) => a.aspect);
    if (new Set(aspects).size !== aspects.length) {
      ctx.addIssue({ code: 'custom', path: ['currentState', 'aspects'], message: 'each aspect appears once' });
    }
    // D is about the coming school year: never one before the talk's own school year.
    const talkYear = Number(value.date.slice(0, 4)) - (Number(value.date.slice(5, 7)) < 8 ? 1 : 0);
    if (Number(value.agreements.schoolYear.slice(0, 4)) < talkYear) {
      ctx.addIssue({ code: 'custom', path: ['agreements', 'schoolYear'], message: 'agreements are for the current or coming school year' });
    }
  });
export type AmbitionTalkInput = z.input<typeof ambitionTalkInput>;
