import { z } from 'zod/v3';
import type { Viewer } from '../../../context.ts';
import { UserFacingError } from '../../../shared/errors.ts';
import { toBooking, type BookingRecord } from '../../../sources/dynamodb/items.ts';
import { queryIndex } from '../../../sources/dynamodb/query.ts';
import { advisorCovers, requireSignedIn } from '../../participation/access.ts';
import type { ParticipationDeps } from '../../participation/deps.ts';
import { parseInput } from '../../participation/validate.ts';
import { BOOKING_STATUSES, schoolYearSchema } from '../../participation/vocabulary.ts';

export const listBookingsInput = z.discriminatedUnion('by', [
  z.object({ by: z.literal('school'), schoolId: z.string().min(1), schoolYear: schoolYearSchema.optional() }),
  z.object({
    by: z.literal('offer'),
    offerId: z.string().min(1),
    schoolYear: schoolYearSchema,
    status: z.enum(BOOKING_STATUSES).optional(),
  }),
  z.object({
    by: z.literal('partner'),
    partnerId: z.string().min(1),
    schoolYear: schoolYearSchema,
    status: z.enum(BOOKING_STATUSES).optional(),
  }),
  z.object({
    by: z.literal('municipality'),
    municipalityCode: z.string().regex(/^GM\d{4}$/),
    schoolYear: schoolYearSchema,
    status: z.enum(BOOKING_STATUSES).optional(),
  }),
]);
export type ListBookingsInput = z.input<typeof listBookingsInput>;

/**
 * Bookings by school, offer, partner or municipality (each an index, see participation-data.md),
 * optionally of one status; oldest request first. Only what the viewer may see is returned.
 */
export async function listBookings(deps: ParticipationDeps, viewer: Viewer, raw: ListBookingsInput): Promise<BookingRecord[]> {
  const input = parseInput(listBookingsInput, raw);
  requireSignedIn(viewer);
  const { store } = deps;
  const statusPrefix = 'status' in input && input.status ? `${input.status}#` : undefined;
  let items;
  switch (input.by) {
    case 'school':
      items = await queryIndex(store, 'gsi1', `SCHOOL#${input.schoolId}`, input.schoolYear ? `BOOKING#${input.schoolYear}#` : 'BOOKING#');
      break;
    case 'offer':
      items = await queryIndex(store, 'gsi2', `OFFER#${input.offerId}#YEAR#${input.schoolYear}`, statusPrefix);
      break;
    case 'partner':
      if (viewer.role === 'PARTNER' && viewer.partnerId !== input.partnerId) return [];
      items = await queryIndex(store, 'gsi3', `PARTNER#${input.partnerId}#YEAR#${input.schoolYear}`, statusPrefix);
      break;
    case 'municipality':
      if (viewer.role !== 'ADMIN' && !(await advisorCovers(deps, viewer, input.municipalityCode))) {
        throw new UserFacingError('FORBIDDEN', 'Only the advisor of this region may list its bookings.');
      }
      items = await queryIndex(store, 'gsi4', `MUNICIPALITY#${input.municipalityCode}#YEAR#${input.schoolYear}`, statusPrefix);
      break;
  }
  const bookings = items.map(toBooking).sort((a, b) => a.requestedAt.localeCompare(b.requestedAt) || a.id.localeCompare(b.id));
  if (viewer.role === 'ADMIN' || viewer.role === 'ADVISOR') {
    if (viewer.role === 'ADMIN') return bookings;
    const visible = await Promise.all(bookings.map((b) => advisorCovers(deps, viewer, b.municipalityCode)));
    return bookings.filter((_, i) => visible[i]);
  }
  return bookings.filter((b) => (viewer.role === 'SCHOOL' ? b.schoolId === viewer.schoolId : b.partnerId === viewer.partnerId));
}
