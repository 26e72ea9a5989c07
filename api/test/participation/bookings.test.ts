import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyTransition } from '../../src/modules/bookings/apply-transition.ts';
import { cancelBooking } from '../../src/modules/bookings/operations/cancel-booking.ts';
import { confirmBooking } from '../../src/modules/bookings/operations/confirm-booking.ts';
import { declineBooking } from '../../src/modules/bookings/operations/decline-booking.ts';
import { evaluateBooking } from '../../src/modules/bookings/operations/evaluate-booking.ts';
import { getOfferFigures } from '../../src/modules/bookings/operations/get-offer-figures.ts';
import { markBookingHeld } from '../../src/modules/bookings/operations/mark-booking-held.ts';
import { requestBooking } from '../../src/modules/bookings/operations/request-booking.ts';
import { setOfferCapacity } from '../../src/modules/bookings/operations/set-offer-capacity.ts';
import { allowedActions } from '../../src/shared/policy.ts';
import { TRANSITIONS, type BookingAction } from '../../src/domain/booking-transitions.ts';
import { staticOffers, type ParticipationDeps } from '../../src/shared/deps.ts';
import type { OfferRef } from '../../src/domain/records.ts';
import { BOOKING_STATUSES, type BookingStatus } from '../../src/domain/vocabulary.ts';
import { upsertSchools } from '../../src/modules/schools/operations/upsert-schools.ts';
import type { BookingRecord } from '../../src/domain/records.ts';
import { startDynamoDbLocal, type TestDynamoDb } from '../support/dynamodb.ts';
import { createBookingLoaders } from '../../src/modules/bookings/loaders.ts';
import { queryIndex } from '../../src/sources/dynamodb/query.ts';
import { admin, makeSchools, offer, outcome, partnerViewer, schoolViewer, snapshot, testStore } from './support.ts';

const YEAR = '2025-2026';
const ACTIONS: BookingAction[] = ['CONFIRM', 'DECLINE', 'CANCEL', 'MARK_HELD', 'EVALUATE'];
const schools = makeSchools(100);

let db: TestDynamoDb;
beforeAll(async () => {
  db = await startDynamoDbLocal();
});
afterAll(async () => db?.stop());

async function setup(offers: OfferRef[], schoolCount = 12): Promise<ParticipationDeps> {
  const store = await testStore(db);
  await upsertSchools(store, schools.slice(0, schoolCount));
  return { store, offers: staticOffers(offers) };
}

const act = (deps: ParticipationDeps, viewer: Parameters<typeof confirmBooking>[1], id: string, action: BookingAction) => {
  switch (action) {
    case 'CONFIRM':
      return confirmBooking(deps, viewer, { id });
    case 'DECLINE':
      return declineBooking(deps, viewer, { id, reason: 'Geen speler beschikbaar' });
    case 'CANCEL':
      return cancelBooking(deps, viewer, { id, reason: 'SCHEDULE_CONFLICT', note: 'Toetsweek' });
    case 'MARK_HELD':
      return markBookingHeld(deps, viewer, { id, pupilsReached: 27, heldOn: '2025-11-12' });
    case 'EVALUATE':
      return evaluateBooking(deps, viewer, { id, rating: 4, comment: 'Mooi programma' });
  }
};

/** The shortest path of actions from REQUESTED to a status. */
const PATH: Record<BookingStatus, BookingAction[]> = {
  REQUESTED: [],
  CONFIRMED: ['CONFIRM'],
  DECLINED: ['DECLINE'],
  CANCELLED: ['CANCEL'],
  HELD: ['CONFIRM', 'MARK_HELD'],
  EVALUATED: ['CONFIRM', 'MARK_HELD', 'EVALUATE'],
};

describe('booking transitions', () => {
  it('allows exactly the transitions of the table; every other one fails with INVALID_TRANSITION and writes nothing', async () => {
    const deps = await setup([offer('offer-t', { maxBookingsPerSchool: 1000 })], 30);
    const cases = BOOKING_STATUSES.flatMap((status) => ACTIONS.map((action) => ({ status, action })));
    // Bring a booking into each starting status first, then try each action alone.
    const prepared: { school: string; booking: BookingRecord }[] = [];
    for (const [n, { status }] of cases.entries()) {
      const school = schools[n % schools.length]!.id;
      const booking = await requestBooking(deps, admin, {
        offerId: 'offer-t',
        schoolId: school,
        schoolYear: YEAR,
        groups: [{ grade: 5, pupils: 28 }],
        idempotencyKey: `t-${n}`,
      });
      for (const step of PATH[status]) await act(deps, admin, booking.id, step);
      prepared.push({ school, booking });
    }
    for (const [n, { status, action }] of cases.entries()) {
      {
        const { school, booking } = prepared[n]!;
        const allowed = TRANSITIONS.find((t) => t.from === status && t.action === action);
        const before = await snapshot(deps.store);
        const result = await outcome(act(deps, admin, booking.id, action));
        if (allowed) {
          expect(result, `${action} from ${status}`).toBe('OK');
          const municipalityCode = schools.find((s) => s.id === school)!.municipalityCode;
          const [after] = await createBookingLoaders(deps.store)
            .bookingsBySchool.load({ schoolId: school, municipalityCode, schoolYear: YEAR })
            .then((bs) => bs.filter((b) => b.id === booking.id));
          expect(after?.status).toBe(allowed.to);
        } else {
          expect(result, `${action} from ${status}`).toBe('INVALID_TRANSITION');
          expect(await snapshot(deps.store)).toBe(before);
        }
      }
    }
  }, 240_000);

  it('lets only the right party act, and hides other schools\u2019 bookings (NOT_FOUND)', async () => {
    const deps = await setup([offer('offer-r', { partnerId: 'p-museum' })]);
    const [a, b] = [schools[0]!.id, schools[1]!.id];
    const booking = await requestBooking(deps, schoolViewer(a), {
      offerId: 'offer-r',
      schoolId: a,
      schoolYear: YEAR,
      groups: [{ grade: 7, pupils: 25 }],
      idempotencyKey: 'r-1',
    });
    expect(allowedActions(booking, schoolViewer(a))).toEqual(['CANCEL']);
    expect(allowedActions(booking, partnerViewer('p-museum'))).toEqual(['CONFIRM', 'DECLINE', 'CANCEL']);
    expect(allowedActions(booking, partnerViewer('p-other'))).toEqual([]);
    expect(await outcome(confirmBooking(deps, schoolViewer(a), { id: booking.id }))).toBe('FORBIDDEN');
    // A school may never confirm, so another school hears FORBIDDEN too (the policy's role check, as through GraphQL).
    expect(await outcome(confirmBooking(deps, schoolViewer(b), { id: booking.id }))).toBe('FORBIDDEN');
    expect(await outcome(cancelBooking(deps, schoolViewer(b), { id: booking.id, reason: 'OTHER' }))).toBe('NOT_FOUND');
    expect(await outcome(confirmBooking(deps, partnerViewer('p-other'), { id: booking.id }))).toBe('NOT_FOUND');
    const confirmed = await confirmBooking(deps, partnerViewer('p-museum'), { id: booking.id });
    expect(allowedActions(confirmed, schoolViewer(a))).toEqual(['CANCEL', 'MARK_HELD']);
    const held = await markBookingHeld(deps, partnerViewer('p-museum'), { id: booking.id, pupilsReached: 24, heldOn: '2025-10-01' });
    expect(allowedActions(held, partnerViewer('p-museum'))).toEqual([]);
    expect(await outcome(evaluateBooking(deps, partnerViewer('p-museum'), { id: booking.id, rating: 5 }))).toBe('FORBIDDEN');
    const evaluated = await evaluateBooking(deps, schoolViewer(a), { id: booking.id, rating: 5 });
    expect(evaluated.evaluation?.rating).toBe(5);
    const [figures] = await getOfferFigures(deps.store, [{ offerId: 'offer-r', schoolYear: YEAR }]);
    expect(figures).toMatchObject({ booked: 1, held: 1, pupilsReached: 24, averageRating: 5 });
    expect(await outcome(applyTransition(deps, admin, 'no-such-booking', 'CONFIRM'))).toBe('NOT_FOUND');
  });

  it('rejects bad input with BAD_USER_INPUT before writing', async () => {
    const deps = await setup([offer('offer-v')]);
    const before = await snapshot(deps.store);
    const base = { offerId: 'offer-v', schoolId: schools[0]!.id, groups: [{ grade: 5, pupils: 20 }], idempotencyKey: 'v' };
    expect(await outcome(requestBooking(deps, admin, { ...base, groups: [] }))).toBe('BAD_USER_INPUT');
    expect(await outcome(requestBooking(deps, admin, { ...base, schoolYear: '2025-2027' }))).toBe('BAD_USER_INPUT');
    expect(await outcome(requestBooking(deps, admin, { ...base, schoolId: 'nope' }))).toBe('BAD_USER_INPUT');
    expect(await outcome(requestBooking(deps, admin, { ...base, offerId: 'unknown' }))).toBe('NOT_FOUND');
    expect(await outcome(requestBooking(deps, { role: 'ANONYMOUS' }, base))).toBe('UNAUTHENTICATED');
    expect(await snapshot(deps.store)).toBe(before);
  });
});

/** The stored bookings of an offer in the year (its gsi2 partition). */
const bookingsOfOffer = (deps: ParticipationDeps, offerId: string) => queryIndex(deps.store, 'gsi2', `OFFER#${offerId}#YEAR#${YEAR}`);

describe('capacity', () => {
  const request = (deps: ParticipationDeps, offerId: string, school: string, key: string) =>
    requestBooking(deps, schoolViewer(school), {
      offerId,
      schoolId: school,
      schoolYear: YEAR,
      groups: [{ grade: 6, pupils: 26, teacher: 'juf Anne' }],
      idempotencyKey: key,
    });

  it('100 concurrent requests from 100 schools for 10 places give 10 bookings and 90 OFFER_FULL', async () => {
    const deps = await setup([offer('offer-c', { capacity: 10 })], 100);
    const results = await Promise.all(schools.map((s) => outcome(request(deps, 'offer-c', s.id, `c-${s.id}`))));
    expect(results.filter((r) => r === 'OK')).toHaveLength(10);
    expect(results.filter((r) => r === 'OFFER_FULL')).toHaveLength(90);
    const [figures] = await getOfferFigures(deps.store, [{ offerId: 'offer-c', schoolYear: YEAR }]);
    expect(figures).toMatchObject({ capacity: 10, booked: 10, remaining: 0 });
    expect(await bookingsOfOffer(deps, 'offer-c')).toHaveLength(10);
  }, 240_000);

  it('20 concurrent retries with one idempotency key give one booking, and each returns it', async () => {
    const deps = await setup([offer('offer-i', { capacity: 10 })]);
    const school = schools[3]!.id;
    const results = await Promise.all(Array.from({ length: 20 }, () => request(deps, 'offer-i', school, 'same-key')));
    expect(new Set(results.map((b: BookingRecord) => b.id)).size).toBe(1);
    expect(await bookingsOfOffer(deps, 'offer-i')).toHaveLength(1);
    const [figures] = await getOfferFigures(deps.store, [{ offerId: 'offer-i', schoolYear: YEAR }]);
    expect(figures).toMatchObject({ booked: 1, remaining: 9 });
    const other = outcome(
      requestBooking(deps, schoolViewer(school), {
        offerId: 'offer-i',
        schoolId: school,
        schoolYear: YEAR,
        groups: [{ grade: 1, pupils: 3 }],
        idempotencyKey: 'same-key',
      }),
    );
    expect(await other).toBe('BAD_USER_INPUT');
  });

  it('a second booking of the same offer by the same school in the same year is ALREADY_BOOKED, unless the offer allows more', async () => {
    const deps = await setup([offer('offer-a', { capacity: 10 }), offer('offer-m', { capacity: 10, maxBookingsPerSchool: 2 })]);
    const school = schools[5]!.id;
    await request(deps, 'offer-a', school, 'a-1');
    expect(await outcome(request(deps, 'offer-a', school, 'a-2'))).toBe('ALREADY_BOOKED');
    expect(
      await outcome(
        requestBooking(deps, schoolViewer(school), {
          offerId: 'offer-a',
          schoolId: school,
          schoolYear: '2026-2027',
          groups: [{ grade: 6, pupils: 26 }],
          idempotencyKey: 'a-3',
        }),
      ),
    ).toBe('OK');
    await request(deps, 'offer-m', school, 'm-1');
    await request(deps, 'offer-m', school, 'm-2');
    expect(await outcome(request(deps, 'offer-m', school, 'm-3'))).toBe('ALREADY_BOOKED');
    const [a] = await getOfferFigures(deps.store, [{ offerId: 'offer-a', schoolYear: YEAR }]);
    expect(a?.booked).toBe(1);
  });

  it('cancelling or declining frees the place (and the school may book again)', async () => {
    const deps = await setup([offer('offer-f', { capacity: 1, partnerId: 'p1' })]);
    const [a, b] = [schools[10]!.id, schools[11]!.id];
    const first = await request(deps, 'offer-f', a, 'f-1');
    expect(await outcome(request(deps, 'offer-f', b, 'f-2'))).toBe('OFFER_FULL');
    await cancelBooking(deps, schoolViewer(a), { id: first.id, reason: 'ILLNESS' });
    const second = await request(deps, 'offer-f', b, 'f-3');
    await declineBooking(deps, partnerViewer('p1'), { id: second.id, reason: 'Zaal bezet' });
    expect(await outcome(request(deps, 'offer-f', a, 'f-4'))).toBe('OK');
  });

  it('setOfferCapacity: lowering below what is booked keeps the bookings and leaves 0 remaining', async () => {
    const deps = await setup([offer('offer-s', { capacity: 5 })]);
    for (const s of schools.slice(0, 4)) await request(deps, 'offer-s', s.id, `s-${s.id}`);
    expect(await setOfferCapacity(deps.store, 'offer-s', YEAR, 2)).toMatchObject({ capacity: 2, booked: 4, remaining: 0 });
    expect(await outcome(request(deps, 'offer-s', schools[4]!.id, 's-x'))).toBe('OFFER_FULL');
    expect(await bookingsOfOffer(deps, 'offer-s')).toHaveLength(4);
    expect(await setOfferCapacity(deps.store, 'offer-s', YEAR, 6)).toMatchObject({ remaining: 2 });
    expect(await outcome(request(deps, 'offer-s', schools[4]!.id, 's-y'))).toBe('OK');
  });
});
