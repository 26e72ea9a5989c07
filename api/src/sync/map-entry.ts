/** Strapi REST entries → projection documents (GraphQL enum values, CBS codes, plain numbers). */
import type { Audience, Discipline, Locale, LocationType, OfferType, PriceUnit, Sector } from '../domain/vocabulary.ts';
import {
  IMAGE_FORMATS,
  type CommunityStatus,
  type ContentDoc,
  type ContentKind,
  type ImageDoc,
  type ImageSize,
  type KnowledgeItemDoc,
  type KnowledgeKind,
  type LearningCommunityDoc,
  type MunicipalityDoc,
  type OfferDoc,
  type PartnerDoc,
  type PlaceDoc,
  type ProfessionalRole,
  type ProjectDoc,
  type RegionDoc,
  type SessionDoc,
} from '../domain/content.ts';
import type { StrapiEntry } from '../sources/strapi/client.ts';

const OFFER_TYPES: Record<string, OfferType> = {
  voorstelling: 'PERFORMANCE',
  bezoek: 'VISIT',
  workshop: 'WORKSHOP',
  lessenreeks: 'LESSON_SERIES',
  project: 'PROJECT',
  nascholing: 'TEACHER_TRAINING',
  lesmateriaal: 'TEACHING_MATERIAL',
};
const LOCATION_TYPES: Record<string, LocationType> = {
  op_school: 'AT_SCHOOL',
  bij_partner: 'AT_VENUE',
  in_overleg: 'BY_AGREEMENT',
  online: 'ONLINE',
};
const AUDIENCES: Record<string, Audience> = { leerlingen: 'PUPILS', leraren: 'TEACHERS' };
const PRICE_UNITS: Record<string, PriceUnit> = { per_leerling: 'PER_PUPIL', per_groep: 'PER_GROUP', vast: 'FIXED' };

const COMMUNITY_STATUSES: Record<string, CommunityStatus> = {
  start: 'STARTING',
  actief: 'ACTIVE',
  doel_bereikt: 'GOAL_REACHED',
  gesloten: 'CLOSED',
};
/** The CMS enumeration of knowledge kinds → the API's (the publisher writes the other way). */
export const KNOWLEDGE_KINDS: Record<string, KnowledgeKind> = {
  praktijkvoorbeeld: 'PRACTICE_EXAMPLE',
  werkvorm: 'WORK_FORM',
  onderzoekssamenvatting: 'RESEARCH_SUMMARY',
  publicatie: 'PUBLICATION',
  podcast: 'PODCAST',
  video: 'VIDEO',
  factsheet: 'FACTSHEET',
  falen_en_leren: 'LESSON_LEARNED',
  richtlijn: 'GUIDELINE',
};
const PROFESSIONAL_ROLES: Record<string, ProfessionalRole> = {
  iccer: 'ICC_COORDINATOR',
  vakdocent: 'ARTS_TEACHER',
  cultuurpartner: 'CULTURAL_PARTNER',
  ambtenaar: 'CIVIL_SERVANT',
  directeur: 'HEAD_TEACHER',
};

type Rel = { documentId: string; code?: string; name?: string; title?: string; gradeMin?: number; gradeMax?: number } & Record<
  string,
  unknown
>;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v: unknown): number | undefined => (v === null || v === undefined || v === '' ? undefined : Number(v));
const rels = (v: unknown): Rel[] => (Array.isArray(v) ? (v as Rel[]) : []);
const rel = (v: unknown): Rel | undefined => (v && typeof v === 'object' ? (v as Rel) : undefined);
const codes = (v: unknown) => rels(v).flatMap((r) => (r.code ? [r.code] : []));
/** Drop undefined values: DynamoDB and equality checks see the same document. */
const compact = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const coordinate = (v: unknown, limit: number): number | undefined => {
  const n = num(v);
  return n !== undefined && Number.isFinite(n) && Math.abs(n) <= limit ? n : undefined;
};

/** The shared.address component: address lines, its municipality, and the position only when both halves are there. */
function mapPlace(v: unknown): PlaceDoc | undefined {
  const a = rel(v);
  if (!a) return undefined;
  const address = compact({
    street: str(a.street),
    houseNumber: str(a.houseNumber),
    postcode: str(a.postalCode),
    place: str(a.city),
    municipalityCode: rel(a.municipality)?.code,
  });
  const latitude = coordinate(a.latitude, 90);
  const longitude = coordinate(a.longitude, 180);
  const located = latitude !== undefined && longitude !== undefined;
  if (Object.keys(address).length === 0 && !located) return undefined;
  return compact({
    address: Object.keys(address).length ? address : undefined,
    latitude: located ? latitude : undefined,
    longitude: located ? longitude : undefined,
  });
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^(\d{2}:\d{2})/;

/** Strapi's sessions (times as HH:MM:SS.mmm) as the API gives them, in date order; an incomplete one is left out. */
export function mapSessions(v: unknown): SessionDoc[] {
  return rels(v)
    .flatMap((s): SessionDoc[] => {
      const date = str(s.date);
      const start = TIME.exec(String(s.startTime ?? ''))?.[1];
      const end = TIME.exec(String(s.endTime ?? ''))?.[1];
      const places = num(s.places);
      if (!date || !DAY.test(date) || !start || !end || places === undefined || !(places >= 1)) return [];
      const deadline = str(s.bookingDeadline);
      return [compact({ id: `${date}T${start}`, date, startTime: start, endTime: end, places, bookingDeadline: deadline })];
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

function mapSize(v: unknown): ImageSize | undefined {
  const f = rel(v);
  const url = str(f?.url);
  return url ? compact({ url, width: num(f!.width), height: num(f!.height) }) : undefined;
}

/** The shared.image component: its file (URL as Strapi gives it), Strapi's responsive formats, alt and credit. */
function mapImage(v: unknown): ImageDoc | undefined {
  const c = rel(v);
  const file = rel(c?.file);
  const size = mapSize(file);
  if (!c || !size) return undefined; // a component whose file was deleted from the media library shows nothing
  const formats = (rel(file!.formats) ?? {}) as Record<string, unknown>;
  return compact({
    ...size,
    alt: String(c.alt ?? ''),
    credit: str(c.credit),
    formats: Object.fromEntries(
      IMAGE_FORMATS.flatMap((name) => {
        const sized = mapSize(formats[name]);
        return sized ? [[name, sized]] : [];
      }),
    ),
  });
}

export function mapOffer(e: StrapiEntry, locale: Locale): OfferDoc {
  const sectors = rels(e.sectors);
  const partner = rel(e.partner);
  const gradeFrom = num(e.gradeFrom);
  const gradeTo = num(e.gradeTo);
  return compact({
    kind: 'offer',
    id: e.documentId,
    locale,
    slug: String(e.slug ?? e.documentId),
    title: String(e.title ?? ''),
    summary: str(e.summary),
    description: str(e.description),
    disciplines: codes(e.disciplines) as Discipline[],
    sectors: sectors.flatMap((s) => (s.code ? [s.code as Sector] : [])),
    gradeRanges: sectors.flatMap((s) =>
      s.code
        ? [{ sector: s.code as Sector, from: gradeFrom ?? num(s.gradeMin) ?? 1, to: Math.min(gradeTo ?? 99, num(s.gradeMax) ?? 8) }]
        : [],
    ),
    offerType: OFFER_TYPES[String(e.offerType)] ?? 'WORKSHOP',
    locationType: LOCATION_TYPES[String(e.locationType)] ?? 'BY_AGREEMENT',
    municipalityCodes: codes(e.municipalities),
    themes: codes(e.themes),
    kerndoelen: codes(e.kerndoelen),
    audience: AUDIENCES[String(e.audience)] ?? 'PUPILS',
    prices: rels(e.prices).map((p) =>
      compact({ amount: Number(p.amount), unit: PRICE_UNITS[String(p.unit)] ?? 'PER_PUPIL', description: str(p.label) }),
    ),
    durationMinutes: num(e.durationMinutes),
    maxPupilsPerSession: num(e.maxPupilsPerSession),
    capacity: num(e.capacity) ?? null,
    bookableFrom: str(e.bookingOpensOn),
    bookableUntil: str(e.bookingClosesOn),
    partner: partner
      ? compact({
          id: partner.documentId,
          name: String(partner.name ?? ''),
          kind: str(partner.kind),
          municipalityCode: rel(partner.homeMunicipality)?.code,
        })
      : undefined,
    projectId: rel(e.project)?.documentId,
    venue: mapPlace(e.venue),
    images: rels(e.images).flatMap((i) => mapImage(i) ?? []),
    sessions: mapSessions(e.sessions),
    publishedAt: String(e.publishedAt ?? e.updatedAt),
    updatedAt: e.updatedAt,
  });
}

export function mapPartner(e: StrapiEntry, locale: Locale): PartnerDoc {
  const publicContact = rel(e.publicContact);
  const person = rel(e.contactPerson);
  return compact({
    kind: 'partner',
    id: e.documentId,
    locale,
    slug: str(e.slug),
    name: String(e.name ?? ''),
    partnerKind: str(e.kind),
    municipalityCode: rel(e.homeMunicipality)?.code,
    website: str(e.website),
    description: str(e.summary) ?? str(e.description),
    publicEmail: str(publicContact?.email),
    publicPhone: str(publicContact?.phone),
    contactPerson: person ? compact({ name: str(person.name), email: str(person.email), phone: str(person.phone) }) : undefined,
    location: mapPlace(e.address),
    logo: mapImage(e.logo),
    publishedAt: String(e.publishedAt ?? e.updatedAt),
    updatedAt: e.updatedAt,
  });
}

export function mapProject(e: StrapiEntry, locale: Locale): ProjectDoc {
  const start = num(e.startYear);
  const end = num(e.endYear);
  return compact({
    kind: 'project',
    id: e.documentId,
    locale,
    slug: str(e.slug),
    title: String(e.title ?? ''),
    projectKind: str(e.kind),
    summary: str(e.summary) ?? str(e.question),
    theme: codes(e.themes)[0],
    period: str(e.period)?.toUpperCase().replace('CMK', 'CmK'),
    startsOn: start ? `${start}-08-01` : undefined,
    endsOn: end ? `${end}-07-31` : undefined,
    regionIds: rels(e.regions).map((r) => r.documentId),
    partnerIds: rels(e.partners).map((p) => p.documentId),
    outcomes: str(e.outcomes),
    moderator: str(rel(e.moderator)?.name),
    publishedAt: String(e.publishedAt ?? e.updatedAt),
    updatedAt: e.updatedAt,
  });
}

export function mapRegion(e: StrapiEntry): RegionDoc {
  return compact({
    kind: 'region',
    id: e.documentId,
    locale: 'nl',
    name: String(e.name ?? ''),
    coordinator: str(e.coordinator),
    provinceCode: str(e.provinceCode),
    municipalityCodes: codes(e.municipalities),
    updatedAt: e.updatedAt,
  });
}

const inRange = (v: unknown, min: number, max: number): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : undefined;
const LONGITUDE = [-180, 180] as const;
const LATITUDE = [-90, 90] as const;

/** A GeoJSON Polygon or MultiPolygon as flat rings of [longitude, latitude]; undefined when it is anything else. */
function boundaryRings(v: unknown): [number, number][][] | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const { type, coordinates } = v as { type?: unknown; coordinates?: unknown };
  const polygons = type === 'Polygon' ? [coordinates] : type === 'MultiPolygon' ? coordinates : undefined;
  if (!Array.isArray(polygons)) return undefined;
  const rings: [number, number][][] = [];
  for (const polygon of polygons) {
    if (!Array.isArray(polygon)) return undefined;
    for (const ring of polygon) {
      if (!Array.isArray(ring) || ring.length < 4) return undefined;
      const points = ring.map((p: unknown) =>
        Array.isArray(p) && inRange(p[0], ...LONGITUDE) !== undefined && inRange(p[1], ...LATITUDE) !== undefined
          ? ([p[0], p[1]] as [number, number])
          : undefined,
      );
      if (points.some((p) => !p)) return undefined;
      rings.push(points as [number, number][]);
    }
  }
  return rings.length ? rings : undefined;
}

/**
 * Where a municipality lies, as editors set it in the CMS. A value that is not a coordinate or a
 * GeoJSON boundary is left out (the map then places the municipality by what it has), never stored half.
 */
function place(e: StrapiEntry): Pick<MunicipalityDoc, 'latitude' | 'longitude' | 'boundary'> {
  const latitude = inRange(e.latitude, ...LATITUDE);
  const longitude = inRange(e.longitude, ...LONGITUDE);
  const both = latitude !== undefined && longitude !== undefined;
  return { latitude: both ? latitude : undefined, longitude: both ? longitude : undefined, boundary: boundaryRings(e.boundary) };
}

export function mapMunicipality(e: StrapiEntry): MunicipalityDoc {
  return compact({
    kind: 'municipality',
    id: String(e.code),
    documentId: e.documentId,
    locale: 'nl',
    name: String(e.name ?? ''),
    provinceCode: String(e.provinceCode ?? ''),
    provinceName: str(e.provinceName),
    ...place(e),
    // Regions are localised: Strapi returns a region once per language row, but it is one region.
    regionIds: [...new Set(rels(e.regions).map((r) => r.documentId))],
    updatedAt: e.updatedAt,
  });
}

export function mapLearningCommunity(e: StrapiEntry, locale: Locale): LearningCommunityDoc {
  return compact({
    kind: 'learningCommunity',
    id: e.documentId,
    locale,
    slug: str(e.slug),
    title: String(e.title ?? ''),
    question: String(e.question ?? ''),
    goal: str(e.goal),
    summary: str(e.summary),
    description: str(e.description),
    status: COMMUNITY_STATUSES[String(e.phase)] ?? 'STARTING',
    moderators: rels(e.moderators).flatMap((m) => (str(m.name) ? [String(m.name)] : [])),
    regionIds: [...new Set(rels(e.regions).map((r) => r.documentId))],
    themes: codes(e.themes),
    disciplines: codes(e.disciplines) as Discipline[],
    sectors: codes(e.sectors) as Sector[],
    meetings: rels(e.meetings)
      .flatMap((m) =>
        str(m.date) ? [compact({ date: String(m.date), place: str(m.place), online: m.online === true, report: str(m.report) })] : [],
      )
      .sort((a, b) => a.date.localeCompare(b.date)),
    projectId: rel(e.project)?.documentId,
    publishedAt: String(e.publishedAt ?? e.updatedAt),
    updatedAt: e.updatedAt,
  });
}

export function mapKnowledgeItem(e: StrapiEntry, locale: Locale): KnowledgeItemDoc {
  return compact({
    kind: 'knowledgeItem',
    id: e.documentId,
    locale,
    slug: str(e.slug),
    title: String(e.title ?? ''),
    knowledgeKind: KNOWLEDGE_KINDS[String(e.kind)] ?? 'PUBLICATION',
    summary: String(e.summary ?? ''),
    body: str(e.body),
    attachments: rels(e.attachments).flatMap((a) =>
      str(a.url) ? [compact({ name: String(a.name ?? a.url), url: String(a.url), mime: str(a.mime), sizeKb: num(a.size) })] : [],
    ),
    links: rels(e.links).flatMap((l) => (str(l.url) ? [{ label: String(l.label ?? l.url), url: String(l.url) }] : [])),
    themes: codes(e.themes),
    disciplines: codes(e.disciplines) as Discipline[],
    sectors: codes(e.sectors) as Sector[],
    regionId: rel(e.region)?.documentId,
    communityId: rel(e.community)?.documentId,
    authors: rels(e.authors).flatMap((a) => (str(a.name) ? [compact({ name: String(a.name), organisation: str(a.organisation) })] : [])),
    usefulFor: [...new Set(rels(e.usefulFor).flatMap((u) => PROFESSIONAL_ROLES[String(u.role)] ?? []))],
    publishedAt: String(e.publishedAt ?? e.updatedAt),
    updatedAt: e.updatedAt,
  });
}

export function mapEntry(kind: ContentKind, entry: StrapiEntry, locale: Locale): ContentDoc {
  switch (kind) {
    case 'offer':
      return mapOffer(entry, locale);
    case 'partner':
      return mapPartner(entry, locale);
    case 'project':
      return mapProject(entry, locale);
    case 'region':
      return mapRegion(entry);
    case 'municipality':
      return mapMunicipality(entry);
    case 'learningCommunity':
      return mapLearningCommunity(entry, locale);
    case 'knowledgeItem':
      return mapKnowledgeItem(entry, locale);
  }
}

/** The version that orders deliveries: Strapi's updatedAt in milliseconds. */
export const versionOf = (entry: { updatedAt: string }): number => Date.parse(entry.updatedAt);
