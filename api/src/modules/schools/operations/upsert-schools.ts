import type { SchoolFacts, SchoolRecord } from '../../../domain/records.ts';
import { indexKeys, keys } from '../../../sources/dynamodb/keys.ts';
import { nowOf, type ParticipationStore } from '../../../sources/dynamodb/store.ts';
import { buildUpdate } from '../../../sources/dynamodb/update.ts';
import { documents } from '../../../sources/dynamodb/sdk.ts';

const { UpdateCommand } = documents;

/** Writes one school by its BRIN6: attributes that are given are set, others (e.g. pupil counts) are kept. */
async function upsertOne(store: ParticipationStore, school: Partial<SchoolRecord> & { id: string }, at: string): Promise<void> {
  const fields: Record<string, unknown> = { ...school, updatedAt: at, type: 'School' };
  if (school.municipalityCode) Object.assign(fields, indexKeys.school(school.municipalityCode, school.id));
  await store.doc.send(new UpdateCommand({ TableName: store.tableName, Key: keys.school(school.id), ...buildUpdate({ set: fields }) }));
}

/** Inserts or updates schools (keyed by BRIN6, so a re-import never duplicates). */
export async function upsertSchools(
  store: ParticipationStore,
  schools: readonly SchoolFacts[],
  concurrency = 8,
  onWritten?: (done: number) => void,
): Promise<number> {
  const at = nowOf(store).toISOString();
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < schools.length) {
      const school = schools[next++]!;
      await upsertOne(store, school, at);
      onWritten?.(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, schools.length) }, worker));
  return schools.length;
}

/**
 * Sets pupil counts of known schools only (DUO's pupil file lists locations the location file may
 * not have; those are reported, not invented). Returns the BRIN6 codes that were not found.
 */
export async function setSchoolPupils(
  store: ParticipationStore,
  counts: readonly { schoolId: string; pupils: number; referenceDate?: string }[],
): Promise<string[]> {
  const at = nowOf(store).toISOString();
  const unknown: string[] = [];
  for (const c of counts) {
    try {
      await store.doc.send(
        new UpdateCommand({
          TableName: store.tableName,
          Key: keys.school(c.schoolId),
          UpdateExpression: 'SET pupils = :p, pupilsReferenceDate = :d, updatedAt = :at',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':p': c.pupils, ':d': c.referenceDate ?? null, ':at': at },
        }),
      );
    } catch (error) {
      if (error instanceof Error && error.name === 'ConditionalCheckFailedException') unknown.push(c.schoolId);
      else throw error;
    }
  }
  return unknown;
}
