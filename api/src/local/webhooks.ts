/**
 * `npm start`'s webhook deliveries: the feed dispatcher every second, in the API's process. In AWS
 * the participation table's stream and a schedule drive the same code (src/webhooks/handler.ts).
 */
import { parseEnv } from '../env.ts';
import { createFeedDispatcher } from '../modules/integrations/feed-dispatcher.ts';
import { targetRulesFor } from '../modules/integrations/target-url.ts';
import { createServices, participationStore } from '../services.ts';

export function startLocalWebhooks(intervalMs = 1000): { stop(): void } {
  const env = parseEnv();
  const dispatcher = createFeedDispatcher({ store: participationStore(createServices(env)), rules: targetRulesFor(env.STAGE) });
  let running = false;
  let lastError = '';
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    dispatcher
      .tick()
      .then(() => (lastError = ''))
      .catch((error: unknown) => {
        // Said once per kind of failure (DynamoDB Local still starting), not every second.
        const message = error instanceof Error ? error.message : String(error);
        if (message !== lastError) console.error(`Webhook dispatcher: ${message} (retrying every second)`);
        lastError = message;
      })
      .finally(() => (running = false));
  }, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
