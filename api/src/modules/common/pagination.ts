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
  return pageOf(
    page.map((e) => e.node),
    (_, i) => page[i]!.key,
    order,
    rest.length > first,
    items.length,
  );
}

/** A page of `nodes`; each cursor is encoded when first read, so a query that asks for none encodes none. */
function pageOf<T>(
  nodes: readonly T[],
  keyOf: (node: T, i: number) => SortKey,
  order: string,
  hasNextPage: boolean,
  totalCount: number,
): Page<T> {
  const edges = nodes.map((node, i) => {
    let cursor: string | undefined;
    return {
      node,
      get cursor() {
        return (cursor ??= encodeCursor({ s: order, k: keyOf(node, i) }));
      },
    };
  });
  return {
    edges,
    pageInfo: {
      hasNextPage,
      get endCursor() {
        return edges.at(-1)?.cursor ?? null;
      },
    },
    totalCount,
  };
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
  return pageOf(items.slice(from, from + first), key, order, items.length - from > first, items.length);
}
