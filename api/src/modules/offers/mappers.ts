import type { Address, ImageDoc, ImageFormatName, ImageSize, OfferDoc } from '../../domain/content.ts';
import type { ResolvedPlace } from './near.ts';

export type OfferMapper = OfferDoc;
export type PlaceMapper = ResolvedPlace;
export type AddressMapper = Address;
export type ImageMapper = ImageDoc;
export type ImageFormatMapper = ImageSize;
export type ImageFormatsMapper = Partial<Record<ImageFormatName, ImageSize>>;
