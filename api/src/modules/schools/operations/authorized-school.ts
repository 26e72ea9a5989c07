import type { SchoolRecord } from '../../../domain/records.ts';
import { normalizeSchoolId } from '../../../domain/vocabulary.ts';
import { notFound } from '../../../shared/errors.ts';
import { authorize, subjects, type Actor, type DenialLogger, type OperationName } from '../../../shared/policy.ts';
import type { ParticipationStore } from '../../../sources/dynamodb/store.ts';
import { loadSchool } from './load-school.ts';

/**
 * The school an operation acts on, once the policy allowed the caller the role (before this) and
 * the school (here): a missing school and someone else's both answer NOT_FOUND. It comes before the
 * input is checked, so an input error never tells whether someone else's school exists.
 */
export async function authorizedSchoolFor(
  store: ParticipationStore,
  actor: Actor,
  operation: OperationName,
  schoolId: string,
  logger?: DenialLogger,
): Promise<SchoolRecord> {
  const school = await loadSchool(store, normalizeSchoolId(String(schoolId ?? '')));
  if (!school) throw notFound();
  authorize(actor, operation, subjects.school(school), logger);
  return school;
}
