import { z } from 'zod/v3';
import { toBooking, toParticipation, toSchool } from '../../../sources/dynamodb/items.ts';
import type { SchoolRecord } from '../../../domain/records.ts';
import { queryIndex, type Item } from '../../../sources/dynamodb/query.ts';
import type { ParticipationStore } from '../../../sources/dynamodb/store.ts';
import { EVI_PILLARS, type EviPillar } from '../../../domain/vocabulary.ts';
import { parseInput } from '../../../shared/validate.ts';
import {
  BOOKING_STATUSES,
  DISCIPLINES,
  periodOfSchoolYear,
  schoolYearSchema,
  SECTORS,
  type BookingStatus,
  type Discipline,
  type Sector,
} from '../../../domain/vocabulary.ts';

export type BookingsByStatus = Record<BookingStatus, number>;

export interface ReachFigures {
  readonly bookingsByStatus: BookingsByStatus;
  /** Bookings held or evaluated (activities that took place). */
  readonly activities: number;
  readonly pupilsReached: number;
}

export interface MunicipalityReach extends ReachFigures {
  readonly municipalityCode: string;
  readonly municipalityName: string | null;
  readonly schools: number;
  readonly schoolsTakingPart: number;
  readonly pupilsEnrolled: number;
  /** The same figures for each sector with schools or bookings here (the map's switch to one sector). */
  readonly sectors: SectorReach[];
  /** Each discipline's activities and pupils reached here (the map's switch to one discipline). */
  readonly disciplines: DisciplineReach[];
}

export interface SectorReach extends ReachFigures {
  readonly sector: Sector;
  readonly schools: number;
  readonly schoolsTakingPart: number;
  readonly pupilsEnrolled: number;
}

export interface DisciplineReach extends ReachFigures {
  readonly discipline: Discipline;
  /** Municipalities of the report where this discipline had at least one activity. */
  readonly municipalitiesReached: number;
}

export interface EviSpread {
  readonly pillar: EviPillar;
  /** Schools per scenario 1..4 (index 0 = scenario 1). */
  readonly scenarios: [number, number, number, number];
}

/** Activities held for one grade of one sector: a booking for several grades counts in each. */
export interface GradeReach {
  readonly sector: Sector;
  /** Groep 1-8 (primary) or leerjaar 1-6 (secondary), as booked. */
  readonly grade: number;
  readonly activities: number;
}

export interface RegionReportData {
  readonly schoolYear: string;
  readonly municipalities: MunicipalityReach[];
  readonly sectors: SectorReach[];
  readonly disciplines: DisciplineReach[];
  readonly totals: MunicipalityReachTotals;
  readonly eviSpread: EviSpread[];
  /** A municipality of the report with no activity in a discipline this school year. */
  readonly blindSpots: BlindSpot[];
  /** Activities held per sector and grade, from the held and evaluated bookings themselves. */
  readonly grades: GradeReach[];
}

export interface BlindSpot {
  readonly municipalityCode: string;
  readonly discipline: Discipline;
  /** The sectors of the municipality's schools: the ones an offer in the discipline would have to serve. */
  readonly sectors: Sector[];
}

export type MunicipalityReachTotals = Omit<MunicipalityReach, 'municipalityCode' | 'municipalityName' | 'sectors' | 'disciplines'>;

const input = z.object({
  schoolYear: schoolYearSchema,
  municipalityCodes: z
    .array(z.string().regex(/^GM\d{4}$/))
    .min(1)
    .max(500),
});
export type RegionReportInput = z.input<typeof input>;

const zeroStatuses = (): BookingsByStatus => Object.fromEntries(BOOKING_STATUSES.map((s) => [s, 0])) as BookingsByStatus;
const num = (item: Item, attribute: string) => (typeof item[attribute] === 'number' ? (item[attribute] as number) : 0);

function sumFigures(cells: readonly Item[]): ReachFigures {
  const bookingsByStatus = zeroStatuses();
  let pupilsReached = 0;
  let activities = 0;
  for (const cell of cells) {
    for (const s of BOOKING_STATUSES) bookingsByStatus[s] += num(cell, s);
    pupilsReached += num(cell, 'pupilsReached');
    activities += num(cell, 'activities');
  }
  return { bookingsByStatus, activities, pupilsReached };
}

/**
 * Reach for the region report: the municipalities of a region (the GraphQL layer resolves a region
 * id to its municipality codes from the CMS) in one school year. Only aggregates, so any viewer may
 * read it. Booking and Evi figures come from the counters kept in the transactions of the state
 * changes; schools, pupils enrolled and participation from the school and participation items.
 */
export async function regionReport(store: ParticipationStore, raw: RegionReportInput): Promise<RegionReportData> {
  const { schoolYear, municipalityCodes } = parseInput(input, raw);
  const codes = [...new Set(municipalityCodes)].sort();
  const wanted = new Set(codes);
  const period = periodOfSchoolYear(schoolYear);

  const [counters, schoolsPer, participationsPer, heldBookings] = await Promise.all([
    queryIndex(store, null, `REACH#${schoolYear}`),
    Promise.all(codes.map(async (c) => (await queryIndex(store, 'gsi1', `MUNICIPALITY#${c}`, 'SCHOOL#')).map(toSchool))),
    Promise.all(
      codes.map(async (c) =>
        period ? (await queryIndex(store, 'gsi2', `PARTICIPATION#${period}`, `MUNICIPALITY#${c}#`)).map(toParticipation) : [],
      ),
    ),
    Promise.all(
      codes.flatMap((c) => ['HELD#', 'EVALUATED#'].map((s) => queryIndex(store, 'gsi4', `MUNICIPALITY#${c}#YEAR#${schoolYear}`, s))),
    ),
  ]);
  const cells = counters.filter((c) => wanted.has(String(c.municipalityCode)));
  const sectorCells = cells.filter((c) => c.type === 'ReachSector');
  const disciplineCells = cells.filter((c) => c.type === 'ReachDiscipline');
  const eviCells = cells.filter((c) => c.type === 'ReachEvi');
  const schools: SchoolRecord[] = schoolsPer.flat();
  const takingPart = new Set(participationsPer.flat().map((p) => p.schoolId));

  const enrolment = (list: readonly SchoolRecord[]) => ({
    schools: list.length,
    schoolsTakingPart: list.filter((s) => takingPart.has(s.id)).length,
    pupilsEnrolled: list.reduce((sum, s) => sum + (s.pupils ?? 0), 0),
  });

  const sectorsOf = (list: readonly SchoolRecord[], cells: readonly Item[]): SectorReach[] =>
    SECTORS.map((sector) => ({
      sector,
      ...enrolment(list.filter((s) => s.sector === sector)),
      ...sumFigures(cells.filter((c) => c.sector === sector)),
    })).filter((s) => s.schools > 0 || Object.values(s.bookingsByStatus).some(Boolean));
  const disciplinesOf = (cells: readonly Item[]): DisciplineReach[] =>
    DISCIPLINES.map((discipline) => {
      const mine = cells.filter((c) => c.discipline === discipline);
      return {
        discipline,
        ...sumFigures(mine),
        municipalitiesReached: new Set(mine.filter((c) => num(c, 'activities') > 0).map((c) => c.municipalityCode)).size,
      };
    });

  const municipalities: MunicipalityReach[] = codes.map((code, i) => {
    const here = sectorCells.filter((c) => c.municipalityCode === code);
    return {
      municipalityCode: code,
      municipalityName: schoolsPer[i]![0]?.municipalityName ?? null,
      ...enrolment(schoolsPer[i]!),
      ...sumFigures(here),
      sectors: sectorsOf(schoolsPer[i]!, here),
      disciplines: disciplinesOf(disciplineCells.filter((c) => c.municipalityCode === code)),
    };
  });
  const sectors = sectorsOf(schools, sectorCells);
  const disciplines = disciplinesOf(disciplineCells);
  const eviSpread: EviSpread[] = EVI_PILLARS.map((pillar) => {
    const mine = eviCells.filter((c) => c.pillar === pillar);
    return { pillar, scenarios: [1, 2, 3, 4].map((n) => mine.reduce((sum, c) => sum + num(c, `s${n}`), 0)) as EviSpread['scenarios'] };
  });
  const blindSpots: BlindSpot[] = codes.flatMap((municipalityCode, i) => {
    const schoolSectors = SECTORS.filter((sector) => schoolsPer[i]!.some((s) => s.sector === sector));
    return DISCIPLINES.filter(
      (discipline) =>
        !disciplineCells.some((c) => c.municipalityCode === municipalityCode && c.discipline === discipline && num(c, 'activities') > 0),
    ).map((discipline) => ({ municipalityCode, discipline, sectors: schoolSectors }));
  });
  const perGrade = new Map<string, GradeReach>();
  for (const booking of heldBookings.flat().map(toBooking)) {
    if (booking.sandbox) continue;
    for (const grade of new Set(booking.groups.map((g) => g.grade))) {
      const key = `${booking.sector}#${grade}`;
      const cell = perGrade.get(key) ?? { sector: booking.sector, grade, activities: 0 };
      perGrade.set(key, { ...cell, activities: cell.activities + 1 });
    }
  }
  const grades = [...perGrade.values()].sort((a, b) => SECTORS.indexOf(a.sector) - SECTORS.indexOf(b.sector) || a.grade - b.grade);
  return {
    schoolYear,
    municipalities,
    sectors,
    disciplines,
    totals: { ...enrolment(schools), ...sumFigures(sectorCells) },
    eviSpread,
    blindSpots,
    grades,
  };
}
