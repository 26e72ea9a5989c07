/**
 * The date filter of offers (`OfferFilter.dateFrom/dateTo`, both days inclusive, either may be
 * left open):
 * - an offer with sessions matches when one of its sessions falls in the range;
 * - an offer without sessions (by agreement) matches when its booking window (bookableFrom to
 *   bookableUntil, an open side unbounded) overlaps the range;
 * - an offer with neither says nothing about when it takes place, so it never matches.
 * Dates are compared as YYYY-MM-DD strings.
 */
import type { OfferDoc } from '../../domain/content.ts';

export interface DateRange {
  readonly from?: string | null;
  readonly to?: string | null;
}

export function inDateRange(offer: OfferDoc, { from, to }: DateRange): boolean {
  const sessions = offer.sessions ?? [];
  if (sessions.length > 0) return sessions.some((s) => (!from || s.date >= from) && (!to || s.date <= to));
  const { bookableFrom: opens, bookableUntil: closes } = offer;
  if (!opens && !closes) return false;
  return (!to || !opens || opens <= to) && (!from || !closes || closes >= from);
}
