/**
 * Type-level test, checked by `tsc -p client` (npm run typecheck): results are typed exactly as
 * the documents select them. Nothing here runs.
 */
import { createClient, isCmkError, type Booking, type CmkErrorCode } from '../src/index.ts';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assert = <T extends true>(_proof?: T) => undefined;

export async function uses(): Promise<void> {
  const cmk = createClient({ url: 'http://localhost:4000/graphql', apiKey: 'cmk_0123456789abcdef.secret' });

  const offers = await cmk.offers({ filter: { regionId: 'region-hart', disciplines: ['DANCE', 'MUSIC'] }, first: 10 });
  const first = offers.edges[0]?.node;
  if (first) {
    const title: string = first.title;
    const remaining: number | null | undefined = first.remainingCapacity;
    void [title, remaining];
    // @ts-expect-error the Offers query does not select an offer's description (only the Offer query does)
    void first.description;
  }
  assert<Equal<(typeof offers.facets.disciplines)[number]['count'], number>>();

  const offer = await cmk.offer('offer-0001');
  if (offer) {
    const figures: [number, number, number | null | undefined] = [offer.bookingsCount, offer.pupilsReached, offer.averageRating];
    void figures;
    // @ts-expect-error the Offer query selects the partner's id and name, not its website
    void offer.partner?.website;
  }

  const partner = await cmk.partnerBookings({ partnerId: 'partner-1', status: 'REQUESTED' });
  for (const { node } of partner?.bookings?.edges ?? []) {
    assert<Equal<typeof node.status, 'REQUESTED' | 'CONFIRMED' | 'DECLINED' | 'CANCELLED' | 'HELD' | 'EVALUATED'>>();
    // @ts-expect-error a partner's view of a booking does not select the teachers' names
    void node.groups[0]?.teacher;
    // @ts-expect-error nor the evaluation
    void node.evaluation;
  }

  const confirmed: Booking = await cmk.confirmBooking('b1');
  assert<Equal<typeof confirmed.allowedActions, Array<'CONFIRM' | 'DECLINE' | 'CANCEL' | 'MARK_HELD' | 'EVALUATE'>>>();
  await cmk.declineBooking('b1', 'Geen plek');
  await cmk.markBookingHeld({ id: 'b1', pupilsReached: 24, heldOn: '2026-03-12' });
  // @ts-expect-error pupilsReached is required
  await cmk.markBookingHeld({ id: 'b1', heldOn: '2026-03-12' });
  // @ts-expect-error not a status
  await cmk.partnerBookings({ partnerId: 'partner-1', status: 'OPEN' });

  const school = await cmk.schoolBookings({ schoolId: '00AA00' });
  void school?.bookings?.map((b) => b.offer?.title);

  try {
    await cmk.confirmBooking('b1');
  } catch (error) {
    if (isCmkError(error, 'OFFER_FULL')) {
      const code: CmkErrorCode = error.code;
      void code;
    }
  }

  // @ts-expect-error a token and an API key at once
  createClient({ url: 'x', token: 't', apiKey: 'k' });
}
