import { z } from 'zod/v3';
import { dateSchema, schoolIdSchema, schoolYearSchema } from '../participation/vocabulary.ts';

/** Evi pillars (LKCA): visie, deskundigheid, programma, samenwerking; the VO version adds leerling. */
export const EVI_PILLARS = ['VISION', 'EXPERTISE', 'PROGRAMME', 'COLLABORATION', 'PUPIL'] as const;
export type EviPillar = (typeof EVI_PILLARS)[number];
/** Evi versions 2.0, 2.1 and VO (GraphQL enum values cannot hold dots). */
export const EVI_VERSIONS = ['V2_0', 'V2_1', 'VO'] as const;
export type EviVersion = (typeof EVI_VERSIONS)[number];
export const EVI_RESPONDENT_ROLES = ['ICC', 'DIRECTOR', 'TEACHER', 'OTHER'] as const;

export const pillarsOf = (version: EviVersion): readonly EviPillar[] => (version === 'VO' ? EVI_PILLARS : EVI_PILLARS.slice(0, 4));

export const eviResultInput = z
  .object({
    schoolId: schoolIdSchema,
    schoolYear: schoolYearSchema,
    version: z.enum(EVI_VERSIONS),
    completedOn: dateSchema,
    respondents: z
      .array(z.object({ role: z.enum(EVI_RESPONDENT_ROLES), count: z.number().int().min(1).max(200) }))
      .min(1)
      .max(10),
    pillars: z.array(z.object({ pillar: z.enum(EVI_PILLARS), scenario: z.number().int().min(1).max(4) })),
    satisfaction: z.number().int().min(1).max(10).optional(),
    ambitions: z.string().trim().max(4000).optional(),
    developmentPoints: z.array(z.string().trim().min(1).max(500)).max(20).optional(),
    helpRequest: z.object({ requested: z.boolean(), question: z.string().trim().max(2000).optional() }).optional(),
  })
  .superRefine((value, ctx) => {
    const expected = pillarsOf(value.version);
    const given = value.pillars.map((p) => p.pillar);
    if (given.length !== expected.length || expected.some((p) => !given.includes(p))) {
      ctx.addIssue({ code: 'custom', path: ['pillars'], message: `Evi ${value.version} has exactly the pillars ${expected.join(', ')}` });
    }
  });
export type EviResultInput = z.input<typeof eviResultInput>;
export type EviResultRecord = z.output<typeof eviResultInput> & {
  readonly municipalityCode: string;
  readonly revision: number;
  readonly recordedAt: string;
};
