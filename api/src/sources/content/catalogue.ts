import { catalogueVersion, changesSince, docKey, listDocuments, type ContentChange, type ContentStore } from './projection-store.ts';
import { getItem } from '../dynamodb/query.ts';
import type { Locale } from '../../domain/vocabulary.ts';
import type {
  ContentKind,
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
   * `waiting` is true for the first catalogue of a locale, which requests wait for: then only
   * what every search needs should be built before answering.
   */
  readonly prepare?: (catalogue: Catalogue, context: { readonly waiting: boolean }) => void | Promise<void>;
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
  /** When the version this catalogue shows was read: later changes are applied from the change log. */
  since: number;
  /** The last bulk write (reconcile) when that version was read: a newer one is not in the change log. */
  bulkAt: number;
  /** The documents, for applying changes (kept so a refresh does not rebuild them from the maps). */
  docs: SnapshotDocs;
}

const byId = <T extends { id: string }>(docs: readonly T[]) => new Map(docs.map((d) => [d.id, d]));

/**
 * A change's time is the writer's clock when it built the write, which commits a moment later:
 * changes are read from this long before the version last seen (reading one twice does no harm).
 */
const CHANGE_MARGIN_MS = 10_000;
/** Past this, the change log (kept a day) may have lost changes: load everything again. */
const CHANGE_LOG_TRUSTED_MS = 12 * 3600_000;

type Doc = OfferDoc | PartnerDoc | ProjectDoc | RegionDoc | MunicipalityDoc;
const KIND_FIELD = {
  offer: 'offers',
  partner: 'partners',
  project: 'projects',
  region: 'regions',
  municipality: 'municipalities',
  learningCommunity: 'communities',
  knowledgeItem: 'knowledgeItems',
} as const satisfies Partial<Record<ContentKind, keyof SnapshotDocs>>;

/** The order of a full load: the locale's own documents by id (the kind index's order), then the Dutch ones shown for want of a translation. */
function loadOrder(locale: Locale) {
  return (a: Doc, b: Doc): number => {
    const own = Number(b.locale === locale) - Number(a.locale === locale);
    return own || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  };
}

/**
 * `docs` with the changed documents in (null: gone), in the order a full load would give: in
 * place when a document only changed, sorted again when one came, went or changed language.
 */
export function applyChanges<T extends Doc>(docs: readonly T[], changed: ReadonlyMap<string, T | null>, locale: Locale): T[] {
  if (changed.size === 0) return docs as T[];
  const out: T[] = [];
  const seen = new Set<string>();
  let resort = false;
  for (const doc of docs) {
    if (!changed.has(doc.id)) {
      out.push(doc);
      continue;
    }
    seen.add(doc.id);
    const next = changed.get(doc.id);
    if (!next) continue;
    if ((next.locale === locale) !== (doc.locale === locale)) resort = true;
    out.push(next);
  }
  for (const [id, next] of changed) {
    if (next && !seen.has(id)) {
      out.push(next);
      resort = true;
    }
  }
  return resort ? out.sort(loadOrder(locale)) : out;
}

function catalogueOf(locale: Locale, version: number, docs: SnapshotDocs): Catalogue {
  return {
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
}

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
  private readonly prepare: (catalogue: Catalogue, context: { readonly waiting: boolean }) => void | Promise<void>;
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

  /** The document a catalogue of `locale` shows for (kind, id) now, read consistently; null when it has none. */
  private async current(kind: ContentKind, id: string, locale: Locale): Promise<Doc | null> {
    const own = await getItem(this.store, docKey(kind, id, locale), { consistent: true });
    if (own) return own.document as Doc;
    if (locale === 'nl') return null;
    const dutch = await getItem(this.store, docKey(kind, id, 'nl'), { consistent: true });
    return dutch ? (dutch.document as Doc) : null;
  }

  /** `docs` with the logged changes applied: a few consistent reads instead of loading every document. */
  private async applyLogged(docs: SnapshotDocs, changes: readonly ContentChange[], locale: Locale): Promise<SnapshotDocs> {
    const wanted = new Map<string, { kind: keyof typeof KIND_FIELD; id: string }>();
    for (const change of changes) {
      if (change.locale !== locale && change.locale !== 'nl') continue;
      if (!(change.kind in KIND_FIELD)) continue;
      wanted.set(`${change.kind}#${change.id}`, { kind: change.kind as keyof typeof KIND_FIELD, id: change.id });
    }
    const changed = new Map<keyof SnapshotDocs, Map<string, Doc | null>>();
    await Promise.all(
      [...wanted.values()].map(async ({ kind, id }) => {
        const doc = await this.current(kind, id, locale);
        const field = KIND_FIELD[kind];
        let byKind = changed.get(field);
        if (!byKind) changed.set(field, (byKind = new Map()));
        byKind.set(id, doc);
      }),
    );
    const apply = <K extends keyof SnapshotDocs>(field: K) =>
      applyChanges(docs[field] as Doc[], changed.get(field) ?? new Map(), locale) as SnapshotDocs[K];
    return {
      offers: apply('offers'),
      partners: apply('partners'),
      projects: apply('projects'),
      regions: apply('regions'),
      municipalities: apply('municipalities'),
      communities: apply('communities'),
      knowledgeItems: apply('knowledgeItems'),
    };
  }

  private async refresh(locale: Locale): Promise<Catalogue> {
    const entry = this.entries.get(locale);
    const readAt = this.now();
    const { version, changedAt, bulkAt } = await catalogueVersion(this.store);
    if (entry && entry.catalogue.version === version && entry.settled) {
      entry.checkedAt = this.now();
      return entry.catalogue;
    }
    // Single writes since a settled catalogue: apply those documents; the index is then built
    // again in the background (prepare) while requests keep the catalogue they have.
    if (entry?.settled && bulkAt === entry.bulkAt && readAt - entry.since < CHANGE_LOG_TRUSTED_MS && entry.catalogue.version < version) {
      const changes = await changesSince(this.store, entry.since - CHANGE_MARGIN_MS);
      const docs = await this.applyLogged(entry.docs, changes, locale);
      const catalogue = catalogueOf(locale, version, docs);
      await this.prepare(catalogue, { waiting: false });
      this.entries.set(locale, { catalogue, checkedAt: this.now(), settled: true, since: readAt, bulkAt, docs });
      if (this.snapshots) writeSnapshot(this.store, locale, version, docs).catch(this.onError);
      return catalogue;
    }
    // A reload in the background waits until the kind index has caught up with the last change,
    // so it loads once, settled, rather than loading now and again once settled (at 50,000 offers a
    // full load takes long enough that the second one held a publish back for more than 30 s).
    const unsettledFor = this.settleMs - (readAt - changedAt);
    if (entry && unsettledFor > 0) {
      await new Promise((resolve) => setTimeout(resolve, unsettledFor));
      return this.refresh(locale);
    }
    const loadedAt = readAt;
    // A snapshot is only ever written from a settled load, so one of this version is as good.
    const stored = this.snapshots ? await readSnapshot(this.store, locale, version).catch(() => undefined) : undefined;
    // One written before the knowledge platform lacks its documents: load those afresh.
    const snapshot = stored?.knowledgeItems && stored.communities ? stored : undefined;
    const docs = snapshot ?? (await this.loadAll(locale));
    const settled = snapshot !== undefined || loadedAt - changedAt >= this.settleMs;
    const catalogue = catalogueOf(locale, version, docs);
    await this.prepare(catalogue, { waiting: !entry });
    this.entries.set(locale, { catalogue, checkedAt: this.now(), settled, since: readAt, bulkAt, docs });
    if (this.snapshots && !snapshot && settled) writeSnapshot(this.store, locale, version, docs).catch(this.onError);
    return catalogue;
  }
}
