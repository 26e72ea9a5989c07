import { z } from 'zod/v3';
import {
  dateSchema,
  EVI_PILLARS,
  EVI_RESPONDENT_ROLES,
  EVI_VERSIONS,
  pillarsOf,
  schoolIdSchema,
  schoolYearSchema,
} from '../../domain/vocabulary.ts';

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
