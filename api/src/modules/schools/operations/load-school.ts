import type { SchoolRecord } from '../../../domain/records.ts';
import { toSchool } from '../../../sources/dynamodb/items.ts';
import { keys } from '../../../sources/dynamodb/keys.ts';
import { getItem } from '../../../sources/dynamodb/query.ts';
import type { ParticipationStore } from '../../../sources/dynamodb/store.ts';

/** The school as stored (consistent read), without access checks: the operation asks the policy. */
export async function loadSchool(store: ParticipationStore, schoolId: string): Promise<SchoolRecord | null> {
  const item = await getItem(store, keys.school(schoolId), { consistent: true });
  return item ? toSchool(item) : null;
}
