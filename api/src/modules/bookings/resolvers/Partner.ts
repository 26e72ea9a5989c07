import type { PartnerResolvers } from '../../../generated/resolvers-types.ts';
import { mayReadField, subjects, visible } from '../../../shared/policy.ts';
import { keysetPage } from '../../common/pagination.ts';
import { schoolYearArg } from '../../common/resolve.ts';

/** Partner fields of the bookings module: its bookings (for that partner) and its private contact. */
export const Partner: PartnerResolvers = {
  bookings: async (partner, { schoolYear, status, first, after }, context) => {
    const actor = await context.actor();
    if (!mayReadField(actor, 'Partner.bookings', subjects.partner(partner.id), context.logger)) return null;
    const year = schoolYearArg(context, schoolYear);
    const all = await context.loaders.bookingsByPartner.load({ partnerId: partner.id, schoolYear: year });
    for (const b of all) context.loaders.bookings.prime(b.id, b);
    const mine = visible(actor, 'Query.booking', status ? all.filter((b) => b.status === status) : all, subjects.booking, context.logger);
    return keysetPage(mine, (b) => [b.requestedAt, b.id], `bookings:${year}`, first ?? 20, after);
  },
  contactPerson: async (partner, _args, { actor, logger }) =>
    mayReadField(await actor(), 'Partner.contactPerson', undefined, logger) ? (partner.contactPerson ?? null) : null,
};
