import type { ParticipationStore } from '../../../sources/dynamodb/store.ts';
import { parseDuoLocations, parseDuoPupils, type RowProblem } from '../duo/parse-duo.ts';
import { setSchoolPupils, upsertSchools } from './upsert-schools.ts';

export interface DuoFile {
  readonly name: string;
  readonly content: Uint8Array | string;
}

export interface DuoImportReport {
  /** Schools written (inserted or updated; keyed by BRIN6, so never duplicated). */
  readonly schools: number;
  /** Schools whose pupil count was set. */
  readonly pupilCounts: number;
  /** Rows that could not be read, with file and line. */
  readonly problems: RowProblem[];
  /** Locations in a pupils file that no locations file has. */
  readonly unknownInPupils: string[];
}

/**
 * Imports DUO's location files (po and vo) and then its pupils-per-location files. Bad rows are
 * reported and skipped; every good row is written. Running it again with next month's files
 * updates the schools in place.
 */
export async function importDuo(
  store: ParticipationStore,
  files: { readonly locations: readonly DuoFile[]; readonly pupils?: readonly DuoFile[] },
): Promise<DuoImportReport> {
  const problems: RowProblem[] = [];
  let schools = 0;
  for (const file of files.locations) {
    const parsed = parseDuoLocations(file.content, file.name);
    problems.push(...parsed.problems);
    schools += await upsertSchools(store, parsed.schools);
  }
  let pupilCounts = 0;
  const unknownInPupils: string[] = [];
  for (const file of files.pupils ?? []) {
    const parsed = parseDuoPupils(file.content, file.name);
    problems.push(...parsed.problems);
    const unknown = await setSchoolPupils(store, parsed.counts);
    unknownInPupils.push(...unknown);
    pupilCounts += parsed.counts.length - unknown.length;
  }
  return { schools, pupilCounts, problems, unknownInPupils };
}
