/**
 * Who may see or change a school's participation data (CONTRACT.md, Roles). Someone else's data
 * answers as if it did not exist, so callers turn a `false` into NOT_FOUND.
 */
import type { Viewer } from '../../context.ts';
import { UserFacingError } from '../../shared/errors.ts';
import type { ParticipationDeps } from './deps.ts';

export async function advisorCovers(deps: ParticipationDeps, viewer: Viewer, municipalityCode: string): Promise<boolean> {
  if (viewer.role !== 'ADVISOR' || !viewer.regionId || !deps.regions) return false;
  return (await deps.regions.municipalityCodes(viewer.regionId)).includes(municipalityCode);
}

/** School (its own), advisor (its region), admin. */
export async function canSeeSchool(
  deps: ParticipationDeps,
  viewer: Viewer,
  school: { id: string; municipalityCode: string },
): Promise<boolean> {
  if (viewer.role === 'ADMIN') return true;
  if (viewer.role === 'SCHOOL') return viewer.schoolId === school.id;
  return advisorCovers(deps, viewer, school.municipalityCode);
}

export function requireSignedIn(viewer: Viewer): void {
  if (viewer.role === 'ANONYMOUS') throw new UserFacingError('UNAUTHENTICATED', 'Sign in to do this.');
}

export function requireRole(viewer: Viewer, roles: readonly Viewer['role'][], what: string): void {
  requireSignedIn(viewer);
  if (!roles.includes(viewer.role)) throw new UserFacingError('FORBIDDEN', `Your role may not ${what}.`);
}

export const notFound = (what: string, id: string): UserFacingError =>
  new UserFacingError('NOT_FOUND', `${what} ${id} does not exist.`, { id });
