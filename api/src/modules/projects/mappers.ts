import type { ProjectDoc } from '../../domain/content.ts';

export type ProjectMapper = ProjectDoc;
