/**
 * A partner's machine client: lists the open (requested) bookings of the partner's offers and
 * confirms the oldest one.
 *
 *   CMK_API_URL=http://localhost:4000/graphql CMK_API_KEY=cmk_... npx tsx client/examples/partner-bookings.ts
 *
 * CMK_API_KEY comes from `npm run partner-key -- create --partner <id>`; the key tells the API
 * which partner it is. Set CMK_CONFIRM=0 to only list.
 */
import { fileURLToPath } from 'node:url';
import { createClient, isCmkError, type Booking } from '../src/index.ts';

export async function partnerBookings(options: {
  url: string;
  apiKey: string;
  confirm?: boolean;
  log?: (line: string) => void;
}): Promise<{ open: Booking[]; confirmed?: Booking }> {
  const log = options.log ?? console.log;
  const cmk = createClient({ url: options.url, apiKey: options.apiKey });

  const me = await cmk.me();
  if (me?.role !== 'PARTNER' || !me.partnerId) throw new Error('This example needs a partner API key.');

  // Every open booking, page by page (oldest request first).
  const open: Booking[] = [];
  let after: string | null | undefined;
  let name = me.partnerId;
  do {
    const partner = await cmk.partnerBookings({ partnerId: me.partnerId, status: 'REQUESTED', first: 50, after });
    if (!partner?.bookings) break;
    name = partner.name;
    open.push(...partner.bookings.edges.map((e) => e.node));
    after = partner.bookings.pageInfo.hasNextPage ? partner.bookings.pageInfo.endCursor : undefined;
  } while (after);

  log(`${name}: ${open.length} open booking(s)`);
  for (const b of open) {
    log(`  ${b.id}  ${b.requestedAt.slice(0, 10)}  ${b.schoolName}  ${b.offer?.title ?? b.offerId}  ${b.pupils} pupils`);
  }

  const next = open.find((b) => b.allowedActions.includes('CONFIRM'));
  if (!next || options.confirm === false) return { open };
  try {
    const confirmed = await cmk.confirmBooking(next.id);
    log(`confirmed ${confirmed.id} for ${confirmed.schoolName}: ${confirmed.statusLabel}`);
    return { open, confirmed };
  } catch (error) {
    // Someone else (a colleague in the portal) may have acted on it in the meantime.
    if (isCmkError(error, 'INVALID_TRANSITION')) {
      log(`${next.id} is no longer open: ${error.message}`);
      return { open };
    }
    throw error;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const url = process.env.CMK_API_URL ?? 'http://localhost:4000/graphql';
  const apiKey = process.env.CMK_API_KEY;
  if (!apiKey) {
    console.error('Set CMK_API_KEY (npm run partner-key -- create --partner <id>).');
    process.exit(2);
  }
  await partnerBookings({ url, apiKey, confirm: process.env.CMK_CONFIRM !== '0' }).catch((error: unknown) => {
    console.error(isCmkError(error) ? `${error.code}: ${error.message}` : error);
    process.exit(1);
  });
}
