import type { OfferDoc } from '../../sources/content/types.ts';

export type OfferMapper = OfferDoc;
