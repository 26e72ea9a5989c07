import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod/v3';
import type { Viewer } from '../../../context.ts';
import { toParticipation, type ParticipationRecord } from '../../../sources/dynamodb/items.ts';
import { indexKeys, keys } from '../../../sources/dynamodb/keys.ts';
import { nowOf } from '../../../sources/dynamodb/store.ts';
import { loadSchool } from '../../schools/operations/get-school.ts';
import { canSeeSchool, notFound, requireRole } from '../access.ts';
import type { ParticipationDeps } from '../deps.ts';
import { parseInput } from '../validate.ts';
import { dateSchema, PERIODS, schoolIdSchema, TRAJECTORIES, type Period } from '../vocabulary.ts';

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
export async function registerParticipation(
  deps: ParticipationDeps,
  viewer: Viewer,
  raw: ParticipationInput,
): Promise<ParticipationRecord> {
  const input = parseInput(participationInput, raw);
  requireRole(viewer, ['ADVISOR', 'ADMIN'], 'register participation');
  const school = await loadSchool(deps.store, input.schoolId);
  if (!school || !(await canSeeSchool(deps, viewer, school))) throw notFound('School', input.schoolId);
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
  const names: Record<string, string> = { '#registeredAt': 'registeredAt' };
  const values: Record<string, unknown> = { ':at': at };
  const sets = Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([attribute, value], i) => {
      names[`#f${i}`] = attribute;
      values[`:f${i}`] = value;
      return `#f${i} = :f${i}`;
    });
  const { Attributes } = await deps.store.doc.send(
    new UpdateCommand({
      TableName: deps.store.tableName,
      Key: keys.participation(school.id, input.period),
      UpdateExpression: `SET ${sets.join(', ')}, #registeredAt = if_not_exists(#registeredAt, :at)`,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
      ReturnValues: 'ALL_NEW',
    }),
  );
  return toParticipation(Attributes ?? {});
}
