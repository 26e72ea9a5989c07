/** The lists of DOMAIN.md that participation data uses, as the GraphQL enum values (CONTRACT.md). */
import { z } from 'zod/v3';

export const DISCIPLINES = [
  'VISUAL_ARTS',
  'DANCE',
  'THEATRE',
  'MUSIC',
  'MEDIA',
  'LITERATURE',
  'HERITAGE',
  'ARCHITECTURE_DESIGN',
  'MULTIDISCIPLINARY',
] as const;
export type Discipline = (typeof DISCIPLINES)[number];

export const SECTORS = ['BO', 'SBO', 'SO', 'VSO', 'PRO', 'VMBO', 'HAVO', 'VWO', 'MBO'] as const;
export type Sector = (typeof SECTORS)[number];

export const BOOKING_STATUSES = ['REQUESTED', 'CONFIRMED', 'DECLINED', 'CANCELLED', 'HELD', 'EVALUATED'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

export const TRAJECTORIES = ['INDIVIDUAL_TRAJECTORY', 'PROEFTUIN', 'NETWORK'] as const;
export type Trajectory = (typeof TRAJECTORIES)[number];

/** CmK periods; a school year belongs to the period that contains its first calendar year. */
export const PERIODS = { CMK2: [2017, 2020], CMK3: [2021, 2024], CMK4: [2025, 2028] } as const;
export type Period = keyof typeof PERIODS;

export const schoolYearSchema = z
  .string()
  .regex(/^\d{4}-\d{4}$/, 'a school year looks like 2025-2026')
  .refine((s) => Number(s.slice(5)) === Number(s.slice(0, 4)) + 1, 'a school year spans two consecutive years');

export const schoolIdSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^\d{2}[A-Z]{2}\d{2}$/, 'a school is identified by its BRIN6 location code, e.g. 00AA00');

export const dateSchema = z.string().date();

/** Dutch school years start on 1 August. */
export function schoolYearOf(date: Date): string {
  const year = date.getUTCFullYear();
  const start = date.getUTCMonth() >= 7 ? year : year - 1;
  return `${start}-${start + 1}`;
}

export function periodOfSchoolYear(schoolYear: string): Period | undefined {
  const start = Number(schoolYear.slice(0, 4));
  return (Object.keys(PERIODS) as Period[]).find((p) => start >= PERIODS[p][0] && start <= PERIODS[p][1]);
}

/** The sector a school is counted under in reach figures (its first, i.e. dominant, sector). */
export const isPrimary = (sector: Sector): boolean => sector === 'BO' || sector === 'SBO' || sector === 'SO';
