import { catalogueVersion, listDocuments, type ContentStore } from './projection-store.ts';
import type { Locale } from '../../domain/vocabulary.ts';
import type {
  KnowledgeItemDoc,
  LearningCommunityDoc,
  MunicipalityDoc,
  OfferDoc,
  PartnerDoc,
  ProjectDoc,
  RegionDoc,
} from '../../domain/content.ts';

/** All published content of one locale, held in memory for fast search and facets. */
export interface Catalogue {
  readonly locale: Locale;
  readonly version: number;
  readonly offers: readonly OfferDoc[];
  readonly offersById: ReadonlyMap<string, OfferDoc>;
  readonly partnersById: ReadonlyMap<string, PartnerDoc>;
  readonly projectsById: ReadonlyMap<string, ProjectDoc>;
  readonly regionsById: ReadonlyMap<string, RegionDoc>;
  readonly municipalitiesByCode: ReadonlyMap<string, MunicipalityDoc>;
  readonly communitiesById: ReadonlyMap<string, LearningCommunityDoc>;
  readonly knowledgeItems: readonly KnowledgeItemDoc[];
  readonly knowledgeItemsById: ReadonlyMap<string, KnowledgeItemDoc>;
}

export interface CatalogueCacheOptions {
  /** How long a loaded catalogue is trusted before the version is checked again. */
  readonly freshnessMs?: number;
  /** Index reads may lag a write by a moment: a catalogue loaded this soon after a change is loaded again. */
  readonly settleMs?: number;
  readonly now?: () => number;
}

interface Entry {
  catalogue: Catalogue;
  checkedAt: number;
  loadedAt: number;
  changedAt: number;
}

const byId = <T extends { id: string }>(docs: readonly T[]) => new Map(docs.map((d) => [d.id, d]));

/**
 * One per process (Lambda container). A request costs one small read at most once per
 * `freshnessMs`; the catalogue is loaded again only when the projection changed.
 */
export class CatalogueCache {
  private readonly entries = new Map<Locale, Entry>();
  private readonly loading = new Map<Locale, Promise<Catalogue>>();
  private readonly freshnessMs: number;
  private readonly settleMs: number;
  private readonly now: () => number;

  constructor(
    private readonly store: ContentStore,
    options: CatalogueCacheOptions = {},
  ) {
    this.freshnessMs = options.freshnessMs ?? 1000;
    this.settleMs = options.settleMs ?? 2000;
    this.now = options.now ?? Date.now;
  }

  async get(locale: Locale): Promise<Catalogue> {
    const entry = this.entries.get(locale);
    const now = this.now();
    if (entry && now - entry.checkedAt < this.freshnessMs) return entry.catalogue;
    const pending = this.loading.get(locale);
    if (pending) return pending;
    const work = this.refresh(locale, entry).finally(() => this.loading.delete(locale));
    this.loading.set(locale, work);
    return work;
  }

  /** Documents of a kind in a locale; a document not translated yet shows in Dutch (the default locale). */
  private async load<T extends OfferDoc | PartnerDoc | ProjectDoc | RegionDoc | MunicipalityDoc | LearningCommunityDoc | KnowledgeItemDoc>(
    kind: T['kind'],
    locale: Locale,
  ): Promise<T[]> {
    const own = (await listDocuments<T>(this.store, kind, locale)).map((d) => d.document);
    if (locale === 'nl') return own;
    const translated = new Set(own.map((d) => d.id));
    const dutch = (await listDocuments<T>(this.store, kind, 'nl')).map((d) => d.document);
    return [...own, ...dutch.filter((d) => !translated.has(d.id))];
  }

  private async refresh(locale: Locale, entry: Entry | undefined): Promise<Catalogue> {
    const { version, changedAt } = await catalogueVersion(this.store);
    const settled = entry && entry.loadedAt - entry.changedAt >= this.settleMs;
    if (entry && entry.catalogue.version === version && settled) {
      entry.checkedAt = this.now();
      return entry.catalogue;
    }
    const loadedAt = this.now();
    const [offers, partners, projects, regions, municipalities, communities, knowledgeItems] = await Promise.all([
      this.load<OfferDoc>('offer', locale),
      this.load<PartnerDoc>('partner', locale),
      this.load<ProjectDoc>('project', locale),
      this.load<RegionDoc>('region', locale),
      this.load<MunicipalityDoc>('municipality', locale),
      this.load<LearningCommunityDoc>('learningCommunity', locale),
      this.load<KnowledgeItemDoc>('knowledgeItem', locale),
    ]);
    const catalogue: Catalogue = {
      locale,
      version,
      offers,
      offersById: byId(offers),
      partnersById: byId(partners),
      projectsById: byId(projects),
      regionsById: byId(regions),
      municipalitiesByCode: byId(municipalities),
      communitiesById: byId(communities),
      knowledgeItems,
      knowledgeItemsById: byId(knowledgeItems),
    };
    this.entries.set(locale, { catalogue, checkedAt: this.now(), loadedAt, changedAt });
    return catalogue;
  }
}
