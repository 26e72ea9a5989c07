/**
 * Reach counters: one item per (school year, municipality, sector) and per (school year,
 * municipality, discipline). Every state change adds its deltas to them in the SAME transaction, so
 * a counter can never drift from the items it counts, however requests interleave or retry.
 */
import type { BookingRecord } from '../../domain/records.ts';
import { keys, type Key } from '../../sources/dynamodb/keys.ts';
import type { TransactItem } from '../../sources/dynamodb/transact.ts';
import { buildUpdate } from '../../sources/dynamodb/update.ts';

/** Counter attributes: one per booking status, plus pupilsReached and activities (held bookings). */
export type ReachDeltas = Partial<Record<string, number>>;

export function counterUpdate(tableName: string, key: Key, deltas: ReachDeltas, labels: Record<string, string>): TransactItem {
  return { Update: { TableName: tableName, Key: key, ...buildUpdate({ set: labels, add: deltas }) } };
}

/** The counter updates for a change of one booking: its sector cell and each of its disciplines' cells. */
export function bookingReachUpdates(
  tableName: string,
  booking: Pick<BookingRecord, 'schoolYear' | 'municipalityCode' | 'sector' | 'disciplines'>,
  deltas: ReachDeltas,
): TransactItem[] {
  const { schoolYear, municipalityCode } = booking;
  return [
    counterUpdate(tableName, keys.reachSector(schoolYear, municipalityCode, booking.sector), deltas, {
      type: 'ReachSector',
      schoolYear,
      municipalityCode,
      sector: booking.sector,
    }),
    ...booking.disciplines.map((discipline) =>
      counterUpdate(tableName, keys.reachDiscipline(schoolYear, municipalityCode, discipline), deltas, {
        type: 'ReachDiscipline',
        schoolYear,
        municipalityCode,
        discipline,
      }),
    ),
  ];
}
