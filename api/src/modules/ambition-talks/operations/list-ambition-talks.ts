import type { Viewer } from '../../../context.ts';
import { stripKeys } from '../../../sources/dynamodb/items.ts';
import { queryIndex } from '../../../sources/dynamodb/query.ts';
import { canSeeSchool } from '../../participation/access.ts';
import type { ParticipationDeps } from '../../participation/deps.ts';
import { loadSchool } from '../../schools/operations/get-school.ts';
import type { AmbitionTalkRecord } from '../inputs.ts';

/** A school's ambition talks, oldest first; empty for a viewer who may not see the school. */
export async function listAmbitionTalks(deps: ParticipationDeps, viewer: Viewer, schoolId: string): Promise<AmbitionTalkRecord[]> {
  const school = await loadSchool(deps.store, schoolId);
  if (!school || !(await canSeeSchool(deps, viewer, school))) return [];
  return (await queryIndex(deps.store, null, `SCHOOL#${school.id}`, 'AMBITION#')).map((i) => stripKeys<AmbitionTalkRecord>(i));
}

/** Talks an advisor held, newest first (gsi3). */
export async function listAdvisorAmbitionTalks(deps: ParticipationDeps, advisorId: string): Promise<AmbitionTalkRecord[]> {
  const items = await queryIndex(deps.store, 'gsi3', `ADVISOR#${advisorId}`, 'AMBITION#');
  return items.map((i) => stripKeys<AmbitionTalkRecord>(i)).reverse();
}
