import type { Viewer } from '../../domain/viewer.ts';

export type ViewerMapper = Viewer;
