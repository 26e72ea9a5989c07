/**
 * The one signing scheme between Strapi's outbox (signs) and the API's sync endpoint (verifies).
 * It lives in the CMS because Strapi compiles only cms/; the API imports it by package name.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Header Strapi's outbox sends: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. */
export const SIGNATURE_HEADER = 'x-cmk-signature';
export const REPLAY_WINDOW_SECONDS = 300;

const mac = (secret: string, timestamp: number, body: string) => createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');

export function sign(body: string, secret: string, timestamp = Math.floor(Date.now() / 1000)): string {
  return `t=${timestamp},v1=${mac(secret, timestamp, body)}`;
}

export type SignatureCheck = { ok: true; timestamp: number } | { ok: false; reason: 'missing' | 'malformed' | 'stale' | 'mismatch' };

/** Accepts a signature over this exact body, made with the secret, within the replay window. */
export function verify(body: string, header: string | undefined, secret: string, now = Math.floor(Date.now() / 1000)): SignatureCheck {
  if (!header) return { ok: false, reason: 'missing' };
  const parts = Object.fromEntries(header.split(',').map((p) => p.trim().split('=', 2) as [string, string]));
  const timestamp = Number(parts.t);
  if (!Number.isInteger(timestamp) || !parts.v1 || !/^[0-9a-f]{64}$/.test(parts.v1)) return { ok: false, reason: 'malformed' };
  if (Math.abs(now - timestamp) > REPLAY_WINDOW_SECONDS) return { ok: false, reason: 'stale' };
  const expected = Buffer.from(mac(secret, timestamp, body), 'hex');
  const given = Buffer.from(parts.v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected) ? { ok: true, timestamp } : { ok: false, reason: 'mismatch' };
}
