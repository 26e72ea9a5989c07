import type { Address, OfferDoc } from '../../domain/content.ts';
import type { ResolvedPlace } from './near.ts';

export type OfferMapper = OfferDoc;
export type PlaceMapper = ResolvedPlace;
export type AddressMapper = Address;
