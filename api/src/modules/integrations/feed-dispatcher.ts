/**
 * Webhooks without a DynamoDB stream (`npm start`): every tick walks the change feed of each
 * partner that has an endpoint and hands new changes to the same `fanOut` the stream's Lambda
 * calls in AWS, then attempts what is due. Cursors live in memory: after a restart the feeds are
 * walked again from the start, which sends nothing twice (a delivery is made once per change and
 * endpoint, and an endpoint only gets changes from after its registration).
 */
import { readChanges } from '../bookings/change-feed.ts';
import { allEndpoints, deliverDue, fanOut, type DeliveryDeps } from './webhook-delivery.ts';

export interface FeedDispatcher {
  tick(): Promise<void>;
}

export function createFeedDispatcher(deps: DeliveryDeps): FeedDispatcher {
  const cursors = new Map<string, number>();
  return {
    async tick() {
      const partners = new Set((await allEndpoints(deps.store)).map((e) => e.partnerId));
      for (const partnerId of partners) {
        let after = cursors.get(partnerId) ?? 0;
        for (;;) {
          const page = await readChanges(deps.store, partnerId, after, 100);
          for (const change of page.changes) await fanOut(deps, change);
          after = page.last;
          if (!page.more) break;
        }
        cursors.set(partnerId, after);
      }
      await deliverDue(deps);
    },
  };
}
