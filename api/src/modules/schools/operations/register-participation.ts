import { z } from 'zod/v3';
import type { ParticipationRecord } from '../../../domain/records.ts';
import { dateSchema, PERIODS, schoolIdSchema, TRAJECTORIES, type Period } from '../../../domain/vocabulary.ts';
import type { ParticipationDeps } from '../../../shared/deps.ts';
import { authorize, type Actor } from '../../../shared/policy.ts';
import { parseInput } from '../../../shared/validate.ts';
import { toParticipation } from '../../../sources/dynamodb/items.ts';
import { indexKeys, keys } from '../../../sources/dynamodb/keys.ts';
import { nowOf } from '../../../sources/dynamodb/store.ts';
import { buildUpdate } from '../../../sources/dynamodb/update.ts';
import { authorizedSchoolFor } from './authorized-school.ts';
import { documents } from '../../../sources/dynamodb/sdk.ts';

const { UpdateCommand } = documents;

export const participationInput = z.object({
  schoolId: schoolIdSchema,
  period: z.enum(Object.keys(PERIODS) as [Period, ...Period[]]).default('CMK4'),
  trajectory: z.enum(TRAJECTORIES),
  advisorId: z.string().trim().min(1).max(128),
  regionId: z.string().trim().min(1).max(128).optional(),
  projectId: z.string().trim().min(1).max(128).optional(),
  startedOn: dateSchema.optional(),
  note: z.string().trim().max(2000).optional(),
});
export type ParticipationInput = z.input<typeof participationInput>;

/** A school takes part in a CmK period in a trajectory, with an advisor. Registering again updates it. */
export async function registerParticipation(deps: ParticipationDeps, actor: Actor, raw: ParticipationInput): Promise<ParticipationRecord> {
  authorize(actor, 'Mutation.registerParticipation', undefined, deps.logger);
  const school = await authorizedSchoolFor(deps.store, actor, 'Mutation.registerParticipation', raw.schoolId, deps.logger);
  const input = parseInput(participationInput, raw);
  const at = nowOf(deps.store).toISOString();
  const fields: Record<string, unknown> = {
    type: 'Participation',
    schoolId: school.id,
    period: input.period,
    trajectory: input.trajectory,
    advisorId: input.advisorId,
    regionId: input.regionId,
    projectId: input.projectId,
    municipalityCode: school.municipalityCode,
    startedOn: input.startedOn,
    note: input.note,
    updatedAt: at,
    ...indexKeys.participation({ ...input, municipalityCode: school.municipalityCode }),
  };
  const { Attributes } = await deps.store.doc.send(
    new UpdateCommand({
      TableName: deps.store.tableName,
      Key: keys.participation(school.id, input.period),
      ...buildUpdate({
        set: fields,
        setClauses: ['#registeredAt = if_not_exists(#registeredAt, :at)'],
        names: { '#registeredAt': 'registeredAt' },
        values: { ':at': at },
      }),
      ReturnValues: 'ALL_NEW',
    }),
  );
  return toParticipation(Attributes ?? {});
}
