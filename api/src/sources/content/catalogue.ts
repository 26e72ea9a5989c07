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
import { readSnapshot, writeSnapshot, type SnapshotDocs } from './snapshot.ts';

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
  /**
   * Runs on a newly loaded catalogue before any request sees it (the offer search builds its
   * index here), so building it never holds up a request that already has a catalogue.
   */
  readonly prepare?: (catalogue: Catalogue) => void | Promise<void>;
  /** Default true: a load first tries the snapshot of the current version, and a settled load writes one (snapshot.ts). */
  readonly snapshots?: boolean;
  /** Faults of background work (a reload, a snapshot write); the next check tries again. */
  readonly onError?: (error: unknown) => void;
}

interface Entry {
  catalogue: Catalogue;
  checkedAt: number;
  /** Loaded long enough after the last change that the kind index had caught up. */
  settled: boolean;
}

const byId = <T extends { id: string }>(docs: readonly T[]) => new Map(docs.map((d) => [d.id, d]));

/**
 * One per process (Lambda container). A request costs one small read at most once per
 * `freshnessMs`, and only the very first request waits for a load: afterwards the version is
 * checked and a newer catalogue loaded in the background while requests keep the one they have,
 * which is swapped for the new one (already prepared) in one step. A publish therefore never
 * stalls reads. In Lambda, background work runs while the container handles requests.
 */
export class CatalogueCache {
  private readonly entries = new Map<Locale, Entry>();
  private readonly loading = new Map<Locale, Promise<Catalogue>>();
  private readonly freshnessMs: number;
  private readonly settleMs: number;
  private readonly now: () => number;
  private readonly prepare: (catalogue: Catalogue) => void | Promise<void>;
  private readonly snapshots: boolean;
  private readonly onError: (error: unknown) => void;

  constructor(
    private readonly store: ContentStore,
    options: CatalogueCacheOptions = {},
  ) {
    this.freshnessMs = options.freshnessMs ?? 1000;
    this.settleMs = options.settleMs ?? 2000;
    this.now = options.now ?? Date.now;
    this.prepare = options.prepare ?? (() => undefined);
    this.snapshots = options.snapshots ?? true;
    this.onError = options.onError ?? ((error) => console.warn('catalogue: background refresh failed', error));
  }

  async get(locale: Locale): Promise<Catalogue> {
    const entry = this.entries.get(locale);
    if (!entry) return this.loading.get(locale) ?? this.start(locale);
    if (this.now() - entry.checkedAt >= this.freshnessMs && !this.loading.has(locale)) {
      this.start(locale).catch(this.onError);
    }
    return entry.catalogue;
  }

  /** Whether a catalogue of the locale is in memory (then `get` answers without waiting). */
  has(locale: Locale): boolean {
    return this.entries.has(locale);
  }

  /** Checks the version now and loads a newer catalogue if there is one; resolves with what is served then. */
  async refreshed(locale: Locale): Promise<Catalogue> {
    await this.loading.get(locale)?.catch(() => undefined);
    return this.start(locale);
  }

  private start(locale: Locale): Promise<Catalogue> {
    const work = this.refresh(locale).finally(() => this.loading.delete(locale));
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

  private async loadAll(locale: Locale): Promise<SnapshotDocs> {
    const [offers, partners, projects, regions, municipalities, communities, knowledgeItems] = await Promise.all([
      this.load<OfferDoc>('offer', locale),
      this.load<PartnerDoc>('partner', locale),
      this.load<ProjectDoc>('project', locale),
      this.load<RegionDoc>('region', locale),
      this.load<MunicipalityDoc>('municipality', locale),
      this.load<LearningCommunityDoc>('learningCommunity', locale),
      this.load<KnowledgeItemDoc>('knowledgeItem', locale),
    ]);
    return { offers, partners, projects, regions, municipalities, communities, knowledgeItems };
  }

  private async refresh(locale: Locale): Promise<Catalogue> {
    const entry = this.entries.get(locale);
    const { version, changedAt } = await catalogueVersion(this.store);
    if (entry && entry.catalogue.version === version && entry.settled) {
      entry.checkedAt = this.now();
      return entry.catalogue;
    }
    const loadedAt = this.now();
    // A snapshot is only ever written from a settled load, so one of this version is as good.
    const stored = this.snapshots ? await readSnapshot(this.store, locale, version).catch(() => undefined) : undefined;
    // One written before the knowledge platform lacks its documents: load those afresh.
    const snapshot = stored?.knowledgeItems && stored.communities ? stored : undefined;
    const docs = snapshot ?? (await this.loadAll(locale));
    const settled = snapshot !== undefined || loadedAt - changedAt >= this.settleMs;
    const catalogue: Catalogue = {
      locale,
      version,
      offers: docs.offers,
      offersById: byId(docs.offers),
      partnersById: byId(docs.partners),
      projectsById: byId(docs.projects),
      regionsById: byId(docs.regions),
      municipalitiesByCode: byId(docs.municipalities),
      communitiesById: byId(docs.communities),
      knowledgeItems: docs.knowledgeItems,
      knowledgeItemsById: byId(docs.knowledgeItems),
    };
    await this.prepare(catalogue);
    this.entries.set(locale, { catalogue, checkedAt: this.now(), settled });
    if (this.snapshots && !snapshot && settled) writeSnapshot(this.store, locale, version, docs).catch(this.onError);
    return catalogue;
  }
}
