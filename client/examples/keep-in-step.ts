/**
 * Keeping a partner's system in step, without polling: a local receiver verifies the signed
 * webhooks, the sandbox's test school books one of the partner's offers, the partner confirms
 * it, and both changes are read back from the change feed from the stored cursor.
 *
 *   CMK_API_KEY=cmk_... CMK_TOKEN=eyJ... npx tsx client/examples/keep-in-step.ts
 *
 * CMK_API_KEY: `npm run partner-key -- create --partner <id>`. CMK_TOKEN: a partner user's token
 * (`npm run -s token -- --role partner --partner <id>`), needed once to register the webhook
 * endpoint and receive its secret. CMK_API_URL defaults to http://localhost:4000/graphql;
 * CMK_RECEIVER_PORT (default: any free port) is where the receiver listens on 127.0.0.1.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { Webhook } from 'standardwebhooks';
import { createClient, isCmkError } from '../src/index.ts';

export interface WebhookEvent {
  readonly type: string;
  readonly timestamp: string;
  readonly data: { readonly sequence: number; readonly cursor: string; readonly booking: { readonly id: string; readonly status: string } };
}

/** A receiver that accepts only deliveries signed with `secret()` (401 otherwise) and hands each event to `onEvent`. */
function startReceiver(
  port: number,
  secret: () => string,
  onEvent: (event: WebhookEvent, id: string) => void,
  onRefused: (id: string, reason: string) => void,
) {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const id = String(req.headers['webhook-id']);
      let event: WebhookEvent;
      try {
        // Verify the raw body as received: re-serialised JSON would not match the signature.
        event = new Webhook(secret()).verify(Buffer.concat(chunks).toString('utf8'), req.headers as Record<string, string>) as WebhookEvent;
      } catch (error) {
        // 401 makes the platform try again later; a real receiver would alert on a run of these.
        res.writeHead(401).end();
        return onRefused(id, error instanceof Error ? error.message : String(error));
      }
      res.writeHead(204).end();
      onEvent(event, id);
    });
  });
  return new Promise<{ url: string; close(): Promise<void> }>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/cmk-webhooks`,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    );
  });
}

export async function keepInStep(options: {
  url: string;
  apiKey: string;
  token: string;
  receiverPort?: number;
  timeoutMs?: number;
  log?: (line: string) => void;
}): Promise<{ received: WebhookEvent[]; feed: { sequence: number; type: string; bookingId: string }[] }> {
  const log = options.log ?? console.log;
  const cmk = createClient({ url: options.url, apiKey: options.apiKey });
  const user = createClient({ url: options.url, token: options.token });
  const me = await cmk.me();
  if (me?.role !== 'PARTNER' || !me.partnerId) throw new Error('This example needs a partner API key.');
  const partnerId = me.partnerId;

  // 1. Where our feed stands now: walk it to the end and keep the cursor (a real system stores it).
  let cursor: string | null = null;
  for (;;) {
    const page = await cmk.bookingChanges({ partnerId, after: cursor, first: 100 });
    cursor = page.pageInfo.endCursor ?? cursor;
    if (!page.pageInfo.hasNextPage) break;
  }

  // 2. A receiver, and an endpoint pointing at it; the secret comes once, with the registration.
  const received: WebhookEvent[] = [];
  const waiting: { type: string; bookingId?: string; resolve: (e: WebhookEvent) => void }[] = [];
  let secret = '';
  let endpointId: string | undefined;
  const receiver = await startReceiver(
    options.receiverPort ?? 0,
    () => secret,
    (event, id) => {
      received.push(event);
      log(`webhook ${id}: ${event.type} #${event.data.sequence} booking ${event.data.booking.id} (signature verified)`);
      for (const w of waiting.filter((x) => x.type === event.type && (!x.bookingId || x.bookingId === event.data.booking.id))) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve(event);
      }
    },
    (id, reason) => log(`refused delivery ${id}: ${reason}`),
  );
  const arrival = (type: string, bookingId?: string) =>
    new Promise<WebhookEvent>((resolve, reject) => {
      const seen = received.find((e) => e.type === type && (!bookingId || e.data.booking.id === bookingId));
      if (seen) return resolve(seen);
      const timer = setTimeout(
        () => reject(new Error(`No ${type} webhook within ${options.timeoutMs ?? 30_000} ms: is the API delivering?`)),
        options.timeoutMs ?? 30_000,
      );
      waiting.push({ type, ...(bookingId ? { bookingId } : {}), resolve: (e) => (clearTimeout(timer), resolve(e)) });
    });

  try {
    const registered = await user.registerWebhookEndpoint({
      partnerId,
      url: receiver.url,
      eventTypes: ['REQUESTED', 'CONFIRMED'],
      description: 'keep-in-step example',
    });
    secret = registered.secret;
    endpointId = registered.endpoint.id;
    log(`endpoint ${registered.endpoint.id} registered for ${registered.endpoint.eventTypes.join(', ')} at ${receiver.url}`);

    // 3. A school books (the sandbox's test school, so no real figure counts it) and the webhook arrives.
    const partner = await cmk.partnerBookings({ partnerId, first: 1 });
    const offer = partner?.offers.edges[0]?.node;
    if (!offer) throw new Error(`Partner ${partnerId} has no published offer to book.`);
    const booking = await cmk.sandboxRequestBooking({
      offerId: offer.id,
      groups: [{ grade: 6, pupils: 24 }],
      idempotencyKey: `keep-in-step-${Date.now()}`,
    });
    log(`test school requested ${offer.title}: booking ${booking.id}`);
    await arrival('booking.requested', booking.id);

    // 4. We confirm it; that change comes back as a webhook too.
    await cmk.confirmBooking(booking.id);
    log(`confirmed ${booking.id}`);
    await arrival('booking.confirmed', booking.id);

    // 5. The feed from the stored cursor has both changes, in order, and a new cursor to store.
    const feed: { sequence: number; type: string; bookingId: string }[] = [];
    for (;;) {
      const page = await cmk.bookingChanges({ partnerId, after: cursor, first: 100 });
      for (const { node } of page.edges) {
        feed.push({ sequence: node.sequence, type: node.type, bookingId: node.booking.id });
        log(`feed #${node.sequence}: ${node.type} booking ${node.booking.id} is ${node.booking.status}`);
      }
      cursor = page.pageInfo.endCursor ?? cursor;
      if (!page.pageInfo.hasNextPage) break;
    }
    log(`store this cursor for next time: ${cursor}`);
    return { received, feed };
  } finally {
    // This receiver goes away with the script: stop deliveries to it, or they would fail for a day.
    if (endpointId) await user.disableWebhookEndpoint(endpointId).catch(() => undefined);
    await receiver.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const url = process.env.CMK_API_URL ?? 'http://localhost:4000/graphql';
  const apiKey = process.env.CMK_API_KEY;
  const token = process.env.CMK_TOKEN;
  if (!apiKey || !token) {
    console.error('Set CMK_API_KEY (npm run partner-key -- create --partner <id>) and CMK_TOKEN (a partner user token: npm run token).');
    process.exit(2);
  }
  const receiverPort = process.env.CMK_RECEIVER_PORT ? Number(process.env.CMK_RECEIVER_PORT) : undefined;
  await keepInStep({ url, apiKey, token, ...(receiverPort ? { receiverPort } : {}) }).catch((error: unknown) => {
    console.error(isCmkError(error) ? `${error.code}: ${error.message}` : error);
    process.exit(1);
  });
}
