import type { PartnerDoc } from '../../domain/content.ts';

export type PartnerMapper = PartnerDoc;
