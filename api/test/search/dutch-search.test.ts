/**
 * Text search as a Dutch teacher types it, over the CMS seed's own offers: stems, plurals,
 * compounds, accents and typos. The GraphQL half runs on DynamoDB Local: the default RELEVANCE
 * order, highlights that point at the matched words, and coded errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchText } from '../../src/modules/offers/text-search.ts';
import { inMemoryCatalogue, seedTextCatalogue } from '../support/seed-catalogue.ts';
import { projectCatalogue } from '../support/content-fixtures.ts';
import { startDynamoDbLocal, type TestDynamoDb } from '../support/dynamodb.ts';
import { createTestApi, type TestApi } from '../support/graphql.ts';

const content = seedTextCatalogue();
const catalogue = inMemoryCatalogue(content);
const found = (text: string) => [...matchText(catalogue, text).keys()].map((i) => catalogue.offers[i]!.title);

/** Query, offers it must find (by title), and offers it must not find. */
const QUERIES: [string, string[], string[]?][] = [
  ['zingen', ['Popkoor op school'], ['Dans in de klas']], // "zingt" in the summary
  ['musea', ['Atelier in het museum', 'Havenwandeling met de museumgids', 'Haringvisserij in de klas']],
  ['museum', ['Atelier in het museum', 'Havenwandeling met de museumgids']],
  ['dansen', ['Dans in de klas', 'Dansvoorstelling: Grenzeloos', 'Hiphop en streetdance op school']],
  ['dans', ['Dans in de klas', 'Nascholing: dans geven zonder danservaring']],
  ['voorstelling', ['Dansvoorstelling: Grenzeloos', 'Schoolvoorstelling: Het Dappere Snijdertje', 'Samen een voorstelling maken']],
  ['voorstellingen', ['Jeugdvoorstelling: De jongen die de zee wilde zien']],
  ['schilderen', ['Kunstlab: schilderen als de meesters', 'Portretten kijken, portretten maken']],
  ['gedichten', ['Poëzie in de klas']],
  ['poezie', ['Poëzie in de klas']], // accents folded
  ['POËZIE', ['Poëzie in de klas']], // case folded
  ['verhalen', ['Voorleesexpres', 'Willem van Oranje: speurtocht']], // verhaal / verhalen
  ['kleuters', ['Muziektheater voor de onderbouw']],
  ['muzikanten', ['Muziek in de Kroepoekfabriek']],
  ['atelier', ['Atelier in het museum']],
  ['workshop', ['Theaterworkshop in de fabriek', 'Animatieworkshop in het filmhuis']], // compound tails
  ['animatie', ['Animatieworkshop in het filmhuis', 'Zelf een animatiefilm maken']], // compound heads
  ['theatre', ['Achter de schermen van het theater', 'Weerbaar met theater']], // one typo in 7 letters
  ['muzeum', ['Atelier in het museum']], // one typo in 6 letters
  ['delfts blauw', ['Delfts blauw ontwerpen'], ['Willem van Oranje: speurtocht']], // every word must match
  ['mbo burgerschap', ['Filmklassiekers voor het mbo'], ['Kunstkijken voor het mbo']],
  ['erfgoed gouda', ['Gouda in de Middeleeuwen', 'Erfgoedspel online']], // discipline label + partner name
  ['Teylers', ['Het geheim van de fossielen', 'Instrumentenkabinet: natuurkunde die je hoort']], // partner name
  ['burgerschap', ['Praatplaat van de school', 'Dansvoorstelling: Grenzeloos']], // theme label
  ['maquette', ['Oud dorp, nieuwe stad', 'Ontwerp je eigen speelplek']], // summary only
];

describe('Dutch text search over the seed offers', () => {
  it('has a table of at least 20 queries', () => expect(QUERIES.length).toBeGreaterThanOrEqual(20));

  for (const [text, must, mustNot = []] of QUERIES) {
    it(`"${text}" finds ${must.join(', ')}`, () => {
      const titles = found(text);
      for (const title of must) expect(titles, text).toContain(title);
      for (const title of mustNot) expect(titles, text).not.toContain(title);
    });
  }

  it('does not forgive typos in short words', () => {
    expect(found('dnas')).toEqual([]);
    expect(found('zingen')).not.toContain('Muziek in de Kroepoekfabriek');
  });

  it('finds nothing for a word no offer has', () => expect(found('paardrijden')).toEqual([]));
});

const SEARCH = `query Search($filter: OfferFilter, $sort: OfferSort, $first: Int) {
  offers(filter: $filter, sort: $sort, first: $first) {
    totalCount
    edges { node { id title } highlights { field text ranges { start end } } }
  }
}`;

interface SearchAnswer {
  offers: {
    totalCount: number;
    edges: {
      node: { id: string; title: string };
      highlights: { field: string; text: string; ranges: { start: number; end: number }[] }[];
    }[];
  };
}

describe('text search through GraphQL on DynamoDB Local', () => {
  let db: TestDynamoDb;
  let api: TestApi;

  beforeAll(async () => {
    db = await startDynamoDbLocal();
    const tables = await db.createTestTables();
    await projectCatalogue({ doc: db.doc, tableName: tables.content }, content);
    api = createTestApi(db.doc, tables);
  });
  afterAll(async () => db?.stop());

  it('orders by relevance when text is given, and highlights the matched words', async () => {
    const result = await api.run<SearchAnswer>(SEARCH, { filter: { text: 'theater' }, first: 100 });
    expect(result.errors).toBeUndefined();
    const { edges, totalCount } = result.data!.offers;
    expect(totalCount).toBe(found('theater').length);
    // Best match first: the word in the title weighs most.
    expect(edges[0]!.node.title.toLowerCase()).toContain('theater');
    for (const edge of edges) {
      expect(edge.highlights.length).toBeGreaterThan(0);
      for (const h of edge.highlights) {
        for (const r of h.ranges) expect(h.text.slice(r.start, r.end).toLowerCase()).toMatch(/theat/);
      }
    }
    const title = edges[0]!.highlights.find((h) => h.field === 'TITLE')!;
    expect(title.text).toBe(edges[0]!.node.title);
  });

  it('marks the matched form of the word, also inside a compound', async () => {
    const result = await api.run<SearchAnswer>(SEARCH, { filter: { text: 'voorstelling' }, first: 100 });
    const dance = result.data!.offers.edges.find((e) => e.node.title === 'Dansvoorstelling: Grenzeloos')!;
    const title = dance.highlights.find((h) => h.field === 'TITLE')!;
    expect(title.ranges.map((r) => title.text.slice(r.start, r.end))).toEqual(['Dansvoorstelling']);
  });

  it('a text of only stop words filters nothing, and without text highlights are empty', async () => {
    const all = await api.run<SearchAnswer>(SEARCH, { first: 5 });
    const stop = await api.run<SearchAnswer>(SEARCH, { filter: { text: 'de het een' }, first: 5 });
    expect(stop.data!.offers.totalCount).toBe(all.data!.offers.totalCount);
    expect(all.data!.offers.edges.every((e) => e.highlights.length === 0)).toBe(true);
  });

  it('refuses a text longer than 200 characters with a coded error', async () => {
    const result = await api.run<SearchAnswer>(SEARCH, { filter: { text: 'museum '.repeat(40) } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('sorts RELEVANCE without text as TITLE', async () => {
    const relevance = await api.run<SearchAnswer>(SEARCH, { sort: 'RELEVANCE', first: 100 });
    const title = await api.run<SearchAnswer>(SEARCH, { sort: 'TITLE', first: 100 });
    expect(relevance.data!.offers.edges.map((e) => e.node.id)).toEqual(title.data!.offers.edges.map((e) => e.node.id));
  });
});
