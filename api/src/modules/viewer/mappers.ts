import type { Viewer } from '../../context.ts';

export type ViewerMapper = Viewer;
