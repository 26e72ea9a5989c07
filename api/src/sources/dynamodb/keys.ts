/**
 * Key builders of the participation table (single-table design, see api/docs/participation-data.md).
 * Every key of every item kind is built here, so the access patterns can be read in one place.
 */
export interface Key {
  readonly pk: string;
  readonly sk: string;
}

/** One string per item key, for maps of items read. */
export const itemKey = (k: Key): string => `${k.pk}|${k.sk}`;

export const keys = {
  school: (schoolId: string): Key => ({ pk: `SCHOOL#${schoolId}`, sk: 'PROFILE' }),
  participation: (schoolId: string, period: string): Key => ({ pk: `SCHOOL#${schoolId}`, sk: `PARTICIPATION#${period}` }),
  eviResult: (schoolId: string, schoolYear: string): Key => ({ pk: `SCHOOL#${schoolId}`, sk: `EVI#${schoolYear}` }),
  ambitionTalk: (schoolId: string, date: string): Key => ({ pk: `SCHOOL#${schoolId}`, sk: `AMBITION#${date}` }),
  booking: (bookingId: string): Key => ({ pk: `BOOKING#${bookingId}`, sk: 'BOOKING' }),
  /** Capacity counter and running figures of one offer in one school year. */
  offerYear: (offerId: string, schoolYear: string): Key => ({ pk: `OFFER#${offerId}`, sk: `YEAR#${schoolYear}` }),
  /** Places taken (groups of active bookings) of one session of an offer. */
  offerSession: (offerId: string, sessionId: string): Key => ({ pk: `OFFER#${offerId}`, sk: `SESSION#${sessionId}` }),
  /** How many active bookings a school has for an offer in a school year (the ALREADY_BOOKED guard). */
  schoolSlot: (offerId: string, schoolYear: string, schoolId: string): Key => ({
    pk: `OFFER#${offerId}`,
    sk: `SLOT#${schoolYear}#${schoolId}`,
  }),
  /** A question and, in the same partition, its answers: one query reads a question with everything said. */
  question: (questionId: string): Key => ({ pk: `QUESTION#${questionId}`, sk: 'QUESTION' }),
  answer: (questionId: string, answerId: string): Key => ({ pk: `QUESTION#${questionId}`, sk: `ANSWER#${answerId}` }),
  /** The partner's change counter: the next sequence number of its booking change feed. */
  changeSequence: (partnerId: string): Key => ({ pk: `PARTNER#${partnerId}`, sk: 'CHANGE_SEQUENCE' }),
  /** One change of the partner's feed; the zero-padded number keeps the sort key in sequence order. */
  bookingChange: (partnerId: string, sequence: number): Key => ({
    pk: `PARTNER#${partnerId}#CHANGES`,
    sk: `CHANGE#${String(sequence).padStart(12, '0')}`,
  }),
  /** A partner's webhook endpoint; its deliveries share the partition. */
  webhookEndpoint: (endpointId: string): Key => ({ pk: `WEBHOOK#${endpointId}`, sk: 'ENDPOINT' }),
  /** The delivery of one change to one endpoint, by the change's number (the log reads newest first). */
  webhookDelivery: (endpointId: string, sequence: number): Key => ({
    pk: `WEBHOOK#${endpointId}`,
    sk: `DELIVERY#${String(sequence).padStart(12, '0')}`,
  }),
  /** The school's current calendar feed (the hash of its token, never the token). */
  calendarFeed: (schoolId: string): Key => ({ pk: `SCHOOL#${schoolId}`, sk: 'CALENDAR_FEED' }),
  /** A calendar token's hash, looked up on every feed request. */
  calendarToken: (tokenHash: string): Key => ({ pk: `CALFEED#${tokenHash}`, sk: 'CALFEED' }),
  idempotency: (scope: string, idempotencyKey: string): Key => ({ pk: `IDEMPOTENCY#${scope}#${idempotencyKey}`, sk: 'IDEMPOTENCY' }),
  /** Reach counters of a school year; one partition per school year, one item per cell. */
  reachSector: (schoolYear: string, municipalityCode: string, sector: string): Key => ({
    pk: `REACH#${schoolYear}`,
    sk: `MUNICIPALITY#${municipalityCode}#SECTOR#${sector}`,
  }),
  reachDiscipline: (schoolYear: string, municipalityCode: string, discipline: string): Key => ({
    pk: `REACH#${schoolYear}`,
    sk: `MUNICIPALITY#${municipalityCode}#DISCIPLINE#${discipline}`,
  }),
  reachEvi: (schoolYear: string, municipalityCode: string, pillar: string): Key => ({
    pk: `REACH#${schoolYear}`,
    sk: `MUNICIPALITY#${municipalityCode}#EVI#${pillar}`,
  }),
} as const;

/** Index keys (gsi1..gsi4) per item kind. */
export const indexKeys = {
  school: (municipalityCode: string, schoolId: string) => ({ gsi1pk: `MUNICIPALITY#${municipalityCode}`, gsi1sk: `SCHOOL#${schoolId}` }),
  participation: (p: { schoolId: string; period: string; municipalityCode: string; advisorId: string; regionId?: string | undefined }) => ({
    ...(p.regionId ? { gsi1pk: `REGION#${p.regionId}#PERIOD#${p.period}`, gsi1sk: `SCHOOL#${p.schoolId}` } : {}),
    gsi2pk: `PARTICIPATION#${p.period}`,
    gsi2sk: `MUNICIPALITY#${p.municipalityCode}#SCHOOL#${p.schoolId}`,
    gsi3pk: `ADVISOR#${p.advisorId}`,
    gsi3sk: `PARTICIPATION#${p.period}#SCHOOL#${p.schoolId}`,
  }),
  booking: (b: {
    id: string;
    schoolId: string;
    offerId: string;
    partnerId: string;
    municipalityCode: string;
    schoolYear: string;
    status: string;
    requestedAt: string;
  }) => {
    const byStatus = `${b.status}#${b.requestedAt}#${b.id}`;
    return {
      gsi1pk: `SCHOOL#${b.schoolId}`,
      gsi1sk: `BOOKING#${b.schoolYear}#${b.requestedAt}#${b.id}`,
      gsi2pk: `OFFER#${b.offerId}#YEAR#${b.schoolYear}`,
      gsi2sk: byStatus,
      gsi3pk: `PARTNER#${b.partnerId}#YEAR#${b.schoolYear}`,
      gsi3sk: byStatus,
      gsi4pk: `MUNICIPALITY#${b.municipalityCode}#YEAR#${b.schoolYear}`,
      gsi4sk: byStatus,
    };
  },
  /** Every question, newest first (gsi1), and a community's questions (gsi2). */
  question: (q: { id: string; askedAt: string; communityId?: string | undefined }) => ({
    gsi1pk: 'QUESTIONS',
    gsi1sk: `${q.askedAt}#${q.id}`,
    ...(q.communityId ? { gsi2pk: `COMMUNITY#${q.communityId}#QUESTIONS`, gsi2sk: `${q.askedAt}#${q.id}` } : {}),
  }),
  /** Every offer's figures of a school year in one query (search by capacity, MOST_BOOKED). */
  offerYear: (offerId: string, schoolYear: string) => ({ gsi1pk: `OFFERYEAR#${schoolYear}`, gsi1sk: `OFFER#${offerId}` }),
  /** gsi1: a partner's endpoints; gsi3: every endpoint (the local dispatcher walks the feeds of their partners). */
  webhookEndpoint: (partnerId: string, createdAt: string, endpointId: string) => ({
    gsi1pk: `PARTNER#${partnerId}#WEBHOOKS`,
    gsi1sk: `${createdAt}#${endpointId}`,
    gsi3pk: 'WEBHOOK_ENDPOINTS',
    gsi3sk: `${partnerId}#${endpointId}`,
  }),
  /** gsi2: deliveries waiting for an attempt, by when they are due (removed once delivered or given up). */
  webhookDue: (nextAttemptAt: string, endpointId: string, sequence: number) => ({
    gsi2pk: 'WEBHOOK_DUE',
    gsi2sk: `${nextAttemptAt}#${endpointId}#${String(sequence).padStart(12, '0')}`,
  }),
  eviResult: (schoolYear: string, municipalityCode: string, schoolId: string) => ({
    gsi2pk: `EVI#${schoolYear}`,
    gsi2sk: `MUNICIPALITY#${municipalityCode}#SCHOOL#${schoolId}`,
  }),
  ambitionTalk: (t: { schoolYear: string; municipalityCode: string; schoolId: string; advisorId: string; date: string }) => ({
    gsi2pk: `AMBITION#${t.schoolYear}`,
    gsi2sk: `MUNICIPALITY#${t.municipalityCode}#SCHOOL#${t.schoolId}`,
    gsi3pk: `ADVISOR#${t.advisorId}`,
    gsi3sk: `AMBITION#${t.date}#SCHOOL#${t.schoolId}`,
  }),
} as const;
