import qs from 'qs';
import type { ContentKind } from '../../domain/content.ts';
import type { Locale } from '../../domain/vocabulary.ts';

/** Strapi's REST path per content kind. */
export const PLURAL: Record<ContentKind, string> = {
  offer: 'offers',
  partner: 'partners',
  project: 'projects',
  region: 'regions',
  municipality: 'municipalities',
  learningCommunity: 'learning-communities',
  knowledgeItem: 'knowledge-items',
};

/** Kinds Strapi localises; the others exist once and are projected under `nl`. */
export const LOCALISED: Record<ContentKind, boolean> = {
  offer: true,
  partner: true,
  project: true,
  region: false,
  municipality: false,
  learningCommunity: true,
  knowledgeItem: true,
};

const code = { fields: ['code'] };
const image = { populate: { file: { fields: ['url', 'width', 'height', 'formats', 'mime'] } } };

/** Explicit fields and populate per kind: the projection asks for what it shows, nothing more. */
export const QUERY: Record<ContentKind, object> = {
  offer: {
    fields: [
      'title',
      'slug',
      'summary',
      'description',
      'gradeFrom',
      'gradeTo',
      'offerType',
      'locationType',
      'audience',
      'durationMinutes',
      'maxPupilsPerSession',
      'capacity',
      'bookingOpensOn',
      'bookingClosesOn',
      'publishedAt',
      'updatedAt',
      'locale',
    ],
    populate: {
      partner: { fields: ['name', 'kind'], populate: { homeMunicipality: code } },
      disciplines: code,
      sectors: { fields: ['code', 'gradeMin', 'gradeMax'] },
      municipalities: code,
      themes: code,
      kerndoelen: code,
      project: { fields: ['title'] },
      prices: true,
      venue: { populate: { municipality: code } },
      images: image,
      sessions: true,
    },
  },
  partner: {
    fields: ['name', 'slug', 'kind', 'website', 'summary', 'description', 'publishedAt', 'updatedAt', 'locale'],
    populate: {
      homeMunicipality: code,
      publicContact: true,
      contactPerson: true,
      address: { populate: { municipality: code } },
      logo: image,
    },
  },
  project: {
    fields: [
      'title',
      'slug',
      'kind',
      'period',
      'startYear',
      'endYear',
      'summary',
      'question',
      'outcomes',
      'publishedAt',
      'updatedAt',
      'locale',
    ],
    populate: { regions: { fields: ['name'] }, partners: { fields: ['name'] }, themes: code, moderator: true },
  },
  region: {
    fields: ['name', 'slug', 'coordinator', 'provinceCode', 'updatedAt'],
    populate: { municipalities: code },
  },
  municipality: {
    fields: ['name', 'code', 'provinceCode', 'provinceName', 'latitude', 'longitude', 'boundary', 'updatedAt'],
    populate: { regions: { fields: ['name'] } },
  },
  learningCommunity: {
    fields: ['title', 'slug', 'question', 'goal', 'summary', 'description', 'phase', 'publishedAt', 'updatedAt', 'locale'],
    populate: {
      moderators: { fields: ['name'] },
      regions: { fields: ['name'] },
      themes: code,
      disciplines: code,
      sectors: code,
      meetings: true,
      project: { fields: ['title'] },
    },
  },
  knowledgeItem: {
    fields: ['title', 'slug', 'kind', 'summary', 'body', 'publishedAt', 'updatedAt', 'locale'],
    populate: {
      attachments: { fields: ['name', 'url', 'mime', 'size'] },
      links: true,
      themes: code,
      disciplines: code,
      sectors: code,
      region: { fields: ['name'] },
      community: { fields: ['title'] },
      authors: true,
      usefulFor: true,
    },
  },
};

export type StrapiEntry = Record<string, unknown> & { documentId: string; updatedAt: string };

export class StrapiUnavailableError extends Error {}

export interface StrapiClient {
  findPublished(kind: ContentKind, documentId: string, locale: Locale): Promise<StrapiEntry | null>;
  listPublished(kind: ContentKind, locale: Locale, filters?: object): Promise<StrapiEntry[]>;
}

/** What Strapi's REST API answers: one entry or a page of them. */
interface StrapiBody {
  readonly data?: unknown;
  readonly meta?: { readonly pagination?: { readonly pageCount?: number } };
}

/** Strapi's REST API with the read-only token; typed results, failures wrapped with context. */
export function createStrapiClient(baseUrl: string, token: string, fetchImpl: typeof fetch = fetch): StrapiClient {
  const get = async (path: string, query: object): Promise<{ status: number; body: StrapiBody | null }> => {
    const url = `${baseUrl.replace(/\/$/, '')}/api/${path}?${qs.stringify(query, { encodeValuesOnly: true })}`;
    let res: Response;
    try {
      res = await fetchImpl(url, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(10_000) });
    } catch (error) {
      throw new StrapiUnavailableError(`Strapi did not answer for ${path}`, { cause: error });
    }
    if (res.status === 404) return { status: 404, body: null };
    if (!res.ok) throw new StrapiUnavailableError(`Strapi answered ${res.status} for ${path}`);
    return { status: res.status, body: (await res.json()) as StrapiBody };
  };
  const localeParam = (kind: ContentKind, locale: Locale) => (LOCALISED[kind] ? { locale } : {});

  return {
    async findPublished(kind, documentId, locale) {
      const { body } = await get(`${PLURAL[kind]}/${encodeURIComponent(documentId)}`, {
        ...QUERY[kind],
        ...localeParam(kind, locale),
        status: 'published',
      });
      return (body?.data as StrapiEntry | undefined) ?? null;
    },
    async listPublished(kind, locale, filters) {
      const entries: StrapiEntry[] = [];
      for (let page = 1; ; page++) {
        const { body } = await get(PLURAL[kind], {
          ...QUERY[kind],
          ...localeParam(kind, locale),
          status: 'published',
          ...(filters ? { filters } : {}),
          sort: ['documentId:asc'],
          pagination: { page, pageSize: 100 },
        });
        entries.push(...((body?.data ?? []) as StrapiEntry[]));
        const pageCount = body?.meta?.pagination?.pageCount ?? 1;
        if (page >= pageCount) return entries;
      }
    },
  };
}
