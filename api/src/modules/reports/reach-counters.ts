/**
 * Reach counters: one item per (school year, municipality, sector) and per (school year,
 * municipality, discipline). Every state change adds its deltas to them in the SAME transaction, so
 * a counter can never drift from the items it counts, however requests interleave or retry.
 */
import { keys, type Key } from '../../sources/dynamodb/keys.ts';
import type { BookingRecord } from '../../sources/dynamodb/items.ts';
import type { TransactItem } from '../../sources/dynamodb/transact.ts';

/** Counter attributes: one per booking status, plus pupilsReached and activities (held bookings). */
export type ReachDeltas = Partial<Record<string, number>>;

export function counterUpdate(tableName: string, key: Key, deltas: ReachDeltas, labels: Record<string, string>): TransactItem {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const adds: string[] = [];
  const sets: string[] = [];
  Object.entries(deltas).forEach(([attribute, delta], i) => {
    if (!delta) return;
    names[`#a${i}`] = attribute;
    values[`:a${i}`] = delta;
    adds.push(`#a${i} :a${i}`);
  });
  Object.entries(labels).forEach(([attribute, value], i) => {
    names[`#l${i}`] = attribute;
    values[`:l${i}`] = value;
    sets.push(`#l${i} = :l${i}`);
  });
  const expression = [sets.length ? `SET ${sets.join(', ')}` : '', adds.length ? `ADD ${adds.join(', ')}` : ''].filter(Boolean).join(' ');
  return {
    Update: {
      TableName: tableName,
      Key: key,
      UpdateExpression: expression,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  };
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
