/**
 * What the participation resolvers share: the policy asked before and after loading an object
 * through this request's loaders, and inputs without GraphQL's explicit nulls.
 */
import type { Context } from '../../context.ts';
import type { BookingRecord, SchoolRecord } from '../../domain/records.ts';
import { normalizeSchoolId, schoolYearOf, schoolYearSchema } from '../../domain/vocabulary.ts';
import { notFound } from '../../shared/errors.ts';
import { authorize, subjects, type Actor, type OperationName } from '../../shared/policy.ts';
import { parseInput } from '../../shared/validate.ts';

export type WithoutNulls<T> = T extends readonly (infer U)[]
  ? WithoutNulls<U>[]
  : T extends object
    ? { [K in keyof T]: Exclude<WithoutNulls<T[K]>, null> }
    : T;

/** Optional input fields arrive as null when a client sends null; the operations expect them absent. */
export function withoutNulls<T>(value: T): WithoutNulls<T> {
  if (Array.isArray(value)) return value.map((v) => withoutNulls(v)) as WithoutNulls<T>;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]) => [k, withoutNulls(v)]),
    ) as WithoutNulls<T>;
  }
  return value as WithoutNulls<T>;
}

export function schoolYearArg(context: Context, schoolYear: string | null | undefined): string {
  if (!schoolYear) return schoolYearOf(context.services.now());
  return parseInput(schoolYearSchema, schoolYear);
}

/** Role first (FORBIDDEN / UNAUTHENTICATED), then the loaded school's scope (NOT_FOUND). */
export async function authorizedSchool(
  context: Context,
  operation: OperationName,
  id: string,
): Promise<{ actor: Actor; school: SchoolRecord }> {
  const actor = await context.actor();
  authorize(actor, operation, undefined, context.logger);
  const school = await context.loaders.schools.load(normalizeSchoolId(id));
  if (!school) throw notFound();
  authorize(actor, operation, subjects.school(school), context.logger);
  return { actor, school };
}

/** Role first, then the loaded booking's scope: someone else's booking is NOT_FOUND. */
export async function authorizedBooking(context: Context, operation: OperationName, id: string): Promise<BookingRecord> {
  const actor = await context.actor();
  authorize(actor, operation, undefined, context.logger);
  const booking = await context.loaders.bookings.load(id);
  if (!booking) throw notFound();
  authorize(actor, operation, subjects.booking(booking), context.logger);
  return booking;
}

/** A booking as a mutation left it: later field resolvers of this request see the new state. */
export function remember(context: Context, booking: BookingRecord): { booking: BookingRecord } {
  context.loaders.bookings.clear(booking.id).prime(booking.id, booking);
  return { booking };
}
