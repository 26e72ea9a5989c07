/**
 * Webhooks end to end against DynamoDB Local and a receiver on loopback started here: the
 * receiver verifies every delivery with the `standardwebhooks` package, fails on purpose and gets
 * the delivery on the 4th attempt; a rotated secret signs what follows; an endpoint that fails for
 * a day is disabled and gets nothing; and the URL rules refuse private targets in AWS.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancelBooking } from '../../src/modules/bookings/operations/cancel-booking.ts';
import { confirmBooking } from '../../src/modules/bookings/operations/confirm-booking.ts';
import { requestBooking } from '../../src/modules/bookings/operations/request-booking.ts';
import { createFeedDispatcher } from '../../src/modules/integrations/feed-dispatcher.ts';
import {
  redeliverWebhook,
  registerWebhookEndpoint,
  disableWebhookEndpoint,
  enableWebhookEndpoint,
  rotateWebhookSecret,
  type WebhookDeps,
} from '../../src/modules/integrations/operations/webhooks.ts';
import { checkTarget } from '../../src/modules/integrations/target-url.ts';
import { DISABLE_AFTER_MS, RETRY_AFTER_MS, deliveriesOf, getEndpoint } from '../../src/modules/integrations/webhook-delivery.ts';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { keys } from '../../src/sources/dynamodb/keys.ts';
import { createWebhookHandler } from '../../src/webhooks/handler.ts';
import { upsertSchools } from '../../src/modules/schools/operations/upsert-schools.ts';
import { staticOffers } from '../../src/shared/deps.ts';
import { startDynamoDbLocal, type TestDynamoDb } from '../support/dynamodb.ts';
import { admin, makeSchools, offer, outcome, partnerViewer } from './support.ts';

const PARTNER = 'partner-hooks';
const schools = makeSchools(4);

interface Received {
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** A partner's receiver: answers 500 while `failures` is above 0, then 204. */
function startReceiver() {
  const received: Received[] = [];
  const state = { failures: 0 };
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      received.push({ headers: req.headers as Record<string, string>, body });
      if (state.failures > 0) {
        state.failures--;
        res.writeHead(500).end();
      } else res.writeHead(204).end();
    });
  });
  return new Promise<{ url: string; received: Received[]; state: typeof state; close: () => Promise<void> }>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/cmk-hooks`,
        received,
        state,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    ),
  );
}

let db: TestDynamoDb;
beforeAll(async () => {
  db = await startDynamoDbLocal();
});
afterAll(async () => db?.stop());

describe('webhooks', () => {
  it('delivers signed changes, retries with back-off until the 4th attempt, signs with a rotated secret, and disables a failing endpoint', async () => {
    const names = await db.createTestTables();
    let now = new Date();
    const store = { doc: db.doc, tableName: names.participation, now: () => now };
    const later = (ms: number) => (now = new Date(now.getTime() + ms));
    await upsertSchools(store, schools);
    const deps: WebhookDeps = {
      store,
      offers: staticOffers([0, 1, 2].map((i) => offer(`offer-${i}`, { partnerId: PARTNER }))),
      rules: { local: true },
    };
    const dispatcher = createFeedDispatcher(deps);
    const receiver = await startReceiver();
    try {
      const partner = partnerViewer(PARTNER);
      const { endpoint, secret } = await registerWebhookEndpoint(deps, partner, {
        partnerId: PARTNER,
        url: receiver.url,
        eventTypes: ['REQUESTED', 'CONFIRMED', 'CANCELLED'],
        description: 'CRM',
      });
      expect(secret).toMatch(/^whsec_/);
      const verified = (r: Received, key: string) =>
        new Webhook(key).verify(r.body, r.headers) as {
          type: string;
          data: { sequence: number; booking: { id: string; status: string; groups: object[] } };
        };

      // A school books: the partner's receiver gets booking.requested, signed.
      const booking = await requestBooking(deps, admin, {
        offerId: 'offer-0',
        schoolId: schools[0]!.id,
        groups: [{ grade: 7, pupils: 25, teacher: 'Juf Anna' }],
        idempotencyKey: 'hook-1',
      });
      await dispatcher.tick();
      expect(receiver.received).toHaveLength(1);
      const first = verified(receiver.received[0]!, secret);
      expect(first).toMatchObject({ type: 'booking.requested', data: { sequence: 1, booking: { id: booking.id, status: 'REQUESTED' } } });
      expect(JSON.stringify(first)).not.toContain('Juf Anna');

      // The receiver fails 3 times: the delivery arrives on the 4th attempt, after the back-off.
      receiver.state.failures = 3;
      await confirmBooking(deps, partner, { id: booking.id });
      await dispatcher.tick();
      expect(receiver.received).toHaveLength(2);
      await dispatcher.tick(); // not due yet: nothing is sent
      expect(receiver.received).toHaveLength(2);
      for (const wait of RETRY_AFTER_MS.slice(0, 3)) {
        later(wait);
        await dispatcher.tick();
      }
      const attempts = receiver.received.slice(1);
      expect(attempts).toHaveLength(4);
      expect(new Set(attempts.map((a) => a.headers['webhook-id'])).size).toBe(1);
      for (const a of attempts) expect(verified(a, secret).type).toBe('booking.confirmed');
      const [log] = await deliveriesOf(store, endpoint.id, 1);
      expect(log).toMatchObject({ sequence: 2, status: 'DELIVERED', attempts: 4, lastResponseCode: 204 });

      // A rotated secret signs what follows, a redelivery too; the old secret no longer verifies.
      const { secret: rotated } = await rotateWebhookSecret(deps, partner, { id: endpoint.id });
      await redeliverWebhook(deps, partner, { endpointId: endpoint.id, sequence: 2 });
      const redelivered = receiver.received.at(-1)!;
      expect(verified(redelivered, rotated).data.sequence).toBe(2);
      expect(() => verified(redelivered, secret)).toThrow();

      // Another partner sees nothing of this endpoint.
      expect(await outcome(redeliverWebhook(deps, partnerViewer('partner-other'), { endpointId: endpoint.id, sequence: 2 }))).toBe(
        'NOT_FOUND',
      );

      // The receiver breaks for good: after a day of failed attempts the endpoint is disabled.
      receiver.state.failures = Number.POSITIVE_INFINITY;
      await cancelBooking(deps, partner, { id: booking.id, reason: 'OTHER' });
      await dispatcher.tick();
      let waited = 0;
      for (const wait of RETRY_AFTER_MS) {
        later(wait);
        waited += wait;
        await dispatcher.tick();
      }
      expect(waited).toBeGreaterThanOrEqual(DISABLE_AFTER_MS);
      const disabled = await getEndpoint(store, endpoint.id);
      expect(disabled).toMatchObject({ status: 'DISABLED', disabledReason: expect.stringMatching(/failed since/) });
      // The partner sees when: a day after the first failure of the streak.
      const failingSince = /failed since (\S+)/.exec(disabled!.disabledReason!)![1]!;
      expect(Date.parse(disabled!.disabledAt!) - Date.parse(failingSince)).toBeGreaterThanOrEqual(DISABLE_AFTER_MS);
      const [gaveUp] = await deliveriesOf(store, endpoint.id, 1);
      expect(gaveUp).toMatchObject({ sequence: 3, status: 'FAILED', lastResponseCode: 500 });

      // A disabled endpoint gets nothing.
      const count = receiver.received.length;
      await requestBooking(deps, admin, {
        offerId: 'offer-1',
        schoolId: schools[1]!.id,
        groups: [{ grade: 3, pupils: 20 }],
        idempotencyKey: 'hook-2',
      });
      await dispatcher.tick();
      later(60_000);
      await dispatcher.tick();
      expect(receiver.received).toHaveLength(count);
      expect(await outcome(redeliverWebhook(deps, partner, { endpointId: endpoint.id, sequence: 3 }))).toBe('ENDPOINT_DISABLED');

      // Enabled again it has no disabled moment; disabled by the partner it has one, and says so.
      expect((await enableWebhookEndpoint(deps, partner, { id: endpoint.id })).disabledAt).toBeUndefined();
      later(60_000);
      const byPartner = await disableWebhookEndpoint(deps, partner, { id: endpoint.id });
      expect(byPartner).toMatchObject({ status: 'DISABLED', disabledReason: 'disabled by the partner', disabledAt: now.toISOString() });
    } finally {
      await receiver.close();
    }
  }, 60_000);

  it('the stream Lambda fans a new change item out once, however often the stream hands it over', async () => {
    const names = await db.createTestTables();
    const store = { doc: db.doc, tableName: names.participation };
    await upsertSchools(store, schools);
    const deps: WebhookDeps = { store, offers: staticOffers([offer('offer-0', { partnerId: PARTNER })]), rules: { local: true } };
    const receiver = await startReceiver();
    try {
      const { secret } = await registerWebhookEndpoint(deps, admin, { partnerId: PARTNER, url: receiver.url, eventTypes: ['REQUESTED'] });
      await requestBooking(deps, admin, {
        offerId: 'offer-0',
        schoolId: schools[0]!.id,
        groups: [{ grade: 4, pupils: 18 }],
        idempotencyKey: 'stream-1',
      });
      const { Item } = await db.doc.send(new GetCommand({ TableName: names.participation, Key: keys.bookingChange(PARTNER, 1) }));
      const record = (n: number) => ({
        eventName: 'INSERT' as const,
        dynamodb: { SequenceNumber: String(n), NewImage: marshall(Item!) as never },
      });
      const handle = createWebhookHandler(deps);
      expect(await handle({ Records: [record(1), record(2)] })).toEqual({ batchItemFailures: [] });
      expect(receiver.received).toHaveLength(1);
      expect((new Webhook(secret).verify(receiver.received[0]!.body, receiver.received[0]!.headers) as { type: string }).type).toBe(
        'booking.requested',
      );
      expect(await handle({ source: 'aws.events' })).toEqual({ attempted: 0 });
    } finally {
      await receiver.close();
    }
  });

  it('refuses plain http and private, loopback and link-local targets in AWS; allows loopback locally', async () => {
    const aws = { local: false };
    for (const url of [
      'http://93.184.215.14/hook',
      'https://127.0.0.1/hook',
      'https://localhost/hook',
      'https://10.1.2.3/hook',
      'https://172.20.0.1/hook',
      'https://192.168.1.10/hook',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/hook',
      'https://[fe80::1]/hook',
      'https://[::ffff:10.0.0.1]/hook',
      'https://user:pass@93.184.215.14/hook',
      'not a url',
    ]) {
      await expect(checkTarget(url, aws), url).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    }
    expect((await checkTarget('https://93.184.215.14/hook', aws)).hostname).toBe('93.184.215.14');
    expect((await checkTarget('http://127.0.0.1:8080/hook', { local: true })).port).toBe('8080');
    await expect(checkTarget('http://10.0.0.1/hook', { local: true })).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });
});
