import type { OfferDoc, SessionDoc } from '../../../domain/content.ts';
import type { OfferResolvers } from '../../../generated/resolvers-types.ts';
import type { Context } from '../../../context.ts';
import { mayReadField } from '../../../shared/policy.ts';

/** A session as the API gives it: with the places left, read from its counter. */
export async function sessionOf(offerId: string, session: SessionDoc, { loaders }: Pick<Context, 'loaders'>) {
  const taken = await loaders.sessionTaken.load({ offerId, sessionId: session.id });
  return { ...session, bookingDeadline: session.bookingDeadline ?? null, remaining: Math.max(0, session.places - taken) };
}

export const sessionsOf = (offer: Pick<OfferDoc, 'id' | 'sessions'>, context: Pick<Context, 'loaders'>) =>
  Promise.all((offer.sessions ?? []).map((s) => sessionOf(offer.id, s, context)));

/** Offer fields of the bookings module: who answers its bookings (personal data, by field rule). */
export const Offer: OfferResolvers = {
  sessions: (offer, _args, context) => sessionsOf(offer, context),
  contactPerson: async (offer, _args, { actor, logger, services, locale }) => {
    if (!mayReadField(await actor(), 'Offer.contactPerson', undefined, logger) || !offer.partner) return null;
    return (await services.catalogue.get(locale)).partnersById.get(offer.partner.id)?.contactPerson ?? null;
  },
};
