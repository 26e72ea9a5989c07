import type { Viewer } from '../../../context.ts';
import { toParticipation, type ParticipationRecord } from '../../../sources/dynamodb/items.ts';
import { queryIndex } from '../../../sources/dynamodb/query.ts';
import { advisorCovers } from '../access.ts';
import type { ParticipationDeps } from '../deps.ts';
import type { Period } from '../vocabulary.ts';

/** Participations of a school (all periods), as far as the viewer may see them. */
export async function listSchoolParticipations(deps: ParticipationDeps, viewer: Viewer, schoolId: string): Promise<ParticipationRecord[]> {
  const items = (await queryIndex(deps.store, null, `SCHOOL#${schoolId}`, 'PARTICIPATION#')).map(toParticipation);
  if (viewer.role === 'ADMIN' || (viewer.role === 'SCHOOL' && viewer.schoolId === schoolId)) return items;
  const first = items[0];
  return first && (await advisorCovers(deps, viewer, first.municipalityCode)) ? items : [];
}

/** Schools taking part in a period, optionally of one municipality (gsi2); for reports and advisors. */
export async function listParticipations(
  deps: ParticipationDeps,
  input: { period: Period; municipalityCode?: string },
): Promise<ParticipationRecord[]> {
  const prefix = input.municipalityCode ? `MUNICIPALITY#${input.municipalityCode}#` : undefined;
  return (await queryIndex(deps.store, 'gsi2', `PARTICIPATION#${input.period}`, prefix)).map(toParticipation);
}

/** The schools an advisor follows (gsi3). */
export async function listAdvisorParticipations(
  deps: ParticipationDeps,
  advisorId: string,
  period?: Period,
): Promise<ParticipationRecord[]> {
  return (await queryIndex(deps.store, 'gsi3', `ADVISOR#${advisorId}`, period ? `PARTICIPATION#${period}#` : 'PARTICIPATION#')).map(
    toParticipation,
  );
}
