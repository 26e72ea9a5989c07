import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Viewer } from '../../../context.ts';
import { indexKeys, keys } from '../../../sources/dynamodb/keys.ts';
import { nowOf } from '../../../sources/dynamodb/store.ts';
import { canSeeSchool, notFound, requireRole } from '../../participation/access.ts';
import type { ParticipationDeps } from '../../participation/deps.ts';
import { parseInput } from '../../participation/validate.ts';
import { schoolYearOf } from '../../participation/vocabulary.ts';
import { loadSchool } from '../../schools/operations/get-school.ts';
import { ambitionTalkInput, type AmbitionTalkInput, type AmbitionTalkRecord } from '../inputs.ts';

/** The advisor records a talk; one talk per school per date, so recording it again corrects it. */
export async function recordAmbitionTalk(deps: ParticipationDeps, viewer: Viewer, raw: AmbitionTalkInput): Promise<AmbitionTalkRecord> {
  const input = parseInput(ambitionTalkInput, raw);
  requireRole(viewer, ['ADVISOR', 'ADMIN'], 'record an ambition talk');
  const school = await loadSchool(deps.store, input.schoolId);
  if (!school || !(await canSeeSchool(deps, viewer, school))) throw notFound('School', input.schoolId);
  const record: AmbitionTalkRecord = {
    ...input,
    place: input.place ?? school.place,
    schoolYear: schoolYearOf(new Date(`${input.date}T12:00:00Z`)),
    municipalityCode: school.municipalityCode,
    recordedAt: nowOf(deps.store).toISOString(),
  };
  await deps.store.doc.send(
    new PutCommand({
      TableName: deps.store.tableName,
      Item: {
        ...keys.ambitionTalk(school.id, input.date),
        ...indexKeys.ambitionTalk({ ...record, schoolId: school.id }),
        type: 'AmbitionTalk',
        ...record,
      },
    }),
  );
  return record;
}
