/**
 * The sandbox: a partner tries its integration against a test school that only it has. The test
 * school requests, cancels and evaluates bookings of the partner's own offers through `sandbox*`
 * mutations; the change feed and webhooks fire exactly as for a real school, while no counter
 * moves (capacity, offer figures, reach), so nothing shows in figures, regions or reports. The
 * partner confirms and marks held with the ordinary mutations, as it would for a real booking.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod/v3';
import type { BookingRecord } from '../../../domain/records.ts';
import { schoolYearOf } from '../../../domain/vocabulary.ts';
import type { ParticipationDeps } from '../../../shared/deps.ts';
import { notFound } from '../../../shared/errors.ts';
import { authorize, subjects, type Actor, type OperationName } from '../../../shared/policy.ts';
import { parseInput } from '../../../shared/validate.ts';
import { indexKeys, keys } from '../../../sources/dynamodb/keys.ts';
import { getItem } from '../../../sources/dynamodb/query.ts';
import { nowOf } from '../../../sources/dynamodb/store.ts';
import { loadBooking } from '../../bookings/apply-transition.ts';
import { transactWithChange } from '../../bookings/change-feed.ts';
import { cancelBooking } from '../../bookings/operations/cancel-booking.ts';
import { evaluateBooking } from '../../bookings/operations/evaluate-booking.ts';
import { cancelBookingInput, evaluateBookingInput, requestBookingInput } from '../../bookings/inputs.ts';

/** The partner's test school: not a DUO school (no BRIN6 shape), in no municipality. */
export const sandboxSchoolId = (partnerId: string): string => `SANDBOX-${partnerId}`;
const SANDBOX_MUNICIPALITY = 'SANDBOX';

const requestInput = requestBookingInput.omit({ schoolId: true });
type SandboxRequestInput = z.input<typeof requestInput>;

export async function sandboxRequestBooking(deps: ParticipationDeps, actor: Actor, raw: SandboxRequestInput): Promise<BookingRecord> {
  const operation: OperationName = 'Mutation.sandboxRequestBooking';
  authorize(actor, operation, undefined, deps.logger);
  const offer = await (deps.offers?.getOffer(String(raw.offerId ?? '').trim()) ?? null);
  if (!offer) throw notFound();
  // Only the partner's own offers: another partner's offer answers as if it did not exist.
  authorize(actor, operation, subjects.partner(offer.partnerId), deps.logger);
  const input = parseInput(requestInput, raw);
  const { store } = deps;
  const schoolId = sandboxSchoolId(offer.partnerId);
  const id = createHash('sha256').update(`${schoolId}\u0000${input.idempotencyKey}`).digest('hex').slice(0, 24);
  const existing = await loadBooking(store, id);
  if (existing) return existing;
  const now = nowOf(store);
  const at = now.toISOString();
  const booking: BookingRecord = {
    id,
    offerId: offer.id,
    partnerId: offer.partnerId,
    schoolId,
    schoolName: 'Sandbox test school (generated)',
    municipalityCode: SANDBOX_MUNICIPALITY,
    sector: 'BO',
    disciplines: [...new Set(offer.disciplines)],
    schoolYear: input.schoolYear ?? schoolYearOf(now),
    status: 'REQUESTED',
    groups: input.groups,
    preferredDates: input.preferredDates ?? [],
    ...(input.note ? { note: input.note } : {}),
    requestedAt: at,
    updatedAt: at,
    history: [{ status: 'REQUESTED', at, by: 'SCHOOL' }],
    sandbox: true,
  };
  const result = await transactWithChange(
    store,
    [
      {
        Put: {
          TableName: store.tableName,
          Item: { ...keys.booking(id), ...indexKeys.booking(booking), type: 'Booking', ...booking },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ],
    { type: 'REQUESTED', at, booking },
  );
  if (result.ok) return booking;
  // A concurrent retry with the same key made it first.
  const made = await getItem(store, keys.booking(id), { consistent: true });
  if (!made) throw new Error('Sandbox booking failed without a booking');
  return (await loadBooking(store, id))!;
}

/** The partner's own sandbox booking, then the step taken as its test school would take it. */
async function asTestSchool(deps: ParticipationDeps, actor: Actor, operation: OperationName, id: string): Promise<Actor> {
  authorize(actor, operation, undefined, deps.logger);
  const booking = await loadBooking(deps.store, String(id ?? '').trim());
  if (!booking?.sandbox) throw notFound();
  authorize(actor, operation, subjects.partner(booking.partnerId), deps.logger);
  return { role: 'SCHOOL', schoolId: booking.schoolId };
}

export async function sandboxCancelBooking(
  deps: ParticipationDeps,
  actor: Actor,
  input: z.input<typeof cancelBookingInput>,
): Promise<BookingRecord> {
  return cancelBooking(deps, await asTestSchool(deps, actor, 'Mutation.sandboxCancelBooking', input.id), input);
}

export async function sandboxEvaluateBooking(
  deps: ParticipationDeps,
  actor: Actor,
  input: z.input<typeof evaluateBookingInput>,
): Promise<BookingRecord> {
  return evaluateBooking(deps, await asTestSchool(deps, actor, 'Mutation.sandboxEvaluateBooking', input.id), input);
}
