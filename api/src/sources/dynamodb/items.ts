/** Raw items of the participation table → the domain's records (domain/records.ts), without key attributes. */
import type {
  AmbitionTalkRecord,
  BookingRecord,
  EviResultRecord,
  OfferYearRecord,
  ParticipationRecord,
  SchoolRecord,
} from '../../domain/records.ts';
import type { Item } from './query.ts';

const KEY_ATTRIBUTES = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk', 'gsi4pk', 'gsi4sk', 'type', 'expiresAt'];

/** The item without its key and bookkeeping attributes. */
export function stripKeys<T>(item: Item): T {
  const copy: Item = { ...item };
  for (const k of KEY_ATTRIBUTES) delete copy[k];
  return copy as T;
}

export const toSchool = (item: Item): SchoolRecord => stripKeys<SchoolRecord>(item);
export const toParticipation = (item: Item): ParticipationRecord => stripKeys<ParticipationRecord>(item);
export const toBooking = (item: Item): BookingRecord => stripKeys<BookingRecord>(item);

export function toOfferYear(offerId: string, schoolYear: string, item: Item | undefined): OfferYearRecord {
  const num = (k: string) => (typeof item?.[k] === 'number' ? (item[k] as number) : 0);
  const capacity = typeof item?.capacity === 'number' ? item.capacity : undefined;
  const booked = num('booked');
  return {
    offerId,
    schoolYear,
    ...(capacity === undefined ? {} : { capacity }),
    booked,
    remaining: capacity === undefined ? null : Math.max(0, capacity - booked),
    held: num('held'),
    pupilsReached: num('pupilsReached'),
    ratingSum: num('ratingSum'),
    ratingCount: num('ratingCount'),
  };
}
export const toEviResult = (item: Item): EviResultRecord => stripKeys<EviResultRecord>(item);
export const toAmbitionTalk = (item: Item): AmbitionTalkRecord => stripKeys<AmbitionTalkRecord>(item);
