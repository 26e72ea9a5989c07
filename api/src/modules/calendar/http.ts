/**
 * `GET /calendar/<token>.ics`: the school's feed, served by the GraphQL Lambda (locally by the same
 * handler behind the adapter). No other credential: the token is the secret. An unknown, malformed
 * or revoked token answers 404 with a short text, so the URL tells nothing else.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { localeFrom } from '../../context.ts';
import type { Services } from '../../services.ts';
import { participationStore } from '../../services.ts';
import { queryIndex } from '../../sources/dynamodb/query.ts';
import { toBooking } from '../../sources/dynamodb/items.ts';
import { loadSchool } from '../schools/operations/load-school.ts';
import { schoolOfToken } from './operations/calendar-feeds.ts';
import { renderFeed } from './ics.ts';

export const CALENDAR_PATH = /^\/calendar\/([^/]+)\.ics$/;

const text = (statusCode: number, body: string): APIGatewayProxyStructuredResultV2 => ({
  statusCode,
  headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  body,
});

export const isCalendarRequest = (event: Pick<APIGatewayProxyEventV2, 'rawPath'>): boolean =>
  event.rawPath?.startsWith('/calendar/') ?? false;

export async function serveCalendar(services: Services, event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> {
  const method = event.requestContext?.http?.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') return text(405, 'Only GET.\n');
  const match = CALENDAR_PATH.exec(event.rawPath);
  const store = participationStore(services);
  const schoolId = match ? await schoolOfToken(store, decodeURIComponent(match[1]!)) : null;
  const school = schoolId ? await loadSchool(store, schoolId) : null;
  if (!school) return text(404, 'No such calendar (unknown or revoked link).\n');
  const lang = event.queryStringParameters?.lang;
  const locale = lang === 'en' || lang === 'nl' ? lang : localeFrom(event.headers?.['accept-language']);
  const [items, catalogue] = await Promise.all([
    queryIndex(store, 'gsi1', `SCHOOL#${school.id}`, 'BOOKING#'),
    services.catalogue.get(locale),
  ]);
  const body = await renderFeed({
    schoolName: school.name,
    bookings: items.map(toBooking),
    offersById: catalogue.offersById,
    locale,
    ...(services.env.PORTAL_BASE_URL ? { portalBaseUrl: services.env.PORTAL_BASE_URL } : {}),
    now: services.now(),
  });
  return {
    statusCode: 200,
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'cache-control': 'private, max-age=300',
      'content-disposition': 'inline; filename="cmk.ics"',
      'x-robots-tag': 'noindex',
    },
    body: method === 'HEAD' ? '' : body,
  };
}
