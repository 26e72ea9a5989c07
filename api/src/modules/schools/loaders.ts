/**
 * DataLoaders of schools and their participation, built per request in context.ts. Participations
 * that a page of schools asks for are read per period and municipality, not per school, so a page
 * costs the same number of round trips whatever its size.
 */
import DataLoader from 'dataloader';
import type { ParticipationRecord, SchoolRecord } from '../../domain/records.ts';
import { PERIODS, type Period } from '../../domain/vocabulary.ts';
import { toParticipation, toSchool } from '../../sources/dynamodb/items.ts';
import { keys } from '../../sources/dynamodb/keys.ts';
import { batchGet, itemKey, queryIndex } from '../../sources/dynamodb/query.ts';
import type { Table } from '../../sources/dynamodb/store.ts';

export interface SchoolLoaders {
  /** Schools by BRIN6, as stored (no access check: resolvers ask the policy). */
  readonly schools: DataLoader<string, SchoolRecord | null>;
  /** Schools of a municipality (DUO facts). */
  readonly schoolsByMunicipality: DataLoader<string, SchoolRecord[]>;
  readonly participationsBySchool: DataLoader<{ schoolId: string; municipalityCode: string }, ParticipationRecord[], string>;
}

export function createSchoolLoaders(store: Table): SchoolLoaders {
  return {
    schools: new DataLoader(async (ids) => {
      const found = await batchGet(store, ids.map(keys.school));
      return ids.map((id) => {
        const item = found.get(itemKey(keys.school(id)));
        return item ? toSchool(item) : null;
      });
    }),
    schoolsByMunicipality: new DataLoader((codes) =>
      Promise.all(codes.map(async (code) => (await queryIndex(store, 'gsi1', `MUNICIPALITY#${code}`, 'SCHOOL#')).map(toSchool))),
    ),
    participationsBySchool: new DataLoader(
      async (wanted) => {
        if (wanted.length === 1) {
          return [(await queryIndex(store, null, `SCHOOL#${wanted[0]!.schoolId}`, 'PARTICIPATION#')).map(toParticipation)];
        }
        // Several schools: one query per period and municipality.
        const codes = [...new Set(wanted.map((w) => w.municipalityCode))];
        const periods = Object.keys(PERIODS) as Period[];
        const all = (
          await Promise.all(periods.flatMap((p) => codes.map((c) => queryIndex(store, 'gsi2', `PARTICIPATION#${p}`, `MUNICIPALITY#${c}#`))))
        )
          .flat()
          .map(toParticipation);
        return wanted.map((w) => all.filter((p) => p.schoolId === w.schoolId).sort((a, b) => a.period.localeCompare(b.period)));
      },
      { cacheKeyFn: (k) => k.schoolId },
    ),
  };
}
