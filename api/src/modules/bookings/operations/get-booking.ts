import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Viewer } from '../../../context.ts';
import { toBooking, type BookingRecord } from '../../../sources/dynamodb/items.ts';
import { keys } from '../../../sources/dynamodb/keys.ts';
import { advisorCovers } from '../../participation/access.ts';
import type { ParticipationDeps } from '../../participation/deps.ts';
import { actorsOf } from '../transitions.ts';

/** The booking if this viewer may see it (its school, the offer's partner, the region's advisor, admin); else null. */
export async function getBooking(deps: ParticipationDeps, viewer: Viewer, id: string): Promise<BookingRecord | null> {
  const { Item } = await deps.store.doc.send(new GetCommand({ TableName: deps.store.tableName, Key: keys.booking(id) }));
  if (!Item) return null;
  const booking = toBooking(Item);
  if (actorsOf(booking, viewer).length > 0) return booking;
  return (await advisorCovers(deps, viewer, booking.municipalityCode)) ? booking : null;
}
