import { UserFacingError } from '../../shared/errors.ts';
import { KNOWLEDGE_KINDS } from '../../sync/map-entry.ts';
import type { ProposalRecord } from '../members/mappers.ts';
import type { KnowledgePublisher } from '../members/operations.ts';

/** The API's kinds → the CMS enumeration (the inverse of what the sync reads). */
const CMS_KIND = Object.fromEntries(Object.entries(KNOWLEDGE_KINDS).map(([cms, api]) => [api, cms]));

/**
 * The knowledge item's slug follows from the proposal: readable from its title, unique by the
 * proposal's id. A retry after a lost answer finds the item under it instead of making a second.
 */
export function proposalSlug(proposal: Pick<ProposalRecord, 'id' | 'title'>): string {
  const words = proposal.title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${words || 'kennisitem'}-${proposal.id.slice(0, 10)}`;
}

type ListEntry = { readonly documentId: string; readonly code?: string };

const unavailable = (cause: unknown) =>
  Object.assign(new UserFacingError('INTERNAL_SERVER_ERROR', 'The CMS cannot be reached to publish this proposal; try again later.'), {
    cause,
  });

/**
 * Publishes an approved proposal as a knowledge item through Strapi's REST API, with a token that
 * may create knowledge items and read the lists it links to (cms/src/bootstrap/accounts.ts). The
 * item is created published in Dutch; Strapi's outbox then brings it to the projection like any
 * editor's change. Authors stay empty: a member's name is personal data, and a moderator adds it
 * in the admin when the member agrees.
 */
export function createStrapiKnowledgePublisher(
  baseUrl: string,
  token: () => Promise<string>,
  fetchImpl: typeof fetch = fetch,
): KnowledgePublisher {
  const base = baseUrl.replace(/\/$/, '');
  const call = async (method: 'GET' | 'POST', path: string, query: object, body?: unknown): Promise<Response> => {
    let bearer: string;
    try {
      bearer = await token();
    } catch (error) {
      throw unavailable(error);
    }
    // Loaded on the first publish, not at init: approving a proposal is rare, and qs with its
    // dependencies is ~45 KB of the Lambda bundle's 1 MB (it is installed beside it instead).
    const { default: qs } = await import('qs');
    try {
      return await fetchImpl(`${base}/api/${path}?${qs.stringify(query, { encodeValuesOnly: true })}`, {
        method,
        headers: { authorization: `Bearer ${bearer}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(10_000),
      });
    } catch (error) {
      throw unavailable(error);
    }
  };
  const list = async (path: string, query: object): Promise<readonly ListEntry[]> => {
    const res = await call('GET', path, query);
    if (!res.ok) throw unavailable(new Error(`Strapi answered ${res.status} for ${path}`));
    return ((await res.json()) as { data?: ListEntry[] }).data ?? [];
  };
  /** documentIds of a list's entries by code; a code the CMS does not know is the proposal's error. */
  const idsOf = async (path: string, field: string, codes: readonly string[]): Promise<string[]> => {
    if (codes.length === 0) return [];
    const found = await list(path, { filters: { code: { $in: codes } }, fields: ['code'], pagination: { pageSize: 100 } });
    const byCode = new Map(found.map((e) => [e.code, e.documentId]));
    const unknown = codes.filter((c) => !byCode.has(c));
    if (unknown.length)
      throw new UserFacingError('BAD_USER_INPUT', `${field}: the CMS has no ${unknown.join(', ')}; reject the proposal with a reason.`, {
        field,
      });
    return codes.map((c) => byCode.get(c)!);
  };

  return {
    async publish(proposal) {
      const slug = proposalSlug(proposal);
      // Drafts too: a published item has a draft version, and one an editor unpublished since stays as it is.
      const existing = await list('knowledge-items', { filters: { slug: { $eq: slug } }, fields: ['slug'], status: 'draft', locale: 'nl' });
      if (existing[0]) return existing[0].documentId;

      const [themes, disciplines, sectors] = await Promise.all([
        idsOf('themes', 'themes', proposal.themes),
        idsOf('disciplines', 'disciplines', proposal.disciplines),
        idsOf('sectors', 'sectors', proposal.sectors),
      ]);
      const data = {
        title: proposal.title,
        slug,
        kind: CMS_KIND[proposal.kind],
        summary: proposal.summary,
        ...(proposal.body ? { body: proposal.body } : {}),
        links: proposal.links.map((l) => ({ label: l.label, url: l.url })),
        themes,
        disciplines,
        sectors,
        ...(proposal.communityId ? { community: proposal.communityId } : {}),
      };
      const res = await call('POST', 'knowledge-items', { status: 'published', locale: 'nl' }, { data });
      if (res.status === 400) {
        const message = ((await res.json().catch(() => ({}))) as { error?: { message?: string } }).error?.message ?? 'invalid content';
        throw new UserFacingError('BAD_USER_INPUT', `The CMS refused this proposal: ${message}`);
      }
      if (!res.ok) throw unavailable(new Error(`Strapi answered ${res.status} when creating a knowledge item`));
      const created = (await res.json()) as { data?: { documentId?: string } };
      if (!created.data?.documentId) throw unavailable(new Error('Strapi answered no documentId'));
      return created.data.documentId;
    },
  };
}
