import type { Logger } from '@aws-lambda-powertools/logger';

export type Role = 'ANONYMOUS' | 'SCHOOL' | 'PARTNER' | 'ADVISOR' | 'ADMIN';

export interface Viewer {
  readonly role: Role;
  readonly schoolId?: string;
  readonly partnerId?: string;
  readonly regionId?: string;
}

export const anonymous: Viewer = { role: 'ANONYMOUS' };

/** Built per request: who asks, and a logger that carries the request id. */
export interface Context {
  readonly viewer: Viewer;
  readonly logger: Logger;
  readonly requestId: string;
}
