import { z } from 'zod/v3';
import { toSchool, type SchoolRecord } from '../../../sources/dynamodb/items.ts';
import { queryIndex } from '../../../sources/dynamodb/query.ts';
import type { ParticipationStore } from '../../../sources/dynamodb/store.ts';
import { parseInput } from '../../participation/validate.ts';

const input = z.object({ municipalityCode: z.string().regex(/^GM\d{4}$/, 'a CBS municipality code looks like GM0392') });

/**
 * Schools of a municipality (DUO's public facts; gsi1), by BRIN6. Public facts only: the caller
 * joins participation data through operations that check the viewer.
 */
export async function listSchools(store: ParticipationStore, raw: { municipalityCode: string }): Promise<SchoolRecord[]> {
  const { municipalityCode } = parseInput(input, raw);
  return (await queryIndex(store, 'gsi1', `MUNICIPALITY#${municipalityCode}`, 'SCHOOL#')).map(toSchool);
}
