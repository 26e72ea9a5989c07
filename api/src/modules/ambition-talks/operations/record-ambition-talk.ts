import type { AmbitionTalkRecord } from '../../../domain/records.ts';
import { schoolYearOf } from '../../../domain/vocabulary.ts';
import type { ParticipationDeps } from '../../../shared/deps.ts';
import { UserFacingError } from '../../../shared/errors.ts';
import { authorize, type Actor } from '../../../shared/policy.ts';
import { parseInput } from '../../../shared/validate.ts';
import { indexKeys, keys } from '../../../sources/dynamodb/keys.ts';
import { nowOf } from '../../../sources/dynamodb/store.ts';
import { authorizedSchoolFor } from '../../schools/operations/authorized-school.ts';
import { ambitionTalkInput, type AmbitionTalkInput } from '../inputs.ts';
import { documents, dynamodb } from '../../../sources/dynamodb/sdk.ts';

const { ConditionalCheckFailedException } = dynamodb;
const { PutCommand } = documents;

/**
 * The advisor records a talk; one talk per school per date, so recording it again corrects it. A
 * draft may be saved again and again and then made final; a final talk stays final (the school
 * has read it), so saving it as a draft again answers AMBITION_TALK_FINAL and writes nothing.
 */
export async function recordAmbitionTalk(deps: ParticipationDeps, actor: Actor, raw: AmbitionTalkInput): Promise<AmbitionTalkRecord> {
  authorize(actor, 'Mutation.recordAmbitionTalk', undefined, deps.logger);
  const school = await authorizedSchoolFor(deps.store, actor, 'Mutation.recordAmbitionTalk', raw.schoolId, deps.logger);
  const input = parseInput(ambitionTalkInput, raw);
  const record: AmbitionTalkRecord = {
    ...input,
    place: input.place ?? school.place,
    schoolYear: schoolYearOf(new Date(`${input.date}T12:00:00Z`)),
    municipalityCode: school.municipalityCode,
    recordedAt: nowOf(deps.store).toISOString(),
  };
  try {
    await deps.store.doc.send(
      new PutCommand({
        TableName: deps.store.tableName,
        Item: {
          ...keys.ambitionTalk(school.id, input.date),
          ...indexKeys.ambitionTalk({ ...record, schoolId: school.id }),
          type: 'AmbitionTalk',
          ...record,
        },
        // One conditional put: the check and the write cannot be split by a concurrent save.
        ...(input.status === 'DRAFT'
          ? {
              ConditionExpression: 'attribute_not_exists(pk) OR #status = :draft',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':draft': 'DRAFT' },
            }
          : {}),
      }),
    );
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) {
      throw new UserFacingError('AMBITION_TALK_FINAL', 'This talk is final already; save it as final to correct it.', {
        schoolId: school.id,
        date: input.date,
      });
    }
    throw error;
  }
  return record;
}
