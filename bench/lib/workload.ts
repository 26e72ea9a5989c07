/**
 * The workload: the same questions put to (a) our API, (b) Strapi's GraphQL plugin and (c)
 * Strapi's REST API, with the same filters, fields, page size, order and language.
 */
export type System = 'ours' | 'strapi-graphql' | 'strapi-rest';

export const SYSTEMS: readonly System[] = ['ours', 'strapi-graphql', 'strapi-rest'];
export const SYSTEM_LABEL: Record<System, string> = {
  ours: 'our API',
  'strapi-graphql': 'Strapi GraphQL',
  'strapi-rest': 'Strapi REST',
};

export type QueryName = 'floor' | 'by-municipality' | 'by-municipality+figures' | 'three-filters+facets' | 'offer-by-id' | 'text-search';

export const QUERY_LABEL: Record<QueryName, string> = {
  floor: '`{ __typename }`: the floor (Apollo, the adapter and HTTP, no work)',
  'by-municipality': '20 offers in one municipality and discipline, with partner name',
  'by-municipality+figures': 'the same with participation figures (ours only)',
  'three-filters+facets': 'municipality, discipline and sector, with facets (Strapi: no facets)',
  'offer-by-id': 'one offer by id with its partner (50 ids in turn)',
  'text-search': 'free text search, 20 offers with partner name',
};

export interface HttpRequest {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
}

export interface Workload {
  readonly system: System;
  readonly query: QueryName;
  /** Requests in turn (autocannon cycles through them per connection). */
  readonly requests: readonly HttpRequest[];
  /** How many items match (list) or were found (by id), read from one answer: the systems must agree. */
  readonly count: (json: unknown) => number;
}

export interface WorkloadParams {
  readonly municipality: string;
  readonly discipline: string;
  readonly sector: string;
  readonly text: string;
  readonly offerIds: readonly string[];
}

const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json' };
const gql = (path: string, query: string, variables: Record<string, unknown> = {}): HttpRequest => ({
  method: 'POST',
  path,
  headers: JSON_HEADERS,
  body: JSON.stringify({ query, variables }),
});
const get = (path: string): HttpRequest => ({ method: 'GET', path, headers: { accept: 'application/json' } });

/** Reads a path of a GraphQL answer, failing loudly on errors so a broken query is never timed. */
function data(json: unknown): Record<string, any> {
  const body = json as { data?: Record<string, any>; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`GraphQL errors: ${body.errors.map((e) => e.message).join('; ')}`);
  if (!body.data) throw new Error(`no data in ${JSON.stringify(json).slice(0, 300)}`);
  return body.data;
}
const restTotal = (json: unknown) => {
  const body = json as { meta?: { pagination?: { total?: number } }; error?: { message: string } };
  if (body.error) throw new Error(`REST error: ${body.error.message}`);
  return body.meta!.pagination!.total!;
};

const FIGURES = 'capacity remainingCapacity bookingsCount schoolsReached pupilsReached averageRating';
const OUR_NODE = 'id title slug summary partner { name }';
const FACETS = ['disciplines', 'sectors', 'municipalities', 'offerTypes', 'locationTypes']
  .map((f) => `${f} { value label count }`)
  .join(' ');
const STRAPI_NODE = 'documentId title slug summary partner { name }';
const OUR_TYPES: Record<string, string> = { m: 'String!', d: 'Discipline!', s: 'Sector!', t: 'String!' };
const STRAPI_TYPES: Record<string, string> = { m: 'String!', d: 'String!', s: 'String!', t: 'String!' };
const declare = (filter: string, types: Record<string, string>) =>
  [...new Set(filter.match(/\$\w+/g) ?? [])].map((v) => `${v}: ${types[v.slice(1)]}`).join(', ');

/** REST query strings in Strapi's bracket syntax, built from plain objects. */
function qs(params: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(params).flatMap(([key, value]) => {
    const name = prefix ? `${prefix}[${key}]` : key;
    if (value !== null && typeof value === 'object') return qs(value as Record<string, unknown>, name);
    return [`${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`];
  });
}
const REST_LIST = {
  locale: 'nl',
  fields: ['title', 'slug', 'summary'],
  populate: { partner: { fields: ['name'] } },
  pagination: { pageSize: 20, page: 1 },
  sort: ['title:asc'],
};

export function workloads(p: WorkloadParams): Workload[] {
  const ours = (query: QueryName, request: HttpRequest | HttpRequest[], count: (d: Record<string, any>) => number): Workload => ({
    system: 'ours',
    query,
    requests: Array.isArray(request) ? request : [request],
    count: (json) => count(data(json)),
  });
  const strapiGql = (query: QueryName, request: HttpRequest | HttpRequest[], count: (d: Record<string, any>) => number): Workload => ({
    system: 'strapi-graphql',
    query,
    requests: Array.isArray(request) ? request : [request],
    count: (json) => count(data(json)),
  });
  const rest = (query: QueryName, request: HttpRequest | HttpRequest[], count: (json: unknown) => number = restTotal): Workload => ({
    system: 'strapi-rest',
    query,
    requests: Array.isArray(request) ? request : [request],
    count,
  });
  const ourList = (filter: string, extra = '', node = OUR_NODE) =>
    `query(${declare(filter, OUR_TYPES)}) { offers(first: 20, sort: TITLE, filter: ${filter}) { totalCount edges { node { ${node} } } ${extra} } }`;
  const strapiList = (filter: string) =>
    `query(${declare(filter, STRAPI_TYPES)}) { offers_connection(locale: "nl", filters: ${filter}, pagination: { page: 1, pageSize: 20 }, sort: ["title:asc"]) { nodes { ${STRAPI_NODE} } pageInfo { total } } }`;
  const all = { m: p.municipality, d: p.discipline, s: p.sector, t: p.text };
  // GraphQL refuses a declared variable that the query does not use: send only those it uses.
  const vars = (query: string) => Object.fromEntries(Object.entries(all).filter(([name]) => query.includes(`$${name}:`)));
  const gqlList = (query: string) => gql('/graphql', query, vars(query));
  const byMunicipality = '{ municipalityCodes: [$m], disciplines: [$d] }';
  const threeFilters = '{ municipalityCodes: [$m], disciplines: [$d], sectors: [$s] }';
  const strapiByMunicipality = '{ municipalities: { code: { eq: $m } }, disciplines: { code: { eq: $d } } }';
  const strapiThree = '{ municipalities: { code: { eq: $m } }, disciplines: { code: { eq: $d } }, sectors: { code: { eq: $s } } }';
  const strapiText = '{ or: [{ title: { containsi: $t } }, { summary: { containsi: $t } }, { partner: { name: { containsi: $t } } }] }';
  const ourTotal = (d: Record<string, any>) => d.offers.totalCount as number;
  const strapiTotal = (d: Record<string, any>) => d.offers_connection.pageInfo.total as number;
  const restList = (filters: Record<string, unknown>) => get(`/api/offers?${qs({ ...REST_LIST, filters }).join('&')}`);
  const byIdFields = { locale: 'nl', fields: ['title', 'slug', 'summary', 'description'], populate: { partner: { fields: ['name'] } } };

  return [
    ours('by-municipality', gqlList(ourList(byMunicipality)), ourTotal),
    ours('by-municipality+figures', gqlList(ourList(byMunicipality, '', `${OUR_NODE} ${FIGURES}`)), ourTotal),
    ours('three-filters+facets', gqlList(ourList(threeFilters, `facets { ${FACETS} }`)), ourTotal),
    ours(
      'offer-by-id',
      p.offerIds.map((id) =>
        gql('/graphql', 'query($id: ID!) { offer(id: $id) { id title slug summary description partner { name } } }', { id }),
      ),
      (d) => (d.offer ? 1 : 0),
    ),
    ours('text-search', gqlList(ourList('{ text: $t }')), ourTotal),

    strapiGql('by-municipality', gqlList(strapiList(strapiByMunicipality)), strapiTotal),
    strapiGql('three-filters+facets', gqlList(strapiList(strapiThree)), strapiTotal),
    strapiGql(
      'offer-by-id',
      p.offerIds.map((id) =>
        gql(
          '/graphql',
          'query($id: ID!) { offer(documentId: $id, locale: "nl") { documentId title slug summary description partner { name } } }',
          {
            id,
          },
        ),
      ),
      (d) => (d.offer ? 1 : 0),
    ),
    strapiGql('text-search', gqlList(strapiList(strapiText)), strapiTotal),

    rest('by-municipality', restList({ municipalities: { code: { $eq: p.municipality } }, disciplines: { code: { $eq: p.discipline } } })),
    rest(
      'three-filters+facets',
      restList({
        municipalities: { code: { $eq: p.municipality } },
        disciplines: { code: { $eq: p.discipline } },
        sectors: { code: { $eq: p.sector } },
      }),
    ),
    rest(
      'offer-by-id',
      p.offerIds.map((id) => get(`/api/offers/${id}?${qs(byIdFields).join('&')}`)),
      (json) => ((json as { data?: unknown }).data ? 1 : 0),
    ),
    rest(
      'text-search',
      restList({
        $or: [{ title: { $containsi: p.text } }, { summary: { $containsi: p.text } }, { partner: { name: { $containsi: p.text } } }],
      }),
    ),
  ];
}
