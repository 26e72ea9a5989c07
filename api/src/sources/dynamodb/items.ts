/**
 * Typed records of the participation table and the mappers from raw items. Records carry no key
 * attributes: keys are an implementation detail of this folder (keys.ts).
 */
import type { BookingStatus, Discipline, Period, Sector, Trajectory } from '../../modules/participation/vocabulary.ts';
import type { Item } from './query.ts';

export interface SchoolRecord {
  readonly id: string; // BRIN6 (vestigingscode)
  readonly institutionCode: string; // BRIN4 (instellingscode)
  readonly name: string;
  readonly street?: string;
  readonly houseNumber?: string;
  readonly postcode?: string;
  readonly place: string;
  readonly municipalityCode: string; // GM0392
  readonly municipalityName: string;
  readonly province?: string;
  readonly denomination?: string;
  readonly kind: 'PO' | 'VO';
  readonly sector: Sector;
  readonly sectors: readonly Sector[];
  readonly website?: string;
  readonly pupils?: number;
  readonly pupilsReferenceDate?: string;
  readonly updatedAt: string;
}

export interface ParticipationRecord {
  readonly schoolId: string;
  readonly period: Period;
  readonly trajectory: Trajectory;
  readonly advisorId: string;
  readonly regionId?: string;
  readonly projectId?: string;
  readonly municipalityCode: string;
  readonly startedOn?: string;
  readonly note?: string;
  readonly registeredAt: string;
  readonly updatedAt: string;
}

export interface BookingGroup {
  readonly grade: number;
  readonly pupils: number;
  readonly teacher?: string;
}

export interface BookingHistoryEntry {
  readonly status: BookingStatus;
  readonly at: string;
  readonly by: string;
}

export interface BookingRecord {
  readonly id: string;
  readonly offerId: string;
  readonly partnerId: string;
  readonly schoolId: string;
  readonly schoolName: string;
  readonly municipalityCode: string;
  readonly sector: Sector;
  readonly disciplines: readonly Discipline[];
  readonly schoolYear: string;
  readonly status: BookingStatus;
  readonly groups: readonly BookingGroup[];
  readonly preferredDates: readonly string[];
  readonly note?: string;
  readonly requestedAt: string;
  readonly updatedAt: string;
  readonly history: readonly BookingHistoryEntry[];
  readonly declineReason?: string;
  readonly cancellation?: { readonly reason: string; readonly note?: string; readonly by: string };
  readonly activity?: { readonly pupilsReached: number; readonly groups: number; readonly heldOn: string };
  readonly evaluation?: { readonly rating: number; readonly comment?: string; readonly evaluatedAt: string };
}

export interface OfferYearRecord {
  readonly offerId: string;
  readonly schoolYear: string;
  /** Absent: no limit. */
  readonly capacity?: number;
  readonly booked: number;
  readonly remaining: number | null;
  readonly held: number;
  readonly pupilsReached: number;
  readonly ratingSum: number;
  readonly ratingCount: number;
}

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
