import type { ParticipationStore } from '../../../sources/dynamodb/store.ts';
import {
  DuoFileError,
  parseDuoLocations,
  parseDuoPupils,
  parseRio,
  rioPositions,
  type ParsedLocations,
  type ParsedPupils,
  type ParsedRio,
  type RowProblem,
} from '../duo/parse-duo.ts';
import { setSchoolPupils, upsertSchools } from './upsert-schools.ts';

export interface DuoFile {
  readonly name: string;
  readonly content: Uint8Array | string;
}

export interface DuoFileReport {
  readonly file: string;
  readonly format: string;
  readonly encoding: string;
  readonly rows: number;
  /** Rows that gave a school, a pupil count or a RIO record. */
  readonly accepted: number;
  readonly rejected: number;
}

export interface DuoImportReport {
  /** Schools written (inserted or updated; keyed by BRIN6, so never duplicated). */
  readonly schools: number;
  /** Schools written with RIO coordinates (the others are placed at their municipality's centre). */
  readonly withCoordinates: number;
  /** Schools whose pupil count was set. */
  readonly pupilCounts: number;
  /** Rows that could not be read, with file and line. */
  readonly problems: RowProblem[];
  /** Locations in a pupils file that no locations file has. */
  readonly unknownInPupils: string[];
  readonly files: DuoFileReport[];
}

/** One or more files could not be read at all; nothing was written. */
export class DuoImportRefused extends Error {
  constructor(readonly errors: readonly DuoFileError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'DuoImportRefused';
  }
}

export type DuoProgress = (event: { phase: 'read' | 'write'; file?: string; done: number; total: number }) => void;

/**
 * Imports DUO's location files (po and vo) with RIO's coordinates, then its pupils-per-location
 * files. Every file is read before anything is written: a file that cannot be read (encoding, header)
 * refuses the whole import (DuoImportRefused) and nothing is written. Bad rows are reported and
 * skipped; every good row is written. Running it again with next month's files updates in place.
 */
export async function importDuo(
  store: ParticipationStore,
  files: { readonly locations: readonly DuoFile[]; readonly pupils?: readonly DuoFile[]; readonly rio?: readonly DuoFile[] },
  onProgress?: DuoProgress,
): Promise<DuoImportReport> {
  const errors: DuoFileError[] = [];
  const attempt = <T>(parse: () => T): T | undefined => {
    try {
      return parse();
    } catch (error) {
      if (error instanceof DuoFileError) errors.push(error);
      else throw error;
      return undefined;
    }
  };
  const locations = files.locations.map((f) => [f.name, attempt(() => parseDuoLocations(f.content, f.name))] as const);
  const pupils = (files.pupils ?? []).map((f) => [f.name, attempt(() => parseDuoPupils(f.content, f.name))] as const);
  const rio = (files.rio ?? []).map((f) => [f.name, attempt(() => ({ ...parseRio(f.content, f.name), file: f.name }))] as const);
  if (errors.length) throw new DuoImportRefused(errors);

  const reports: DuoFileReport[] = [];
  const problems: RowProblem[] = [];
  const report = (file: string, format: string, parsed: ParsedLocations | ParsedPupils | ParsedRio, accepted: number) => {
    const rejected = new Set(parsed.problems.map((p) => p.line)).size;
    reports.push({ file, format, encoding: parsed.encoding, rows: parsed.rows, accepted, rejected });
    problems.push(...parsed.problems);
    onProgress?.({ phase: 'read', file, done: parsed.rows, total: parsed.rows });
  };
  for (const [file, p] of locations) report(file, p!.kind === 'PO' ? 'locations po' : 'locations vo', p!, p!.schools.length);
  for (const [file, p] of rio) report(file, `rio ${p!.table}`, p!, p!.table === 'locations' ? p!.positions.size : p!.links.length);
  for (const [file, p] of pupils) report(file, 'pupils', p!, p!.counts.length);

  const positions = rioPositions(rio.map(([, p]) => p!));
  problems.push(...positions.problems);
  const schools = locations.flatMap(([, p]) => p!.schools).map((s) => ({ ...s, ...positions.bySchool.get(s.id) }));
  const withCoordinates = schools.filter((s) => s.latitude !== undefined).length;
  const written = await upsertSchools(store, schools, 8, (done) => onProgress?.({ phase: 'write', done, total: schools.length }));

  let pupilCounts = 0;
  const unknownInPupils: string[] = [];
  for (const [, parsed] of pupils) {
    const unknown = await setSchoolPupils(store, parsed!.counts);
    unknownInPupils.push(...unknown);
    pupilCounts += parsed!.counts.length - unknown.length;
  }
  return { schools: written, withCoordinates, pupilCounts, problems, unknownInPupils, files: reports };
}
