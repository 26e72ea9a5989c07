/**
 * The participation records as the API reads and writes them (schools from DUO, participation,
 * bookings, offer figures, Evi results, ambition talks). Records carry no key attributes: keys are
 * a detail of sources/dynamodb/keys.ts.
 */
import type {
  AgreementArea,
  AmbitionTalkStatus,
  BookingStatus,
  CmkGoal,
  CurrentStateAspect,
  Discipline,
  EviPillar,
  EviRespondentRole,
  EviVersion,
  Period,
  PreparationStep,
  SchoolType,
  Sector,
  Trajectory,
} from './vocabulary.ts';
import type { SessionDoc } from './content.ts';

export interface SchoolRecord {
  readonly id: string; // BRIN6 (vestigingscode)
  readonly institutionCode: string; // BRIN4 (instellingscode)
  readonly name: string;
  readonly street?: string;
  readonly houseNumber?: string;
  readonly postcode?: string;
  readonly place: string;
  readonly municipalityCode: string; // GM0392
  readonly municipalityName: string;
  readonly province?: string;
  readonly denomination?: string;
  readonly kind: 'PO' | 'VO';
  readonly sector: Sector;
  readonly sectors: readonly Sector[];
  readonly website?: string;
  readonly pupils?: number;
  readonly pupilsReferenceDate?: string;
  /** WGS84 position of the location, when DUO's location data (RIO) gave one. */
  readonly latitude?: number;
  readonly longitude?: number;
  readonly updatedAt: string;
}

/** A school as DUO describes it, before it is stored (pupil counts may come from a second file). */
export type SchoolFacts = Omit<SchoolRecord, 'updatedAt' | 'pupils' | 'pupilsReferenceDate'> &
  Partial<Pick<SchoolRecord, 'pupils' | 'pupilsReferenceDate'>>;

export interface ParticipationRecord {
  readonly schoolId: string;
  readonly period: Period;
  readonly trajectory: Trajectory;
  readonly advisorId: string;
  readonly regionId?: string;
  readonly projectId?: string;
  readonly municipalityCode: string;
  readonly startedOn?: string;
  readonly note?: string;
  readonly registeredAt: string;
  readonly updatedAt: string;
}

export interface BookingGroup {
  readonly grade: number;
  readonly pupils: number;
  readonly teacher?: string;
}

export interface BookingHistoryEntry {
  readonly status: BookingStatus;
  readonly at: string;
  readonly by: string;
}

export interface BookingRecord {
  readonly id: string;
  readonly offerId: string;
  readonly partnerId: string;
  readonly schoolId: string;
  readonly schoolName: string;
  readonly municipalityCode: string;
  readonly sector: Sector;
  readonly disciplines: readonly Discipline[];
  readonly schoolYear: string;
  readonly status: BookingStatus;
  readonly groups: readonly BookingGroup[];
  readonly preferredDates: readonly string[];
  readonly note?: string;
  readonly requestedAt: string;
  readonly updatedAt: string;
  readonly history: readonly BookingHistoryEntry[];
  readonly declineReason?: string;
  readonly cancellation?: { readonly reason: string; readonly note?: string; readonly by: string };
  readonly activity?: { readonly pupilsReached: number; readonly groups: number; readonly heldOn: string };
  readonly evaluation?: { readonly rating: number; readonly comment?: string; readonly evaluatedAt: string };
  /** A booking of a partner's sandbox test school: in the feed and webhooks, never in figures or reports. */
  readonly sandbox?: true;
  /** The session the school booked, when the offer has fixed dates. */
  readonly sessionId?: string;
  /** Dates that do not suit the school, shown to the partner. */
  readonly blockedDates?: readonly string[];
  /** What the partner agreed on confirming: a date (YYYY-MM-DD) with optional times (HH:MM), or the booked session. */
  readonly agreed?: { readonly date: string; readonly startTime?: string; readonly endTime?: string; readonly sessionId?: string };
}

/** Capacity and running figures of one offer in one school year. */
export interface OfferYearRecord {
  readonly offerId: string;
  readonly schoolYear: string;
  /** Absent: no limit. */
  readonly capacity?: number;
  readonly booked: number;
  readonly remaining: number | null;
  readonly held: number;
  readonly pupilsReached: number;
  readonly ratingSum: number;
  readonly ratingCount: number;
}

/** What the API knows of an offer from the CMS: enough to book it. */
export interface OfferRef {
  /** Strapi documentId. */
  readonly id: string;
  readonly partnerId: string;
  /** Places per school year; null: no limit. */
  readonly capacity: number | null;
  readonly disciplines: readonly Discipline[];
  readonly sectors?: readonly Sector[];
  readonly municipalityCodes?: readonly string[];
  /** How many active bookings one school may hold per school year; default 1. */
  readonly maxBookingsPerSchool?: number;
  readonly slug?: string;
  readonly title?: string;
  /** Fixed dates; empty or absent: by agreement. */
  readonly sessions?: readonly SessionDoc[];
}

export interface EviResultRecord {
  readonly schoolId: string;
  readonly schoolYear: string;
  readonly version: EviVersion;
  readonly completedOn: string;
  readonly respondents: readonly { readonly role: EviRespondentRole; readonly count: number }[];
  readonly pillars: readonly { readonly pillar: EviPillar; readonly scenario: number }[];
  readonly satisfaction?: number;
  readonly ambitions?: string;
  readonly developmentPoints?: readonly string[];
  readonly helpRequest?: { readonly requested: boolean; readonly question?: string };
  readonly municipalityCode: string;
  readonly revision: number;
  readonly recordedAt: string;
}

/** D. One agreement of the planning form: who (owner) does what by when (due); disciplines tie it to bookings. */
export interface AgreementRecord {
  readonly area: AgreementArea;
  readonly agreement: string;
  readonly owner?: string;
  readonly due?: string;
  readonly disciplines?: readonly Discipline[];
}

/** An ambition talk (ambitiegesprek): header, A. goals, B. current state, C. ambition 2028, D. agreements. */
export interface AmbitionTalkRecord {
  readonly schoolId: string;
  readonly date: string;
  /** Absent on talks recorded before drafts existed: those are final. */
  readonly status?: AmbitionTalkStatus;
  /** The advisor's preparation checklist: the steps done. */
  readonly preparation?: readonly PreparationStep[];
  readonly place?: string;
  readonly schoolType: SchoolType;
  readonly participants: readonly string[];
  readonly advisorId: string;
  readonly remarks?: string;
  readonly goals: { readonly selected: readonly CmkGoal[]; readonly notes?: string };
  readonly currentState: {
    readonly developments?: string;
    readonly opportunities?: string;
    readonly aspects: readonly { readonly aspect: CurrentStateAspect; readonly strengths?: string; readonly weaknesses?: string }[];
  };
  readonly ambition2028: { readonly content?: string; readonly organisation?: string; readonly supportAndProfile?: string };
  readonly agreements: {
    readonly schoolYear: string;
    readonly items: readonly AgreementRecord[];
    readonly longerTerm?: string;
  };
  readonly schoolYear: string;
  readonly municipalityCode: string;
  readonly recordedAt: string;
}

/** Moderation of what members write: visible at once, a moderator can hide it (then only moderators see it). */
export type ModerationState = 'VISIBLE' | 'HIDDEN';

/** A member's question on the knowledge platform (written through the API, so it lives in DynamoDB). */
export interface QuestionRecord {
  readonly id: string;
  readonly askerId: string;
  readonly title: string;
  readonly body: string;
  readonly communityId?: string;
  readonly themes: readonly string[];
  readonly askedAt: string;
  readonly answerCount: number;
  readonly acceptedAnswerId?: string;
  readonly moderation: ModerationState;
}

export interface AnswerRecord {
  readonly id: string;
  readonly questionId: string;
  readonly answererId: string;
  readonly body: string;
  readonly answeredAt: string;
  readonly moderation: ModerationState;
}

/** What happened to a booking, named after the status it reached. */
export type BookingChangeType = 'REQUESTED' | 'CONFIRMED' | 'DECLINED' | 'CANCELLED' | 'HELD' | 'EVALUATED';

/** One entry of a partner's booking change feed: the change and the booking as it was right after it. */
export interface BookingChangeRecord {
  readonly partnerId: string;
  /** 1, 2, 3… per partner, without gaps: the feed's cursor. */
  readonly sequence: number;
  readonly type: BookingChangeType;
  readonly at: string;
  readonly booking: BookingRecord;
}

/** Where a partner wants its booking changes pushed (Standard Webhooks). */
export interface WebhookEndpointRecord {
  readonly id: string;
  readonly partnerId: string;
  readonly url: string;
  readonly eventTypes: readonly BookingChangeType[];
  readonly description?: string;
  /** `whsec_…`: signs deliveries; shown to the partner once, when made or rotated. */
  readonly secret: string;
  readonly status: 'ENABLED' | 'DISABLED';
  readonly disabledReason?: string;
  /** When it was disabled, by the partner or after a day of failures; absent while enabled. */
  readonly disabledAt?: string;
  /** Since when every attempt has failed; cleared by a success. */
  readonly failingSince?: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** One change pushed to one endpoint: the delivery log's line. */
export interface WebhookDeliveryRecord {
  readonly endpointId: string;
  readonly partnerId: string;
  /** The `webhook-id` header: the same on every attempt and redelivery, so receivers can drop repeats. */
  readonly messageId: string;
  readonly sequence: number;
  readonly eventType: BookingChangeType;
  readonly payload: string;
  readonly status: 'PENDING' | 'DELIVERED' | 'FAILED';
  readonly attempts: number;
  readonly lastResponseCode?: number;
  readonly lastError?: string;
  readonly lastAttemptAt?: string;
  readonly nextAttemptAt?: string;
  readonly createdAt: string;
}
