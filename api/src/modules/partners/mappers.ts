import type { PartnerDoc } from '../../sources/content/types.ts';

export type PartnerMapper = PartnerDoc;
