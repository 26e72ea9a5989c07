/**
 * Participation data for the benchmark: schools, bookings and the offers' figures of this school
 * year, written straight into the participation table with BatchWriteItem. Deterministic from a
 * seed; only there to make capacity, remainingCapacity, bookingsCount... non-trivial, so it skips
 * what the measured queries never read (school slots, reach counters, idempotency records).
 */
import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { indexKeys, keys } from '@cmk/api/sources/dynamodb/keys';
import type { BookingRecord, SchoolRecord } from '@cmk/api/domain/records';
import type { BookingStatus, Discipline, Sector } from '@cmk/api/domain/vocabulary';
import { random } from '@cmk/cms/src/catalogue/random.ts';

export interface BenchOffer {
  readonly id: string;
  readonly partnerId: string;
  readonly capacity: number | null;
  readonly municipalityCodes: readonly string[];
  readonly disciplines: readonly string[];
  readonly sectors: readonly string[];
}

export interface ParticipationPlan {
  readonly schools: number;
  readonly bookings: number;
  readonly seed: number;
  readonly schoolYear: string;
}

type Item = Record<string, unknown>;

const STATUS_WEIGHTS: ReadonlyArray<readonly [BookingStatus, number]> = [
  ['REQUESTED', 20],
  ['CONFIRMED', 30],
  ['HELD', 25],
  ['EVALUATED', 15],
  ['DECLINED', 5],
  ['CANCELLED', 5],
];
const ACTIVE = new Set<BookingStatus>(['REQUESTED', 'CONFIRMED', 'HELD', 'EVALUATED']);
const PO: Sector[] = ['BO', 'SBO', 'SO'];
const VO: Sector[] = ['VMBO', 'HAVO', 'VWO', 'PRO', 'VSO'];

/** Builds every item in memory (fast, deterministic), then writes them in parallel batches of 25. */
export async function seedBenchParticipation(
  store: { doc: DynamoDBDocumentClient; tableName: string },
  offers: readonly BenchOffer[],
  municipalities: ReadonlyMap<string, string>,
  plan: ParticipationPlan,
  progress: (line: string) => void,
): Promise<{ schools: number; bookings: number; offerFigures: number }> {
  if (offers.length === 0) throw new Error('no offers in the projection: the participation data needs some');
  const rnd = random(plan.seed);
  const codes = [...municipalities.keys()];
  const at = `${plan.schoolYear.slice(0, 4)}-10-01T09:00:00.000Z`;
  const items: Item[] = [];

  const schools: SchoolRecord[] = [];
  for (let i = 0; i < plan.schools; i++) {
    const municipalityCode = codes[i % codes.length]!;
    const kind = rnd.next() < 0.7 ? 'PO' : 'VO';
    const sector = kind === 'PO' ? rnd.pick(PO) : rnd.pick(VO);
    const id = `${String(10 + Math.floor(i / 26 ** 2)).padStart(2, '0')}${letters(i)}00`;
    const school: SchoolRecord = {
      id,
      institutionCode: id.slice(0, 4),
      name: `${kind === 'PO' ? 'Basisschool' : 'Scholengemeenschap'} ${i + 1}`,
      place: municipalities.get(municipalityCode)!,
      municipalityCode,
      municipalityName: municipalities.get(municipalityCode)!,
      kind,
      sector,
      sectors: [sector],
      pupils: rnd.int(80, 1400),
      pupilsReferenceDate: `${plan.schoolYear.slice(0, 4)}-10-01`,
      updatedAt: at,
    };
    schools.push(school);
    items.push({ ...keys.school(id), ...indexKeys.school(municipalityCode, id), type: 'School', ...school });
  }

  const figures = new Map<
    string,
    { capacity: number | null; booked: number; held: number; pupilsReached: number; ratingSum: number; ratingCount: number }
  >();
  const totalWeight = STATUS_WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  for (let i = 0; i < plan.bookings; i++) {
    const offer = rnd.pick(offers);
    const school = rnd.pick(schools);
    const f = figures.get(offer.id) ?? { capacity: offer.capacity, booked: 0, held: 0, pupilsReached: 0, ratingSum: 0, ratingCount: 0 };
    figures.set(offer.id, f);
    let roll = rnd.next() * totalWeight;
    let status: BookingStatus = 'REQUESTED';
    for (const [s, w] of STATUS_WEIGHTS) {
      if ((roll -= w) < 0) {
        status = s;
        break;
      }
    }
    // A full offer declines, as the capacity counter would have refused the request.
    if (ACTIVE.has(status) && f.capacity !== null && f.booked >= f.capacity) status = 'DECLINED';
    const pupils = rnd.int(18, 32);
    const held = status === 'HELD' || status === 'EVALUATED';
    const rating = status === 'EVALUATED' ? rnd.int(3, 5) : undefined;
    if (ACTIVE.has(status)) f.booked++;
    if (held) {
      f.held++;
      f.pupilsReached += pupils;
    }
    if (rating) {
      f.ratingSum += rating;
      f.ratingCount++;
    }
    const requestedAt = new Date(Date.parse(at) + i * 60_000).toISOString();
    const booking: BookingRecord = {
      id: `bench-${plan.seed}-${i + 1}`,
      offerId: offer.id,
      partnerId: offer.partnerId,
      schoolId: school.id,
      schoolName: school.name,
      municipalityCode: school.municipalityCode,
      sector: school.sector,
      disciplines: offer.disciplines as Discipline[],
      schoolYear: plan.schoolYear,
      status,
      groups: [{ grade: rnd.int(1, 8), pupils }],
      preferredDates: [],
      requestedAt,
      updatedAt: requestedAt,
      history: [{ status, at: requestedAt, by: 'bench' }],
      ...(held ? { activity: { pupilsReached: pupils, groups: 1, heldOn: requestedAt.slice(0, 10) } } : {}),
      ...(rating ? { evaluation: { rating, evaluatedAt: requestedAt } } : {}),
    };
    items.push({ ...keys.booking(booking.id), ...indexKeys.booking(booking), type: 'Booking', ...booking });
  }
  for (const [offerId, f] of figures) {
    const { capacity, ...counts } = f;
    items.push({
      ...keys.offerYear(offerId, plan.schoolYear),
      ...indexKeys.offerYear(offerId, plan.schoolYear),
      type: 'OfferYear',
      ...(capacity === null ? {} : { capacity }),
      ...counts,
    });
  }

  let written = 0;
  let shown = -1;
  const batches: Item[][] = [];
  for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25));
  const worker = async () => {
    for (let batch = batches.shift(); batch; batch = batches.shift()) {
      let pending = batch.map((Item) => ({ PutRequest: { Item } }));
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt > 10) throw new Error('DynamoDB Local kept returning unprocessed items');
        const result = await store.doc.send(new BatchWriteCommand({ RequestItems: { [store.tableName]: pending } }));
        pending = (result.UnprocessedItems?.[store.tableName] ?? []) as typeof pending;
        if (pending.length) await new Promise((r) => setTimeout(r, 20 * 2 ** attempt));
      }
      written += batch.length;
      const tenth = Math.floor((10 * written) / items.length);
      if (tenth !== shown) {
        shown = tenth;
        progress(`participation: ${String(tenth * 10).padStart(3)}% of ${items.length} items`);
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return { schools: schools.length, bookings: plan.bookings, offerFigures: figures.size };
}

/** Two letters per school, so BRIN6-like ids stay unique: 10AA00, 10AB00, ... */
function letters(i: number): string {
  const a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return `${a[Math.floor(i / 26) % 26]}${a[i % 26]}`;
}
