/**
 * The sandbox: a partner's test school books, cancels and evaluates the partner's own offers; the
 * change feed shows every step as for a real school, while the region report and the offer's
 * figures stay exactly as they were.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readChanges } from '../../src/modules/bookings/change-feed.ts';
import { confirmBooking } from '../../src/modules/bookings/operations/confirm-booking.ts';
import { getOfferFigures } from '../../src/modules/bookings/operations/get-offer-figures.ts';
import { markBookingHeld } from '../../src/modules/bookings/operations/mark-booking-held.ts';
import { requestBooking } from '../../src/modules/bookings/operations/request-booking.ts';
import { sandboxCancelBooking, sandboxEvaluateBooking, sandboxRequestBooking } from '../../src/modules/integrations/operations/sandbox.ts';
import { regionReport } from '../../src/modules/reports/operations/region-report.ts';
import { upsertSchools } from '../../src/modules/schools/operations/upsert-schools.ts';
import { staticOffers, type ParticipationDeps } from '../../src/shared/deps.ts';
import { startDynamoDbLocal, type TestDynamoDb } from '../support/dynamodb.ts';
import { admin, makeSchools, offer, outcome, partnerViewer, schoolViewer } from './support.ts';

const YEAR = '2025-2026';
const NOW = new Date('2025-10-01T10:00:00Z');
const schools = makeSchools(5);
const codes = [...new Set(schools.map((s) => s.municipalityCode))];

let db: TestDynamoDb;
beforeAll(async () => {
  db = await startDynamoDbLocal();
});
afterAll(async () => db?.stop());

describe('sandbox', () => {
  it('fires the feed like a real school and changes no figure, capacity or report', async () => {
    const names = await db.createTestTables();
    const store = { doc: db.doc, tableName: names.participation, now: () => NOW };
    await upsertSchools(store, schools);
    const deps: ParticipationDeps = {
      store,
      offers: staticOffers([offer('offer-1', { partnerId: 'partner-1', capacity: 1 }), offer('offer-2', { partnerId: 'partner-2' })]),
    };
    const partner = partnerViewer('partner-1');
    // A real school takes the offer's only place and the partner confirms it.
    const real = await requestBooking(deps, schoolViewer(schools[0]!.id), {
      offerId: 'offer-1',
      schoolId: schools[0]!.id,
      groups: [{ grade: 5, pupils: 20 }],
      idempotencyKey: 'real',
    });
    await confirmBooking(deps, partner, { id: real.id });
    const report = await regionReport(store, { schoolYear: YEAR, municipalityCodes: codes });
    const [figures] = await getOfferFigures(store, [{ offerId: 'offer-1', schoolYear: YEAR }]);
    expect(figures).toMatchObject({ booked: 1, remaining: 0 });

    // The test school books the full offer all the same, is confirmed, held and evaluates; a second booking is cancelled.
    const tried = await sandboxRequestBooking(deps, partner, {
      offerId: 'offer-1',
      groups: [{ grade: 6, pupils: 25 }],
      idempotencyKey: 's1',
    });
    expect(tried).toMatchObject({ sandbox: true, status: 'REQUESTED', schoolName: expect.stringMatching(/generated/) });
    expect(
      (await sandboxRequestBooking(deps, partner, { offerId: 'offer-1', groups: [{ grade: 6, pupils: 25 }], idempotencyKey: 's1' })).id,
    ).toBe(tried.id);
    await confirmBooking(deps, partner, { id: tried.id });
    await markBookingHeld(deps, partner, { id: tried.id, pupilsReached: 25, heldOn: '2025-11-03' });
    await sandboxEvaluateBooking(deps, partner, { id: tried.id, rating: 2 });
    const second = await sandboxRequestBooking(deps, partner, {
      offerId: 'offer-1',
      groups: [{ grade: 3, pupils: 12 }],
      idempotencyKey: 's2',
    });
    await sandboxCancelBooking(deps, partner, { id: second.id, reason: 'OTHER' });

    expect(await regionReport(store, { schoolYear: YEAR, municipalityCodes: codes })).toEqual(report);
    expect(await getOfferFigures(store, [{ offerId: 'offer-1', schoolYear: YEAR }])).toEqual([figures]);

    const feed = await readChanges(store, 'partner-1', 0, 50);
    expect(feed.changes.map((c) => [c.type, c.booking.sandbox ?? false])).toEqual([
      ['REQUESTED', false],
      ['CONFIRMED', false],
      ['REQUESTED', true],
      ['CONFIRMED', true],
      ['HELD', true],
      ['EVALUATED', true],
      ['REQUESTED', true],
      ['CANCELLED', true],
    ]);

    // Only its own offers and its own sandbox bookings.
    expect(
      await outcome(sandboxRequestBooking(deps, partner, { offerId: 'offer-2', groups: [{ grade: 3, pupils: 9 }], idempotencyKey: 'x' })),
    ).toBe('NOT_FOUND');
    expect(await outcome(sandboxCancelBooking(deps, partner, { id: real.id, reason: 'OTHER' }))).toBe('NOT_FOUND');
    expect(await outcome(sandboxCancelBooking(deps, partnerViewer('partner-2'), { id: tried.id, reason: 'OTHER' }))).toBe('NOT_FOUND');
    expect(
      await outcome(sandboxRequestBooking(deps, schoolViewer(schools[0]!.id), { offerId: 'offer-1', groups: [], idempotencyKey: 'y' })),
    ).toBe('FORBIDDEN');
    expect(await outcome(sandboxRequestBooking(deps, admin, { offerId: 'offer-1', groups: [], idempotencyKey: 'z' }))).toBe(
      'BAD_USER_INPUT',
    );
  });
});
