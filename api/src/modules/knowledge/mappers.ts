import type { KnowledgeItemDoc, LearningCommunityDoc } from '../../domain/content.ts';
import type { KnowledgeFacets } from './search.ts';
import type { Page } from '../common/pagination.ts';

export type LearningCommunityMapper = LearningCommunityDoc;
export type KnowledgeItemMapper = KnowledgeItemDoc;
export type KnowledgeItemConnectionMapper = Page<KnowledgeItemDoc> & { readonly counts: KnowledgeFacets };
