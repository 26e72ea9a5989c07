import { createHash } from 'node:crypto';
import type { BookingRecord } from '../../../domain/records.ts';
import { normalizeSchoolId, schoolYearOf } from '../../../domain/vocabulary.ts';
import type { ParticipationDeps } from '../../../shared/deps.ts';
import { notFound, UserFacingError } from '../../../shared/errors.ts';
import { authorize, subjects, type Actor } from '../../../shared/policy.ts';
import { parseInput } from '../../../shared/validate.ts';
import { indexKeys, keys } from '../../../sources/dynamodb/keys.ts';
import { getItem } from '../../../sources/dynamodb/query.ts';
import { nowOf } from '../../../sources/dynamodb/store.ts';
import { transactWithChange } from '../change-feed.ts';
import { bookingReachUpdates } from '../../reports/reach-counters.ts';
import { loadSchool } from '../../schools/operations/load-school.ts';
import { loadBooking } from '../apply-transition.ts';
import { requestBookingInput, type RequestBookingInput } from '../inputs.ts';

/** An idempotency record outlives any client's retry window; after it, the derived booking id still deduplicates. */
const IDEMPOTENCY_TTL_SECONDS = 7 * 24 * 3600;

/** The booking id follows from the school and the idempotency key, so even a retry after the record expired is one booking. */
export const bookingIdFor = (schoolId: string, idempotencyKey: string): string =>
  createHash('sha256').update(`${schoolId}\u0000${idempotencyKey}`).digest('hex').slice(0, 24);

/**
 * A school asks for an offer. In one transaction: the idempotency record, the booking, the school's
 * slot for this offer and year (ALREADY_BOOKED), the offer's capacity counter (OFFER_FULL) and the
 * reach counters. Conditions decide; nothing is read first to decide whether there is room.
 */
export async function requestBooking(deps: ParticipationDeps, actor: Actor, rawInput: RequestBookingInput): Promise<BookingRecord> {
  authorize(actor, 'Mutation.requestBooking', undefined, deps.logger);
  const { store } = deps;
  // The school is decided on before the input is checked (an input error never tells whether
  // someone else's school exists); the idempotency record is read alongside, so a plain retry
  // still costs one round trip.
  const schoolId = normalizeSchoolId(String(rawInput.schoolId ?? ''));
  const [school, known] = await Promise.all([
    loadSchool(store, schoolId),
    getItem(store, keys.idempotency(schoolId, String(rawInput.idempotencyKey ?? '').trim()), { consistent: true }),
  ]);
  // An unknown school is checked like a known one, so "not yours" and "does not exist" answer alike.
  authorize(actor, 'Mutation.requestBooking', subjects.school(school ?? { id: schoolId, municipalityCode: '' }), deps.logger);
  const input = parseInput(requestBookingInput, rawInput);
  const now = nowOf(store);
  const schoolYear = input.schoolYear ?? schoolYearOf(now);
  const id = bookingIdFor(input.schoolId, input.idempotencyKey);
  const requestHash = createHash('sha256')
    .update(JSON.stringify([input.offerId, input.schoolId, schoolYear, input.groups, input.preferredDates ?? [], input.note ?? '']))
    .digest('hex');
  const idempotencyKey = keys.idempotency(input.schoolId, input.idempotencyKey);

  const replay = async (): Promise<BookingRecord> => {
    const record = await getItem(store, idempotencyKey, { consistent: true });
    if (record && record.requestHash !== requestHash) {
      throw new UserFacingError('BAD_USER_INPUT', 'This idempotency key was already used for a different booking request.');
    }
    const booking = await loadBooking(store, id);
    if (!booking) throw new Error(`Idempotency record without booking ${id}`);
    return booking;
  };

  if (known) return replay();

  const offer = await (deps.offers?.getOffer(input.offerId) ?? null);
  if (!school || !offer) throw notFound();

  const at = now.toISOString();
  const booking: BookingRecord = {
    id,
    offerId: offer.id,
    partnerId: offer.partnerId,
    schoolId: school.id,
    schoolName: school.name,
    municipalityCode: school.municipalityCode,
    sector: school.sector,
    disciplines: [...new Set(offer.disciplines)],
    schoolYear,
    status: 'REQUESTED',
    groups: input.groups,
    preferredDates: input.preferredDates ?? [],
    ...(input.note ? { note: input.note } : {}),
    requestedAt: at,
    updatedAt: at,
    history: [{ status: 'REQUESTED', at, by: actor.role }],
  };

  const TableName = store.tableName;
  const capacity = offer.capacity;
  const result = await transactWithChange(
    store,
    [
      {
        Put: {
          TableName,
          Item: {
            ...idempotencyKey,
            type: 'Idempotency',
            bookingId: id,
            requestHash,
            createdAt: at,
            expiresAt: Math.floor(now.getTime() / 1000) + IDEMPOTENCY_TTL_SECONDS,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        Put: {
          TableName,
          Item: { ...keys.booking(id), ...indexKeys.booking(booking), type: 'Booking', ...booking },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        Update: {
          TableName,
          Key: keys.schoolSlot(offer.id, schoolYear, school.id),
          UpdateExpression: 'SET #active = if_not_exists(#active, :zero) + :one, #type = :type',
          ConditionExpression: 'attribute_not_exists(#active) OR #active < :max',
          ExpressionAttributeNames: { '#active': 'active', '#type': 'type' },
          ExpressionAttributeValues: { ':zero': 0, ':one': 1, ':max': offer.maxBookingsPerSchool ?? 1, ':type': 'SchoolSlot' },
        },
      },
      {
        Update: {
          TableName,
          Key: keys.offerYear(offer.id, schoolYear),
          UpdateExpression:
            'SET #booked = if_not_exists(#booked, :zero) + :one, #type = :type, #offerId = :offerId, #schoolYear = :schoolYear, gsi1pk = :gsi1pk, gsi1sk = :gsi1sk' +
            (capacity === null ? '' : ', #capacity = if_not_exists(#capacity, :capacity)'),
          // The counter item is the truth once it exists (setOfferCapacity); the offer's capacity only seeds it.
          ConditionExpression:
            capacity === null || capacity > 0
              ? 'attribute_not_exists(#capacity) OR #booked < #capacity'
              : 'attribute_exists(#capacity) AND #booked < #capacity',
          ExpressionAttributeNames: {
            '#booked': 'booked',
            '#capacity': 'capacity',
            '#type': 'type',
            '#offerId': 'offerId',
            '#schoolYear': 'schoolYear',
          },
          ExpressionAttributeValues: {
            ':zero': 0,
            ':one': 1,
            ':type': 'OfferYear',
            ':offerId': offer.id,
            ':schoolYear': schoolYear,
            ':gsi1pk': indexKeys.offerYear(offer.id, schoolYear).gsi1pk,
            ':gsi1sk': indexKeys.offerYear(offer.id, schoolYear).gsi1sk,
            ...(capacity === null ? {} : { ':capacity': capacity }),
          },
        },
      },
      ...bookingReachUpdates(TableName, booking, { REQUESTED: 1 }),
    ],
    { type: 'REQUESTED', at, booking },
  );
  if (result.ok) return booking;
  if (result.failed[0] || result.failed[1]) return replay();
  if (result.failed[2]) {
    throw new UserFacingError('ALREADY_BOOKED', `School ${school.id} has already booked this offer for ${schoolYear}.`, {
      offerId: offer.id,
      schoolYear,
    });
  }
  if (result.failed[3]) {
    throw new UserFacingError('OFFER_FULL', `This offer has no places left for ${schoolYear}.`, { offerId: offer.id, schoolYear });
  }
  throw new Error('Booking transaction failed on a counter condition');
}
