/**
 * A school's bookings as an iCalendar feed (RFC 5545), written with ical-generator. Events are the
 * bookings that took or will take place on an agreed date: CONFIRMED, HELD and EVALUATED. A
 * booking without an agreed date, or that was declined or cancelled, is not in the feed, so a
 * cancelled booking disappears from a subscribed calendar on its next refresh.
 *
 * - No times: an all-day event on the agreed date.
 * - Times: a timed event in Europe/Amsterdam (`DTSTART;TZID=Europe/Amsterdam`, with its VTIMEZONE).
 * - Each event's UID is the booking's id, so an app updates the same event when the date moves.
 * - The description counts groups and pupils; teachers' names are never in it.
 *
 * ical-generator and @date-fns/tz are loaded on the first feed request, not at module init: most
 * requests to the Lambda are GraphQL, and in AWS both are installed beside the bundle (api-stack.ts)
 * to keep it within its size budget.
 */
import type { TZDate } from '@date-fns/tz';
import type { Address, OfferDoc } from '../../domain/content.ts';
import type { BookingRecord } from '../../domain/records.ts';
import type { BookingStatus, Locale } from '../../domain/vocabulary.ts';

export const FEED_TIMEZONE = 'Europe/Amsterdam';
/** Statuses whose agreed date is in the feed: confirmed, and those that were held (and evaluated). */
export const FEED_STATUSES: ReadonlySet<BookingStatus> = new Set<BookingStatus>(['CONFIRMED', 'HELD', 'EVALUATED']);

/**
 * The zone's rules since 1996 (the EU's: last Sunday of March and of October), as the IANA
 * database has them; calendar apps need the VTIMEZONE that a TZID names.
 */
const AMSTERDAM_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Amsterdam',
  'X-LIC-LOCATION:Europe/Amsterdam',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

export interface FeedInput {
  readonly schoolName: string;
  readonly bookings: readonly BookingRecord[];
  readonly offersById: ReadonlyMap<string, OfferDoc>;
  readonly locale: Locale;
  /** The portal's base URL; when set, each event links to the booking's page there. */
  readonly portalBaseUrl?: string;
  readonly now: Date;
}

const TEXT = {
  nl: {
    calendar: (school: string) => `CmK-activiteiten ${school}`,
    groups: (n: number) => (n === 1 ? '1 groep' : `${n} groepen`),
    pupils: (n: number) => (n === 1 ? '1 leerling' : `${n} leerlingen`),
    grade: (g: number) => `groep ${g}`,
    status: { CONFIRMED: 'Bevestigd', HELD: 'Uitgevoerd', EVALUATED: 'Uitgevoerd en geëvalueerd' } as Record<string, string>,
    offer: 'Aanbod',
  },
  en: {
    calendar: (school: string) => `CmK activities ${school}`,
    groups: (n: number) => (n === 1 ? '1 group' : `${n} groups`),
    pupils: (n: number) => (n === 1 ? '1 pupil' : `${n} pupils`),
    grade: (g: number) => `grade ${g}`,
    status: { CONFIRMED: 'Confirmed', HELD: 'Held', EVALUATED: 'Held and evaluated' } as Record<string, string>,
    offer: 'Offer',
  },
} as const;

function addressLine(address: Address | undefined): string | undefined {
  if (!address) return undefined;
  const street = [address.street, address.houseNumber].filter(Boolean).join(' ');
  const place = [address.postcode, address.place].filter(Boolean).join(' ');
  const line = [street, place].filter(Boolean).join(', ');
  return line || undefined;
}

const [DATE, TIME] = [/^(\d{4})-(\d{2})-(\d{2})$/, /^(\d{2}):(\d{2})$/];

type Libraries = {
  TZDate: typeof TZDate;
  ical: typeof import('ical-generator').default;
  method: typeof import('ical-generator').ICalCalendarMethod;
};
let libraries: Promise<Libraries> | undefined;
const loadLibraries = (): Promise<Libraries> =>
  (libraries ??= Promise.all([import('@date-fns/tz'), import('ical-generator')]).then(([tz, generator]) => ({
    TZDate: tz.TZDate,
    ical: generator.default,
    method: generator.ICalCalendarMethod,
  })));

function zoned({ TZDate }: Libraries, date: string, time: string): TZDate | null {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) return null;
  return new TZDate(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]), FEED_TIMEZONE);
}

/** The bookings of the feed: those with an agreed date in a status that keeps it. */
export function feedBookings(bookings: readonly BookingRecord[]): BookingRecord[] {
  return bookings.filter((b) => FEED_STATUSES.has(b.status) && !!b.agreed?.date && DATE.test(b.agreed.date));
}

export async function renderFeed(input: FeedInput): Promise<string> {
  const libs = await loadLibraries();
  const { TZDate, ical } = libs;
  const text = TEXT[input.locale];
  const calendar = ical({
    name: text.calendar(input.schoolName),
    prodId: { company: 'CmK', product: 'school-calendar', language: input.locale.toUpperCase() },
    method: libs.method.PUBLISH,
    timezone: { name: FEED_TIMEZONE, generator: (tz) => (tz === FEED_TIMEZONE ? AMSTERDAM_VTIMEZONE : null) },
    ttl: 60 * 60,
  });
  for (const booking of feedBookings(input.bookings)) {
    const agreed = booking.agreed!;
    const offer = input.offersById.get(booking.offerId);
    const partner = offer?.partner?.name;
    const title = offer?.title ?? text.offer;
    const pupils = booking.groups.reduce((sum, g) => sum + g.pupils, 0);
    const grades = [...new Set(booking.groups.map((g) => g.grade))].sort((a, b) => a - b);
    const description = [
      `${text.groups(booking.groups.length)} (${grades.map(text.grade).join(', ')}), ${text.pupils(pupils)}`,
      text.status[booking.status],
    ].join('\n');
    const start = agreed.startTime ? zoned(libs, agreed.date, agreed.startTime) : null;
    const endTime = start && agreed.endTime ? zoned(libs, agreed.date, agreed.endTime) : null;
    const end = start && endTime && endTime > start ? endTime : null;
    const url = input.portalBaseUrl
      ? `${input.portalBaseUrl.replace(/\/+$/, '')}/mijn-aanmeldingen#booking-${encodeURIComponent(booking.id)}`
      : null;
    calendar.createEvent({
      id: `booking-${booking.id}@cmk`,
      stamp: new Date(booking.updatedAt),
      lastModified: new Date(booking.updatedAt),
      summary: partner ? `${title} (${partner})` : title,
      description,
      location: addressLine(offer?.venue?.address) ?? null,
      url,
      ...(start
        ? { start, end: end ?? new TZDate(start.getTime() + 60 * 60 * 1000, FEED_TIMEZONE), timezone: FEED_TIMEZONE }
        : { start: allDay(libs, agreed.date), allDay: true }),
    });
  }
  return calendar.toString();
}

/** A date-only start at noon in Amsterdam: the same calendar date whether read in UTC or in the zone. */
function allDay({ TZDate }: Libraries, date: string): TZDate {
  const [, y, m, d] = DATE.exec(date)!;
  return new TZDate(Number(y), Number(m) - 1, Number(d), 12, 0, FEED_TIMEZONE);
}
