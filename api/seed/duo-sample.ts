/** The DUO sample shipped in api/data/duo (fictional schools in DUO's exact format; see its README). */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SchoolFacts } from '../src/domain/records.ts';
import { parseDuoLocations, parseDuoPupils } from '../src/modules/schools/duo/parse-duo.ts';

export const SAMPLE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../data/duo');

export const SAMPLE_FILES = {
  locations: ['alle-vestigingen-bo.csv', 'alle-vestigingen-vo.csv'].map((f) => path.join(SAMPLE_DIR, f)),
  pupils: ['leerlingen-bo-per-vestiging.csv', 'leerlingen-vo-per-vestiging.csv'].map((f) => path.join(SAMPLE_DIR, f)),
};

/** The sample's schools with their pupil counts, ready for upsertSchools or the demo seed. */
export function sampleSchools(): SchoolFacts[] {
  const schools = SAMPLE_FILES.locations.flatMap((f) => parseDuoLocations(fs.readFileSync(f), path.basename(f)).schools);
  const counts = new Map(
    SAMPLE_FILES.pupils.flatMap((f) => parseDuoPupils(fs.readFileSync(f), path.basename(f)).counts).map((c) => [c.schoolId, c]),
  );
  return schools.map((s) => {
    const c = counts.get(s.id);
    return c ? { ...s, pupils: c.pupils, ...(c.referenceDate ? { pupilsReferenceDate: c.referenceDate } : {}) } : s;
  });
}
