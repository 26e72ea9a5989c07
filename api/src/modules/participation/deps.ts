import type { ParticipationStore } from '../../sources/dynamodb/store.ts';
import type { Discipline, Sector } from './vocabulary.ts';

/** What the API knows of an offer from the CMS (content table or Strapi): enough to book it. */
export interface OfferRef {
  /** Strapi documentId. */
  readonly id: string;
  readonly partnerId: string;
  /** Places per school year; null: no limit. */
  readonly capacity: number | null;
  readonly disciplines: readonly Discipline[];
  readonly sectors?: readonly Sector[];
  readonly municipalityCodes?: readonly string[];
  /** How many active bookings one school may hold per school year; default 1. */
  readonly maxBookingsPerSchool?: number;
  readonly slug?: string;
  readonly title?: string;
}

export interface OfferSource {
  getOffer(offerId: string): Promise<OfferRef | null>;
}

/** Regions are CMS content: the GraphQL layer answers which municipalities make up a region. */
export interface RegionDirectory {
  municipalityCodes(regionId: string): Promise<readonly string[]>;
}

export interface ParticipationDeps {
  readonly store: ParticipationStore;
  readonly offers?: OfferSource;
  readonly regions?: RegionDirectory;
}

/** An OfferSource over a fixed list (the demo seed, tests). */
export function staticOffers(offers: readonly OfferRef[]): OfferSource {
  const byId = new Map(offers.map((o) => [o.id, o]));
  return { getOffer: async (id) => byId.get(id) ?? null };
}
