import { UserFacingError } from '../../shared/errors.ts';

export const MAX_PAGE_SIZE = 100;
export type SortKey = readonly (string | number)[];

export const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

export function checkPageSize(first: number): void {
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new UserFacingError('BAD_USER_INPUT', `first must be between 0 and ${MAX_PAGE_SIZE}.`, { field: 'first' });
  }
}

export function compareSortKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}

interface CursorPayload {
  readonly s: string;
  readonly k: SortKey;
}

const encodeCursor = (payload: CursorPayload) => Buffer.from(JSON.stringify(payload)).toString('base64url');

function decodeCursor(cursor: string, order: string): SortKey {
  try {
    const payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as CursorPayload;
    if (payload.s !== order || !Array.isArray(payload.k)) throw new Error('cursor of another order');
    return payload.k;
  } catch {
    throw new UserFacingError('BAD_USER_INPUT', 'after is not a cursor of this list and sort order.', { field: 'after' });
  }
}

export interface Page<T> {
  readonly edges: { cursor: string; node: T }[];
  readonly pageInfo: { hasNextPage: boolean; endCursor: string | null };
  readonly totalCount: number;
}

/**
 * Keyset pagination: the opaque cursor holds the sort key of the last item seen, so walking the
 * pages visits every item once even while items come and go. `key` must end in a unique value (the id).
 */
export function keysetPage<T>(
  items: readonly T[],
  key: (item: T) => SortKey,
  order: string,
  first: number,
  after?: string | null,
): Page<T> {
  checkPageSize(first);
  const keyed = items.map((node) => ({ node, key: key(node) })).sort((a, b) => compareSortKeys(a.key, b.key));
  const start = after ? decodeCursor(after, order) : undefined;
  const rest = start ? keyed.filter((e) => compareSortKeys(e.key, start) > 0) : keyed;
  const page = rest.slice(0, first);
  const edges = page.map((e) => ({ cursor: encodeCursor({ s: order, k: e.key }), node: e.node }));
  return { edges, pageInfo: { hasNextPage: rest.length > first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: items.length };
}

/**
 * The same page as `keysetPage` for items already in `key` order: the cursor is found by binary
 * search and only the page's keys are computed, so a long list costs no sort and no key per item.
 */
export function keysetPageOfSorted<T>(
  items: readonly T[],
  key: (item: T) => SortKey,
  order: string,
  first: number,
  after?: string | null,
): Page<T> {
  checkPageSize(first);
  const start = after ? decodeCursor(after, order) : undefined;
  let from = 0;
  if (start) {
    let high = items.length;
    while (from < high) {
      const mid = (from + high) >>> 1;
      if (compareSortKeys(key(items[mid]!), start) > 0) high = mid;
      else from = mid + 1;
    }
  }
  const edges = items.slice(from, from + first).map((node) => ({ cursor: encodeCursor({ s: order, k: key(node) }), node }));
  return {
    edges,
    pageInfo: { hasNextPage: items.length - from > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: items.length,
  };
}
