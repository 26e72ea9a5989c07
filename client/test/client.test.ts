/**
 * Every SDK function against the real API (the Lambda handler behind the local adapter, DynamoDB
 * Local with seeded participation data): as a partner's API key, a school's and a partner's token,
 * anonymously; and the error mapping by extensions.code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CmkGraphQLError, CmkNetworkError, createClient, isCmkError, type CmkClient, type TypedDocument } from '../src/index.ts';
import { partnerId, smallestOffer, partnerOffers, requestBooking, schools, startApi, type RunningApi } from './support/api.ts';

let api: RunningApi;
let partner: CmkClient;
const bookings: { id: string }[] = [];

beforeAll(async () => {
  api = await startApi();
  partner = createClient({ url: api.url(), apiKey: api.apiKey });
  // Three requests of the partner's offers by three schools.
  for (let i = 0; i < 3; i++) bookings.push(await requestBooking(api, i, partnerOffers[i % partnerOffers.length]!.id));
});
afterAll(async () => api?.stop());

describe('queries', () => {
  it('me: a partner API key stands for its partner', async () => {
    expect(await partner.me()).toEqual({ role: 'PARTNER', partnerId, schoolId: null, regionId: null });
    expect(await createClient({ url: api.url() }).me()).toMatchObject({ role: 'ANONYMOUS' });
  });

  it('offers: by region and discipline, with facets, paged', async () => {
    const anonymous = createClient({ url: api.url(), headers: { 'accept-language': 'en' } });
    const all = await anonymous.offers({ filter: { regionId: 'region-hart' }, first: 5 });
    expect(all.totalCount).toBeGreaterThan(0);
    expect(all.edges.length).toBeLessThanOrEqual(5);
    const discipline = all.facets.disciplines[0]!;
    expect(discipline).toMatchObject({ value: expect.any(String), label: expect.any(String), count: expect.any(Number) });

    const filtered = await anonymous.offers({ filter: { regionId: 'region-hart', disciplines: [discipline.value as never] }, first: 100 });
    expect(filtered.totalCount).toBe(discipline.count);
    for (const { node } of filtered.edges) expect(node.disciplines.map((d) => d.value)).toContain(discipline.value);

    if (all.pageInfo.hasNextPage) {
      const next = await anonymous.offers({ filter: { regionId: 'region-hart' }, first: 5, after: all.pageInfo.endCursor });
      expect(next.edges[0]?.node.id).not.toBe(all.edges[0]?.node.id);
    }
  });

  it('offer: one offer with its figures; null for an unknown id', async () => {
    const client = createClient({ url: api.url() });
    const offer = await client.offer(partnerOffers[0]!.id);
    expect(offer).toMatchObject({ id: partnerOffers[0]!.id, partner: { id: partnerId }, capacity: null, remainingCapacity: null });
    expect(offer!.bookingsCount).toBeGreaterThanOrEqual(1);
    expect(await client.offer('no-such-offer')).toBeNull();
  });

  it('partnerBookings: the partner’s offers and the open bookings of them', async () => {
    const result = await partner.partnerBookings({ partnerId, status: 'REQUESTED' });
    expect(result?.id).toBe(partnerId);
    expect(result!.offers.totalCount).toBeGreaterThanOrEqual(partnerOffers.length);
    const ids = result!.bookings!.edges.map((e) => e.node.id);
    for (const b of bookings) expect(ids).toContain(b.id);
    const first = result!.bookings!.edges[0]!.node;
    expect(first).toMatchObject({ status: 'REQUESTED', allowedActions: expect.arrayContaining(['CONFIRM', 'DECLINE']) });
    expect(schools.map((s) => s.name)).toContain(first.schoolName);
  });

  it('schoolBookings: a school reads its own bookings with its token', async () => {
    const school = createClient({ url: api.url(), token: await api.token({ role: 'SCHOOL', schoolId: schools[0]!.id }) });
    const result = await school.schoolBookings({ schoolId: schools[0]!.id });
    expect(result?.bookings?.map((b) => b.id)).toContain(bookings[0]!.id);
  });
});

describe('mutations', () => {
  it('confirmBooking then markBookingHeld, as the partner’s API key', async () => {
    const confirmed = await partner.confirmBooking(bookings[0]!.id);
    expect(confirmed).toMatchObject({ id: bookings[0]!.id, status: 'CONFIRMED', allowedActions: ['CANCEL', 'MARK_HELD'] });
    const held = await partner.markBookingHeld({ id: bookings[0]!.id, pupilsReached: 24, heldOn: '2025-11-12' });
    expect(held).toMatchObject({ status: 'HELD', activity: { heldOn: '2025-11-12', pupilsReached: 24, groupsReached: 1 } });
  });

  it('declineBooking, as the partner with a token', async () => {
    const viaToken = createClient({ url: api.url(), token: await api.token({ role: 'PARTNER', partnerId }) });
    const declined = await viaToken.declineBooking(bookings[1]!.id, 'Geen plek meer in mei');
    expect(declined).toMatchObject({ status: 'DECLINED', declineReason: 'Geen plek meer in mei', allowedActions: [] });
  });
});

describe('errors by extensions.code', () => {
  const codeOf = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CmkGraphQLError);
    return error as CmkGraphQLError;
  };

  it('NOT_FOUND for someone else’s booking', async () => {
    const other = createClient({ url: api.url(), token: await api.token({ role: 'PARTNER', partnerId: 'partner-someone-else' }) });
    const error = await codeOf(other.confirmBooking(bookings[2]!.id));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.operationName).toBe('ConfirmBooking');
    expect(isCmkError(error, 'NOT_FOUND')).toBe(true);
  });

  it('INVALID_TRANSITION for confirming a declined booking', async () => {
    expect((await codeOf(partner.confirmBooking(bookings[1]!.id))).code).toBe('INVALID_TRANSITION');
  });

  it('BAD_USER_INPUT for a date that is not one', async () => {
    expect((await codeOf(partner.markBookingHeld({ id: bookings[2]!.id, pupilsReached: 3, heldOn: '12-11-2025' }))).code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('UNAUTHENTICATED (HTTP 401) for a revoked or made-up key', async () => {
    const error = await codeOf(createClient({ url: api.url(), apiKey: `cmk_0123456789abcdef.${'x'.repeat(43)}` }).me());
    expect(error).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
  });

  it('OFFER_FULL when the last place is taken, through request() with a document of your own', async () => {
    type Result = { requestBooking: { booking: { id: string } } };
    type Variables = { input: Record<string, unknown> };
    const REQUEST = {
      toString: () => 'mutation RequestBooking($input: RequestBookingInput!) { requestBooking(input: $input) { booking { id } } }',
    } as TypedDocument<Result, Variables>;
    const book = async (schoolIndex: number) => {
      const school = schools[schoolIndex]!;
      const client = createClient({ url: api.url(), token: await api.token({ role: 'SCHOOL', schoolId: school.id }) });
      const input = {
        offerId: smallestOffer.id,
        schoolId: school.id,
        groups: [{ grade: 5, pupils: 20 }],
        idempotencyKey: `full-${schoolIndex}`,
      };
      return client.request(REQUEST, { input });
    };
    for (let i = 0; i < smallestOffer.capacity!; i++) await book(i);
    const error = await codeOf(book(smallestOffer.capacity!));
    expect(error.code).toBe('OFFER_FULL');
    expect(error.errors[0]?.extensions?.offerId).toBe(smallestOffer.id);
  });

  it('a network failure is a CmkNetworkError, after the retries of a query', async () => {
    const client = createClient({ url: 'http://127.0.0.1:9/graphql', retry: { retries: 2, baseDelayMs: 1 } });
    const error = await client.offers().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CmkNetworkError);
    expect(error).toMatchObject({ attempts: 3, operationName: 'Offers' });
  });
});
