import { z } from 'zod/v3';
import { indexKeys, keys } from '../../../sources/dynamodb/keys.ts';
import { toOfferYear } from '../../../sources/dynamodb/items.ts';
import type { OfferYearRecord } from '../../../domain/records.ts';
import { forgetCounter, type ParticipationStore } from '../../../sources/dynamodb/store.ts';
import { parseInput } from '../../../shared/validate.ts';
import { schoolYearSchema } from '../../../domain/vocabulary.ts';
import { documents } from '../../../sources/dynamodb/sdk.ts';

const { UpdateCommand } = documents;

const input = z.object({
  offerId: z.string().trim().min(1).max(128),
  schoolYear: schoolYearSchema,
  /** null: no limit. */
  capacity: z.number().int().min(0).max(100_000).nullable(),
});

/**
 * An editor changed the offer's capacity in the CMS (called by the content sync, not by users).
 * Bookings already made stay; if they exceed the new capacity, the remaining capacity is 0.
 */
export async function setOfferCapacity(
  store: ParticipationStore,
  offerId: string,
  schoolYear: string,
  capacity: number | null,
): Promise<OfferYearRecord> {
  const parsed = parseInput(input, { offerId, schoolYear, capacity });
  const key = keys.offerYear(parsed.offerId, parsed.schoolYear);
  const write = store.doc.send(
    new UpdateCommand({
      TableName: store.tableName,
      Key: key,
      UpdateExpression:
        'SET #booked = if_not_exists(#booked, :zero), #type = :type, #offerId = :offerId, #schoolYear = :schoolYear, gsi1pk = :gsi1pk, gsi1sk = :gsi1sk' +
        (parsed.capacity === null ? ' REMOVE #capacity' : ', #capacity = :capacity'),
      ExpressionAttributeNames: {
        '#booked': 'booked',
        '#capacity': 'capacity',
        '#type': 'type',
        '#offerId': 'offerId',
        '#schoolYear': 'schoolYear',
      },
      ExpressionAttributeValues: {
        ':zero': 0,
        ':type': 'OfferYear',
        ':offerId': parsed.offerId,
        ':schoolYear': parsed.schoolYear,
        ':gsi1pk': indexKeys.offerYear(parsed.offerId, parsed.schoolYear).gsi1pk,
        ':gsi1sk': indexKeys.offerYear(parsed.offerId, parsed.schoolYear).gsi1sk,
        ...(parsed.capacity === null ? {} : { ':capacity': parsed.capacity }),
      },
      ReturnValues: 'ALL_NEW',
    }),
  );
  // Forgotten whatever the outcome: a write that failed on the way back may still have landed.
  const { Attributes } = await write.finally(() => forgetCounter(store, key));
  return toOfferYear(parsed.offerId, parsed.schoolYear, Attributes);
}
