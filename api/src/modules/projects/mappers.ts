import type { ProjectDoc } from '../../sources/content/types.ts';

export type ProjectMapper = ProjectDoc;
