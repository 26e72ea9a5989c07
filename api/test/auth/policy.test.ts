/**
 * The policy, role by role, against the hand-written tables of expectations.ts (the same tables
 * the authorization matrix holds the GraphQL API and the operations to).
 */
import { describe, expect, it, vi } from 'vitest';
import { UserFacingError } from '../../src/shared/errors.ts';
import {
  actorOf,
  authorize,
  decide,
  fieldRules,
  mayReadField,
  operationRules,
  subjects,
  visible,
  type Actor,
  type FieldName,
  type FieldRule,
  type OperationName,
  type OperationRule,
} from '../../src/shared/policy.ts';
import { ACTORS, audiences, expectedOutcomes, expectedReaders, WORLD, type Audience, type Outcome } from './expectations.ts';

/** What the policy decides when `audience` calls `operation` on the world's object of the operation's scope. */
function decidedOutcome(operation: OperationName, audience: Audience): Outcome {
  const rule: OperationRule = operationRules[operation];
  const subject = rule.scope === 'public' || rule.scope === 'self' ? undefined : WORLD[rule.scope];
  const decision = decide(ACTORS[audience], operation, subject);
  if (decision.allowed) return 'ALLOW';
  return rule.list && decision.code === 'NOT_FOUND' ? 'FILTERED' : decision.code;
}

function decidedRead(field: FieldName, audience: Audience): boolean {
  const rule: FieldRule = fieldRules[field];
  return mayReadField(ACTORS[audience], field, rule.scope ? WORLD[rule.scope] : undefined);
}

describe('operation rules', () => {
  it('cover exactly the Query fields and Mutations of the expectations', () => {
    expect(Object.keys(operationRules).sort()).toEqual(Object.keys(expectedOutcomes).sort());
  });

  it.each(Object.keys(expectedOutcomes) as OperationName[])('%s: each caller as docs/roles.md says', (operation) => {
    const actual = Object.fromEntries(audiences.map((a) => [a, decidedOutcome(operation, a)]));
    expect(actual).toEqual(expectedOutcomes[operation]);
  });
});

describe('field rules', () => {
  it('list the sensitive fields', () => {
    expect(Object.keys(fieldRules).sort()).toEqual(Object.keys(expectedReaders).sort());
  });

  it.each(Object.keys(expectedReaders) as FieldName[])('%s is readable only by its own callers', (field) => {
    const readers = audiences.filter((a) => decidedRead(field, a));
    expect(readers).toEqual(expectedReaders[field]);
  });

  it('a partner sees the school of its booking by name only', () => {
    const partner: Actor = { role: 'PARTNER', partnerId: 'p1' };
    const school = subjects.school({ id: '00AA00', municipalityCode: 'GM0392' });
    expect(mayReadField(partner, 'School.participations', school)).toBe(false);
    expect(mayReadField(partner, 'School.pupilCount', school)).toBe(false);
    expect(
      mayReadField(partner, 'BookingGroup.teacher', subjects.booking({ schoolId: '00AA00', partnerId: 'p1', municipalityCode: 'GM0392' })),
    ).toBe(false);
  });
});

describe('deciding with loaded objects', () => {
  const regions = { municipalityCodes: async (id: string) => (id === 'hart' ? ['GM0392', 'GM0397', 'GM0473'] : ['GM0622']) };
  const haarlem = subjects.school({ id: '00AA00', municipalityCode: 'GM0392' });
  const vlaardingen = subjects.school({ id: '11BB11', municipalityCode: 'GM0622' });

  it('an advisor reaches the schools of its region’s municipalities', async () => {
    const advisor = await actorOf({ role: 'ADVISOR', regionId: 'hart' }, regions);
    expect(decide(advisor, 'Query.school', haarlem)).toEqual({ allowed: true });
    expect(decide(advisor, 'Query.school', vlaardingen)).toMatchObject({ allowed: false, code: 'NOT_FOUND' });
    expect(decide(advisor, 'Query.regionReport', subjects.region('hart'))).toEqual({ allowed: true });
    expect(decide(advisor, 'Query.regionReport', subjects.region('zh'))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('an advisor without a known region reaches no school', async () => {
    const advisor = await actorOf({ role: 'ADVISOR', regionId: 'hart' });
    expect(decide(advisor, 'Query.school', haarlem)).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('the role check comes first: without an object only the role is decided', () => {
    expect(decide({ role: 'PARTNER', partnerId: 'p' }, 'Mutation.recordAmbitionTalk')).toMatchObject({ code: 'FORBIDDEN' });
    expect(decide({ role: 'SCHOOL', schoolId: '00AA00' }, 'Mutation.evaluateBooking')).toEqual({ allowed: true });
    expect(decide({ role: 'ANONYMOUS' }, 'Query.booking')).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('a partner reaches the bookings of its own offers only', () => {
    const booking = subjects.booking({ schoolId: '00AA00', partnerId: 'p1', municipalityCode: 'GM0392' });
    expect(decide({ role: 'PARTNER', partnerId: 'p1' }, 'Mutation.confirmBooking', booking)).toEqual({ allowed: true });
    expect(decide({ role: 'PARTNER', partnerId: 'p2' }, 'Mutation.confirmBooking', booking)).toMatchObject({ code: 'NOT_FOUND' });
    expect(decide({ role: 'PARTNER', partnerId: 'p1' }, 'Query.school', haarlem)).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('a list keeps what the caller may see', async () => {
    const schools = [
      { id: '00AA00', municipalityCode: 'GM0392' },
      { id: '11BB11', municipalityCode: 'GM0622' },
    ];
    const advisor = await actorOf({ role: 'ADVISOR', regionId: 'hart' }, regions);
    expect(visible(advisor, 'Query.schools', schools, subjects.school).map((s) => s.id)).toEqual(['00AA00']);
    expect(visible({ role: 'SCHOOL', schoolId: '11BB11' }, 'Query.schools', schools, subjects.school).map((s) => s.id)).toEqual(['11BB11']);
    expect(visible({ role: 'ADMIN' }, 'Query.schools', schools, subjects.school)).toHaveLength(2);
  });
});

describe('authorize', () => {
  it('throws the denial as a user-facing error and logs role, operation and reason only', () => {
    const logger = { info: vi.fn(), debug: vi.fn() };
    const school: Actor = { role: 'SCHOOL', schoolId: '00AA00' };
    const other = subjects.booking({ schoolId: '11BB11', partnerId: 'p1', municipalityCode: 'GM0622' });
    let thrown: unknown;
    try {
      authorize(school, 'Query.booking', other, logger);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UserFacingError);
    expect((thrown as UserFacingError).extensions.code).toBe('NOT_FOUND');
    expect(logger.info).toHaveBeenCalledWith('access denied', {
      role: 'SCHOOL',
      operation: 'Query.booking',
      reason: 'outside booking scope',
      code: 'NOT_FOUND',
    });
    const logged = JSON.stringify(logger.info.mock.calls);
    for (const id of ['00AA00', '11BB11', 'p1', 'GM0622']) expect(logged).not.toContain(id);
  });

  it('lets an allowed call through silently', () => {
    const logger = { info: vi.fn(), debug: vi.fn() };
    expect(() => authorize({ role: 'ADMIN' }, 'Mutation.registerParticipation', undefined, logger)).not.toThrow();
    expect(logger.info).not.toHaveBeenCalled();
  });

  it('hidden fields and filtered lists are logged at debug, without ids', () => {
    const logger = { info: vi.fn(), debug: vi.fn() };
    mayReadField({ role: 'SCHOOL', schoolId: '00AA00' }, 'Partner.contactPerson', undefined, logger);
    visible(
      { role: 'SCHOOL', schoolId: '00AA00' },
      'Query.schools',
      [{ id: '11BB11', municipalityCode: 'GM0622' }],
      subjects.school,
      logger,
    );
    expect(logger.debug).toHaveBeenCalledTimes(2);
    expect(JSON.stringify(logger.debug.mock.calls)).not.toMatch(/00AA00|11BB11/);
  });
});
