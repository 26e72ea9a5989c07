import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancelBooking } from '../../src/modules/bookings/operations/cancel-booking.ts';
import { confirmBooking } from '../../src/modules/bookings/operations/confirm-booking.ts';
import { declineBooking } from '../../src/modules/bookings/operations/decline-booking.ts';
import { evaluateBooking } from '../../src/modules/bookings/operations/evaluate-booking.ts';
import { markBookingHeld } from '../../src/modules/bookings/operations/mark-booking-held.ts';
import { bookingIdFor, requestBooking } from '../../src/modules/bookings/operations/request-booking.ts';
import { setOfferCapacity } from '../../src/modules/bookings/operations/set-offer-capacity.ts';
import { HOLDS_CAPACITY } from '../../src/domain/booking-transitions.ts';
import { EVI_PILLARS, pillarsOf } from '../../src/domain/vocabulary.ts';
import { recordEviResult } from '../../src/modules/evi/operations/record-evi-result.ts';
import { staticOffers, type ParticipationDeps } from '../../src/shared/deps.ts';
import type { OfferRef } from '../../src/domain/records.ts';
import { registerParticipation } from '../../src/modules/schools/operations/register-participation.ts';
import { BOOKING_STATUSES, DISCIPLINES, SECTORS, type Discipline } from '../../src/domain/vocabulary.ts';
import { regionReport } from '../../src/modules/reports/operations/region-report.ts';
import { upsertSchools } from '../../src/modules/schools/operations/upsert-schools.ts';
import { scanAll, type Item } from '../../src/sources/dynamodb/query.ts';
import { startDynamoDbLocal, type TestDynamoDb } from '../support/dynamodb.ts';
import { random } from '@cmk/cms/src/catalogue/random.ts';
import { seedParticipation, type SeedOfferRef } from '../../seed/participation.ts';
import { sampleSchools } from '../../seed/duo-sample.ts';
import { admin, makeSchools, offer, outcome, snapshot, testStore } from './support.ts';

const YEAR = '2025-2026';
const MUNICIPALITIES = ['GM0392', 'GM0397', 'GM0473', 'GM0542', 'GM0622'];

/** The mix of operations comes from the shared seeded generator, so it is the same on every run. */
const rng = (seed: number) => {
  const r = random(seed);
  return { next: r.next, int: r.below, pick: r.pick };
};

/** The report recomputed from the raw items only (nothing of the counters or the report code). */
function recount(items: Item[], municipalityCodes: string[]) {
  const wanted = new Set(municipalityCodes);
  const schools = items.filter((i) => i.type === 'School' && wanted.has(i.municipalityCode as string));
  const takingPart = new Set(items.filter((i) => i.type === 'Participation' && i.period === 'CMK4').map((i) => i.schoolId));
  const bookings = items.filter((i) => i.type === 'Booking' && i.schoolYear === YEAR && wanted.has(i.municipalityCode as string));
  const evi = items.filter((i) => i.type === 'EviResult' && i.schoolYear === YEAR && wanted.has(i.municipalityCode as string));
  const figures = (list: Item[]) => {
    const bookingsByStatus = Object.fromEntries(BOOKING_STATUSES.map((s) => [s, list.filter((b) => b.status === s).length]));
    const held = list.filter((b) => b.status === 'HELD' || b.status === 'EVALUATED');
    return {
      bookingsByStatus,
      activities: held.length,
      pupilsReached: held.reduce((sum, b) => sum + (b.activity as { pupilsReached: number }).pupilsReached, 0),
    };
  };
  const enrolment = (list: Item[]) => ({
    schools: list.length,
    schoolsTakingPart: list.filter((s) => takingPart.has(s.id)).length,
    pupilsEnrolled: list.reduce((sum, s) => sum + ((s.pupils as number) ?? 0), 0),
  });
  const inDiscipline = (d: Discipline) => bookings.filter((b) => (b.disciplines as string[]).includes(d));
  const active = (list: Item[]) => list.filter((b) => b.status === 'HELD' || b.status === 'EVALUATED');
  const codes = [...wanted].sort();
  return {
    schoolYear: YEAR,
    municipalities: codes.map((code) => {
      const mine = schools.filter((s) => s.municipalityCode === code);
      const here = bookings.filter((b) => b.municipalityCode === code);
      return {
        municipalityCode: code,
        municipalityName: (mine[0]?.municipalityName as string) ?? null,
        ...enrolment(mine),
        ...figures(here),
        sectors: SECTORS.map((sector) => ({
          sector,
          ...enrolment(mine.filter((s) => s.sector === sector)),
          ...figures(here.filter((b) => b.sector === sector)),
        })).filter((s) => s.schools > 0 || Object.values(s.bookingsByStatus).some(Boolean)),
        disciplines: DISCIPLINES.map((discipline) => {
          const list = here.filter((b) => (b.disciplines as string[]).includes(discipline));
          return { discipline, ...figures(list), municipalitiesReached: active(list).length > 0 ? 1 : 0 };
        }),
      };
    }),
    sectors: SECTORS.map((sector) => ({
      sector,
      ...enrolment(schools.filter((s) => s.sector === sector)),
      ...figures(bookings.filter((b) => b.sector === sector)),
    })).filter((s) => s.schools > 0 || Object.values(s.bookingsByStatus).some(Boolean)),
    disciplines: DISCIPLINES.map((discipline) => ({
      discipline,
      ...figures(inDiscipline(discipline)),
      municipalitiesReached: new Set(active(inDiscipline(discipline)).map((b) => b.municipalityCode)).size,
    })),
    totals: { ...enrolment(schools), ...figures(bookings) },
    eviSpread: EVI_PILLARS.map((pillar) => ({
      pillar,
      scenarios: [1, 2, 3, 4].map(
        (n) =>
          evi.filter((e) => (e.pillars as { pillar: string; scenario: number }[]).some((p) => p.pillar === pillar && p.scenario === n))
            .length,
      ),
    })),
    blindSpots: codes.flatMap((municipalityCode) =>
      DISCIPLINES.filter((d) => !active(inDiscipline(d)).some((b) => b.municipalityCode === municipalityCode)).map((discipline) => ({
        municipalityCode,
        discipline,
        sectors: SECTORS.filter((sector) => schools.some((s) => s.municipalityCode === municipalityCode && s.sector === sector)),
      })),
    ),
    grades: (() => {
      const cells = new Map<string, { sector: string; grade: number; activities: number }>();
      for (const b of active(bookings).filter((b) => !b.sandbox)) {
        for (const grade of new Set((b.groups as { grade: number }[]).map((g) => g.grade))) {
          const cell = cells.get(`${b.sector}#${grade}`) ?? { sector: b.sector as string, grade, activities: 0 };
          cells.set(`${b.sector}#${grade}`, { ...cell, activities: cell.activities + 1 });
        }
      }
      return [...cells.values()].sort(
        (a, b) => SECTORS.indexOf(a.sector as never) - SECTORS.indexOf(b.sector as never) || a.grade - b.grade,
      );
    })(),
  };
}

let db: TestDynamoDb;
beforeAll(async () => {
  db = await startDynamoDbLocal();
});
afterAll(async () => db?.stop());

describe('reach figures', () => {
  it('equal a recount from the raw items after a seeded mix of 1,000 concurrent operations with retries', async () => {
    const store = await testStore(db);
    const schools = makeSchools(40);
    await upsertSchools(store, schools);
    const offers: OfferRef[] = [
      offer('o-music', { capacity: 6, disciplines: ['MUSIC'], partnerId: 'p-a' }),
      offer('o-dance', { capacity: 4, disciplines: ['DANCE'], partnerId: 'p-a' }),
      offer('o-theatre', { capacity: 8, disciplines: ['THEATRE', 'LITERATURE'], partnerId: 'p-b' }),
      offer('o-heritage', { capacity: 5, disciplines: ['HERITAGE'], partnerId: 'p-c', maxBookingsPerSchool: 2 }),
      offer('o-media', { capacity: null, disciplines: ['MEDIA', 'VISUAL_ARTS'], partnerId: 'p-c' }),
      offer('o-visual', { capacity: 3, disciplines: ['VISUAL_ARTS'], partnerId: 'p-d' }),
    ];
    const deps: ParticipationDeps = { store, offers: staticOffers(offers) };
    const r = rng(20250801);
    const keys: { schoolId: string; offerId: string; key: string; pupils: number; grade: number }[] = [];
    const tally: Record<string, number> = {};
    const expected = new Set(['OK', 'OFFER_FULL', 'ALREADY_BOOKED', 'INVALID_TRANSITION', 'NOT_FOUND']);

    const makeOp = (n: number): (() => Promise<unknown>)[] => {
      const roll = r.next();
      const known = () => r.pick(keys);
      const bookingOf = (k: (typeof keys)[number]) => bookingIdFor(k.schoolId, k.key);
      if (roll < 0.3 || keys.length === 0) {
        const k = { schoolId: r.pick(schools).id, offerId: r.pick(offers).id, key: `k-${n}`, pupils: 10 + r.int(20), grade: 1 + r.int(8) };
        keys.push(k);
        const request = () =>
          requestBooking(deps, admin, {
            offerId: k.offerId,
            schoolId: k.schoolId,
            schoolYear: YEAR,
            groups: [{ grade: k.grade, pupils: k.pupils }],
            idempotencyKey: k.key,
          });
        // Every fifth request is sent twice at once, like a client that retries on a timeout.
        return n % 5 === 0 ? [request, request] : [request];
      }
      if (roll < 0.4) {
        const k = known();
        return [
          () =>
            requestBooking(deps, admin, {
              offerId: k.offerId,
              schoolId: k.schoolId,
              schoolYear: YEAR,
              groups: [{ grade: k.grade, pupils: k.pupils }],
              idempotencyKey: k.key,
            }),
        ];
      }
      if (roll < 0.88) {
        const id = bookingOf(known());
        const kind = r.int(5);
        const pupils = 5 + r.int(30);
        const rating = 1 + r.int(5);
        const op = [
          () => confirmBooking(deps, admin, { id }),
          () => declineBooking(deps, admin, { id, reason: 'Vol' }),
          () => cancelBooking(deps, admin, { id, reason: 'OTHER' }),
          () => markBookingHeld(deps, admin, { id, pupilsReached: pupils, heldOn: '2026-03-02' }),
          () => evaluateBooking(deps, admin, { id, rating }),
        ][kind]!;
        return r.next() < 0.15 ? [op, op] : [op];
      }
      if (roll < 0.96) {
        const school = r.pick(schools);
        const version = school.kind === 'VO' ? 'VO' : r.pick(['V2_0', 'V2_1'] as const);
        const pillars = pillarsOf(version).map((pillar) => ({ pillar, scenario: 1 + r.int(4) }));
        const record = () =>
          recordEviResult(deps, admin, {
            schoolId: school.id,
            schoolYear: YEAR,
            version,
            completedOn: '2025-11-20',
            respondents: [{ role: 'ICC', count: 1 }],
            pillars,
          });
        return r.next() < 0.3 ? [record, record] : [record];
      }
      if (roll < 0.99) {
        const school = r.pick(schools);
        return [
          () =>
            registerParticipation(deps, admin, {
              schoolId: school.id,
              trajectory: r.pick(['PROEFTUIN', 'NETWORK', 'INDIVIDUAL_TRAJECTORY'] as const),
              advisorId: 'adv-1',
            }),
        ];
      }
      const o = r.pick(offers);
      const capacity = 2 + r.int(6);
      return [() => setOfferCapacity(store, o.id, YEAR, capacity)];
    };

    let issued = 0;
    while (issued < 1000) {
      const wave: (() => Promise<unknown>)[] = [];
      while (wave.length < 12 && issued < 1000) {
        const ops = makeOp(issued);
        wave.push(...ops);
        issued += ops.length;
      }
      const results = await Promise.all(wave.map((op) => outcome(op())));
      for (const result of results) {
        expect(expected).toContain(result);
        tally[result] = (tally[result] ?? 0) + 1;
      }
    }
    // The mix really exercised the rules.
    for (const code of ['OK', 'OFFER_FULL', 'ALREADY_BOOKED', 'INVALID_TRANSITION']) expect(tally[code] ?? 0).toBeGreaterThan(5);

    const items = await scanAll(store);
    const report = await regionReport(store, { schoolYear: YEAR, municipalityCodes: MUNICIPALITIES });
    expect(report).toEqual(recount(items, MUNICIPALITIES));
    expect(Object.values(report.totals.bookingsByStatus).every((n) => n >= 0)).toBe(true);
    for (const s of BOOKING_STATUSES) expect(report.totals.bookingsByStatus[s], s).toBeGreaterThan(0);
    expect(report.eviSpread.find((e) => e.pillar === 'VISION')!.scenarios.reduce((a, b) => a + b, 0)).toBe(
      items.filter((i) => i.type === 'EviResult').length,
    );

    // Capacity counters and one-per-school slots agree with the bookings that hold a place.
    const bookings = items.filter((i) => i.type === 'Booking');
    for (const o of offers) {
      const holding = bookings.filter((b) => b.offerId === o.id && HOLDS_CAPACITY.has(b.status as never));
      const counter = items.find((i) => i.type === 'OfferYear' && i.offerId === o.id);
      expect(counter?.booked ?? 0, o.id).toBe(holding.length);
    }
    for (const slot of items.filter((i) => i.type === 'SchoolSlot')) {
      const [, year, school] = String(slot.sk).split('#');
      const offerId = String(slot.pk).slice('OFFER#'.length);
      const holding = bookings.filter(
        (b) => b.offerId === offerId && b.schoolYear === year && b.schoolId === school && HOLDS_CAPACITY.has(b.status as never),
      );
      expect(slot.active).toBe(holding.length);
    }
  }, 360_000);

  it('demo seed: every status, activities, evaluations, Evi and talks; idempotent, and its figures add up', async () => {
    const store = await testStore(db);
    // Offer ids are Strapi documentIds made by the content seed; here, made-up ones.
    const offers: SeedOfferRef[] = [
      {
        id: 'doc-hart-1',
        slug: 'muziek-in-de-klas',
        title: 'Muziek in de klas',
        partnerId: 'p-phil',
        capacity: 12,
        municipalityCodes: ['GM0392', 'GM0397', 'GM0473'],
        disciplines: ['MUSIC'],
        sectors: ['BO', 'SBO'],
      },
      {
        id: 'doc-hart-2',
        slug: 'frans-hals-rondleiding',
        title: 'Rondleiding Frans Hals',
        partnerId: 'p-museum',
        capacity: 8,
        municipalityCodes: ['GM0392', 'GM0397'],
        disciplines: ['VISUAL_ARTS', 'HERITAGE'],
        sectors: ['BO', 'VMBO', 'HAVO', 'VWO'],
      },
      {
        id: 'doc-kg-1',
        slug: 'theater-op-school',
        title: 'Theater op school',
        partnerId: 'p-theater',
        capacity: 10,
        municipalityCodes: ['GM0622', 'GM0542', 'GM0606'],
        disciplines: ['THEATRE'],
        sectors: ['BO'],
      },
      {
        id: 'doc-kg-2',
        slug: 'erfgoed-de-maas',
        title: 'Erfgoed aan de Maas',
        partnerId: 'p-erfgoed',
        capacity: null,
        municipalityCodes: ['GM0622', 'GM0606'],
        disciplines: ['HERITAGE'],
        sectors: ['BO', 'VMBO', 'PRO'],
      },
      {
        id: 'doc-kg-3',
        slug: 'dans-vo',
        title: 'Dans in de gymzaal',
        partnerId: 'p-dans',
        capacity: 4,
        municipalityCodes: [],
        disciplines: ['DANCE'],
        sectors: ['VMBO', 'HAVO', 'VWO', 'PRO'],
      },
    ];
    const input = { schools: sampleSchools(), offers };
    const first = await seedParticipation(store, input);
    for (const status of BOOKING_STATUSES) expect(first.bookings[status], status).toBeGreaterThan(0);
    expect(first.eviResults).toBeGreaterThan(5);
    expect(first.ambitionTalks).toBeGreaterThan(3);
    const before = await snapshot(store);
    const second = await seedParticipation(store, input);
    expect(second).toEqual(first);
    expect(await snapshot(store)).toBe(before);

    const items = await scanAll(store);
    const codes = ['GM0392', 'GM0397', 'GM0473', 'GM0513', 'GM0542', 'GM0606', 'GM0622'];
    const report = await regionReport(store, { schoolYear: YEAR, municipalityCodes: codes });
    expect(report).toEqual(recount(items, codes));
    expect(report.totals.pupilsEnrolled).toBeGreaterThan(1000);
    expect(report.totals.pupilsReached).toBeGreaterThan(0);
    expect(report.blindSpots).toContainEqual(expect.objectContaining({ municipalityCode: 'GM0513', discipline: 'MUSIC' }));
    const evaluated = items.find((i) => i.type === 'Booking' && i.status === 'EVALUATED');
    expect(evaluated).toMatchObject({ activity: { pupilsReached: expect.any(Number) }, evaluation: { rating: expect.any(Number) } });
  }, 240_000);
});
