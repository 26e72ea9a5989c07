import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Viewer } from '../../../context.ts';
import { toSchool, type SchoolRecord } from '../../../sources/dynamodb/items.ts';
import { keys } from '../../../sources/dynamodb/keys.ts';
import type { ParticipationStore } from '../../../sources/dynamodb/store.ts';
import { canSeeSchool } from '../../participation/access.ts';
import type { ParticipationDeps } from '../../participation/deps.ts';

/** The school as stored, without access checks (for other operations). */
export async function loadSchool(store: ParticipationStore, schoolId: string): Promise<SchoolRecord | null> {
  const { Item } = await store.doc.send(new GetCommand({ TableName: store.tableName, Key: keys.school(schoolId), ConsistentRead: true }));
  return Item ? toSchool(Item) : null;
}

/**
 * A school's public facts (DUO open data) are public; this operation is for the views that join
 * the school's own participation, so it answers null to anyone who may not see that.
 */
export async function getSchool(deps: ParticipationDeps, viewer: Viewer, schoolId: string): Promise<SchoolRecord | null> {
  const school = await loadSchool(deps.store, schoolId.trim().toUpperCase());
  if (!school) return null;
  return (await canSeeSchool(deps, viewer, school)) ? school : null;
}
