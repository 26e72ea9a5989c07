/**
 * client/examples/keep-in-step.ts run as a partner would run it (a child process with tsx) against
 * the API with trusted documents on for keys, while the feed dispatcher that `npm start` runs
 * delivers the webhooks: the example's receiver verifies each signature, the partner confirms the
 * test school's booking, and both changes come back from the feed.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeedDispatcher } from '@cmk/api/modules/integrations/feed-dispatcher';
import { createClient } from '../src/index.ts';
import { partnerId, startApi, type RunningApi } from './support/api.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const run = promisify(execFile);

let api: RunningApi;
let timer: NodeJS.Timeout;
beforeAll(async () => {
  api = await startApi();
  const dispatcher = createFeedDispatcher({ store: { doc: api.db.doc, tableName: api.tables.participation }, rules: { local: true } });
  let busy = false;
  timer = setInterval(() => {
    if (busy) return;
    busy = true;
    void dispatcher.tick().finally(() => (busy = false));
  }, 100);
});
afterAll(async () => {
  clearInterval(timer);
  await api?.stop();
});

describe('examples/keep-in-step.ts', () => {
  it('receives the booking as a signed webhook, confirms it, and reads both changes from the feed', async () => {
    const token = await api.token({ role: 'PARTNER', partnerId });
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'client/examples/keep-in-step.ts'], {
      cwd: root,
      env: { ...process.env, CMK_API_URL: api.url('partners'), CMK_API_KEY: api.apiKey, CMK_TOKEN: token },
      timeout: 60_000,
    });
    const lines = stdout.trim().split('\n');
    const booking = /booking ([0-9a-f]{24})$/.exec(lines.find((l) => l.startsWith('test school requested'))!)![1];
    expect(lines.filter((l) => l.startsWith('webhook '))).toEqual([
      expect.stringMatching(new RegExp(`: booking\\.requested #1 booking ${booking} \\(signature verified\\)$`)),
      expect.stringMatching(new RegExp(`: booking\\.confirmed #2 booking ${booking} \\(signature verified\\)$`)),
    ]);
    expect(lines.filter((l) => l.startsWith('feed '))).toEqual([
      `feed #1: REQUESTED booking ${booking} is REQUESTED`,
      `feed #2: CONFIRMED booking ${booking} is CONFIRMED`,
    ]);
    expect(lines.filter((l) => l.startsWith('refused'))).toEqual([]);
    expect(lines.at(-1)).toMatch(/^store this cursor for next time: \S+$/);

    // The delivery log says the same, and the example left its endpoint disabled: its receiver is gone.
    const endpoints = await createClient({ url: api.url(), token }).webhookEndpoints(partnerId);
    expect(endpoints).toHaveLength(1);
    expect(endpoints![0]).toMatchObject({
      status: 'DISABLED',
      eventTypes: ['REQUESTED', 'CONFIRMED'],
      description: 'keep-in-step example',
    });
    expect(endpoints![0]!.deliveries.map((d) => [d.eventType, d.status, d.attempts, d.lastResponseCode])).toEqual([
      ['booking.confirmed', 'DELIVERED', 1, 204],
      ['booking.requested', 'DELIVERED', 1, 204],
    ]);
  }, 90_000);

  it('says what is missing without a key or a token', async () => {
    const error = await run(process.execPath, ['--import', 'tsx', 'client/examples/keep-in-step.ts'], {
      cwd: root,
      env: { ...process.env, CMK_API_KEY: api.apiKey, CMK_TOKEN: '' },
    }).catch((e: { code: number; stderr: string }) => e);
    expect(error).toMatchObject({ code: 2, stderr: expect.stringContaining('Set CMK_API_KEY') });
  });
});
