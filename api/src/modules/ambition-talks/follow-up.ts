/**
 * Whether bookings followed an agreement of an ambition talk (D). The rule, as docs/graphql.md
 * states it for schools and advisors:
 *
 * - an agreement that names no disciplines cannot be read from bookings: NOT_APPLICABLE;
 * - a booking follows it when it is the school's, for the agreements' school year, requested on
 *   or after the talk's date and, when the agreement has a term (`due`), on or before that day,
 *   for an offer in one of the agreement's disciplines, and not declined or cancelled (a sandbox
 *   booking never counts);
 * - FOLLOWED with at least one such booking; otherwise OPEN until the term (or, without one, the
 *   end of that school year, 31 July) has passed, and NOT_FOLLOWED after it.
 */
import type { AgreementRecord, BookingRecord } from '../../domain/records.ts';

export type FollowUpStatus = 'FOLLOWED' | 'OPEN' | 'NOT_FOLLOWED' | 'NOT_APPLICABLE';

export interface FollowUp {
  readonly status: FollowUpStatus;
  /** The bookings that follow the agreement, oldest request first. */
  readonly bookings: readonly BookingRecord[];
}

const GONE = new Set(['DECLINED', 'CANCELLED']);

/** The last day an agreement may be followed on: its term, else the last day of its school year. */
export function deadlineOf(agreement: Pick<AgreementRecord, 'due'>, schoolYear: string): string {
  return agreement.due ?? `${schoolYear.slice(5, 9)}-07-31`;
}

export function followUpOf(
  agreement: AgreementRecord,
  /** The talk's date and the school year its agreements are for. */
  talk: { readonly talkDate: string; readonly schoolYear: string },
  bookings: readonly BookingRecord[],
  today: string,
): FollowUp {
  const disciplines = new Set(agreement.disciplines ?? []);
  if (disciplines.size === 0) return { status: 'NOT_APPLICABLE', bookings: [] };
  const deadline = deadlineOf(agreement, talk.schoolYear);
  const following = bookings
    .filter((b) => {
      const requestedOn = b.requestedAt.slice(0, 10);
      return (
        b.schoolYear === talk.schoolYear &&
        !b.sandbox &&
        !GONE.has(b.status) &&
        requestedOn >= talk.talkDate &&
        (agreement.due === undefined || requestedOn <= agreement.due) &&
        b.disciplines.some((d) => disciplines.has(d))
      );
    })
    .sort((a, b) => a.requestedAt.localeCompare(b.requestedAt) || a.id.localeCompare(b.id));
  if (following.length > 0) return { status: 'FOLLOWED', bookings: following };
  return { status: today > deadline ? 'NOT_FOLLOWED' : 'OPEN', bookings: [] };
}
