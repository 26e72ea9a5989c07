import { describe, expect, it } from 'vitest';
import type { AgreementRecord, BookingRecord } from '../../domain/records.ts';
import { followUpOf } from './follow-up.ts';

const talk = { talkDate: '2025-09-10', schoolYear: '2025-2026' };
const agreement: AgreementRecord = { area: 'CONTENT_FOCUS', agreement: 'Muziek in elke groep', due: '2025-12-31', disciplines: ['MUSIC'] };
let n = 0;
const booking = (change: Partial<BookingRecord>): BookingRecord =>
  ({
    id: `b${++n}`,
    schoolYear: '2025-2026',
    status: 'REQUESTED',
    disciplines: ['MUSIC'],
    requestedAt: '2025-10-01T09:00:00.000Z',
    ...change,
  }) as BookingRecord;

describe('whether bookings followed an agreement', () => {
  it('counts a booking in the discipline, after the talk, within the term, still standing', () => {
    const ok = booking({ status: 'HELD' });
    expect(followUpOf(agreement, talk, [ok], '2025-10-02')).toEqual({ status: 'FOLLOWED', bookings: [ok] });
  });

  it('leaves out bookings before the talk, after the term, of another discipline or year, cancelled, declined or sandbox', () => {
    const others = [
      booking({ requestedAt: '2025-09-09T23:00:00.000Z' }),
      booking({ requestedAt: '2026-01-01T08:00:00.000Z' }),
      booking({ disciplines: ['DANCE'] }),
      booking({ schoolYear: '2026-2027' }),
      booking({ status: 'CANCELLED' }),
      booking({ status: 'DECLINED' }),
      booking({ sandbox: true }),
    ];
    expect(followUpOf(agreement, talk, others, '2025-12-31')).toEqual({ status: 'OPEN', bookings: [] });
    expect(followUpOf(agreement, talk, others, '2026-01-01')).toEqual({ status: 'NOT_FOLLOWED', bookings: [] });
  });

  it('without a term waits until the end of the school year; without disciplines bookings cannot tell', () => {
    const { due: _due, ...withoutDue } = agreement;
    expect(followUpOf(withoutDue, talk, [], '2026-07-31').status).toBe('OPEN');
    expect(followUpOf(withoutDue, talk, [], '2026-08-01').status).toBe('NOT_FOLLOWED');
    expect(followUpOf(withoutDue, talk, [booking({ requestedAt: '2026-07-01T10:00:00.000Z' })], '2026-08-01').status).toBe('FOLLOWED');
    expect(followUpOf({ area: 'SCHOOL_CULTURE', agreement: 'Draagvlak' }, talk, [booking({})], '2025-10-02')).toEqual({
      status: 'NOT_APPLICABLE',
      bookings: [],
    });
  });
});
