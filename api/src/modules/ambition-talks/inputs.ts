/**
 * An ambition talk (ambitiegesprek) following the guide of seed 004: the header fields, then
 * A. CmK goals that matter for this school, B. the current state per aspect, C. where the school
 * wants to be in 2028, D. agreements for the coming school year.
 */
import { z } from 'zod/v3';
import { dateSchema, schoolIdSchema, schoolYearSchema } from '../participation/vocabulary.ts';

const text = (max = 4000) => z.string().trim().min(1).max(max);

/** A. Doelen binnen de CmK-regeling. */
export const CMK_GOALS = [
  'VISION_ON_CULTURE_EDUCATION', // visievorming passend bij de onderwijsvisie
  'COLLABORATION_WITH_PARTNERS', // samenwerking met culturele partners en omgeving
  'PROFESSIONAL_DEVELOPMENT', // professionalisering van vakdocenten en mentoren
  'CURRICULUM_AND_EMBEDDING', // cultureel curriculum en borging in de schoolorganisatie
  'STRUCTURAL_PART_OF_EDUCATION', // structureel onderdeel (PTA, projectweken, keuzevakken)
] as const;

/** B. Aspecten van de huidige situatie. */
export const CURRENT_STATE_ASPECTS = [
  'VISION', // visie op kunst- en cultuureducatie
  'TEACHER_EXPERTISE', // deskundigheid van vakdocenten
  'CULTURAL_COLLABORATION', // samenwerking met de culturele omgeving
  'OFFER_QUALITY', // inhoudelijke kwaliteit van het aanbod
  'CURRICULUM_EMBEDDING', // borging in PTA/curriculum
  'ORGANISATION', // organisatie en overlegstructuren
] as const;

/** D. Gebieden van de afspraken voor het komend schooljaar. */
export const AGREEMENT_AREAS = [
  'CONTENT_FOCUS', // inhoudelijke focus: thema's, visievorming, creatieve processen
  'PROFESSIONAL_DEVELOPMENT', // professionalisering: training, scholing
  'ORGANISATION', // organisatie: borging in beleid en curriculum
  'SCHOOL_CULTURE', // schoolcultuur: draagvlak, eigenaarschap
  'PRECONDITIONS', // randvoorwaarden: teamwissels, schoolontwikkeling
] as const;

export const SCHOOL_TYPES = ['PRIMARY', 'VMBO', 'HAVO', 'VWO', 'MIXED'] as const;

export const ambitionTalkInput = z
  .object({
    schoolId: schoolIdSchema,
    date: dateSchema,
    place: text(200).optional(),
    schoolType: z.enum(SCHOOL_TYPES),
    /** Roles or names of who took part for the school (ICC'er, directeur, teamleider). */
    participants: z.array(text(200)).min(1).max(20),
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
        .array(z.object({ area: z.enum(AGREEMENT_AREAS), agreement: text(), owner: text(200).optional(), due: dateSchema.optional() }))
        .max(30),
      longerTerm: text().optional(),
    }),
  })
  .superRefine((value, ctx) => {
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
export type AmbitionTalkRecord = z.output<typeof ambitionTalkInput> & {
  readonly schoolYear: string;
  readonly municipalityCode: string;
  readonly recordedAt: string;
};
