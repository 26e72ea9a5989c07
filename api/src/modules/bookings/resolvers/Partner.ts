import { z } from 'zod/v3';
import type { PartnerResolvers } from '../../../generated/resolvers-types.ts';
import { mayReadField, subjects, visible } from '../../../shared/policy.ts';
import { parseInput } from '../../../shared/validate.ts';
import { checkPageSize, keysetPage } from '../../common/pagination.ts';
import { schoolYearArg } from '../../common/resolve.ts';
import { decodeChangeCursor, encodeChangeCursor, readChanges } from '../change-feed.ts';

const updatedSinceInput = z.string().datetime({ offset: true });

/** Partner fields of the bookings module: its bookings and their change feed (for that partner) and its private contact. */
export const Partner: PartnerResolvers = {
  bookings: async (partner, { schoolYear, status, updatedSince, first, after }, context) => {
    const actor = await context.actor();
    if (!mayReadField(actor, 'Partner.bookings', subjects.partner(partner.id), context.logger)) return null;
    const year = schoolYearArg(context, schoolYear);
    // Compared as instants, so any offset the client writes means the same moment.
    const since = updatedSince ? Date.parse(parseInput(updatedSinceInput, updatedSince)) : undefined;
    const all = await context.loaders.bookingsByPartner.load({ partnerId: partner.id, schoolYear: year });
    for (const b of all) context.loaders.bookings.prime(b.id, b);
    const wanted = all.filter((b) => (!status || b.status === status) && (since === undefined || Date.parse(b.updatedAt) >= since));
    const mine = visible(actor, 'Query.booking', wanted, subjects.booking, context.logger);
    return keysetPage(mine, (b) => [b.requestedAt, b.id], `bookings:${year}`, first ?? 20, after);
  },
  bookingChanges: async (partner, { after, first }, context) => {
    const actor = await context.actor();
    if (!mayReadField(actor, 'Partner.bookingChanges', subjects.partner(partner.id), context.logger)) return null;
    const size = first ?? 50;
    checkPageSize(size);
    const page = await readChanges(context.participation.store, partner.id, decodeChangeCursor(after), size);
    return {
      edges: page.changes.map((node) => ({ cursor: encodeChangeCursor(node.sequence), node })),
      // The end cursor passes void numbers too, so the next read starts after them.
      pageInfo: { hasNextPage: page.more, endCursor: encodeChangeCursor(page.last) },
    };
  },
  contactPerson: async (partner, _args, { actor, logger }) =>
    mayReadField(await actor(), 'Partner.contactPerson', undefined, logger) ? (partner.contactPerson ?? null) : null,
};
