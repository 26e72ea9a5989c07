/**
 * client/examples/partner-bookings.ts, run as a partner would run it (a child process with
 * tsx) against the API on a free port with seeded bookings and trusted documents on for keys.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../src/index.ts';
import { partnerId, partnerOffers, requestBooking, schools, startApi, type RunningApi } from './support/api.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const run = promisify(execFile);

let api: RunningApi;
const requested: string[] = [];
beforeAll(async () => {
  api = await startApi();
  for (let i = 0; i < 2; i++) requested.push((await requestBooking(api, i, partnerOffers[i % partnerOffers.length]!.id)).id);
});
afterAll(async () => api?.stop());

describe('examples/partner-bookings.ts', () => {
  it('lists the partner’s open bookings and confirms the oldest', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'client/examples/partner-bookings.ts'], {
      cwd: root,
      env: { ...process.env, CMK_API_URL: api.url('partners'), CMK_API_KEY: api.apiKey },
      timeout: 60_000,
    });
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/: 2 open booking\(s\)$/);
    for (const id of requested) expect(stdout).toContain(id);
    expect(stdout).toContain(schools[0]!.name);
    expect(lines.at(-1)).toMatch(new RegExp(`^confirmed ${requested[0]} for ${schools[0]!.name}: `));

    const partner = await createClient({ url: api.url(), apiKey: api.apiKey }).partnerBookings({ partnerId });
    const statuses = Object.fromEntries(partner!.bookings!.edges.map((e) => [e.node.id, e.node.status]));
    expect(statuses).toEqual({ [requested[0]!]: 'CONFIRMED', [requested[1]!]: 'REQUESTED' });
  });

  it('says what is missing without a key', async () => {
    const error = await run(process.execPath, ['--import', 'tsx', 'client/examples/partner-bookings.ts'], {
      cwd: root,
      env: { ...process.env, CMK_API_KEY: '' },
    }).catch((e: { code: number; stderr: string }) => e);
    expect(error).toMatchObject({ code: 2, stderr: expect.stringContaining('Set CMK_API_KEY') });
  });
});
