/**
 * The content records: published Strapi documents, denormalised for the API's queries.
 * The sync (Strapi → API) writes these; the API reads only these, so it keeps answering while
 * Strapi is down. Values of lists are the GraphQL enum values (domain/vocabulary.ts).
 */
import type { Audience, Discipline, Locale, LocationType, OfferType, PriceUnit, Sector } from './vocabulary.ts';

export interface GradeRange {
  readonly sector: Sector;
  /** Groep 1–8 in primary sectors, leerjaar 1–6 in secondary ones. */
  readonly from: number;
  readonly to: number;
}

export interface Price {
  readonly amount: number;
  readonly unit: PriceUnit;
  readonly description?: string;
}

/** A postal address as editors enter it (the CMS's shared.address component). */
export interface Address {
  readonly street?: string;
  readonly houseNumber?: string;
  readonly postcode?: string;
  readonly place?: string;
  /** CBS code of the address's municipality, e.g. GM0392. */
  readonly municipalityCode?: string;
}

/** An address with its WGS84 position, when the editor entered one. */
export interface PlaceDoc {
  readonly address?: Address;
  readonly latitude?: number;
  readonly longitude?: number;
}

/** One size of an image (Strapi's responsive formats). */
export interface ImageSize {
  readonly url: string;
  readonly width?: number;
  readonly height?: number;
}

export const IMAGE_FORMATS = ['thumbnail', 'small', 'medium', 'large'] as const;
export type ImageFormatName = (typeof IMAGE_FORMATS)[number];

/** An image as editors attach it: the file Strapi stores, its sizes, and the texts that go with it. */
/**
 * A fixed date of an offer (a performance, a guided visit). Its id is its date and start time
 * (`2027-03-09T10:00`): stable when an editor edits other sessions, unique within the offer (the
 * CMS refuses two sessions starting at the same moment).
 */
export interface SessionDoc {
  readonly id: string;
  /** YYYY-MM-DD */
  readonly date: string;
  /** HH:MM */
  readonly startTime: string;
  /** HH:MM */
  readonly endTime: string;
  /** Places (groups) of this session. */
  readonly places: number;
  /** Last day a school can ask for it (YYYY-MM-DD); absent: until the day itself. */
  readonly bookingDeadline?: string;
}

export interface ImageDoc extends ImageSize {
  readonly alt: string;
  readonly credit?: string;
  readonly formats: Partial<Record<ImageFormatName, ImageSize>>;
}

/** A partner's public face, embedded in its offers (re-projected when the partner changes). */
export interface PartnerSummary {
  readonly id: string;
  readonly name: string;
  readonly kind?: string;
  readonly municipalityCode?: string;
}

export interface OfferDoc {
  readonly kind: 'offer';
  readonly id: string;
  readonly locale: Locale;
  readonly slug: string;
  readonly title: string;
  readonly summary?: string;
  readonly description?: string;
  readonly disciplines: readonly Discipline[];
  readonly sectors: readonly Sector[];
  readonly gradeRanges: readonly GradeRange[];
  readonly offerType: OfferType;
  readonly locationType: LocationType;
  readonly municipalityCodes: readonly string[];
  readonly themes: readonly string[];
  readonly kerndoelen: readonly string[];
  readonly audience: Audience;
  readonly prices: readonly Price[];
  readonly durationMinutes?: number;
  readonly maxPupilsPerSession?: number;
  /** Places per school year; null or absent: no limit. */
  readonly capacity?: number | null;
  readonly bookableFrom?: string;
  readonly bookableUntil?: string;
  readonly partner?: PartnerSummary;
  readonly projectId?: string;
  /** Where pupils go for an offer at a venue (the partner's address when the editor leaves it empty). */
  readonly venue?: PlaceDoc;
  /** The first is the cover. Absent in documents projected before images existed: read as none. */
  readonly images?: readonly ImageDoc[];
  /** Fixed dates, in date order; none (or absent, in documents projected before sessions existed): by agreement. */
  readonly sessions?: readonly SessionDoc[];
  readonly publishedAt: string;
  readonly updatedAt: string;
}

export interface PartnerDoc {
  readonly kind: 'partner';
  readonly id: string;
  readonly locale: Locale;
  readonly slug?: string;
  readonly name: string;
  readonly partnerKind?: string;
  readonly municipalityCode?: string;
  readonly website?: string;
  readonly description?: string;
  readonly publicEmail?: string;
  readonly publicPhone?: string;
  /** Private: names, e-mail and phone of people. Only admins and advisors may read it. */
  readonly contactPerson?: { readonly name?: string; readonly email?: string; readonly phone?: string };
  /** The partner's public address. */
  readonly location?: PlaceDoc;
  readonly logo?: ImageDoc;
  readonly publishedAt: string;
  readonly updatedAt: string;
}

export interface ProjectDoc {
  readonly kind: 'project';
  readonly id: string;
  readonly locale: Locale;
  readonly slug?: string;
  readonly title: string;
  readonly projectKind?: string;
  readonly summary?: string;
  readonly theme?: string;
  readonly period?: string;
  readonly startsOn?: string;
  readonly endsOn?: string;
  readonly regionIds: readonly string[];
  readonly partnerIds: readonly string[];
  readonly outcomes?: string;
  readonly moderator?: string;
  readonly publishedAt: string;
  readonly updatedAt: string;
}

export interface RegionDoc {
  readonly kind: 'region';
  readonly id: string;
  readonly locale: Locale;
  readonly name: string;
  /** The penvoerder (coordinator) of the region, e.g. Kunstgebouw. */
  readonly coordinator?: string;
  readonly provinceCode?: string;
  readonly municipalityCodes: readonly string[];
  readonly updatedAt: string;
}

export interface MunicipalityDoc {
  readonly kind: 'municipality';
  /** CBS code, e.g. GM0392. */
  readonly id: string;
  /** Strapi's documentId (the projection is keyed by CBS code). */
  readonly documentId?: string;
  readonly locale: Locale;
  readonly name: string;
  readonly provinceCode: string;
  readonly provinceName?: string;
  /**
   * The municipality's centre (WGS84) for the map, and the approximate position of schools and
   * venues without their own; absent until an editor (or the seed) sets it.
   */
  readonly latitude?: number;
  readonly longitude?: number;
  /**
   * The boundary as rings of [longitude, latitude] points (WGS84): the outer rings and holes of a
   * GeoJSON Polygon or MultiPolygon together, to be filled even-odd. Absent when the CMS has none.
   */
  readonly boundary?: readonly (readonly (readonly [number, number])[])[];
  readonly regionIds: readonly string[];
  readonly updatedAt: string;
}

export type CommunityStatus = 'STARTING' | 'ACTIVE' | 'GOAL_REACHED' | 'CLOSED';
export type KnowledgeKind =
  | 'PRACTICE_EXAMPLE'
  | 'WORK_FORM'
  | 'RESEARCH_SUMMARY'
  | 'PUBLICATION'
  | 'PODCAST'
  | 'VIDEO'
  | 'FACTSHEET'
  | 'LESSON_LEARNED'
  | 'GUIDELINE';
/**
 * A professional's role: what a member profile says, and whom a knowledge item is meant for. The
 * CMS's "useful for" list has the first five; advisors and artists appear on member profiles.
 */
export type ProfessionalRole =
  'ICC_COORDINATOR' | 'ARTS_TEACHER' | 'CULTURAL_PARTNER' | 'CIVIL_SERVANT' | 'HEAD_TEACHER' | 'ADVISOR' | 'ARTIST';

export interface MeetingDoc {
  readonly date: string;
  readonly place?: string;
  readonly online: boolean;
  readonly report?: string;
}

export interface LearningCommunityDoc {
  readonly kind: 'learningCommunity';
  readonly id: string;
  readonly locale: Locale;
  readonly slug?: string;
  readonly title: string;
  readonly question: string;
  readonly goal?: string;
  readonly summary?: string;
  readonly description?: string;
  readonly status: CommunityStatus;
  /** Names only: a moderator's e-mail and phone stay in the CMS. */
  readonly moderators: readonly string[];
  readonly regionIds: readonly string[];
  readonly themes: readonly string[];
  readonly disciplines: readonly Discipline[];
  readonly sectors: readonly Sector[];
  readonly meetings: readonly MeetingDoc[];
  readonly projectId?: string;
  readonly publishedAt: string;
  readonly updatedAt: string;
}

export interface AttachmentDoc {
  readonly name: string;
  readonly url: string;
  readonly mime?: string;
  /** Kilobytes, as Strapi's upload plugin reports it. */
  readonly sizeKb?: number;
}

export interface KnowledgeItemDoc {
  readonly kind: 'knowledgeItem';
  readonly id: string;
  readonly locale: Locale;
  readonly slug?: string;
  readonly title: string;
  readonly knowledgeKind: KnowledgeKind;
  readonly summary: string;
  readonly body?: string;
  readonly attachments: readonly AttachmentDoc[];
  readonly links: readonly { readonly label: string; readonly url: string }[];
  readonly themes: readonly string[];
  readonly disciplines: readonly Discipline[];
  readonly sectors: readonly Sector[];
  readonly regionId?: string;
  readonly communityId?: string;
  readonly authors: readonly { readonly name: string; readonly organisation?: string }[];
  readonly usefulFor: readonly ProfessionalRole[];
  readonly publishedAt: string;
  readonly updatedAt: string;
}

export type ContentDoc = OfferDoc | PartnerDoc | ProjectDoc | RegionDoc | MunicipalityDoc | LearningCommunityDoc | KnowledgeItemDoc;
export type ContentKind = ContentDoc['kind'];
export const CONTENT_KINDS: readonly ContentKind[] = [
  'offer',
  'partner',
  'project',
  'region',
  'municipality',
  'learningCommunity',
  'knowledgeItem',
];
