/**
 * DataLoaders of bookings, built per request in context.ts. The bookings of a page of schools are
 * read per municipality and year, not per school, so a page costs the same number of round trips
 * whatever its size.
 */
import DataLoader from 'dataloader';
import type { BookingRecord } from '../../domain/records.ts';
import { toBooking } from '../../sources/dynamodb/items.ts';
import { keys } from '../../sources/dynamodb/keys.ts';
import { batchGet, itemKey, queryIndex } from '../../sources/dynamodb/query.ts';
import type { Table } from '../../sources/dynamodb/store.ts';

const byRequest = (a: BookingRecord, b: BookingRecord) => a.requestedAt.localeCompare(b.requestedAt) || a.id.localeCompare(b.id);

/** A school's bookings of one school year; `municipalityCode` lets a page of schools be read per municipality. */
export interface SchoolYearKey {
  readonly schoolId: string;
  readonly municipalityCode: string;
  readonly schoolYear: string;
}

export interface BookingLoaders {
  readonly bookings: DataLoader<string, BookingRecord | null>;
  readonly bookingsBySchool: DataLoader<SchoolYearKey, BookingRecord[], string>;
  /** A school's bookings of every school year, oldest request first (its story). */
  readonly allBookingsBySchool: DataLoader<string, BookingRecord[]>;
  readonly bookingsByPartner: DataLoader<{ partnerId: string; schoolYear: string }, BookingRecord[], string>;
}

export function createBookingLoaders(store: Table): BookingLoaders {
  return {
    bookings: new DataLoader(async (ids) => {
      const found = await batchGet(store, ids.map(keys.booking));
      return ids.map((id) => {
        const item = found.get(itemKey(keys.booking(id)));
        return item ? toBooking(item) : null;
      });
    }),
    bookingsBySchool: new DataLoader(
      async (wanted) => {
        if (wanted.length === 1) {
          const { schoolId, schoolYear } = wanted[0]!;
          return [(await queryIndex(store, 'gsi1', `SCHOOL#${schoolId}`, `BOOKING#${schoolYear}#`)).map(toBooking).sort(byRequest)];
        }
        // Several schools: one query per municipality and year, grouped by school.
        const partitions = [...new Set(wanted.map((w) => `MUNICIPALITY#${w.municipalityCode}#YEAR#${w.schoolYear}`))];
        const all = (await Promise.all(partitions.map((pk) => queryIndex(store, 'gsi4', pk)))).flat().map(toBooking);
        return wanted.map((w) => all.filter((b) => b.schoolId === w.schoolId && b.schoolYear === w.schoolYear).sort(byRequest));
      },
      { cacheKeyFn: (k) => `${k.schoolId}|${k.schoolYear}` },
    ),
    allBookingsBySchool: new DataLoader((ids) =>
      Promise.all(ids.map(async (id) => (await queryIndex(store, 'gsi1', `SCHOOL#${id}`, 'BOOKING#')).map(toBooking).sort(byRequest))),
    ),
    bookingsByPartner: new DataLoader(
      (wanted) =>
        Promise.all(
          wanted.map(async (w) =>
            (await queryIndex(store, 'gsi3', `PARTNER#${w.partnerId}#YEAR#${w.schoolYear}`)).map(toBooking).sort(byRequest),
          ),
        ),
      { cacheKeyFn: (k) => `${k.partnerId}|${k.schoolYear}` },
    ),
  };
}
