import type { OfferRef } from '../domain/records.ts';
import type { ParticipationStore } from '../sources/dynamodb/store.ts';
import type { DenialLogger, RegionLookup } from './policy.ts';

export interface OfferSource {
  getOffer(offerId: string): Promise<OfferRef | null>;
}

/** What the participation operations need: the store, the offers to book, and which municipalities make up a region. */
export interface ParticipationDeps {
  readonly store: ParticipationStore;
  readonly offers?: OfferSource;
  readonly regions?: RegionLookup;
  /** Where the policy logs refusals (role, operation and reason only). */
  readonly logger?: DenialLogger;
}

/** An OfferSource over a fixed list (the demo seed, tests). */
export function staticOffers(offers: readonly OfferRef[]): OfferSource {
  const byId = new Map(offers.map((o) => [o.id, o]));
  return { getOffer: async (id) => byId.get(id) ?? null };
}
