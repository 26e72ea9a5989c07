import type { OfferDoc } from '../../domain/content.ts';

export type OfferMapper = OfferDoc;
