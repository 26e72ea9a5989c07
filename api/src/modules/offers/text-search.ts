/**
 * Full-text search over a catalogue's offers with MiniSearch: words are folded (case and
 * accents), stemmed per language (Snowball's Dutch or English stemmer from @orama/stemmers),
 * matched by prefix from 3 letters and with one typo per 5 letters from 5 letters on, and ranked
 * by BM25 with the title weighing most. Every query word must match some field (AND).
 *
 * One index per loaded catalogue, built alongside the offer index (in the background, before
 * the catalogue is swapped in). Both the indexed search and the plain scan ask it which offers
 * match, so they agree on text by construction; offer-index.test.ts checks the other filters.
 */
import MiniSearch, { type SearchResult as MiniResult } from 'minisearch';
import { stemmer as dutchStemmer } from '@orama/stemmers/dutch';
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import type { Catalogue } from '../../sources/content/catalogue.ts';
import type { OfferDoc } from '../../domain/content.ts';
import type { Locale } from '../../domain/vocabulary.ts';
import { fold } from '../common/pagination.ts';
import { slicer } from '../../shared/slices.ts';
import { label } from './labels.ts';

/** The fields searched, and how much a match in each weighs against a match in the description. */
export const TEXT_FIELDS = ['title', 'summary', 'description', 'partner', 'labels'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
const BOOST: Record<TextField, number> = { title: 4, summary: 2, partner: 2, labels: 1.5, description: 1 };

/**
 * Plurals the stemmers cannot reach because they are not made with a suffix (Latin loans in
 * Dutch: één museum, twee musea). Mapped to the singular before stemming, in documents and queries alike.
 */
const IRREGULAR: Record<Locale, Readonly<Record<string, string>>> = {
  nl: {
    musea: 'museum',
    centra: 'centrum',
    podia: 'podium',
    media: 'medium',
    data: 'datum',
    criteria: 'criterium',
    curricula: 'curriculum',
  },
  en: { museums: 'museum', children: 'child', media: 'medium', data: 'datum', criteria: 'criterion', curricula: 'curriculum' },
};

/**
 * Words too common to tell offers apart: dropped from documents and queries, so "theater voor
 * groep 7" does not ask every offer to contain "voor".
 */
const STOP_WORDS: Record<Locale, ReadonlySet<string>> = {
  nl: new Set(
    'de het een en of van voor met op in aan bij door over naar uit als dat die dit deze er te om tot is zijn was wordt worden je jij we wij ze zij hun ons onze'.split(
      ' ',
    ),
  ),
  en: new Set('the a an and or of for with on in at by to from as that this these is are be was were it its your our their'.split(' ')),
};

const STEMMERS: Record<Locale, (word: string) => string> = { nl: dutchStemmer, en: englishStemmer };

/** A query word: folded, singular where irregular, stemmed; null for a stop word. */
export function queryTerm(locale: Locale): (term: string) => string | null {
  const stem = STEMMERS[locale];
  const irregular = IRREGULAR[locale];
  const stop = STOP_WORDS[locale];
  return (term) => {
    const word = fold(term);
    if (!word || stop.has(word)) return null;
    const singular = irregular[word] ?? word;
    // Numbers and codes ("groep 7", "PO-54") are kept as they are.
    return /^[a-z]+$/.test(singular) ? stem(singular) : singular;
  };
}

/**
 * How a document word is stored: as its stem and as the folded word itself, because Snowball cuts
 * a final -s ("dans" to "dan") that the stem of a longer form keeps ("dansen" to "dans"); and, for
 * a compound whose last part is a word of the catalogue's own vocabulary, that part's stem too,
 * so "voorstelling" finds "Dansvoorstelling" and "atelier" finds "museumatelier". (A compound's
 * first part is found already, as a prefix.)
 */
export function documentTerms(locale: Locale, vocabulary: ReadonlySet<string>): (term: string) => string[] | null {
  const toQuery = queryTerm(locale);
  return (term) => {
    const stem = toQuery(term);
    if (stem === null) return null;
    const word = fold(term);
    const terms = stem === word ? [stem] : [stem, word];
    // The longest tail of 4+ letters after a head of 3+ letters that is a word of its own.
    for (let k = 3; k <= word.length - 4; k++) {
      const tail = word.slice(k);
      if (vocabulary.has(tail)) {
        const tailStem = toQuery(tail);
        if (tailStem && !terms.includes(tailStem)) terms.push(tailStem);
        break;
      }
    }
    return terms;
  };
}

/** The folded words of 4+ letters that occur on their own in the catalogue's text: the parts compounds are split into. */
function addVocabulary(words: Set<string>, doc: TextDoc): void {
  for (const field of TEXT_FIELDS) {
    for (const word of tokenize(doc[field])) if (word.length >= 4) words.add(fold(word));
  }
}

/** Letters and digits, across scripts; everything else separates words. */
const WORD = /[\p{L}\p{N}]+/gu;
const tokenize = (text: string) => text.match(WORD) ?? [];

interface TextDoc {
  readonly id: number;
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly partner: string;
  readonly labels: string;
}

/** The searchable text of an offer in the catalogue's language. */
export function textOf(offer: OfferDoc, locale: Locale): Omit<TextDoc, 'id'> {
  return {
    title: offer.title,
    summary: offer.summary ?? '',
    description: offer.description ?? '',
    partner: offer.partner?.name ?? '',
    labels: [...offer.disciplines.map((d) => label('discipline', d, locale)), ...offer.themes.map((t) => label('theme', t, locale))].join(
      ' · ',
    ),
  };
}

export interface TextIndex {
  readonly locale: Locale;
  readonly search: MiniSearch<TextDoc>;
  /** How this index stores a document word (the highlighter marks words the same way). */
  readonly terms: (word: string) => string[] | null;
  /** The last text asked and its hits: one request asks twice (to filter, then to rank and highlight). */
  last?: { readonly text: string; readonly hits: Map<number, TextHit>; byOffer?: Map<OfferDoc, TextHit> };
}

function newIndex(locale: Locale, vocabulary: ReadonlySet<string>): TextIndex {
  const terms = documentTerms(locale, vocabulary);
  const search = new MiniSearch<TextDoc>({
    fields: [...TEXT_FIELDS],
    tokenize,
    processTerm: terms,
    searchOptions: {
      processTerm: queryTerm(locale),
      combineWith: 'AND',
      boost: BOOST,
      prefix: (term) => term.length >= 3,
      // One typo per 5 letters, from 5 letters on: "theatre" finds "theater", "zingen" stays exact.
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
    },
  });
  return { locale, search, terms };
}

const built = new WeakMap<readonly OfferDoc[], TextIndex>();

function docsOf(offers: readonly OfferDoc[], locale: Locale): TextDoc[] {
  return offers.map((offer, id) => ({ id, ...textOf(offer, locale) }));
}

/**
 * Builds the text index of a new catalogue in the background (the catalogue's `prepare`), pausing
 * for waiting requests every slice of work: the documents and their vocabulary first, then the
 * index one document at a time (the same index as `addAll`, which adds them in this order).
 */
export async function prepareTextIndex(catalogue: Catalogue): Promise<void> {
  if (built.has(catalogue.offers)) return;
  const pause = slicer();
  const docs: TextDoc[] = [];
  const vocabulary = new Set<string>();
  for (const [id, offer] of catalogue.offers.entries()) {
    const doc = { id, ...textOf(offer, catalogue.locale) };
    docs.push(doc);
    addVocabulary(vocabulary, doc);
    await pause();
  }
  const index = newIndex(catalogue.locale, vocabulary);
  for (const doc of docs) {
    index.search.add(doc);
    await pause();
  }
  if (!built.has(catalogue.offers)) built.set(catalogue.offers, index);
}

/** The text index of a catalogue, built on first use and kept as long as the catalogue is. */
export function textIndex(catalogue: Catalogue): TextIndex {
  let index = built.get(catalogue.offers);
  if (!index) {
    const docs = docsOf(catalogue.offers, catalogue.locale);
    const vocabulary = new Set<string>();
    for (const doc of docs) addVocabulary(vocabulary, doc);
    index = newIndex(catalogue.locale, vocabulary);
    index.search.addAll(docs);
    built.set(catalogue.offers, index);
  }
  return index;
}

/** One offer's text match: its relevance and which stored terms matched. */
export interface TextHit {
  readonly score: number;
  /** The document terms (processed) that matched some query word. */
  readonly terms: readonly string[];
}

/** The offers (by catalogue position) that match every word of `text`, with their relevance. */
export function matchText(catalogue: Catalogue, text: string): Map<number, TextHit> {
  const index = textIndex(catalogue);
  if (index.last?.text === text) return index.last.hits;
  const hits = new Map<number, TextHit>();
  for (const r of index.search.search(text) as (MiniResult & { id: number })[]) {
    hits.set(r.id, { score: r.score, terms: r.terms });
  }
  index.last = { text, hits };
  return hits;
}

/** The same hits keyed by offer, for ranking and highlighting a page. */
export function matchTextByOffer(catalogue: Catalogue, text: string): Map<OfferDoc, TextHit> {
  const hits = matchText(catalogue, text);
  const last = textIndex(catalogue).last!;
  return (last.byOffer ??= new Map([...hits].map(([i, hit]) => [catalogue.offers[i]!, hit])));
}

/** Whether a text has a word to search for (not only stop words and punctuation). */
export function hasSearchWords(text: string, locale: Locale): boolean {
  const toQuery = queryTerm(locale);
  return tokenize(text).some((word) => toQuery(word) !== null);
}

/** Where a match lies in a field's text: UTF-16 offsets, end exclusive. */
export interface HighlightRange {
  readonly start: number;
  readonly end: number;
}

const FIELD_ENUM = { title: 'TITLE', summary: 'SUMMARY', description: 'DESCRIPTION', partner: 'PARTNER', labels: 'LABELS' } as const;

export interface Highlight {
  readonly field: (typeof FIELD_ENUM)[TextField];
  readonly text: string;
  readonly ranges: HighlightRange[];
}

/** Per field of the offer, the words whose processed form is one of the matched terms. */
export function highlightsOf(catalogue: Catalogue, offer: OfferDoc, hit: TextHit): Highlight[] {
  const wanted = new Set(hit.terms);
  const { terms } = textIndex(catalogue);
  const text = textOf(offer, catalogue.locale);
  const out: Highlight[] = [];
  for (const field of TEXT_FIELDS) {
    const value = text[field];
    const ranges: HighlightRange[] = [];
    for (const m of value.matchAll(WORD)) {
      if (terms(m[0])?.some((t) => wanted.has(t))) ranges.push({ start: m.index, end: m.index + m[0].length });
    }
    if (ranges.length) out.push({ field: FIELD_ENUM[field], text: value, ranges });
  }
  return out;
}
