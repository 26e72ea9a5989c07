/**
 * Sessions of offers with fixed dates on DynamoDB Local: places are taken (one per group) in the
 * booking's own transaction, never overbooked, given back on cancel or decline; deadlines hold;
 * blocked dates are kept and a confirmation records the agreed date.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionDoc } from '../../src/domain/content.ts';
import type { OfferRef } from '../../src/domain/records.ts';
import { cancelBooking } from '../../src/modules/bookings/operations/cancel-booking.ts';
import { confirmBooking } from '../../src/modules/bookings/operations/confirm-booking.ts';
import { declineBooking } from '../../src/modules/bookings/operations/decline-booking.ts';
import { requestBooking } from '../../src/modules/bookings/operations/request-booking.ts';
import { upsertSchools } from '../../src/modules/schools/operations/upsert-schools.ts';
import { staticOffers, type ParticipationDeps } from '../../src/shared/deps.ts';
import { keys } from '../../src/sources/dynamodb/keys.ts';
import { getItem, scanAll } from '../../src/sources/dynamodb/query.ts';
import { startDynamoDbLocal, type TestDynamoDb } from '../support/dynamodb.ts';
import { makeSchools, offer, outcome, partnerViewer, schoolViewer, testStore } from './support.ts';

const schools = makeSchools(50);
const TODAY = new Date('2026-12-03T10:00:00Z');
const session = (id: string, places: number, bookingDeadline?: string): SessionDoc => {
  const [date = '', startTime = ''] = id.split('T');
  return { id, date, startTime, endTime: '11:30', places, ...(bookingDeadline ? { bookingDeadline } : {}) };
};

let db: TestDynamoDb;
beforeAll(async () => {
  db = await startDynamoDbLocal();
});
afterAll(async () => db?.stop());

async function setup(offers: OfferRef[]): Promise<ParticipationDeps> {
  const store = { ...(await testStore(db)), now: () => TODAY };
  await upsertSchools(store, schools);
  return { store, offers: staticOffers(offers) };
}

const taken = async (deps: ParticipationDeps, offerId: string, sessionId: string) =>
  (await getItem(deps.store, keys.offerSession(offerId, sessionId), { consistent: true }))?.taken ?? 0;
const bookingCount = async (deps: ParticipationDeps) => (await scanAll(deps.store)).filter((item) => item.type === 'Booking').length;

const ask = (deps: ParticipationDeps, school: string, key: string, extra: Record<string, unknown> = {}) =>
  requestBooking(deps, schoolViewer(school), {
    offerId: 'voorstelling',
    schoolId: school,
    groups: [{ grade: 6, pupils: 26 }],
    idempotencyKey: key,
    ...extra,
  });

describe('sessions', () => {
  it('50 concurrent requests from 50 schools for a session of 7 places give 7 bookings and 43 SESSION_FULL', async () => {
    const deps = await setup([offer('voorstelling', { sessions: [session('2027-03-09T10:00', 7), session('2027-03-16T10:00', 3)] })]);
    const results = await Promise.all(schools.map((s) => outcome(ask(deps, s.id, `s-${s.id}`, { sessionId: '2027-03-09T10:00' }))));
    expect(results.filter((r) => r === 'OK')).toHaveLength(7);
    expect(results.filter((r) => r === 'SESSION_FULL')).toHaveLength(43);
    expect(await taken(deps, 'voorstelling', '2027-03-09T10:00')).toBe(7);
    // The other session of the offer is untouched.
    expect(await taken(deps, 'voorstelling', '2027-03-16T10:00')).toBe(0);
    expect(await bookingCount(deps)).toBe(7);
    const stored = (await scanAll(deps.store)).filter((item) => item.type === 'Booking');
    for (const b of stored) expect(b).toMatchObject({ sessionId: '2027-03-09T10:00', schoolYear: '2026-2027' });
  }, 240_000);

  it('takes one place per group, refuses a booking with more groups than are left, and gives places back on cancel and decline', async () => {
    const deps = await setup([offer('voorstelling', { sessions: [session('2027-03-09T10:00', 4)] })]);
    const sessionId = '2027-03-09T10:00';
    const two = [
      { grade: 5, pupils: 25 },
      { grade: 6, pupils: 27 },
    ];
    const first = await ask(deps, schools[0]!.id, 'g-0', { sessionId, groups: two });
    expect(await taken(deps, 'voorstelling', sessionId)).toBe(2);
    const second = await ask(deps, schools[1]!.id, 'g-1', { sessionId, groups: two });
    expect(await taken(deps, 'voorstelling', sessionId)).toBe(4);

    const full = ask(deps, schools[2]!.id, 'g-2', { sessionId });
    await expect(full).rejects.toMatchObject({ extensions: { code: 'SESSION_FULL', remaining: 0 } });
    expect(await bookingCount(deps)).toBe(2);

    await cancelBooking(deps, schoolViewer(schools[0]!.id), { id: first.id, reason: 'SCHEDULE_CONFLICT' });
    expect(await taken(deps, 'voorstelling', sessionId)).toBe(2);
    expect(await outcome(ask(deps, schools[3]!.id, 'g-3', { sessionId, groups: [...two, { grade: 7, pupils: 20 }] }))).toBe('SESSION_FULL');
    await declineBooking(deps, partnerViewer('partner-1'), { id: second.id, reason: 'Zaal onverwacht dicht' });
    expect(await taken(deps, 'voorstelling', sessionId)).toBe(0);
    expect(await outcome(ask(deps, schools[3]!.id, 'g-4', { sessionId, groups: [...two, ...two] }))).toBe('OK');
    // More groups than the session has places at all: refused before any write.
    expect(await outcome(ask(deps, schools[4]!.id, 'g-5', { sessionId, groups: [...two, ...two, ...two] }))).toBe('SESSION_FULL');
    expect(await taken(deps, 'voorstelling', sessionId)).toBe(4);
  });

  it('refuses a session past its deadline or not in the offer, and writes nothing', async () => {
    const deps = await setup([
      offer('voorstelling', {
        sessions: [
          session('2026-12-10T10:00', 5, '2026-12-02'),
          session('2026-12-03T13:00', 5),
          session('2027-01-20T10:00', 5, '2026-12-03'),
        ],
      }),
    ]);
    await expect(ask(deps, schools[0]!.id, 'd-0', { sessionId: '2026-12-10T10:00' })).rejects.toMatchObject({
      extensions: { code: 'SESSION_CLOSED', bookingDeadline: '2026-12-02' },
    });
    expect(await outcome(ask(deps, schools[0]!.id, 'd-1', { sessionId: '2027-02-01T10:00' }))).toBe('SESSION_NOT_FOUND');
    expect(await outcome(ask(deps, schools[0]!.id, 'd-2', { sessionId: '2026-12-03T13:00', schoolYear: '2025-2026' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(await bookingCount(deps)).toBe(0);
    // The deadline day itself, and the day of a session without a deadline, may still be booked.
    expect(await outcome(ask(deps, schools[0]!.id, 'd-3', { sessionId: '2027-01-20T10:00' }))).toBe('OK');
    expect(await outcome(ask(deps, schools[1]!.id, 'd-4', { sessionId: '2026-12-03T13:00' }))).toBe('OK');
  });

  it('keeps the blocked dates, and a confirmation records the agreed date or the session', async () => {
    const deps = await setup([offer('voorstelling', { sessions: [session('2027-03-09T10:00', 5)] }), offer('workshop', { capacity: 10 })]);
    const bySession = await ask(deps, schools[0]!.id, 'a-0', { sessionId: '2027-03-09T10:00', blockedDates: ['2027-03-10', '2027-02-01'] });
    expect(bySession.blockedDates).toEqual(['2027-02-01', '2027-03-10']);
    const confirmed = await confirmBooking(deps, partnerViewer('partner-1'), { id: bySession.id, agreedDate: '2027-04-01' });
    // A booking of a session is agreed on the session, whatever else is sent along.
    expect(confirmed.agreed).toEqual({ date: '2027-03-09', startTime: '10:00', endTime: '11:30', sessionId: '2027-03-09T10:00' });

    const byAgreement = await requestBooking(deps, schoolViewer(schools[1]!.id), {
      offerId: 'workshop',
      schoolId: schools[1]!.id,
      groups: [{ grade: 4, pupils: 22 }],
      blockedDates: ['2027-01-15'],
      idempotencyKey: 'a-1',
    });
    expect(byAgreement.agreed).toBeUndefined();
    const partner = partnerViewer('partner-1');
    expect(
      await outcome(
        confirmBooking(deps, partner, { id: byAgreement.id, agreedDate: '2027-02-03', agreedStartTime: '11:00', agreedEndTime: '10:00' }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(await outcome(confirmBooking(deps, partner, { id: byAgreement.id, agreedDate: '2027-02-03', agreedStartTime: '11:00' }))).toBe(
      'BAD_USER_INPUT',
    );
    const agreed = await confirmBooking(deps, partner, {
      id: byAgreement.id,
      agreedDate: '2027-02-03',
      agreedStartTime: '09:00',
      agreedEndTime: '10:30',
    });
    expect(agreed.agreed).toEqual({ date: '2027-02-03', startTime: '09:00', endTime: '10:30' });
    expect(agreed.blockedDates).toEqual(['2027-01-15']);
  });
});
