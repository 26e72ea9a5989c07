import type { Viewer } from '../../../context.ts';
import { stripKeys } from '../../../sources/dynamodb/items.ts';
import { queryIndex } from '../../../sources/dynamodb/query.ts';
import { canSeeSchool } from '../../participation/access.ts';
import type { ParticipationDeps } from '../../participation/deps.ts';
import { loadSchool } from '../../schools/operations/get-school.ts';
import type { EviResultRecord } from '../inputs.ts';

/** A school's Evi results, oldest school year first; empty for a viewer who may not see the school. */
export async function listEviResults(deps: ParticipationDeps, viewer: Viewer, schoolId: string): Promise<EviResultRecord[]> {
  const school = await loadSchool(deps.store, schoolId);
  if (!school || !(await canSeeSchool(deps, viewer, school))) return [];
  return (await queryIndex(deps.store, null, `SCHOOL#${school.id}`, 'EVI#')).map((i) => stripKeys<EviResultRecord>(i));
}
