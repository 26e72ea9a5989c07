/** Shared fixtures of the participation tests: a store on DynamoDB Local, schools and offers. */
import type { Viewer } from '../../src/domain/viewer.ts';
import type { OfferRef } from '../../src/domain/records.ts';
import type { Sector } from '../../src/domain/vocabulary.ts';
import type { SchoolFacts } from '../../src/domain/records.ts';
import type { ParticipationStore } from '../../src/sources/dynamodb/store.ts';
import { scanAll } from '../../src/sources/dynamodb/query.ts';
import type { TestDynamoDb } from '../support/dynamodb.ts';

export const admin: Viewer = { role: 'ADMIN' };
export const schoolViewer = (schoolId: string): Viewer => ({ role: 'SCHOOL', schoolId });
export const partnerViewer = (partnerId: string): Viewer => ({ role: 'PARTNER', partnerId });

export async function testStore(db: TestDynamoDb): Promise<ParticipationStore> {
  const names = await db.createTestTables();
  return { doc: db.doc, tableName: names.participation };
}

/** BRIN6-shaped ids: 2 digits, 2 letters, 2 digits. */
export const schoolId = (i: number): string =>
  `${String(10 + (i % 90)).padStart(2, '0')}${String.fromCharCode(65 + (Math.floor(i / 90) % 26))}X${String(Math.floor(i / 2340)).padStart(2, '0')}`;

const MUNICIPALITIES = [
  ['GM0392', 'Haarlem'],
  ['GM0397', 'Heemstede'],
  ['GM0473', 'Zandvoort'],
  ['GM0622', 'Vlaardingen'],
  ['GM0542', 'Krimpen aan den IJssel'],
] as const;

export function makeSchools(count: number): SchoolFacts[] {
  return Array.from({ length: count }, (_, i) => {
    const [municipalityCode, municipalityName] = MUNICIPALITIES[i % MUNICIPALITIES.length]!;
    const vo = i % 4 === 3;
    const sector: Sector = vo ? 'VMBO' : i % 7 === 5 ? 'SBO' : 'BO';
    return {
      id: schoolId(i),
      institutionCode: schoolId(i).slice(0, 4),
      name: `Testschool ${i}`,
      place: municipalityName,
      municipalityCode,
      municipalityName,
      kind: vo ? 'VO' : 'PO',
      sector,
      sectors: [sector],
      pupils: 100 + ((i * 37) % 400),
    };
  });
}

export const offer = (id: string, overrides: Partial<OfferRef> = {}): OfferRef => ({
  id,
  partnerId: 'partner-1',
  capacity: null,
  disciplines: ['MUSIC'],
  maxBookingsPerSchool: 1,
  ...overrides,
});

/** The error code a promise rejects with, or 'OK'. */
export async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    const code = (error as { extensions?: { code?: string } }).extensions?.code;
    if (!code) throw error;
    return code;
  }
}

/** Every item, sorted, for "nothing was written" comparisons. */
export async function snapshot(store: ParticipationStore): Promise<string> {
  const items = await scanAll(store);
  return JSON.stringify(items.map((i) => JSON.stringify(i, Object.keys(i).sort())).sort());
}
