/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, ISO 8601 (2026-03-14). */
  Date: { input: string; output: string; }
  /** A moment, ISO 8601 with time zone (2026-03-14T09:30:00Z). */
  DateTime: { input: string; output: string; }
};

/** The activity as it took place. */
export type ActivityHeld = {
  __typename?: 'ActivityHeld';
  groupsReached: Scalars['Int']['output'];
  heldOn: Scalars['Date']['output'];
  pupilsReached: Scalars['Int']['output'];
};

/** A postal address as the CMS holds it. */
export type Address = {
  __typename?: 'Address';
  houseNumber?: Maybe<Scalars['String']['output']>;
  municipality?: Maybe<Municipality>;
  /** The place (woonplaats) as written in the address. */
  place?: Maybe<Scalars['String']['output']>;
  postcode?: Maybe<Scalars['String']['output']>;
  street?: Maybe<Scalars['String']['output']>;
};

/** What the partner agreed on confirming: a date with optional times, or the booked session. */
export type AgreedDate = {
  __typename?: 'AgreedDate';
  date: Scalars['Date']['output'];
  /** HH:MM */
  endTime?: Maybe<Scalars['String']['output']>;
  /** The booked session, when the date is that of a session. */
  sessionId?: Maybe<Scalars['ID']['output']>;
  /** HH:MM */
  startTime?: Maybe<Scalars['String']['output']>;
};

/** D. One agreement. */
export type Agreement = {
  __typename?: 'Agreement';
  agreement: Scalars['String']['output'];
  area: AgreementArea;
  /** The disciplines a booking must have to follow this agreement; empty when none are named. */
  disciplines: Array<Discipline>;
  /** The term: the day it should be done by. */
  due?: Maybe<Scalars['Date']['output']>;
  /** Whether bookings followed it, as of today. */
  followUp: AgreementFollowUp;
  /** Who sees to it (a role or a name). */
  owner?: Maybe<Scalars['String']['output']>;
};

/** D. Areas of the agreements for the coming school year. */
export type AgreementArea =
  | 'CONTENT_FOCUS'
  | 'ORGANISATION'
  | 'PRECONDITIONS'
  | 'PROFESSIONAL_DEVELOPMENT'
  | 'SCHOOL_CULTURE';

/**
 * Whether bookings followed an agreement. A booking follows it when it is the school's, for the
 * agreements' school year, requested on or after the talk's date and, with a term, on or before
 * it, for an offer in one of the agreement's disciplines, and not declined or cancelled.
 */
export type AgreementFollowUp = {
  __typename?: 'AgreementFollowUp';
  /** The bookings that follow the agreement, oldest request first. */
  bookings: Array<Booking>;
  status: AgreementFollowUpStatus;
};

/** Whether bookings followed an agreement (see AgreementFollowUp). */
export type AgreementFollowUpStatus =
  /** At least one booking follows the agreement. */
  | 'FOLLOWED'
  /** The agreement names no disciplines, so bookings cannot tell. */
  | 'NOT_APPLICABLE'
  /** Its term (or, without one, its school year) has passed without a booking that follows it. */
  | 'NOT_FOLLOWED'
  /** No booking follows it yet, and its term has not passed. */
  | 'OPEN';

/** D. One agreement. */
export type AgreementInput = {
  agreement: Scalars['String']['input'];
  area: AgreementArea;
  /** The disciplines a booking must have to follow this agreement. */
  disciplines?: InputMaybe<Array<Discipline>>;
  /** The term: the day it should be done by. */
  due?: InputMaybe<Scalars['Date']['input']>;
  owner?: InputMaybe<Scalars['String']['input']>;
};

/** D. Agreements for a school year. */
export type Agreements = {
  __typename?: 'Agreements';
  items: Array<Agreement>;
  longerTerm?: Maybe<Scalars['String']['output']>;
  schoolYear: Scalars['String']['output'];
};

/** D. Agreements for the current or coming school year. */
export type AgreementsInput = {
  items: Array<AgreementInput>;
  longerTerm?: InputMaybe<Scalars['String']['input']>;
  schoolYear: Scalars['String']['input'];
};

/** C. Where the school wants to be in 2028. */
export type Ambition2028 = {
  __typename?: 'Ambition2028';
  content?: Maybe<Scalars['String']['output']>;
  organisation?: Maybe<Scalars['String']['output']>;
  supportAndProfile?: Maybe<Scalars['String']['output']>;
};

/** C. Ambition for 2028. */
export type Ambition2028Input = {
  content?: InputMaybe<Scalars['String']['input']>;
  organisation?: InputMaybe<Scalars['String']['input']>;
  supportAndProfile?: InputMaybe<Scalars['String']['input']>;
};

/** A. Goals selected for the school, with notes. */
export type AmbitionGoals = {
  __typename?: 'AmbitionGoals';
  notes?: Maybe<Scalars['String']['output']>;
  selected: Array<CmkGoal>;
};

/** A. Goals. */
export type AmbitionGoalsInput = {
  notes?: InputMaybe<Scalars['String']['input']>;
  selected: Array<CmkGoal>;
};

/**
 * An ambition talk (ambitiegesprek) between a school and its advisor: A. goals, B. current state, C. ambition 2028, D. agreements.
 * Only for the school, the advisor of its region and admin.
 */
export type AmbitionTalk = {
  __typename?: 'AmbitionTalk';
  advisorId: Scalars['String']['output'];
  agreements: Agreements;
  ambition2028: Ambition2028;
  currentState: CurrentState;
  date: Scalars['Date']['output'];
  goals: AmbitionGoals;
  /** Who took part for the school (roles or names). */
  participants: Array<Scalars['String']['output']>;
  place?: Maybe<Scalars['String']['output']>;
  /** The preparation steps the advisor did. */
  preparation: Array<PreparationStep>;
  recordedAt: Scalars['String']['output'];
  remarks?: Maybe<Scalars['String']['output']>;
  school?: Maybe<School>;
  /** BRIN6 of the school. */
  schoolId: Scalars['ID']['output'];
  schoolType: AmbitionTalkSchoolType;
  /** The school year the talk took place in. */
  schoolYear: Scalars['String']['output'];
  /** DRAFT while the advisor works on it; FINAL once recorded (talks from before drafts existed are FINAL). */
  status: AmbitionTalkStatus;
};

/**
 * An ambition talk; one per school per date, so recording it again corrects it. A draft may leave
 * the participants empty; a final talk names at least one.
 */
export type AmbitionTalkInput = {
  advisorId: Scalars['String']['input'];
  agreements: AgreementsInput;
  ambition2028: Ambition2028Input;
  currentState: CurrentStateInput;
  date: Scalars['Date']['input'];
  goals: AmbitionGoalsInput;
  participants: Array<Scalars['String']['input']>;
  /** Default: the school's place. */
  place?: InputMaybe<Scalars['String']['input']>;
  /** The preparation steps done; default none. */
  preparation?: InputMaybe<Array<PreparationStep>>;
  remarks?: InputMaybe<Scalars['String']['input']>;
  /** BRIN6 of the school. */
  schoolId: Scalars['ID']['input'];
  schoolType: AmbitionTalkSchoolType;
  /** Default FINAL. A final talk saved as DRAFT again answers AMBITION_TALK_FINAL. */
  status?: InputMaybe<AmbitionTalkStatus>;
};

/** The kind of school as the talk records it. */
export type AmbitionTalkSchoolType =
  | 'HAVO'
  | 'MIXED'
  | 'PRIMARY'
  | 'VMBO'
  | 'VWO';

/** Whether a talk is still the advisor's working copy or final. Only final talks reach the school. */
export type AmbitionTalkStatus =
  /** The advisor's working copy: it may be saved again and made final; the school does not see it. */
  | 'DRAFT'
  /** Recorded: the school reads it; it can be corrected, but not made a draft again. */
  | 'FINAL';

/** An answer to a member's question. */
export type Answer = {
  __typename?: 'Answer';
  /** Whether the asker (or a moderator) accepted this answer. */
  accepted: Scalars['Boolean']['output'];
  answeredAt: Scalars['String']['output'];
  /** The member id of who answered. */
  answererId: Scalars['ID']['output'];
  body: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  moderation: ModerationState;
};

/** The result of answerQuestion: the answer and the question it belongs to. */
export type AnswerPayload = {
  __typename?: 'AnswerPayload';
  answer: Answer;
  question: Question;
};

/** An answer. A retry with the same idempotencyKey returns the first answer. */
export type AnswerQuestionInput = {
  body: Scalars['String']['input'];
  idempotencyKey: Scalars['String']['input'];
  questionId: Scalars['ID']['input'];
};

/** A partner's API key as listed: its public id and label, never its secret. */
export type ApiKey = {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTime']['output'];
  /** The public part of the key (`cmk_<id>.…`): it names the key in lists and logs. */
  id: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
  /** When it was revoked; a revoked key is refused from the next request on. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A new key: `key` is the whole secret, shown this once and stored only as a hash. Keep it safe. */
export type ApiKeySecretPayload = {
  __typename?: 'ApiKeySecretPayload';
  apiKey: ApiKey;
  key: Scalars['String']['output'];
};

/** A new question. A retry with the same idempotencyKey returns the first question instead of a second one. */
export type AskQuestionInput = {
  /** 1 to 5,000 characters. */
  body: Scalars['String']['input'];
  communityId?: InputMaybe<Scalars['ID']['input']>;
  idempotencyKey: Scalars['String']['input'];
  themes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 10 to 200 characters. */
  title: Scalars['String']['input'];
};

/** B. Strengths and weaknesses of one aspect. */
export type AspectState = {
  __typename?: 'AspectState';
  aspect: CurrentStateAspect;
  /** The aspect for people, in the request's language. */
  label: Scalars['String']['output'];
  strengths?: Maybe<Scalars['String']['output']>;
  weaknesses?: Maybe<Scalars['String']['output']>;
};

/** B. One aspect. */
export type AspectStateInput = {
  aspect: CurrentStateAspect;
  strengths?: InputMaybe<Scalars['String']['input']>;
  weaknesses?: InputMaybe<Scalars['String']['input']>;
};

/** Who an offer is for. */
export type Audience =
  | 'PUPILS'
  | 'TEACHERS';

/**
 * A blind spot: a municipality of the report with schools of a sector, and no activity (a booking held
 * or evaluated) in a discipline for that sector this school year ("no dance for VMBO in Vlaardingen").
 * Ordered by municipality code, then discipline, then sector.
 */
export type BlindSpot = {
  __typename?: 'BlindSpot';
  discipline: Discipline;
  /** The discipline for people, in the request's language. */
  disciplineLabel: Scalars['String']['output'];
  municipality?: Maybe<Municipality>;
  municipalityCode: Scalars['String']['output'];
  /** The sector of the municipality's schools that the discipline did not reach. */
  sector: Sector;
  /** The sector for people, in the request's language. */
  sectorLabel: Scalars['String']['output'];
  /**
   * [sector]: from when a blind spot was one per discipline with the sectors of the municipality's schools.
   * @deprecated Each blind spot is one sector now: use sector.
   */
  sectors: Array<Sector>;
  /**
   * Partners with a published offer in this discipline, for this sector, in a neighbouring
   * municipality: one that shares a boundary with it (CMS boundaries), or, when none does, the
   * nearest by the distance between centres. Most offers first.
   */
  suggestions: Array<BlindSpotSuggestion>;
};

/** A partner that could fill a blind spot: it serves a neighbouring municipality in the discipline and sector. */
export type BlindSpotSuggestion = {
  __typename?: 'BlindSpotSuggestion';
  /** The neighbouring municipalities its offers are for (CBS codes). */
  neighbourCodes: Array<Scalars['String']['output']>;
  neighbours: Array<Municipality>;
  /** Its published offers in the discipline for those sectors and neighbours (documentIds). */
  offerIds: Array<Scalars['ID']['output']>;
  offers: Array<Offer>;
  partner?: Maybe<Partner>;
  partnerId: Scalars['ID']['output'];
  partnerName: Scalars['String']['output'];
  /** The blind spot's sector (its offers serve it): one element. */
  sectors: Array<Sector>;
};

/**
 * A school's booking (aanmelding) of an offer for one or more groups in a school year. Seen by the
 * school, the partner of the offer (with the school's name, never pupils' data), the region's advisor
 * and admin; anyone else gets NOT_FOUND.
 */
export type Booking = {
  __typename?: 'Booking';
  /** When HELD or EVALUATED: the activity as it took place. */
  activity?: Maybe<ActivityHeld>;
  /** The date the partner agreed on confirming; null until confirmed (or confirmed without one). */
  agreed?: Maybe<AgreedDate>;
  /** What the caller may do with this booking now; empty when nothing. */
  allowedActions: Array<BookingAction>;
  /** Dates that do not suit the school (shown to the partner). */
  blockedDates: Array<Scalars['Date']['output']>;
  /** When CANCELLED: why and by whom. */
  cancellation?: Maybe<Cancellation>;
  /** Why the partner declined, when DECLINED. */
  declineReason?: Maybe<Scalars['String']['output']>;
  /** When EVALUATED: the school's rating and comment. */
  evaluation?: Maybe<Evaluation>;
  groups: Array<BookingGroup>;
  history: Array<BookingHistoryEntry>;
  id: Scalars['ID']['output'];
  /** CBS code of the school's municipality. */
  municipalityCode: Scalars['String']['output'];
  /** The school's note to the partner. */
  note?: Maybe<Scalars['String']['output']>;
  /** The offer as published now; null when it is no longer published. */
  offer?: Maybe<Offer>;
  /** The offer's documentId (also when the offer is no longer published). */
  offerId: Scalars['ID']['output'];
  preferredDates: Array<Scalars['Date']['output']>;
  /** Pupils of all groups together. */
  pupils: Scalars['Int']['output'];
  requestedAt: Scalars['String']['output'];
  /** True for a booking of the partner's sandbox test school: never counted in figures or reports. */
  sandbox: Scalars['Boolean']['output'];
  /** The school; its own data (pupils, participation) stays hidden from partners. */
  school?: Maybe<School>;
  /** BRIN6 of the school that booked. */
  schoolId: Scalars['ID']['output'];
  /** The school's name, for partners and everyone who may see the booking. */
  schoolName: Scalars['String']['output'];
  /** The school year, e.g. 2025-2026. */
  schoolYear: Scalars['String']['output'];
  /** The session the school booked, when the offer has fixed dates; null when it is no longer in the offer. */
  session?: Maybe<Session>;
  status: BookingStatus;
  /** The status for people, in the request's language. */
  statusLabel: Scalars['String']['output'];
  updatedAt: Scalars['String']['output'];
};

/** What can be done with a booking next (the mutation of the same name). */
export type BookingAction =
  /** cancelBooking: the school or the partner calls it off. */
  | 'CANCEL'
  /** confirmBooking: the partner accepts. */
  | 'CONFIRM'
  /** declineBooking: the partner turns it down. */
  | 'DECLINE'
  /** evaluateBooking: the school rates it. */
  | 'EVALUATE'
  /** markBookingHeld: the activity took place. */
  | 'MARK_HELD';

/** One change of a booking, with the booking's state right after it. */
export type BookingChange = {
  __typename?: 'BookingChange';
  at: Scalars['DateTime']['output'];
  booking: Booking;
  /** The change's number in the partner's feed: 1, 2, 3… without gaps. */
  sequence: Scalars['Int']['output'];
  type: BookingChangeType;
};

/** A page of a partner's booking changes. `endCursor` is set even on an empty page: keep it. */
export type BookingChangeConnection = {
  __typename?: 'BookingChangeConnection';
  edges: Array<BookingChangeEdge>;
  pageInfo: PageInfo;
};

/** A change in the feed, with the cursor to resume after it. */
export type BookingChangeEdge = {
  __typename?: 'BookingChangeEdge';
  cursor: Scalars['String']['output'];
  node: BookingChange;
};

/** What happened to a booking, named after the status it reached. */
export type BookingChangeType =
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'DECLINED'
  | 'EVALUATED'
  | 'HELD'
  | 'REQUESTED';

/** A page of bookings, oldest request first. */
export type BookingConnection = {
  __typename?: 'BookingConnection';
  edges: Array<BookingEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A booking in a list. */
export type BookingEdge = {
  __typename?: 'BookingEdge';
  cursor: Scalars['String']['output'];
  node: Booking;
};

/** A group the school books for. Teachers' names are only for the school, its advisor and admin. */
export type BookingGroup = {
  __typename?: 'BookingGroup';
  /** Groep 1-8 (primary) or leerjaar 1-6 (secondary). */
  grade: Scalars['Int']['output'];
  /** Number of pupils in the group. */
  pupils: Scalars['Int']['output'];
  /** The group's teacher; null for partners and anyone else outside the school's side. */
  teacher?: Maybe<Scalars['String']['output']>;
};

/** A group to book for. */
export type BookingGroupInput = {
  /** Groep 1-8 or leerjaar 1-6. */
  grade: Scalars['Int']['input'];
  pupils: Scalars['Int']['input'];
  teacher?: InputMaybe<Scalars['String']['input']>;
};

/** A status change in a booking's life. */
export type BookingHistoryEntry = {
  __typename?: 'BookingHistoryEntry';
  at: Scalars['String']['output'];
  /** The role that made the change. */
  by: Scalars['String']['output'];
  status: BookingStatus;
};

/** The result of a booking mutation: the booking as it is now. */
export type BookingPayload = {
  __typename?: 'BookingPayload';
  booking: Booking;
};

/**
 * Where a booking stands: REQUESTED -> CONFIRMED -> HELD -> EVALUATED, or DECLINED by the partner,
 * or CANCELLED (with a reason) by the school or the partner.
 */
export type BookingStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'DECLINED'
  | 'EVALUATED'
  | 'HELD'
  | 'REQUESTED';

/**
 * A school's calendar subscription: a secret URL (`GET /calendar/<token>.ics`) that calendar apps
 * subscribe to, listing the school's bookings with an agreed date. The API stores only a hash of the
 * token, so the URL is in the answer of `createCalendarFeed` once; make a new one to see it again.
 */
export type CalendarFeed = {
  __typename?: 'CalendarFeed';
  /** When the current URL was made. */
  createdAt: Scalars['DateTime']['output'];
};

/** Why and by whom a booking was cancelled. */
export type Cancellation = {
  __typename?: 'Cancellation';
  /** The role that cancelled: SCHOOL, PARTNER or ADMIN. */
  by: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  reason: CancellationReason;
  /** The reason for people, in the request's language. */
  reasonLabel: Scalars['String']['output'];
};

/** Why a booking was cancelled. */
export type CancellationReason =
  | 'BUDGET'
  | 'ILLNESS'
  | 'OTHER'
  | 'PARTNER_UNAVAILABLE'
  | 'SCHEDULE_CONFLICT'
  | 'TOO_FEW_PUPILS'
  | 'WEATHER';

/** A. The CmK goals that matter for a school. */
export type CmkGoal =
  | 'COLLABORATION_WITH_PARTNERS'
  | 'CURRICULUM_AND_EMBEDDING'
  | 'PROFESSIONAL_DEVELOPMENT'
  | 'STRUCTURAL_PART_OF_EDUCATION'
  | 'VISION_ON_CULTURE_EDUCATION';

/** CmK periods: CMK2 2017-2020, CMK3 2021-2024, CMK4 2025-2028. */
export type CmkPeriod =
  | 'CMK2'
  | 'CMK3'
  | 'CMK4';

/** A meeting of a learning community, with its report. */
export type CommunityMeeting = {
  __typename?: 'CommunityMeeting';
  date: Scalars['Date']['output'];
  online: Scalars['Boolean']['output'];
  /** Where it takes place; null when online only. */
  place?: Maybe<Scalars['String']['output']>;
  report?: Maybe<Scalars['String']['output']>;
};

/** The result of joinCommunity and leaveCommunity. */
export type CommunityMembershipPayload = {
  __typename?: 'CommunityMembershipPayload';
  community: LearningCommunity;
  /** Whether the caller is a member of the community now. */
  joined: Scalars['Boolean']['output'];
};

/** Where a learning community stands: it stops when the goal agreed together is reached. */
export type CommunityStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'GOAL_REACHED'
  | 'STARTING';

/** Contact for bookings: a person's name, e-mail and phone. Only for advisors and admin. */
export type ContactPerson = {
  __typename?: 'ContactPerson';
  email?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
};

/** B. Where the school stands now. */
export type CurrentState = {
  __typename?: 'CurrentState';
  aspects: Array<AspectState>;
  developments?: Maybe<Scalars['String']['output']>;
  opportunities?: Maybe<Scalars['String']['output']>;
};

/** B. Aspects of a school's current state. */
export type CurrentStateAspect =
  | 'CULTURAL_COLLABORATION'
  | 'CURRICULUM_EMBEDDING'
  | 'OFFER_QUALITY'
  | 'ORGANISATION'
  | 'TEACHER_EXPERTISE'
  | 'VISION';

/** B. Current state. */
export type CurrentStateInput = {
  aspects: Array<AspectStateInput>;
  developments?: InputMaybe<Scalars['String']['input']>;
  opportunities?: InputMaybe<Scalars['String']['input']>;
};

/** An art discipline (LKCA list, plus architecture & design and multidisciplinary). */
export type Discipline =
  | 'ARCHITECTURE_DESIGN'
  | 'DANCE'
  | 'HERITAGE'
  | 'LITERATURE'
  | 'MEDIA'
  | 'MULTIDISCIPLINARY'
  | 'MUSIC'
  | 'THEATRE'
  | 'VISUAL_ARTS';

/** A discipline with its label in the request's language. */
export type DisciplineLabel = {
  __typename?: 'DisciplineLabel';
  label: Scalars['String']['output'];
  value: Discipline;
};

/** Reach in one discipline (an activity of several disciplines counts in each). */
export type DisciplineReach = {
  __typename?: 'DisciplineReach';
  activities: Scalars['Int']['output'];
  bookingsByStatus: Array<StatusCount>;
  discipline: Discipline;
  label: Scalars['String']['output'];
  /** Municipalities of the report with at least one activity in this discipline. */
  municipalitiesReached: Scalars['Int']['output'];
  pupilsReached: Scalars['Int']['output'];
};

/**
 * Where a distance is measured from: a school (its own position, or else its municipality's centre)
 * or a point. Give either schoolId or latitude and longitude. A schoolId needs the same access as
 * Query.school(id).
 */
export type DistanceFrom = {
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** BRIN6 code of the school. */
  schoolId?: InputMaybe<Scalars['ID']['input']>;
};

/** The school's evaluation of a held activity. */
export type Evaluation = {
  __typename?: 'Evaluation';
  comment?: Maybe<Scalars['String']['output']>;
  evaluatedAt: Scalars['String']['output'];
  /** 1 (poor) to 5 (excellent). */
  rating: Scalars['Int']['output'];
};

/** Whether the school asks its advisor for help, and with what. */
export type EviHelpRequest = {
  __typename?: 'EviHelpRequest';
  question?: Maybe<Scalars['String']['output']>;
  requested: Scalars['Boolean']['output'];
};

/** A help request to the advisor. */
export type EviHelpRequestInput = {
  question?: InputMaybe<Scalars['String']['input']>;
  requested: Scalars['Boolean']['input'];
};

/** The pillars of Evi: visie, deskundigheid, programma, samenwerking; the VO version adds leerling. */
export type EviPillar =
  | 'COLLABORATION'
  | 'EXPERTISE'
  | 'PROGRAMME'
  | 'PUPIL'
  | 'VISION';

/** Where the school places itself on a pillar: scenario 1 (starting) to 4 (embedded). */
export type EviPillarScenario = {
  __typename?: 'EviPillarScenario';
  /** scenario minus previousScenario: positive when the school moved up; null without a previous result. */
  change?: Maybe<Scalars['Int']['output']>;
  /** The pillar for people, in the request's language. */
  label: Scalars['String']['output'];
  pillar: EviPillar;
  /** The scenario of this pillar in the school's previous Evi result (an earlier school year); null when there is none. */
  previousScenario?: Maybe<Scalars['Int']['output']>;
  scenario: Scalars['Int']['output'];
};

/** A pillar's scenario (1-4). */
export type EviPillarScenarioInput = {
  pillar: EviPillar;
  scenario: Scalars['Int']['input'];
};

/** Who filled in Evi for the school. */
export type EviRespondentRole =
  | 'DIRECTOR'
  | 'ICC'
  | 'OTHER'
  | 'TEACHER';

/** How many people of a role filled in Evi. */
export type EviRespondents = {
  __typename?: 'EviRespondents';
  count: Scalars['Int']['output'];
  role: EviRespondentRole;
};

/** Respondents of an Evi result. */
export type EviRespondentsInput = {
  count: Scalars['Int']['input'];
  role: EviRespondentRole;
};

/** A school's Evi self-evaluation for a school year (one per school year; recording again replaces it). */
export type EviResult = {
  __typename?: 'EviResult';
  ambitions?: Maybe<Scalars['String']['output']>;
  completedOn: Scalars['Date']['output'];
  developmentPoints: Array<Scalars['String']['output']>;
  helpRequest?: Maybe<EviHelpRequest>;
  pillars: Array<EviPillarScenario>;
  recordedAt: Scalars['String']['output'];
  respondents: Array<EviRespondents>;
  /** 1 for the first recording of this school year, then counting up. */
  revision: Scalars['Int']['output'];
  /** Satisfaction with culture education, 1-10. */
  satisfaction?: Maybe<Scalars['Int']['output']>;
  school?: Maybe<School>;
  /** BRIN6 of the school. */
  schoolId: Scalars['ID']['output'];
  schoolYear: Scalars['String']['output'];
  version: EviVersion;
};

/**
 * A school's Evi result. V2_0 and V2_1 have exactly the pillars VISION, EXPERTISE, PROGRAMME and
 * COLLABORATION; VO adds PUPIL.
 */
export type EviResultInput = {
  ambitions?: InputMaybe<Scalars['String']['input']>;
  completedOn: Scalars['Date']['input'];
  developmentPoints?: InputMaybe<Array<Scalars['String']['input']>>;
  helpRequest?: InputMaybe<EviHelpRequestInput>;
  pillars: Array<EviPillarScenarioInput>;
  respondents: Array<EviRespondentsInput>;
  satisfaction?: InputMaybe<Scalars['Int']['input']>;
  /** BRIN6 of the school. */
  schoolId: Scalars['ID']['input'];
  schoolYear: Scalars['String']['input'];
  version: EviVersion;
};

/** How many schools place themselves in each scenario of an Evi pillar. */
export type EviSpread = {
  __typename?: 'EviSpread';
  label: Scalars['String']['output'];
  pillar: EviPillar;
  /** Schools per scenario: four numbers, scenario 1 first. */
  scenarios: Array<Scalars['Int']['output']>;
};

/** Versions of the Evi self-evaluation (LKCA): 2.0 and 2.1 for primary schools, VO for secondary. */
export type EviVersion =
  | 'V2_0'
  | 'V2_1'
  | 'VO';

/** A count of items that share a value, with the value's label in the request's language. */
export type FacetBucket = {
  __typename?: 'FacetBucket';
  /** How many items have this value under the other filters. */
  count: Scalars['Int']['output'];
  /** The value for people, in the language of Accept-Language (nl by default). */
  label: Scalars['String']['output'];
  /** The value as used in filters (an enum value or a code). */
  value: Scalars['String']['output'];
};

/** A one-page PDF about one municipality in a school year, made on request. */
export type Factsheet = {
  __typename?: 'Factsheet';
  /** The PDF, base64-encoded. */
  base64: Scalars['String']['output'];
  /** application/pdf */
  contentType: Scalars['String']['output'];
  /** e.g. factsheet-GM0392-2025-2026.pdf */
  fileName: Scalars['String']['output'];
  /** When it was made (ISO 8601); printed on the page. */
  generatedAt: Scalars['String']['output'];
};

/** Activities held for one grade of one sector (a booking for several grades counts in each). */
export type GradeReach = {
  __typename?: 'GradeReach';
  activities: Scalars['Int']['output'];
  /** Groep 1-8 (primary) or leerjaar 1-6 (secondary), as booked. */
  grade: Scalars['Int']['output'];
  /** "Groep 5", "Leerjaar 2": in the request's language. */
  label: Scalars['String']['output'];
  sector: Sector;
};

/** An image with the text for who cannot see it and who made it. */
export type Image = {
  __typename?: 'Image';
  /** What the image shows, for screen readers: put it in the img element's alt. */
  alt: Scalars['String']['output'];
  /** Who made the image or where it comes from, to show with it. */
  credit?: Maybe<Scalars['String']['output']>;
  formats: ImageFormats;
  height?: Maybe<Scalars['Int']['output']>;
  /** The original file: an absolute URL (the uploads CDN in AWS). */
  url: Scalars['String']['output'];
  width?: Maybe<Scalars['Int']['output']>;
};

/** One size of an image. */
export type ImageFormat = {
  __typename?: 'ImageFormat';
  height?: Maybe<Scalars['Int']['output']>;
  url: Scalars['String']['output'];
  width?: Maybe<Scalars['Int']['output']>;
};

/**
 * The smaller sizes Strapi makes of an uploaded image (thumbnail 245 px, small 500, medium 750,
 * large 1000 wide); a size is null when the original is smaller than it.
 */
export type ImageFormats = {
  __typename?: 'ImageFormats';
  large?: Maybe<ImageFormat>;
  medium?: Maybe<ImageFormat>;
  small?: Maybe<ImageFormat>;
  thumbnail?: Maybe<ImageFormat>;
};

/** A file attached to a knowledge item. */
export type KnowledgeAttachment = {
  __typename?: 'KnowledgeAttachment';
  mime?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  sizeKb?: Maybe<Scalars['Float']['output']>;
  url: Scalars['String']['output'];
};

/** Who made a knowledge item; public once the item is published. */
export type KnowledgeAuthor = {
  __typename?: 'KnowledgeAuthor';
  name: Scalars['String']['output'];
  organisation?: Maybe<Scalars['String']['output']>;
};

/** Something the CmK network shares: a practice example, work form, research summary, podcast ... */
export type KnowledgeItem = {
  __typename?: 'KnowledgeItem';
  attachments: Array<KnowledgeAttachment>;
  authors: Array<KnowledgeAuthor>;
  /** Markdown. */
  body?: Maybe<Scalars['String']['output']>;
  /** The learning community it came from, if any. */
  community?: Maybe<LearningCommunity>;
  disciplines: Array<Discipline>;
  /** The Strapi documentId. */
  id: Scalars['ID']['output'];
  kind: KnowledgeKind;
  kindLabel: Scalars['String']['output'];
  links: Array<KnowledgeLink>;
  /** When it was published (ISO 8601). */
  publishedAt: Scalars['String']['output'];
  region?: Maybe<Region>;
  sectors: Array<Sector>;
  slug?: Maybe<Scalars['String']['output']>;
  summary: Scalars['String']['output'];
  /** Theme codes. */
  themes: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  usefulFor: Array<ProfessionalRole>;
};

/** A page of published knowledge items, newest first, with the facets of the whole filtered list. */
export type KnowledgeItemConnection = {
  __typename?: 'KnowledgeItemConnection';
  edges: Array<KnowledgeItemEdge>;
  facets: KnowledgeItemFacets;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A knowledge item in a list, with the cursor to continue after it. */
export type KnowledgeItemEdge = {
  __typename?: 'KnowledgeItemEdge';
  cursor: Scalars['String']['output'];
  node: KnowledgeItem;
};

/** Counts per value of each dimension, each under all the other filters. */
export type KnowledgeItemFacets = {
  __typename?: 'KnowledgeItemFacets';
  disciplines: Array<FacetBucket>;
  kinds: Array<FacetBucket>;
  sectors: Array<FacetBucket>;
  themes: Array<FacetBucket>;
  usefulFor: Array<FacetBucket>;
};

/** Which knowledge items to list: AND between fields, OR within a list. */
export type KnowledgeItemFilter = {
  communityId?: InputMaybe<Scalars['ID']['input']>;
  disciplines?: InputMaybe<Array<Discipline>>;
  kinds?: InputMaybe<Array<KnowledgeKind>>;
  regionId?: InputMaybe<Scalars['ID']['input']>;
  sectors?: InputMaybe<Array<Sector>>;
  /** Words in the title or summary, case- and accent-folded; every word must match. */
  text?: InputMaybe<Scalars['String']['input']>;
  themes?: InputMaybe<Array<Scalars['String']['input']>>;
  usefulFor?: InputMaybe<Array<ProfessionalRole>>;
};

/** What kind of knowledge an item holds. */
export type KnowledgeKind =
  | 'FACTSHEET'
  /** E.g. on the safety and quality of offers. */
  | 'GUIDELINE'
  /** Falen en leren: what went wrong and what was learned from it. */
  | 'LESSON_LEARNED'
  | 'PODCAST'
  | 'PRACTICE_EXAMPLE'
  | 'PUBLICATION'
  | 'RESEARCH_SUMMARY'
  | 'VIDEO'
  | 'WORK_FORM';

/** A link to a source outside the platform. */
export type KnowledgeLink = {
  __typename?: 'KnowledgeLink';
  label: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

/** A link in a proposal. */
export type KnowledgeLinkInput = {
  label: Scalars['String']['input'];
  url: Scalars['String']['input'];
};

/** A member's proposal for a knowledge item (lives in DynamoDB until approved). */
export type KnowledgeProposal = {
  __typename?: 'KnowledgeProposal';
  body?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: KnowledgeKind;
  /** The published knowledge item (Strapi documentId), once approved. */
  knowledgeItemId?: Maybe<Scalars['ID']['output']>;
  proposedAt: Scalars['String']['output'];
  /** Who proposed it, when they are findable or the caller is a moderator. */
  proposer?: Maybe<Member>;
  /** Why a moderator rejected it. */
  rejectionReason?: Maybe<Scalars['String']['output']>;
  status: ProposalStatus;
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** A leergemeenschap: professionals who learn from and with each other, starting from a shared question. */
export type LearningCommunity = {
  __typename?: 'LearningCommunity';
  description?: Maybe<Scalars['String']['output']>;
  disciplines: Array<Discipline>;
  /** The goal agreed together. */
  goal?: Maybe<Scalars['String']['output']>;
  /** The Strapi documentId. */
  id: Scalars['ID']['output'];
  /** Published knowledge items that came from this community. */
  knowledgeItems: KnowledgeItemConnection;
  /** Meetings, oldest first. */
  meetings: Array<CommunityMeeting>;
  /** How many members joined (public). */
  memberCount: Scalars['Int']['output'];
  /** The members who joined and consented to be findable; null for anonymous callers. */
  members?: Maybe<Array<Member>>;
  /** The moderators' names. */
  moderators: Array<Scalars['String']['output']>;
  /** The CmK project the community is part of, if any. */
  project?: Maybe<Project>;
  /** The question or theme the community starts from. */
  question: Scalars['String']['output'];
  regions: Array<Region>;
  sectors: Array<Sector>;
  slug?: Maybe<Scalars['String']['output']>;
  status: CommunityStatus;
  statusLabel: Scalars['String']['output'];
  summary?: Maybe<Scalars['String']['output']>;
  /** Theme codes, as in OfferFilter.themes. */
  themes: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};


/** A leergemeenschap: professionals who learn from and with each other, starting from a shared question. */
export type LearningCommunityKnowledgeItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of published learning communities, by title. */
export type LearningCommunityConnection = {
  __typename?: 'LearningCommunityConnection';
  edges: Array<LearningCommunityEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A learning community in a list, with the cursor to continue after it. */
export type LearningCommunityEdge = {
  __typename?: 'LearningCommunityEdge';
  cursor: Scalars['String']['output'];
  node: LearningCommunity;
};

/** Which learning communities to list: AND between fields, OR within a list. */
export type LearningCommunityFilter = {
  regionId?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<CommunityStatus>>;
  text?: InputMaybe<Scalars['String']['input']>;
  themes?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Where an offer takes place. */
export type LocationType =
  | 'AT_SCHOOL'
  | 'AT_VENUE'
  | 'BY_AGREEMENT'
  | 'ONLINE';

/**
 * A professional on the knowledge platform, as other signed-in members see them. Personal data:
 * never shown to anonymous callers, and listed only when the member consented to be findable.
 */
export type Member = {
  __typename?: 'Member';
  /** What the member knows about (free tags). */
  expertise: Array<Scalars['String']['output']>;
  /** Whether the member consented to be findable; only on one's own profile (null otherwise). */
  findable?: Maybe<Scalars['Boolean']['output']>;
  /** The member id (the token's subject). */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  organisation?: Maybe<Scalars['String']['output']>;
  region?: Maybe<Region>;
  role: ProfessionalRole;
  roleLabel: Scalars['String']['output'];
  /** What the member wants to learn (free tags). */
  wantsToLearn: Array<Scalars['String']['output']>;
};

/** A page of findable members, by name. */
export type MemberConnection = {
  __typename?: 'MemberConnection';
  edges: Array<MemberEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A member in a list, with the cursor to continue after it. */
export type MemberEdge = {
  __typename?: 'MemberEdge';
  cursor: Scalars['String']['output'];
  node: Member;
};

/** Which members to list ("find someone who knows about ..."): AND between fields, OR within a list. */
export type MemberFilter = {
  expertise?: InputMaybe<Array<Scalars['String']['input']>>;
  regionId?: InputMaybe<Scalars['ID']['input']>;
  role?: InputMaybe<ProfessionalRole>;
  /** Words in the name, organisation or tags, case- and accent-folded; every word must match. */
  text?: InputMaybe<Scalars['String']['input']>;
  wantsToLearn?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** What a moderator can hide or show again. */
export type ModeratedKind =
  | 'ANSWER'
  | 'QUESTION';

/** The result of hideContent and showContent. */
export type ModerationPayload = {
  __typename?: 'ModerationPayload';
  id: Scalars['ID']['output'];
  kind: ModeratedKind;
  moderation: ModerationState;
};

/** What moderators still have to look at. */
export type ModerationQueue = {
  __typename?: 'ModerationQueue';
  hiddenAnswers: Array<Answer>;
  hiddenQuestions: Array<Question>;
  /** Proposals waiting for a decision, oldest first. */
  proposals: Array<KnowledgeProposal>;
};

/** Whether members see something a member wrote: a moderator can hide it. */
export type ModerationState =
  | 'HIDDEN'
  | 'VISIBLE';

/** A Dutch municipality (gemeente). */
export type Municipality = {
  __typename?: 'Municipality';
  /**
   * The boundary (CMS) as rings of [longitude, latitude] points, WGS84: outer rings and holes
   * together, to be filled even-odd. Empty when the CMS has none. The seed's boundaries are CBS's
   * (through PDOK), simplified.
   */
  boundary: Array<Array<Array<Scalars['Float']['output']>>>;
  /** CBS code, e.g. GM0392. */
  code: Scalars['ID']['output'];
  /** The municipality's centre, WGS84 latitude (CMS); null until an editor sets it. */
  latitude?: Maybe<Scalars['Float']['output']>;
  /** The municipality's centre, WGS84 longitude (CMS); null until an editor sets it. */
  longitude?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  /** CBS province code, e.g. PV27. */
  provinceCode: Scalars['String']['output'];
  provinceName?: Maybe<Scalars['String']['output']>;
  regions: Array<Region>;
};

/** Reach in one municipality of the report. */
export type MunicipalityReach = {
  __typename?: 'MunicipalityReach';
  /** Activities that took place (bookings held or evaluated). */
  activities: Scalars['Int']['output'];
  bookingsByStatus: Array<StatusCount>;
  /** Activities and pupils reached in this municipality per discipline (municipalitiesReached: 1 or 0). */
  disciplines: Array<DisciplineReach>;
  municipality?: Maybe<Municipality>;
  municipalityCode: Scalars['String']['output'];
  /** The municipality's name (from the CMS, else from DUO); null when neither knows it. */
  name?: Maybe<Scalars['String']['output']>;
  /** Pupils enrolled in those school locations. */
  pupilsEnrolled: Scalars['Int']['output'];
  /** Pupils reached by activities held this school year. */
  pupilsReached: Scalars['Int']['output'];
  /** pupilsReached / pupilsEnrolled; null when no pupils are enrolled. */
  reachRate?: Maybe<Scalars['Float']['output']>;
  /** School locations in the municipality (DUO). */
  schools: Scalars['Int']['output'];
  /** Schools with a CmK participation in the school year's period. */
  schoolsTakingPart: Scalars['Int']['output'];
  /** The same figures for each sector with schools or bookings in this municipality. */
  sectors: Array<SectorReach>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** The asker or a moderator marks one answer as accepted; accepting another replaces it. */
  acceptAnswer: QuestionPayload;
  answerQuestion: AnswerPayload;
  /** Creates and publishes the knowledge item in the CMS; it reaches readers through the normal sync. */
  approveProposal: ProposalPayload;
  askQuestion: QuestionPayload;
  /** The school or the partner calls off a requested or confirmed booking; its place becomes free. */
  cancelBooking: BookingPayload;
  /**
   * The partner of the offer accepts a requested booking. A booking of a session is agreed on that
   * session; otherwise the partner may give the agreed date (YYYY-MM-DD) and times (HH:MM, the end
   * after the start, both or none).
   */
  confirmBooking: BookingPayload;
  /** A signed-in partner user (not an API key) makes a key for its own partner. The secret is in the answer only. */
  createApiKey: ApiKeySecretPayload;
  /**
   * Makes the school's calendar URL; when it has one already, that one is revoked (rotate). The
   * school itself and admin.
   */
  createCalendarFeed: NewCalendarFeed;
  /** The partner of the offer turns a requested booking down, with a reason for the school. */
  declineBooking: BookingPayload;
  disableWebhookEndpoint: WebhookEndpoint;
  /** Deliveries resume (a disabled endpoint's missed changes can be read from the feed or redelivered). */
  enableWebhookEndpoint: WebhookEndpoint;
  /** The school rates a held activity (1-5), with an optional comment. */
  evaluateBooking: BookingPayload;
  hideContent: ModerationPayload;
  /** Idempotent: joining twice leaves one membership. */
  joinCommunity: CommunityMembershipPayload;
  /** Idempotent: leaving when not a member is no error. */
  leaveCommunity: CommunityMembershipPayload;
  /** The partner or the school records that a confirmed activity took place. */
  markBookingHeld: BookingPayload;
  proposeKnowledgeItem: ProposalPayload;
  /** The advisor of the school's region records an ambition talk, as a draft or final. */
  recordAmbitionTalk: AmbitionTalk;
  /** The school or the advisor of its region records an Evi result; a second one for the same school year replaces it. */
  recordEviResult: EviResult;
  /** Sends one change to the endpoint again now. ENDPOINT_DISABLED when the endpoint is disabled. */
  redeliverWebhook: WebhookDelivery;
  /** An advisor registers a school of its region in a CmK period; registering again updates it. */
  registerParticipation: Participation;
  /**
   * A signed-in partner user registers a URL for its partner's booking changes. In AWS it must be
   * https and public (private, loopback and link-local addresses are refused); locally http and
   * loopback are allowed.
   */
  registerWebhookEndpoint: WebhookSecretPayload;
  rejectProposal: ProposalPayload;
  /**
   * A school books an offer for its groups. OFFER_FULL when no places are left, ALREADY_BOOKED when
   * the school has booked this offer this school year; a retry with the same idempotencyKey returns the first booking.
   */
  requestBooking: BookingPayload;
  /** Revokes a key: the next request with it is refused. */
  revokeApiKey: ApiKey;
  /** Revokes the school's calendar URL: it answers 404 from the next request on. True when there was one. */
  revokeCalendarFeed: Scalars['Boolean']['output'];
  /**
   * A new key with the same name; the old one is revoked at once. To switch without a gap, create a
   * second key, deploy it, then revoke the first.
   */
  rotateApiKey: ApiKeySecretPayload;
  /** A new secret; it signs every delivery from now on. */
  rotateWebhookSecret: WebhookSecretPayload;
  /** Sandbox: the test school calls off one of its bookings. */
  sandboxCancelBooking: BookingPayload;
  /** Sandbox: the test school rates a held booking (1-5). */
  sandboxEvaluateBooking: BookingPayload;
  /**
   * Sandbox: the partner's test school (generated, in no municipality) requests one of the partner's
   * own offers. The change feed and webhooks fire as for a real school; no figure, capacity, region
   * or report counts it. Confirm and mark it held with the ordinary mutations.
   */
  sandboxRequestBooking: BookingPayload;
  /** The caller's consent to be findable by other members. */
  setMemberFindable: Member;
  showContent: ModerationPayload;
};


export type MutationAcceptAnswerArgs = {
  answerId: Scalars['ID']['input'];
  questionId: Scalars['ID']['input'];
};


export type MutationAnswerQuestionArgs = {
  input: AnswerQuestionInput;
};


export type MutationApproveProposalArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAskQuestionArgs = {
  input: AskQuestionInput;
};


export type MutationCancelBookingArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  reason: CancellationReason;
};


export type MutationConfirmBookingArgs = {
  agreedDate?: InputMaybe<Scalars['Date']['input']>;
  agreedEndTime?: InputMaybe<Scalars['String']['input']>;
  agreedStartTime?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationCreateApiKeyArgs = {
  name?: InputMaybe<Scalars['String']['input']>;
  partnerId: Scalars['ID']['input'];
};


export type MutationCreateCalendarFeedArgs = {
  schoolId: Scalars['ID']['input'];
};


export type MutationDeclineBookingArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationDisableWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEnableWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEvaluateBookingArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  rating: Scalars['Int']['input'];
};


export type MutationHideContentArgs = {
  id: Scalars['ID']['input'];
  kind: ModeratedKind;
};


export type MutationJoinCommunityArgs = {
  communityId: Scalars['ID']['input'];
};


export type MutationLeaveCommunityArgs = {
  communityId: Scalars['ID']['input'];
};


export type MutationMarkBookingHeldArgs = {
  groupsReached?: InputMaybe<Scalars['Int']['input']>;
  heldOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  pupilsReached: Scalars['Int']['input'];
};


export type MutationProposeKnowledgeItemArgs = {
  input: ProposeKnowledgeItemInput;
};


export type MutationRecordAmbitionTalkArgs = {
  input: AmbitionTalkInput;
};


export type MutationRecordEviResultArgs = {
  input: EviResultInput;
};


export type MutationRedeliverWebhookArgs = {
  endpointId: Scalars['ID']['input'];
  sequence: Scalars['Int']['input'];
};


export type MutationRegisterParticipationArgs = {
  input: ParticipationInput;
};


export type MutationRegisterWebhookEndpointArgs = {
  description?: InputMaybe<Scalars['String']['input']>;
  eventTypes: Array<BookingChangeType>;
  partnerId: Scalars['ID']['input'];
  url: Scalars['String']['input'];
};


export type MutationRejectProposalArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRequestBookingArgs = {
  input: RequestBookingInput;
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeCalendarFeedArgs = {
  schoolId: Scalars['ID']['input'];
};


export type MutationRotateApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRotateWebhookSecretArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSandboxCancelBookingArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  reason: CancellationReason;
};


export type MutationSandboxEvaluateBookingArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  rating: Scalars['Int']['input'];
};


export type MutationSandboxRequestBookingArgs = {
  groups: Array<BookingGroupInput>;
  idempotencyKey: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  offerId: Scalars['ID']['input'];
  preferredDates?: InputMaybe<Array<Scalars['Date']['input']>>;
  schoolYear?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSetMemberFindableArgs = {
  findable: Scalars['Boolean']['input'];
};


export type MutationShowContentArgs = {
  id: Scalars['ID']['input'];
  kind: ModeratedKind;
};

/**
 * Offers within reach of a school or a point: online offers always; offers at school when they serve
 * the school's municipality (from a bare point: when one of their municipalities' centres is within
 * maxKm); offers at a venue when the venue is within maxKm; offers by agreement when either holds.
 * Distances are great-circle distances (haversine, as the crow flies).
 */
export type NearFilter = {
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** In km, above 0. */
  maxKm: Scalars['Float']['input'];
  schoolId?: InputMaybe<Scalars['ID']['input']>;
};

/** A new calendar URL, shown once. It replaces the school's previous URL, which stops working. */
export type NewCalendarFeed = {
  __typename?: 'NewCalendarFeed';
  createdAt: Scalars['DateTime']['output'];
  /** The secret part of the URL: 32 random bytes, base64url. */
  token: Scalars['String']['output'];
  /** The URL to subscribe to (webcal apps accept it as is); it holds the token. */
  url: Scalars['String']['output'];
};

/** A cultural offer for schools (aanbod): content from the CMS joined with participation this school year. */
export type Offer = {
  __typename?: 'Offer';
  audience: Audience;
  /** Average rating (1-5) of the evaluations this school year; null before the first one. */
  averageRating?: Maybe<Scalars['Float']['output']>;
  bookableFrom?: Maybe<Scalars['Date']['output']>;
  bookableUntil?: Maybe<Scalars['Date']['output']>;
  /** Active bookings this school year (requested, confirmed, held or evaluated). */
  bookingsCount: Scalars['Int']['output'];
  /** Places per school year; null when there is no limit. */
  capacity?: Maybe<Scalars['Int']['output']>;
  /** Who answers bookings of this offer (the partner's contact person): advisors and admin only. */
  contactPerson?: Maybe<ContactPerson>;
  /** The first image, for cards and lists; null without images. */
  coverImage?: Maybe<Image>;
  description?: Maybe<Scalars['String']['output']>;
  disciplines: Array<DisciplineLabel>;
  /** Great-circle distance in km from a school or point to the venue (haversine); null without a venue position. */
  distanceKm?: Maybe<Scalars['Float']['output']>;
  durationMinutes?: Maybe<Scalars['Int']['output']>;
  /** The Strapi documentId. */
  id: Scalars['ID']['output'];
  /** Images of the offer; the first is the cover. */
  images: Array<Image>;
  /** Kerndoelen (national attainment targets) the offer works on, e.g. 54. */
  kerndoelen: Array<Scalars['String']['output']>;
  locationType: LocationType;
  locationTypeLabel: Scalars['String']['output'];
  maxPupilsPerSession?: Maybe<Scalars['Int']['output']>;
  /** Municipalities where the offer is available (for offers at school: where the partner travels to). */
  municipalities: Array<Municipality>;
  offerType: OfferType;
  offerTypeLabel: Scalars['String']['output'];
  partner?: Maybe<Partner>;
  /** The price per pupil, when the offer has one (0 when it is free). */
  pricePerPupil?: Maybe<Scalars['Float']['output']>;
  prices: Array<Price>;
  project?: Maybe<Project>;
  publishedAt: Scalars['String']['output'];
  /** Pupils reached this school year. */
  pupilsReached: Scalars['Int']['output'];
  /** Places left this school year; null when there is no limit. */
  remainingCapacity?: Maybe<Scalars['Int']['output']>;
  /** Schools that held the activity this school year. */
  schoolsReached: Scalars['Int']['output'];
  sectors: Array<SectorGrades>;
  /** Fixed dates (performances, guided visits), in date order; empty for offers by agreement. */
  sessions: Array<Session>;
  slug: Scalars['String']['output'];
  summary?: Maybe<Scalars['String']['output']>;
  /** CmK themes the offer works on, with their labels in the request's language. */
  themes: Array<ThemeLabel>;
  title: Scalars['String']['output'];
  /**
   * Where pupils go: the venue the editor entered or, for offers at the partner's venue, the
   * partner's address. Null for offers at school or online without a venue.
   */
  venue?: Maybe<Place>;
};


/** A cultural offer for schools (aanbod): content from the CMS joined with participation this school year. */
export type OfferDistanceKmArgs = {
  from: DistanceFrom;
};

/** A page of published offers with the facets of the whole filtered list. */
export type OfferConnection = {
  __typename?: 'OfferConnection';
  edges: Array<OfferEdge>;
  facets: OfferFacets;
  pageInfo: PageInfo;
  /** All offers that match the filter. */
  totalCount: Scalars['Int']['output'];
};

/** An offer in a list, with the cursor to continue after it. */
export type OfferEdge = {
  __typename?: 'OfferEdge';
  cursor: Scalars['String']['output'];
  /** Where the words of the text filter matched this offer, per field; empty without text. */
  highlights: Array<TextHighlight>;
  node: Offer;
};

/** Counts per value under the other filters: what a portal shows next to each filter option. */
export type OfferFacets = {
  __typename?: 'OfferFacets';
  disciplines: Array<FacetBucket>;
  /** Kerndoel codes, counted under every filter but kerndoelen. */
  kerndoelen: Array<FacetBucket>;
  locationTypes: Array<FacetBucket>;
  municipalities: Array<FacetBucket>;
  offerTypes: Array<FacetBucket>;
  /**
   * CmK regions (ids) the offer is available in through its municipalities, counted under every
   * filter but the place filters (municipalityCodes, regionId, provinceCode), like municipalities.
   */
  regions: Array<FacetBucket>;
  sectors: Array<FacetBucket>;
  /** Theme codes, counted under every filter but themes. */
  themes: Array<FacetBucket>;
};

/** Filters of the offer list: AND between fields, OR within a list. */
export type OfferFilter = {
  audience?: InputMaybe<Audience>;
  /**
   * With dateTo: offers with a session on a day in the range (both inclusive; either may be left
   * out); offers without sessions (by agreement) when their booking window (bookableFrom to
   * bookableUntil) overlaps it. Offers with neither sessions nor a booking window never match.
   */
  dateFrom?: InputMaybe<Scalars['Date']['input']>;
  /** See dateFrom. BAD_USER_INPUT when before dateFrom. */
  dateTo?: InputMaybe<Scalars['Date']['input']>;
  disciplines?: InputMaybe<Array<Discipline>>;
  /** Within the offer's grade range for the given sector(s), or any sector when none is given. */
  grade?: InputMaybe<Scalars['Int']['input']>;
  /** Only offers that can (true) or cannot (false) still be booked this school year. */
  hasCapacity?: InputMaybe<Scalars['Boolean']['input']>;
  kerndoelen?: InputMaybe<Array<Scalars['String']['input']>>;
  locationTypes?: InputMaybe<Array<LocationType>>;
  /** Offers whose price per pupil is at most this (free offers included; offers priced only per group or fixed excluded). */
  maxPricePerPupil?: InputMaybe<Scalars['Float']['input']>;
  /** Available in any of these municipalities (CBS codes, e.g. GM0392). */
  municipalityCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Offers within reach of a school or a point (see NearFilter). */
  near?: InputMaybe<NearFilter>;
  offerTypes?: InputMaybe<Array<OfferType>>;
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** Available in any municipality of this province (CBS code, e.g. PV27). */
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  /** Available in any municipality of this CmK region. */
  regionId?: InputMaybe<Scalars['ID']['input']>;
  sectors?: InputMaybe<Array<Sector>>;
  /**
   * Every word matches the title, summary, description, partner name, or a discipline or theme label:
   * case and accents ignored, Dutch (or English) word forms stemmed, a word of 3+ letters also as the
   * start of a longer one, one typo per 5 letters allowed from 5 letters on. At most 200 characters.
   */
  text?: InputMaybe<Scalars['String']['input']>;
  themes?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Orders of the offer list. */
export type OfferSort =
  /**
   * Nearest venue first, measured from filter.near (required with this sort); offers without a
   * venue position (online, at school) come last, by title.
   */
  | 'DISTANCE'
  /** Most booked this school year first. */
  | 'MOST_BOOKED'
  /** Most recently published first. */
  | 'NEWEST'
  /** Best match for the text filter first (the default when text is given); without text, as TITLE. */
  | 'RELEVANCE'
  /** Alphabetical by title. */
  | 'TITLE';

/** What kind of activity an offer is. */
export type OfferType =
  | 'LESSON_SERIES'
  | 'PERFORMANCE'
  | 'PROJECT'
  | 'TEACHER_TRAINING'
  | 'TEACHING_MATERIAL'
  | 'VISIT'
  | 'WORKSHOP';

/** Where a page of a list ends, for the next request's `after`. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last item of this page; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A school's participation in one CmK period, with its advisor. */
export type Participation = {
  __typename?: 'Participation';
  /** Who advises the school (an id of the penvoerder's staff). */
  advisorId: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  period: CmkPeriod;
  /** The CmK project the participation belongs to (a proeftuin, a network). */
  project?: Maybe<Project>;
  /** The CmK region the school takes part in. */
  region?: Maybe<Region>;
  registeredAt: Scalars['String']['output'];
  school: School;
  /** BRIN6 of the school. */
  schoolId: Scalars['ID']['output'];
  startedOn?: Maybe<Scalars['Date']['output']>;
  trajectory: Trajectory;
  /** The trajectory for people, in the request's language. */
  trajectoryLabel: Scalars['String']['output'];
  updatedAt: Scalars['String']['output'];
};

/** Registers (or updates) a school's participation in a period. */
export type ParticipationInput = {
  advisorId: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** Default: CMK4. */
  period?: InputMaybe<CmkPeriod>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  regionId?: InputMaybe<Scalars['ID']['input']>;
  /** BRIN6 of the school. */
  schoolId: Scalars['ID']['input'];
  startedOn?: InputMaybe<Scalars['Date']['input']>;
  trajectory: Trajectory;
};

/** A cultural partner (cultuurpartner): museum, theatre, music school, artist, library, heritage site... */
export type Partner = {
  __typename?: 'Partner';
  /** The partner's API keys, oldest first. Only for the partner itself and admin; null for everyone else. */
  apiKeys?: Maybe<Array<ApiKey>>;
  /**
   * Every change to a booking of this partner's offers, oldest first, each with the booking as it
   * was right after it. Store `pageInfo.endCursor` and pass it as `after` next time: nothing is
   * skipped or repeated, also when bookings change at the same moment. At most 100 per page. Only
   * for the partner itself and admin; null for everyone else.
   */
  bookingChanges?: Maybe<BookingChangeConnection>;
  /**
   * Bookings of this partner's offers in a school year (default: the current one), oldest request
   * first; at most 100 per page. Only for the partner itself and admin; null for everyone else.
   */
  bookings?: Maybe<BookingConnection>;
  /** The partner's contact person (personal data): advisors and admin only, null for everyone else. */
  contactPerson?: Maybe<ContactPerson>;
  description?: Maybe<Scalars['String']['output']>;
  /** The Strapi documentId. */
  id: Scalars['ID']['output'];
  /** The kind of institution, as the CMS names it. */
  kind?: Maybe<Scalars['String']['output']>;
  /** The partner's public address and position (its municipality's centre, approximate, when the CMS has no coordinates). */
  location?: Maybe<Place>;
  /** The partner's logo. */
  logo?: Maybe<Image>;
  municipality?: Maybe<Municipality>;
  name: Scalars['String']['output'];
  /** Published offers of this partner. */
  offers: OfferConnection;
  /** The partner's public e-mail address (an organisation's, not a person's). */
  publicEmail?: Maybe<Scalars['String']['output']>;
  publicPhone?: Maybe<Scalars['String']['output']>;
  slug?: Maybe<Scalars['String']['output']>;
  /** The partner's webhook endpoints, oldest first. Only for the partner itself and admin; null for everyone else. */
  webhookEndpoints?: Maybe<Array<WebhookEndpoint>>;
  website?: Maybe<Scalars['String']['output']>;
};


/** A cultural partner (cultuurpartner): museum, theatre, music school, artist, library, heritage site... */
export type PartnerBookingChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A cultural partner (cultuurpartner): museum, theatre, music school, artist, library, heritage site... */
export type PartnerBookingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  schoolYear?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<BookingStatus>;
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};


/** A cultural partner (cultuurpartner): museum, theatre, music school, artist, library, heritage site... */
export type PartnerOffersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of published partners, by name. */
export type PartnerConnection = {
  __typename?: 'PartnerConnection';
  edges: Array<PartnerEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A partner in a list, with the cursor to continue after it. */
export type PartnerEdge = {
  __typename?: 'PartnerEdge';
  cursor: Scalars['String']['output'];
  node: Partner;
};

/** Which partners to list: AND between fields, OR within a list. */
export type PartnerFilter = {
  municipalityCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  regionId?: InputMaybe<Scalars['ID']['input']>;
  /** Every word appears in the name (case and accents ignored). */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** A place on the map: its address and its WGS84 position. */
export type Place = {
  __typename?: 'Place';
  address?: Maybe<Address>;
  /** True when the position is the municipality's approximate centre, not the place's own. */
  approximate: Scalars['Boolean']['output'];
  /** WGS84 degrees; null when neither the place nor its municipality has a position. */
  latitude?: Maybe<Scalars['Float']['output']>;
  longitude?: Maybe<Scalars['Float']['output']>;
};

/** The advisor's preparation checklist before the talk (Voorbereiding voor de adviseur/cultuurpartner). */
export type PreparationStep =
  /** Asked for the school's annual plan for the coming school year. */
  | 'ANNUAL_PLAN_ASKED'
  /** The planning form, an overview of possible activities and trainings and the talking document brought along. */
  | 'MATERIALS_BROUGHT'
  /** A short preparation mail sent, asking for the annual plan and other policy documents. */
  | 'PREPARATION_MAIL_SENT'
  /** Earlier reports read (orientation, route or evaluation talks). */
  | 'PREVIOUS_REPORTS_READ'
  /** The preparatory questionnaire for schools sent along. */
  | 'QUESTIONNAIRE_SENT'
  /** Results of Evi or other self-evaluations of the school analysed. */
  | 'SELF_EVALUATION_ANALYSED';

/** A price of an offer. */
export type Price = {
  __typename?: 'Price';
  /** In euros. */
  amount: Scalars['Float']['output'];
  description?: Maybe<Scalars['String']['output']>;
  unit: PriceUnit;
  /** The unit for people: per leerling, per groep, vast bedrag. */
  unitLabel: Scalars['String']['output'];
};

/** How a price is counted. */
export type PriceUnit =
  | 'FIXED'
  | 'PER_GROUP'
  | 'PER_PUPIL';

/** A professional's role: on member profiles, and whom a knowledge item is useful for. */
export type ProfessionalRole =
  /** Adviseur: a cultural education advisor (member profiles; knowledge items' usefulFor uses the five above). */
  | 'ADVISOR'
  /** Kunstenaar: an artist working with schools (member profiles; knowledge items' usefulFor uses the five above). */
  | 'ARTIST'
  /** Vakdocent: an arts specialist teacher. */
  | 'ARTS_TEACHER'
  /** Ambtenaar: a municipality's civil servant. */
  | 'CIVIL_SERVANT'
  | 'CULTURAL_PARTNER'
  /** Directeur: a school's head. */
  | 'HEAD_TEACHER'
  /** ICC'er: a school's internal culture coordinator. */
  | 'ICC_COORDINATOR';

/** A CmK project: a proeftuin, a leergemeenschap, a network of ICC'ers, a school trajectory. */
export type Project = {
  __typename?: 'Project';
  endsOn?: Maybe<Scalars['Date']['output']>;
  /** The Strapi documentId. */
  id: Scalars['ID']['output'];
  /** The kind of project, as the CMS names it (proeftuin, leergemeenschap, ...). */
  kind?: Maybe<Scalars['String']['output']>;
  moderator?: Maybe<Scalars['String']['output']>;
  /** Published offers in this project. */
  offers: OfferConnection;
  outcomes?: Maybe<Scalars['String']['output']>;
  partners: Array<Partner>;
  /** The CmK period, e.g. CmK4. */
  period?: Maybe<Scalars['String']['output']>;
  regions: Array<Region>;
  slug?: Maybe<Scalars['String']['output']>;
  startsOn?: Maybe<Scalars['Date']['output']>;
  summary?: Maybe<Scalars['String']['output']>;
  theme?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};


/** A CmK project: a proeftuin, a leergemeenschap, a network of ICC'ers, a school trajectory. */
export type ProjectOffersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of published projects, by title. */
export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  edges: Array<ProjectEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A project in a list, with the cursor to continue after it. */
export type ProjectEdge = {
  __typename?: 'ProjectEdge';
  cursor: Scalars['String']['output'];
  node: Project;
};

/** Which projects to list: AND between fields. */
export type ProjectFilter = {
  kind?: InputMaybe<Scalars['String']['input']>;
  regionId?: InputMaybe<Scalars['ID']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
};

/** The result of proposeKnowledgeItem, approveProposal and rejectProposal. */
export type ProposalPayload = {
  __typename?: 'ProposalPayload';
  proposal: KnowledgeProposal;
};

/** Where a member's proposal for a knowledge item stands. */
export type ProposalStatus =
  | 'APPROVED'
  | 'PROPOSED'
  | 'REJECTED';

/**
 * A member proposes a knowledge item; a moderator approves (it is published in the CMS) or rejects
 * it. A retry with the same idempotencyKey returns the first proposal.
 */
export type ProposeKnowledgeItemInput = {
  /** Markdown, at most 20,000 characters. */
  body?: InputMaybe<Scalars['String']['input']>;
  communityId?: InputMaybe<Scalars['ID']['input']>;
  disciplines?: InputMaybe<Array<Discipline>>;
  idempotencyKey: Scalars['String']['input'];
  kind: KnowledgeKind;
  links?: InputMaybe<Array<KnowledgeLinkInput>>;
  sectors?: InputMaybe<Array<Sector>>;
  /** 1 to 1,000 characters. */
  summary: Scalars['String']['input'];
  themes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 5 to 200 characters. */
  title: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** One booking: its school, the partner of its offer, the region's advisor, admin. Others get NOT_FOUND. */
  booking?: Maybe<Booking>;
  knowledgeItem?: Maybe<KnowledgeItem>;
  /** Published knowledge items, newest first; at most 100 per page. */
  knowledgeItems: KnowledgeItemConnection;
  /** Published learning communities, by title; at most 100 per page. */
  learningCommunities: LearningCommunityConnection;
  learningCommunity?: Maybe<LearningCommunity>;
  /** The caller as the API sees it; null never happens, anonymous callers get role ANONYMOUS. */
  me?: Maybe<Viewer>;
  /**
   * Every member profile, findable or not, by name: admin only, for managing accounts (the local
   * stage's sign-in page lists them).
   */
  memberAccounts: Array<Member>;
  /** Findable members, by name; at most 100 per page. Signed-in members, moderators and admin only. */
  members: MemberConnection;
  /** Proposals, hidden questions and hidden answers; moderators and admin only. */
  moderationQueue?: Maybe<ModerationQueue>;
  /** Municipalities, by name; only those of one province when given (PV27). */
  municipalities: Array<Municipality>;
  /**
   * The factsheet of one municipality: reach, disciplines, the top offers, the Evi spread, blind
   * spots, the school year and the date it was made. Who may read the municipality's region report
   * may read it.
   */
  municipalityFactsheet?: Maybe<Factsheet>;
  /** The caller's own proposals, newest first. */
  myProposals: Array<KnowledgeProposal>;
  /** One published offer by its documentId. */
  offer?: Maybe<Offer>;
  /** Published offers; at most 100 per page. */
  offers: OfferConnection;
  partner?: Maybe<Partner>;
  /** Published partners, by name; at most 100 per page. */
  partners: PartnerConnection;
  project?: Maybe<Project>;
  /** Published projects, by title; at most 100 per page. */
  projects: ProjectConnection;
  question?: Maybe<Question>;
  /** Members' questions, newest first; at most 100 per page. Signed-in members only. */
  questions: QuestionConnection;
  /**
   * Reach of a region in a school year (default: the current one), or of one municipality of it.
   * Advisors: their own region (the default when regionId is omitted); admin: any region, or every
   * municipality when neither regionId nor municipalityCode is given.
   */
  regionReport?: Maybe<RegionReport>;
  regions: Array<Region>;
  /** One school by BRIN6: the school itself, the advisor of its region, admin. Others get NOT_FOUND. */
  school?: Maybe<School>;
  /** Schools the caller may see, by name; at most 100 per page. Schools, advisors and admin only. */
  schools: SchoolConnection;
};


export type QueryBookingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryKnowledgeItemArgs = {
  id: Scalars['ID']['input'];
};


export type QueryKnowledgeItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<KnowledgeItemFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLearningCommunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LearningCommunityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLearningCommunityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MemberFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMunicipalitiesArgs = {
  province?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMunicipalityFactsheetArgs = {
  municipalityCode: Scalars['String']['input'];
  schoolYear?: InputMaybe<Scalars['String']['input']>;
};


export type QueryOfferArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOffersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OfferFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<OfferSort>;
};


export type QueryPartnerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PartnerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryQuestionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryQuestionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<QuestionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRegionReportArgs = {
  municipalityCode?: InputMaybe<Scalars['String']['input']>;
  regionId?: InputMaybe<Scalars['ID']['input']>;
  schoolYear?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySchoolArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySchoolsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SchoolFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A member's question on the knowledge platform, with its answers. Written by members through the
 * API (it lives in DynamoDB, not in the CMS); readable by signed-in members only.
 */
export type Question = {
  __typename?: 'Question';
  acceptedAnswerId?: Maybe<Scalars['ID']['output']>;
  answerCount: Scalars['Int']['output'];
  /** Answers, oldest first; hidden ones only for moderators. */
  answers: Array<Answer>;
  askedAt: Scalars['String']['output'];
  /** The member id of who asked. */
  askerId: Scalars['ID']['output'];
  body: Scalars['String']['output'];
  /** The learning community it was asked in, if any. */
  community?: Maybe<LearningCommunity>;
  id: Scalars['ID']['output'];
  moderation: ModerationState;
  /** Theme codes. */
  themes: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

/** A page of questions, newest first. */
export type QuestionConnection = {
  __typename?: 'QuestionConnection';
  edges: Array<QuestionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A question in a list, with the cursor to continue after it. */
export type QuestionEdge = {
  __typename?: 'QuestionEdge';
  cursor: Scalars['String']['output'];
  node: Question;
};

/** Which questions to list: AND between fields. */
export type QuestionFilter = {
  /** true: only questions with an accepted answer; false: only those without. */
  answered?: InputMaybe<Scalars['Boolean']['input']>;
  communityId?: InputMaybe<Scalars['ID']['input']>;
  /** Words in the title or body, case- and accent-folded. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** The result of askQuestion and acceptAnswer. */
export type QuestionPayload = {
  __typename?: 'QuestionPayload';
  question: Question;
};

/** The report's totals over all its municipalities. */
export type ReachTotals = {
  __typename?: 'ReachTotals';
  activities: Scalars['Int']['output'];
  bookingsByStatus: Array<StatusCount>;
  pupilsEnrolled: Scalars['Int']['output'];
  pupilsReached: Scalars['Int']['output'];
  reachRate?: Maybe<Scalars['Float']['output']>;
  schools: Scalars['Int']['output'];
  schoolsTakingPart: Scalars['Int']['output'];
};

/** A CmK region of a penvoerder: a named set of municipalities. */
export type Region = {
  __typename?: 'Region';
  /** The coordinating organisation (penvoerder), e.g. Kunstgebouw. */
  coordinator?: Maybe<Scalars['String']['output']>;
  /** The Strapi documentId. */
  id: Scalars['ID']['output'];
  municipalities: Array<Municipality>;
  name: Scalars['String']['output'];
};

/**
 * Reach of CmK in a region (or one municipality) in a school year: the figures of the dashboards
 * ("Cultureel Zuid-Holland in kaart"). Aggregates only: no school is named.
 */
export type RegionReport = {
  __typename?: 'RegionReport';
  blindSpots: Array<BlindSpot>;
  disciplines: Array<DisciplineReach>;
  eviSpread: Array<EviSpread>;
  /** Activities held per sector and grade, from the held and evaluated bookings. */
  grades: Array<GradeReach>;
  municipalities: Array<MunicipalityReach>;
  /** The region reported on; null for a report of every municipality (admin). */
  region?: Maybe<Region>;
  schoolYear: Scalars['String']['output'];
  sectors: Array<SectorReach>;
  totals: ReachTotals;
};

/** A school asks for an offer. */
export type RequestBookingInput = {
  /** Dates that do not suit the school. */
  blockedDates?: InputMaybe<Array<Scalars['Date']['input']>>;
  groups: Array<BookingGroupInput>;
  /** A retry with the same key returns the first result instead of booking twice. */
  idempotencyKey: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  offerId: Scalars['ID']['input'];
  preferredDates?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** BRIN6 of the school that books (a school token: its own). */
  schoolId: Scalars['ID']['input'];
  /** 2025-2026; default: the current school year. */
  schoolYear?: InputMaybe<Scalars['String']['input']>;
  /**
   * One of the offer's sessions (Offer.sessions.id): its places are taken (one per group) in the same
   * write as the booking. SESSION_FULL when too few are left, SESSION_CLOSED past its booking deadline,
   * SESSION_NOT_FOUND when the offer has no such session.
   */
  sessionId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * A school location (vestiging) from DUO's open data, keyed by its BRIN6 code, joined with its CmK
 * participation. Its own data (participation, bookings, Evi results, ambition talks, pupil count) is
 * only for the school itself, the advisor of its region and admin; others read null there.
 */
export type School = {
  __typename?: 'School';
  /**
   * Ambition talks the advisor has saved as drafts, oldest first: only for the advisor of the
   * school's region and admin (the school itself reads null until a talk is final).
   */
  ambitionTalkDrafts?: Maybe<Array<AmbitionTalk>>;
  /** Final ambition talks with the school's advisor, oldest first. Null for callers outside the school's scope. */
  ambitionTalks?: Maybe<Array<AmbitionTalk>>;
  /**
   * The school's bookings of a school year (default: the current one), oldest request first.
   * Null for callers outside the school's scope.
   */
  bookings?: Maybe<Array<Booking>>;
  /** The school's calendar subscription, or null when it has none. Only the school itself and admin. */
  calendarFeed?: Maybe<CalendarFeed>;
  /** Denomination (richting) as DUO writes it, e.g. Rooms-Katholiek. */
  denomination?: Maybe<Scalars['String']['output']>;
  /** The school's Evi self-evaluations, oldest school year first. Null for callers outside the school's scope. */
  eviResults?: Maybe<Array<EviResult>>;
  /** BRIN6 location code (vestigingscode), e.g. 00AA00. */
  id: Scalars['ID']['output'];
  /** BRIN4 code of the institution (instellingscode) the location belongs to. */
  institutionCode: Scalars['String']['output'];
  /**
   * The school's address and position: DUO's coordinates when imported, or else its municipality's
   * centre (approximate). What near and distanceKm measure from.
   */
  location?: Maybe<Place>;
  /** The school's municipality, when the CMS knows it. */
  municipality?: Maybe<Municipality>;
  /** CBS code of the school's municipality, e.g. GM0392. */
  municipalityCode: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** The school's CmK participation per period. Null for callers outside the school's scope. */
  participations?: Maybe<Array<Participation>>;
  /** The place (plaatsnaam) as DUO writes it. */
  place: Scalars['String']['output'];
  /** Pupils enrolled (DUO), the denominator of reach. Null for callers outside the school's scope. */
  pupilCount?: Maybe<Scalars['Int']['output']>;
  /** The sector the school is counted under in reach figures (its main sector). */
  sector: Sector;
  /** The main sector for people, in the request's language. */
  sectorLabel: Scalars['String']['output'];
  /** Every sector the location teaches. */
  sectors: Array<Sector>;
  website?: Maybe<Scalars['String']['output']>;
};


/**
 * A school location (vestiging) from DUO's open data, keyed by its BRIN6 code, joined with its CmK
 * participation. Its own data (participation, bookings, Evi results, ambition talks, pupil count) is
 * only for the school itself, the advisor of its region and admin; others read null there.
 */
export type SchoolBookingsArgs = {
  allSchoolYears?: InputMaybe<Scalars['Boolean']['input']>;
  schoolYear?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<BookingStatus>;
};

/** A page of schools, by name. */
export type SchoolConnection = {
  __typename?: 'SchoolConnection';
  edges: Array<SchoolEdge>;
  pageInfo: PageInfo;
  /** All schools that match the filter and that the caller may see. */
  totalCount: Scalars['Int']['output'];
};

/** A school in a list. */
export type SchoolEdge = {
  __typename?: 'SchoolEdge';
  cursor: Scalars['String']['output'];
  node: School;
};

/**
 * Which schools to list: AND between fields, OR within a list. Without municipalities or region, an
 * advisor gets the schools of its region, a school itself, admin every school of the CMS's municipalities.
 */
export type SchoolFilter = {
  /** Schools in any of these municipalities (CBS codes, e.g. GM0392). */
  municipalityCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Schools in any municipality of this CmK region. */
  regionId?: InputMaybe<Scalars['ID']['input']>;
  /** Schools whose main sector is any of these. */
  sectors?: InputMaybe<Array<Sector>>;
  /** Every word appears in the name or place (case and accents ignored). */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** A school sector: primary BO, SBO, SO; secondary VSO, PRO, VMBO, HAVO, VWO; MBO. */
export type Sector =
  | 'BO'
  | 'HAVO'
  | 'MBO'
  | 'PRO'
  | 'SBO'
  | 'SO'
  | 'VMBO'
  | 'VSO'
  | 'VWO';

/** A sector with its label and the grades (groep or leerjaar) the offer fits in it. */
export type SectorGrades = {
  __typename?: 'SectorGrades';
  /** First grade: groep 1-8 in primary sectors, leerjaar 1-6 in secondary ones. */
  gradeFrom: Scalars['Int']['output'];
  /** Last grade, inclusive. */
  gradeTo: Scalars['Int']['output'];
  label: Scalars['String']['output'];
  sector: Sector;
};

/** Reach in one sector (by the schools' main sector). */
export type SectorReach = {
  __typename?: 'SectorReach';
  activities: Scalars['Int']['output'];
  bookingsByStatus: Array<StatusCount>;
  label: Scalars['String']['output'];
  pupilsEnrolled: Scalars['Int']['output'];
  pupilsReached: Scalars['Int']['output'];
  schools: Scalars['Int']['output'];
  schoolsTakingPart: Scalars['Int']['output'];
  sector: Sector;
};

/** A fixed date of an offer. A booking of it takes one place per group. */
export type Session = {
  __typename?: 'Session';
  /** The last day a school can ask for it; null: until the day itself. */
  bookingDeadline?: Maybe<Scalars['Date']['output']>;
  date: Scalars['Date']['output'];
  /** HH:MM, Dutch time. */
  endTime: Scalars['String']['output'];
  /** Date and start time, e.g. 2027-03-09T10:00: stable while the session exists; pass it as RequestBookingInput.sessionId. */
  id: Scalars['ID']['output'];
  /** Places (groups) of the session. */
  places: Scalars['Int']['output'];
  /** Places left: places minus the groups of requested, confirmed, held and evaluated bookings of it. */
  remaining: Scalars['Int']['output'];
  /** HH:MM, Dutch time. */
  startTime: Scalars['String']['output'];
};

/** Bookings with one status. */
export type StatusCount = {
  __typename?: 'StatusCount';
  count: Scalars['Int']['output'];
  /** The status for people, in the request's language. */
  label: Scalars['String']['output'];
  status: BookingStatus;
};

/** A searched field of an offer. */
export type TextField =
  | 'DESCRIPTION'
  /** The offer's discipline and theme labels, joined by " · ". */
  | 'LABELS'
  | 'PARTNER'
  | 'SUMMARY'
  | 'TITLE';

/** One field's text with the words that matched marked by their position. */
export type TextHighlight = {
  __typename?: 'TextHighlight';
  field: TextField;
  /** The matched words, in order. */
  ranges: Array<TextRange>;
  /** The field's whole text in the request's language. */
  text: Scalars['String']['output'];
};

/** A stretch of a text: UTF-16 offsets as JavaScript's String.prototype.slice takes them, end exclusive. */
export type TextRange = {
  __typename?: 'TextRange';
  end: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
};

/** A theme (code as used in OfferFilter.themes, e.g. CITIZENSHIP) with its label in the request's language. */
export type ThemeLabel = {
  __typename?: 'ThemeLabel';
  label: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

/** How a school takes part in CmK: an individual trajectory, a proeftuin or a network. */
export type Trajectory =
  | 'INDIVIDUAL_TRAJECTORY'
  | 'NETWORK'
  | 'PROEFTUIN';

/** Who is asking, as the API sees it. Anonymous callers see published content and aggregate figures only. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The caller's own member profile, when the role is MEMBER or MODERATOR (null when none exists yet). */
  member?: Maybe<Member>;
  /** The caller's partner (with its bookings), when the role is PARTNER. */
  partner?: Maybe<Partner>;
  /** The partner (documentId) this caller acts for, when the role is PARTNER. */
  partnerId?: Maybe<Scalars['ID']['output']>;
  /** The region the caller advises, when the role is ADVISOR. */
  region?: Maybe<Region>;
  /** The CmK region (documentId) this caller advises, when the role is ADVISOR. */
  regionId?: Maybe<Scalars['ID']['output']>;
  /** The role that decides what this caller may read and do. */
  role: ViewerRole;
  /** The caller's school with its own data, when the role is SCHOOL. */
  school?: Maybe<School>;
  /** The school (BRIN6) this caller acts for, when the role is SCHOOL. */
  schoolId?: Maybe<Scalars['ID']['output']>;
};

/** The roles a caller can have (docs/roles.md). */
export type ViewerRole =
  | 'ADMIN'
  | 'ADVISOR'
  | 'ANONYMOUS'
  /** A professional on the knowledge platform (ICC'er, vakdocent, cultuurpartner ...). */
  | 'MEMBER'
  /** A member who moderates: accepts answers, hides content. */
  | 'MODERATOR'
  | 'PARTNER'
  | 'SCHOOL';

/** One change sent to one endpoint. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** As in the payload's `type`: `booking.confirmed`. */
  eventType: Scalars['String']['output'];
  /** The `webhook-id` header: the same on every attempt and redelivery. */
  id: Scalars['ID']['output'];
  lastAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  lastError?: Maybe<Scalars['String']['output']>;
  /** The HTTP status of the last attempt; null when no answer came (timeout, refused connection, refused address). */
  lastResponseCode?: Maybe<Scalars['Int']['output']>;
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** The change's number in the partner's feed (`Partner.bookingChanges`). */
  sequence: Scalars['Int']['output'];
  status: WebhookDeliveryStatus;
};

/** Where a delivery stands. */
export type WebhookDeliveryStatus =
  | 'DELIVERED'
  /** Every attempt failed (about a day of retries), or the endpoint was disabled; `redeliverWebhook` sends it again. */
  | 'FAILED'
  /** Waiting for its next attempt (`nextAttemptAt`). */
  | 'PENDING';

/**
 * A partner's URL that receives its booking changes as signed Standard Webhooks deliveries
 * (`webhook-id`, `webhook-timestamp`, `webhook-signature`; event types `booking.requested`,
 * `booking.confirmed`, …). The secret is never listed: it is in the answer of registration and rotation only.
 */
export type WebhookEndpoint = {
  __typename?: 'WebhookEndpoint';
  createdAt: Scalars['DateTime']['output'];
  /** The delivery log, newest first; at most 100. */
  deliveries: Array<WebhookDelivery>;
  description?: Maybe<Scalars['String']['output']>;
  /** When it was disabled (by the partner, or by the platform after a day of failures); null while enabled. */
  disabledAt?: Maybe<Scalars['DateTime']['output']>;
  disabledReason?: Maybe<Scalars['String']['output']>;
  /** The changes it receives. */
  eventTypes: Array<BookingChangeType>;
  id: Scalars['ID']['output'];
  status: WebhookEndpointStatus;
  url: Scalars['String']['output'];
};


/**
 * A partner's URL that receives its booking changes as signed Standard Webhooks deliveries
 * (`webhook-id`, `webhook-timestamp`, `webhook-signature`; event types `booking.requested`,
 * `booking.confirmed`, …). The secret is never listed: it is in the answer of registration and rotation only.
 */
export type WebhookEndpointDeliveriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Whether an endpoint gets deliveries. */
export type WebhookEndpointStatus =
  /** By the partner, or by the platform after a day of nothing but failed attempts (see `disabledReason`). */
  | 'DISABLED'
  | 'ENABLED';

/** An endpoint with its signing secret (`whsec_…`), shown this once. Verify deliveries with it. */
export type WebhookSecretPayload = {
  __typename?: 'WebhookSecretPayload';
  endpoint: WebhookEndpoint;
  secret: Scalars['String']['output'];
};

export type BookingFieldsFragment = { __typename?: 'Booking', id: string, status: BookingStatus, statusLabel: string, allowedActions: Array<BookingAction>, schoolYear: string, offerId: string, schoolId: string, schoolName: string, municipalityCode: string, pupils: number, preferredDates: Array<string>, blockedDates: Array<string>, note?: string | null, requestedAt: string, updatedAt: string, declineReason?: string | null, offer?: { __typename?: 'Offer', id: string, title: string } | null, groups: Array<{ __typename?: 'BookingGroup', grade: number, pupils: number }>, session?: { __typename?: 'Session', id: string, date: string, startTime: string, endTime: string } | null, agreed?: { __typename?: 'AgreedDate', date: string, startTime?: string | null, endTime?: string | null, sessionId?: string | null } | null, activity?: { __typename?: 'ActivityHeld', heldOn: string, pupilsReached: number, groupsReached: number } | null };

export type ConfirmBookingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  agreedDate?: InputMaybe<Scalars['Date']['input']>;
  agreedStartTime?: InputMaybe<Scalars['String']['input']>;
  agreedEndTime?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConfirmBookingMutation = { __typename?: 'Mutation', confirmBooking: { __typename?: 'BookingPayload', booking: { __typename?: 'Booking', id: string, status: BookingStatus, statusLabel: string, allowedActions: Array<BookingAction>, schoolYear: string, offerId: string, schoolId: string, schoolName: string, municipalityCode: string, pupils: number, preferredDates: Array<string>, blockedDates: Array<string>, note?: string | null, requestedAt: string, updatedAt: string, declineReason?: string | null, offer?: { __typename?: 'Offer', id: string, title: string } | null, groups: Array<{ __typename?: 'BookingGroup', grade: number, pupils: number }>, session?: { __typename?: 'Session', id: string, date: string, startTime: string, endTime: string } | null, agreed?: { __typename?: 'AgreedDate', date: string, startTime?: string | null, endTime?: string | null, sessionId?: string | null } | null, activity?: { __typename?: 'ActivityHeld', heldOn: string, pupilsReached: number, groupsReached: number } | null } } };

export type DeclineBookingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type DeclineBookingMutation = { __typename?: 'Mutation', declineBooking: { __typename?: 'BookingPayload', booking: { __typename?: 'Booking', id: string, status: BookingStatus, statusLabel: string, allowedActions: Array<BookingAction>, schoolYear: string, offerId: string, schoolId: string, schoolName: string, municipalityCode: string, pupils: number, preferredDates: Array<string>, blockedDates: Array<string>, note?: string | null, requestedAt: string, updatedAt: string, declineReason?: string | null, offer?: { __typename?: 'Offer', id: string, title: string } | null, groups: Array<{ __typename?: 'BookingGroup', grade: number, pupils: number }>, session?: { __typename?: 'Session', id: string, date: string, startTime: string, endTime: string } | null, agreed?: { __typename?: 'AgreedDate', date: string, startTime?: string | null, endTime?: string | null, sessionId?: string | null } | null, activity?: { __typename?: 'ActivityHeld', heldOn: string, pupilsReached: number, groupsReached: number } | null } } };

export type MarkBookingHeldMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  pupilsReached: Scalars['Int']['input'];
  heldOn: Scalars['Date']['input'];
  groupsReached?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MarkBookingHeldMutation = { __typename?: 'Mutation', markBookingHeld: { __typename?: 'BookingPayload', booking: { __typename?: 'Booking', id: string, status: BookingStatus, statusLabel: string, allowedActions: Array<BookingAction>, schoolYear: string, offerId: string, schoolId: string, schoolName: string, municipalityCode: string, pupils: number, preferredDates: Array<string>, blockedDates: Array<string>, note?: string | null, requestedAt: string, updatedAt: string, declineReason?: string | null, offer?: { __typename?: 'Offer', id: string, title: string } | null, groups: Array<{ __typename?: 'BookingGroup', grade: number, pupils: number }>, session?: { __typename?: 'Session', id: string, date: string, startTime: string, endTime: string } | null, agreed?: { __typename?: 'AgreedDate', date: string, startTime?: string | null, endTime?: string | null, sessionId?: string | null } | null, activity?: { __typename?: 'ActivityHeld', heldOn: string, pupilsReached: number, groupsReached: number } | null } } };

export type CalendarFeedQueryVariables = Exact<{
  schoolId: Scalars['ID']['input'];
}>;


export type CalendarFeedQuery = { __typename?: 'Query', school?: { __typename?: 'School', id: string, calendarFeed?: { __typename?: 'CalendarFeed', createdAt: string } | null } | null };

export type CreateCalendarFeedMutationVariables = Exact<{
  schoolId: Scalars['ID']['input'];
}>;


export type CreateCalendarFeedMutation = { __typename?: 'Mutation', createCalendarFeed: { __typename?: 'NewCalendarFeed', url: string, token: string, createdAt: string } };

export type RevokeCalendarFeedMutationVariables = Exact<{
  schoolId: Scalars['ID']['input'];
}>;


export type RevokeCalendarFeedMutation = { __typename?: 'Mutation', revokeCalendarFeed: boolean };

export type BookingChangesQueryVariables = Exact<{
  partnerId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type BookingChangesQuery = { __typename?: 'Query', partner?: { __typename?: 'Partner', id: string, bookingChanges?: { __typename?: 'BookingChangeConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'BookingChangeEdge', cursor: string, node: { __typename?: 'BookingChange', sequence: number, type: BookingChangeType, at: string, booking: { __typename?: 'Booking', sandbox: boolean, id: string, status: BookingStatus, statusLabel: string, allowedActions: Array<BookingAction>, schoolYear: string, offerId: string, schoolId: string, schoolName: string, municipalityCode: string, pupils: number, preferredDates: Array<string>, blockedDates: Array<string>, note?: string | null, requestedAt: string, updatedAt: string, declineReason?: string | null, offer?: { __typename?: 'Offer', id: string, title: string } | null, groups: Array<{ __typename?: 'BookingGroup', grade: number, pupils: number }>, session?: { __typename?: 'Session', id: string, date: string, startTime: string, endTime: string } | null, agreed?: { __typename?: 'AgreedDate', date: string, startTime?: string | null, endTime?: string | null, sessionId?: string | null } | null, activity?: { __typename?: 'ActivityHeld', heldOn: string, pupilsReached: number, groupsReached: number } | null } } }> } | null } | null };

export type RegisterWebhookEndpointMutationVariables = Exact<{
  partnerId: Scalars['ID']['input'];
  url: Scalars['String']['input'];
  eventTypes: Array<BookingChangeType> | BookingChangeType;
  description?: InputMaybe<Scalars['String']['input']>;
}>;


export type RegisterWebhookEndpointMutation = { __typename?: 'Mutation', registerWebhookEndpoint: { __typename?: 'WebhookSecretPayload', secret: string, endpoint: { __typename?: 'WebhookEndpoint', id: string, url: string, description?: string | null, status: WebhookEndpointStatus, disabledReason?: string | null, disabledAt?: string | null, eventTypes: Array<BookingChangeType>, createdAt: string } } };

export type WebhookEndpointsQueryVariables = Exact<{
  partnerId: Scalars['ID']['input'];
  deliveries?: InputMaybe<Scalars['Int']['input']>;
}>;


export type WebhookEndpointsQuery = { __typename?: 'Query', partner?: { __typename?: 'Partner', id: string, webhookEndpoints?: Array<{ __typename?: 'WebhookEndpoint', id: string, url: string, description?: string | null, status: WebhookEndpointStatus, disabledReason?: string | null, disabledAt?: string | null, eventTypes: Array<BookingChangeType>, createdAt: string, deliveries: Array<{ __typename?: 'WebhookDelivery', id: string, sequence: number, eventType: string, status: WebhookDeliveryStatus, attempts: number, lastResponseCode?: number | null, lastError?: string | null, lastAttemptAt?: string | null, nextAttemptAt?: string | null, createdAt: string }> }> | null } | null };

export type SandboxRequestBookingMutationVariables = Exact<{
  offerId: Scalars['ID']['input'];
  groups: Array<BookingGroupInput> | BookingGroupInput;
  idempotencyKey: Scalars['String']['input'];
}>;


export type SandboxRequestBookingMutation = { __typename?: 'Mutation', sandboxRequestBooking: { __typename?: 'BookingPayload', booking: { __typename?: 'Booking', sandbox: boolean, id: string, status: BookingStatus, statusLabel: string, allowedActions: Array<BookingAction>, schoolYear: string, offerId: string, schoolId: string, schoolName: string, municipalityCode: string, pupils: number, preferredDates: Array<string>, blockedDates: Array<string>, note?: string | null, requestedAt: string, updatedAt: string, declineReason?: string | null, offer?: { __typename?: 'Offer', id: string, title: string } | null, groups: Array<{ __typename?: 'BookingGroup', grade: number, pupils: number }>, session?: { __typename?: 'Session', id: string, date: string, startTime: string, endTime: string } | null, agreed?: { __typename?: 'AgreedDate', date: string, startTime?: string | null, endTime?: string | null, sessionId?: string | null } | null, activity?: { __typename?: 'ActivityHeld', heldOn: string, pupilsReached: number, groupsReached: number } | null } } };

export type WebhookEndpointFieldsFragment = { __typename?: 'WebhookEndpoint', id: string, url: string, description?: string | null, status: WebhookEndpointStatus, disabledReason?: string | null, disabledAt?: string | null, eventTypes: Array<BookingChangeType>, createdAt: string };

export type WebhookDeliveryFieldsFragment = { __typename?: 'WebhookDelivery', id: string, sequence: number, eventType: string, status: WebhookDeliveryStatus, attempts: number, lastResponseCode?: number | null, lastError?: string | null, lastAttemptAt?: string | null, nextAttemptAt?: string | null, createdAt: string };

export type ApiKeyFieldsFragment = { __typename?: 'ApiKey', id: string, name?: string | null, createdAt: string, revokedAt?: string | null };

export type ApiKeysQueryVariables = Exact<{
  partnerId: Scalars['ID']['input'];
}>;


export type ApiKeysQuery = { __typename?: 'Query', partner?: { __typename?: 'Partner', id: string, apiKeys?: Array<{ __typename?: 'ApiKey', id: string, name?: string | null, createdAt: string, revokedAt?: string | null }> | null } | null };

export type CreateApiKeyMutationVariables = Exact<{
  partnerId: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
}>;


export type CreateApiKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'ApiKeySecretPayload', key: string, apiKey: { __typename?: 'ApiKey', id: string, name?: string | null, createdAt: string, revokedAt?: string | null } } };

export type RotateApiKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RotateApiKeyMutation = { __typename?: 'Mutation', rotateApiKey: { __typename?: 'ApiKeySecretPayload', key: string, apiKey: { __typename?: 'ApiKey', id: string, name?: string | null, createdAt: string, revokedAt?: string | null } } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeApiKeyMutation = { __typename?: 'Mutation', revokeApiKey: { __typename?: 'ApiKey', id: string, name?: string | null, createdAt: string, revokedAt?: string | null } };

export type RotateWebhookSecretMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RotateWebhookSecretMutation = { __typename?: 'Mutation', rotateWebhookSecret: { __typename?: 'WebhookSecretPayload', secret: string, endpoint: { __typename?: 'WebhookEndpoint', id: string, url: string, description?: string | null, status: WebhookEndpointStatus, disabledReason?: string | null, disabledAt?: string | null, eventTypes: Array<BookingChangeType>, createdAt: string } } };

export type EnableWebhookEndpointMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EnableWebhookEndpointMutation = { __typename?: 'Mutation', enableWebhookEndpoint: { __typename?: 'WebhookEndpoint', id: string, url: string, description?: string | null, status: WebhookEndpointStatus, disabledReason?: string | null, disabledAt?: string | null, eventTypes: Array<BookingChangeType>, createdAt: string } };

export type DisableWebhookEndpointMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DisableWebhookEndpointMutation = { __typename?: 'Mutation', disableWebhookEndpoint: { __typename?: 'WebhookEndpoint', id: string, url: string, description?: string | null, status: WebhookEndpointStatus, disabledReason?: string | null, disabledAt?: string | null, eventTypes: Array<BookingChangeType>, createdAt: string } };

export type RedeliverWebhookMutationVariables = Exact<{
  endpointId: Scalars['ID']['input'];
  sequence: Scalars['Int']['input'];
}>;


export type RedeliverWebhookMutation = { __typename?: 'Mutation', redeliverWebhook: { __typename?: 'WebhookDelivery', id: string, sequence: number, eventType: string, status: WebhookDeliveryStatus, attempts: number, lastResponseCode?: number | null, lastError?: string | null, lastAttemptAt?: string | null, nextAttemptAt?: string | null, createdAt: string } };

export type KnowledgeItemCardFragment = { __typename?: 'KnowledgeItem', id: string, title: string, kind: KnowledgeKind, kindLabel: string, summary: string, themes: Array<string>, publishedAt: string, community?: { __typename?: 'LearningCommunity', id: string, title: string } | null };

export type KnowledgeSearchQueryVariables = Exact<{
  filter?: InputMaybe<KnowledgeItemFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type KnowledgeSearchQuery = { __typename?: 'Query', knowledgeItems: { __typename?: 'KnowledgeItemConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'KnowledgeItemEdge', node: { __typename?: 'KnowledgeItem', id: string, title: string, kind: KnowledgeKind, kindLabel: string, summary: string, themes: Array<string>, publishedAt: string, community?: { __typename?: 'LearningCommunity', id: string, title: string } | null } }>, facets: { __typename?: 'KnowledgeItemFacets', kinds: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number }>, themes: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number }>, disciplines: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number }>, sectors: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number }>, usefulFor: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number }> } } };

export type KnowledgeItemPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KnowledgeItemPageQuery = { __typename?: 'Query', knowledgeItem?: { __typename?: 'KnowledgeItem', id: string, title: string, kind: KnowledgeKind, kindLabel: string, summary: string, body?: string | null, themes: Array<string>, disciplines: Array<Discipline>, sectors: Array<Sector>, usefulFor: Array<ProfessionalRole>, publishedAt: string, attachments: Array<{ __typename?: 'KnowledgeAttachment', name: string, url: string, mime?: string | null, sizeKb?: number | null }>, links: Array<{ __typename?: 'KnowledgeLink', label: string, url: string }>, region?: { __typename?: 'Region', id: string, name: string } | null, community?: { __typename?: 'LearningCommunity', id: string, title: string } | null, authors: Array<{ __typename?: 'KnowledgeAuthor', name: string, organisation?: string | null }> } | null };

export type KnowledgeLabelsQueryVariables = Exact<{ [key: string]: never; }>;


export type KnowledgeLabelsQuery = { __typename?: 'Query', knowledgeItems: { __typename?: 'KnowledgeItemConnection', facets: { __typename?: 'KnowledgeItemFacets', themes: Array<{ __typename?: 'FacetBucket', value: string, label: string }>, disciplines: Array<{ __typename?: 'FacetBucket', value: string, label: string }>, sectors: Array<{ __typename?: 'FacetBucket', value: string, label: string }>, usefulFor: Array<{ __typename?: 'FacetBucket', value: string, label: string }>, kinds: Array<{ __typename?: 'FacetBucket', value: string, label: string }> } } };

export type MemberCardFragment = { __typename?: 'Member', id: string, name: string, role: ProfessionalRole, roleLabel: string, organisation?: string | null, expertise: Array<string>, wantsToLearn: Array<string>, region?: { __typename?: 'Region', id: string, name: string } | null };

export type LearningCommunitiesQueryVariables = Exact<{
  filter?: InputMaybe<LearningCommunityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type LearningCommunitiesQuery = { __typename?: 'Query', learningCommunities: { __typename?: 'LearningCommunityConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'LearningCommunityEdge', node: { __typename?: 'LearningCommunity', id: string, title: string, question: string, summary?: string | null, status: CommunityStatus, statusLabel: string, memberCount: number, regions: Array<{ __typename?: 'Region', id: string, name: string }> } }> } };

export type LearningCommunityPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LearningCommunityPageQuery = { __typename?: 'Query', learningCommunity?: { __typename?: 'LearningCommunity', id: string, title: string, question: string, goal?: string | null, summary?: string | null, description?: string | null, status: CommunityStatus, statusLabel: string, moderators: Array<string>, themes: Array<string>, disciplines: Array<Discipline>, sectors: Array<Sector>, memberCount: number, regions: Array<{ __typename?: 'Region', id: string, name: string }>, meetings: Array<{ __typename?: 'CommunityMeeting', date: string, place?: string | null, online: boolean, report?: string | null }>, project?: { __typename?: 'Project', id: string, title: string } | null, members?: Array<{ __typename?: 'Member', id: string, name: string, role: ProfessionalRole, roleLabel: string, organisation?: string | null, expertise: Array<string>, wantsToLearn: Array<string>, region?: { __typename?: 'Region', id: string, name: string } | null }> | null, knowledgeItems: { __typename?: 'KnowledgeItemConnection', totalCount: number, edges: Array<{ __typename?: 'KnowledgeItemEdge', node: { __typename?: 'KnowledgeItem', id: string, title: string, kind: KnowledgeKind, kindLabel: string, summary: string, themes: Array<string>, publishedAt: string, community?: { __typename?: 'LearningCommunity', id: string, title: string } | null } }> } } | null };

export type JoinCommunityMutationVariables = Exact<{
  communityId: Scalars['ID']['input'];
}>;


export type JoinCommunityMutation = { __typename?: 'Mutation', joinCommunity: { __typename?: 'CommunityMembershipPayload', joined: boolean, community: { __typename?: 'LearningCommunity', id: string, memberCount: number } } };

export type LeaveCommunityMutationVariables = Exact<{
  communityId: Scalars['ID']['input'];
}>;


export type LeaveCommunityMutation = { __typename?: 'Mutation', leaveCommunity: { __typename?: 'CommunityMembershipPayload', joined: boolean, community: { __typename?: 'LearningCommunity', id: string, memberCount: number } } };

export type FindColleaguesQueryVariables = Exact<{
  filter?: InputMaybe<MemberFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type FindColleaguesQuery = { __typename?: 'Query', members: { __typename?: 'MemberConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'MemberEdge', node: { __typename?: 'Member', id: string, name: string, role: ProfessionalRole, roleLabel: string, organisation?: string | null, expertise: Array<string>, wantsToLearn: Array<string>, region?: { __typename?: 'Region', id: string, name: string } | null } }> } };

export type AnswerFieldsFragment = { __typename?: 'Answer', id: string, answererId: string, body: string, answeredAt: string, accepted: boolean, moderation: ModerationState };

export type QuestionFieldsFragment = { __typename?: 'Question', id: string, askerId: string, title: string, body: string, themes: Array<string>, askedAt: string, answerCount: number, acceptedAnswerId?: string | null, moderation: ModerationState, community?: { __typename?: 'LearningCommunity', id: string, title: string } | null };

export type QuestionsQueryVariables = Exact<{
  filter?: InputMaybe<QuestionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type QuestionsQuery = { __typename?: 'Query', questions: { __typename?: 'QuestionConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'QuestionEdge', node: { __typename?: 'Question', id: string, askerId: string, title: string, body: string, themes: Array<string>, askedAt: string, answerCount: number, acceptedAnswerId?: string | null, moderation: ModerationState, community?: { __typename?: 'LearningCommunity', id: string, title: string } | null } }> } };

export type QuestionPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type QuestionPageQuery = { __typename?: 'Query', question?: { __typename?: 'Question', id: string, askerId: string, title: string, body: string, themes: Array<string>, askedAt: string, answerCount: number, acceptedAnswerId?: string | null, moderation: ModerationState, answers: Array<{ __typename?: 'Answer', id: string, answererId: string, body: string, answeredAt: string, accepted: boolean, moderation: ModerationState }>, community?: { __typename?: 'LearningCommunity', id: string, title: string } | null } | null, members: { __typename?: 'MemberConnection', edges: Array<{ __typename?: 'MemberEdge', node: { __typename?: 'Member', id: string, name: string } }> } };

export type AskQuestionMutationVariables = Exact<{
  input: AskQuestionInput;
}>;


export type AskQuestionMutation = { __typename?: 'Mutation', askQuestion: { __typename?: 'QuestionPayload', question: { __typename?: 'Question', id: string, askerId: string, title: string, body: string, themes: Array<string>, askedAt: string, answerCount: number, acceptedAnswerId?: string | null, moderation: ModerationState, community?: { __typename?: 'LearningCommunity', id: string, title: string } | null } } };

export type AnswerQuestionMutationVariables = Exact<{
  input: AnswerQuestionInput;
}>;


export type AnswerQuestionMutation = { __typename?: 'Mutation', answerQuestion: { __typename?: 'AnswerPayload', answer: { __typename?: 'Answer', id: string, answererId: string, body: string, answeredAt: string, accepted: boolean, moderation: ModerationState }, question: { __typename?: 'Question', id: string, answerCount: number } } };

export type AcceptAnswerMutationVariables = Exact<{
  questionId: Scalars['ID']['input'];
  answerId: Scalars['ID']['input'];
}>;


export type AcceptAnswerMutation = { __typename?: 'Mutation', acceptAnswer: { __typename?: 'QuestionPayload', question: { __typename?: 'Question', id: string, acceptedAnswerId?: string | null, answers: Array<{ __typename?: 'Answer', id: string, answererId: string, body: string, answeredAt: string, accepted: boolean, moderation: ModerationState }> } } };

export type ProposalFieldsFragment = { __typename?: 'KnowledgeProposal', id: string, title: string, kind: KnowledgeKind, summary: string, body?: string | null, status: ProposalStatus, proposedAt: string, knowledgeItemId?: string | null, rejectionReason?: string | null, proposer?: { __typename?: 'Member', id: string, name: string } | null };

export type ModerationQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ModerationQueueQuery = { __typename?: 'Query', moderationQueue?: { __typename?: 'ModerationQueue', proposals: Array<{ __typename?: 'KnowledgeProposal', id: string, title: string, kind: KnowledgeKind, summary: string, body?: string | null, status: ProposalStatus, proposedAt: string, knowledgeItemId?: string | null, rejectionReason?: string | null, proposer?: { __typename?: 'Member', id: string, name: string } | null }>, hiddenQuestions: Array<{ __typename?: 'Question', id: string, title: string, body: string, askedAt: string }>, hiddenAnswers: Array<{ __typename?: 'Answer', id: string, body: string, answeredAt: string }> } | null };

export type ApproveProposalMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApproveProposalMutation = { __typename?: 'Mutation', approveProposal: { __typename?: 'ProposalPayload', proposal: { __typename?: 'KnowledgeProposal', id: string, title: string, kind: KnowledgeKind, summary: string, body?: string | null, status: ProposalStatus, proposedAt: string, knowledgeItemId?: string | null, rejectionReason?: string | null, proposer?: { __typename?: 'Member', id: string, name: string } | null } } };

export type RejectProposalMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type RejectProposalMutation = { __typename?: 'Mutation', rejectProposal: { __typename?: 'ProposalPayload', proposal: { __typename?: 'KnowledgeProposal', id: string, title: string, kind: KnowledgeKind, summary: string, body?: string | null, status: ProposalStatus, proposedAt: string, knowledgeItemId?: string | null, rejectionReason?: string | null, proposer?: { __typename?: 'Member', id: string, name: string } | null } } };

export type HideContentMutationVariables = Exact<{
  kind: ModeratedKind;
  id: Scalars['ID']['input'];
}>;


export type HideContentMutation = { __typename?: 'Mutation', hideContent: { __typename?: 'ModerationPayload', kind: ModeratedKind, id: string, moderation: ModerationState } };

export type ShowContentMutationVariables = Exact<{
  kind: ModeratedKind;
  id: Scalars['ID']['input'];
}>;


export type ShowContentMutation = { __typename?: 'Mutation', showContent: { __typename?: 'ModerationPayload', kind: ModeratedKind, id: string, moderation: ModerationState } };

export type MyProposalsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyProposalsQuery = { __typename?: 'Query', myProposals: Array<{ __typename?: 'KnowledgeProposal', id: string, title: string, kind: KnowledgeKind, summary: string, body?: string | null, status: ProposalStatus, proposedAt: string, knowledgeItemId?: string | null, rejectionReason?: string | null, proposer?: { __typename?: 'Member', id: string, name: string } | null }> };

export type ProposeKnowledgeItemMutationVariables = Exact<{
  input: ProposeKnowledgeItemInput;
}>;


export type ProposeKnowledgeItemMutation = { __typename?: 'Mutation', proposeKnowledgeItem: { __typename?: 'ProposalPayload', proposal: { __typename?: 'KnowledgeProposal', id: string, title: string, kind: KnowledgeKind, summary: string, body?: string | null, status: ProposalStatus, proposedAt: string, knowledgeItemId?: string | null, rejectionReason?: string | null, proposer?: { __typename?: 'Member', id: string, name: string } | null } } };

export type SetMemberFindableMutationVariables = Exact<{
  findable: Scalars['Boolean']['input'];
}>;


export type SetMemberFindableMutation = { __typename?: 'Mutation', setMemberFindable: { __typename?: 'Member', id: string, findable?: boolean | null } };

export type OffersQueryVariables = Exact<{
  filter?: InputMaybe<OfferFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<OfferSort>;
}>;


export type OffersQuery = { __typename?: 'Query', offers: { __typename?: 'OfferConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'OfferEdge', highlights: Array<{ __typename?: 'TextHighlight', field: TextField, text: string, ranges: Array<{ __typename?: 'TextRange', start: number, end: number }> }>, node: { __typename?: 'Offer', id: string, slug: string, title: string, summary?: string | null, offerType: OfferType, offerTypeLabel: string, locationType: LocationType, locationTypeLabel: string, pricePerPupil?: number | null, remainingCapacity?: number | null, disciplines: Array<{ __typename?: 'DisciplineLabel', value: Discipline, label: string }>, sectors: Array<{ __typename?: 'SectorGrades', sector: Sector, label: string, gradeFrom: number, gradeTo: number }>, partner?: { __typename?: 'Partner', id: string, name: string } | null, coverImage?: { __typename?: 'Image', url: string, width?: number | null, height?: number | null, alt: string, credit?: string | null, formats: { __typename?: 'ImageFormats', thumbnail?: { __typename?: 'ImageFormat', url: string, width?: number | null, height?: number | null } | null, small?: { __typename?: 'ImageFormat', url: string, width?: number | null, height?: number | null } | null, medium?: { __typename?: 'ImageFormat', url: string, width?: number | null, height?: number | null } | null } } | null } }>, facets: { __typename?: 'OfferFacets', disciplines: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number }>, sectors: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number }>, municipalities: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number }>, offerTypes: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number }>, locationTypes: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number }>, themes: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number }>, kerndoelen: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number }>, regions: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number }> } } };

export type OfferQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OfferQuery = { __typename?: 'Query', offer?: { __typename?: 'Offer', id: string, slug: string, title: string, summary?: string | null, description?: string | null, offerType: OfferType, offerTypeLabel: string, locationType: LocationType, locationTypeLabel: string, kerndoelen: Array<string>, audience: Audience, pricePerPupil?: number | null, durationMinutes?: number | null, bookableFrom?: string | null, bookableUntil?: string | null, capacity?: number | null, remainingCapacity?: number | null, bookingsCount: number, schoolsReached: number, pupilsReached: number, averageRating?: number | null, disciplines: Array<{ __typename?: 'DisciplineLabel', value: Discipline, label: string }>, sectors: Array<{ __typename?: 'SectorGrades', sector: Sector, label: string, gradeFrom: number, gradeTo: number }>, municipalities: Array<{ __typename?: 'Municipality', code: string, name: string }>, themes: Array<{ __typename?: 'ThemeLabel', value: string, label: string }>, prices: Array<{ __typename?: 'Price', amount: number, unit: PriceUnit, unitLabel: string, description?: string | null }>, sessions: Array<{ __typename?: 'Session', id: string, date: string, startTime: string, endTime: string, places: number, remaining: number, bookingDeadline?: string | null }>, partner?: { __typename?: 'Partner', id: string, name: string, logo?: { __typename?: 'Image', url: string, alt: string } | null } | null, images: Array<{ __typename?: 'Image', url: string, width?: number | null, height?: number | null, alt: string, credit?: string | null, formats: { __typename?: 'ImageFormats', thumbnail?: { __typename?: 'ImageFormat', url: string, width?: number | null, height?: number | null } | null, small?: { __typename?: 'ImageFormat', url: string, width?: number | null, height?: number | null } | null, medium?: { __typename?: 'ImageFormat', url: string, width?: number | null, height?: number | null } | null } }>, venue?: { __typename?: 'Place', latitude?: number | null, longitude?: number | null, approximate: boolean, address?: { __typename?: 'Address', street?: string | null, houseNumber?: string | null, postcode?: string | null, place?: string | null, municipality?: { __typename?: 'Municipality', code: string, name: string } | null } | null } | null } | null };

export type NearbyOffersQueryVariables = Exact<{
  filter: OfferFilter;
  from: DistanceFrom;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type NearbyOffersQuery = { __typename?: 'Query', offers: { __typename?: 'OfferConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'OfferEdge', node: { __typename?: 'Offer', id: string, title: string, summary?: string | null, locationType: LocationType, locationTypeLabel: string, distanceKm?: number | null, venue?: { __typename?: 'Place', approximate: boolean, address?: { __typename?: 'Address', place?: string | null } | null } | null, coverImage?: { __typename?: 'Image', url: string, alt: string, width?: number | null, height?: number | null, formats: { __typename?: 'ImageFormats', thumbnail?: { __typename?: 'ImageFormat', url: string, width?: number | null, height?: number | null } | null, small?: { __typename?: 'ImageFormat', url: string, width?: number | null, height?: number | null } | null } } | null, partner?: { __typename?: 'Partner', id: string, name: string } | null } }> } };

export type PartnerBookingsQueryVariables = Exact<{
  partnerId: Scalars['ID']['input'];
  schoolYear?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<BookingStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  offersFirst?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PartnerBookingsQuery = { __typename?: 'Query', partner?: { __typename?: 'Partner', id: string, name: string, offers: { __typename?: 'OfferConnection', totalCount: number, edges: Array<{ __typename?: 'OfferEdge', node: { __typename?: 'Offer', id: string, title: string, capacity?: number | null, remainingCapacity?: number | null, bookingsCount: number, pupilsReached: number } }> }, bookings?: { __typename?: 'BookingConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'BookingEdge', node: { __typename?: 'Booking', id: string, status: BookingStatus, statusLabel: string, allowedActions: Array<BookingAction>, schoolYear: string, offerId: string, schoolId: string, schoolName: string, municipalityCode: string, pupils: number, preferredDates: Array<string>, blockedDates: Array<string>, note?: string | null, requestedAt: string, updatedAt: string, declineReason?: string | null, offer?: { __typename?: 'Offer', id: string, title: string } | null, groups: Array<{ __typename?: 'BookingGroup', grade: number, pupils: number }>, session?: { __typename?: 'Session', id: string, date: string, startTime: string, endTime: string } | null, agreed?: { __typename?: 'AgreedDate', date: string, startTime?: string | null, endTime?: string | null, sessionId?: string | null } | null, activity?: { __typename?: 'ActivityHeld', heldOn: string, pupilsReached: number, groupsReached: number } | null } }> } | null } | null };

export type OfferPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OfferPageQuery = { __typename?: 'Query', offer?: { __typename?: 'Offer', id: string, title: string, summary?: string | null, description?: string | null, offerType: OfferType, offerTypeLabel: string, locationType: LocationType, locationTypeLabel: string, audience: Audience, kerndoelen: Array<string>, pricePerPupil?: number | null, durationMinutes?: number | null, maxPupilsPerSession?: number | null, bookableFrom?: string | null, bookableUntil?: string | null, capacity?: number | null, remainingCapacity?: number | null, schoolsReached: number, averageRating?: number | null, disciplines: Array<{ __typename?: 'DisciplineLabel', value: Discipline, label: string }>, sectors: Array<{ __typename?: 'SectorGrades', sector: Sector, label: string, gradeFrom: number, gradeTo: number }>, municipalities: Array<{ __typename?: 'Municipality', code: string, name: string }>, themes: Array<{ __typename?: 'ThemeLabel', value: string, label: string }>, prices: Array<{ __typename?: 'Price', amount: number, unit: PriceUnit, unitLabel: string, description?: string | null }>, sessions: Array<{ __typename?: 'Session', id: string, date: string, startTime: string, endTime: string, places: number, remaining: number, bookingDeadline?: string | null }>, partner?: { __typename?: 'Partner', id: string, name: string, website?: string | null, publicEmail?: string | null, publicPhone?: string | null, logo?: { __typename?: 'Image', url: string, alt: string } | null } | null, images: Array<{ __typename?: 'Image', url: string, width?: number | null, height?: number | null, alt: string, credit?: string | null, formats: { __typename?: 'ImageFormats', thumbnail?: { __typename?: 'ImageFormat', url: string, width?: number | null, height?: number | null } | null, small?: { __typename?: 'ImageFormat', url: string, width?: number | null, height?: number | null } | null, medium?: { __typename?: 'ImageFormat', url: string, width?: number | null, height?: number | null } | null } }>, venue?: { __typename?: 'Place', latitude?: number | null, longitude?: number | null, approximate: boolean, address?: { __typename?: 'Address', street?: string | null, houseNumber?: string | null, postcode?: string | null, place?: string | null, municipality?: { __typename?: 'Municipality', code: string, name: string } | null } | null } | null, project?: { __typename?: 'Project', id: string, title: string, summary?: string | null } | null } | null };

export type RegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionsQuery = { __typename?: 'Query', regions: Array<{ __typename?: 'Region', id: string, name: string }>, memberAccounts: Array<{ __typename?: 'Member', id: string, name: string, roleLabel: string, organisation?: string | null }> };

export type RequestBookingMutationVariables = Exact<{
  input: RequestBookingInput;
}>;


export type RequestBookingMutation = { __typename?: 'Mutation', requestBooking: { __typename?: 'BookingPayload', booking: { __typename?: 'Booking', id: string, status: BookingStatus, statusLabel: string, allowedActions: Array<BookingAction>, schoolYear: string, offerId: string, schoolId: string, schoolName: string, municipalityCode: string, pupils: number, preferredDates: Array<string>, blockedDates: Array<string>, note?: string | null, requestedAt: string, updatedAt: string, declineReason?: string | null, offer?: { __typename?: 'Offer', id: string, title: string } | null, groups: Array<{ __typename?: 'BookingGroup', grade: number, pupils: number }>, session?: { __typename?: 'Session', id: string, date: string, startTime: string, endTime: string } | null, agreed?: { __typename?: 'AgreedDate', date: string, startTime?: string | null, endTime?: string | null, sessionId?: string | null } | null, activity?: { __typename?: 'ActivityHeld', heldOn: string, pupilsReached: number, groupsReached: number } | null } } };

export type CancelBookingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: CancellationReason;
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type CancelBookingMutation = { __typename?: 'Mutation', cancelBooking: { __typename?: 'BookingPayload', booking: { __typename?: 'Booking', id: string, status: BookingStatus, statusLabel: string, allowedActions: Array<BookingAction>, schoolYear: string, offerId: string, schoolId: string, schoolName: string, municipalityCode: string, pupils: number, preferredDates: Array<string>, blockedDates: Array<string>, note?: string | null, requestedAt: string, updatedAt: string, declineReason?: string | null, offer?: { __typename?: 'Offer', id: string, title: string } | null, groups: Array<{ __typename?: 'BookingGroup', grade: number, pupils: number }>, session?: { __typename?: 'Session', id: string, date: string, startTime: string, endTime: string } | null, agreed?: { __typename?: 'AgreedDate', date: string, startTime?: string | null, endTime?: string | null, sessionId?: string | null } | null, activity?: { __typename?: 'ActivityHeld', heldOn: string, pupilsReached: number, groupsReached: number } | null } } };

export type EvaluateBookingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  rating: Scalars['Int']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
}>;


export type EvaluateBookingMutation = { __typename?: 'Mutation', evaluateBooking: { __typename?: 'BookingPayload', booking: { __typename?: 'Booking', id: string, status: BookingStatus, statusLabel: string, allowedActions: Array<BookingAction>, schoolYear: string, offerId: string, schoolId: string, schoolName: string, municipalityCode: string, pupils: number, preferredDates: Array<string>, blockedDates: Array<string>, note?: string | null, requestedAt: string, updatedAt: string, declineReason?: string | null, offer?: { __typename?: 'Offer', id: string, title: string } | null, groups: Array<{ __typename?: 'BookingGroup', grade: number, pupils: number }>, session?: { __typename?: 'Session', id: string, date: string, startTime: string, endTime: string } | null, agreed?: { __typename?: 'AgreedDate', date: string, startTime?: string | null, endTime?: string | null, sessionId?: string | null } | null, activity?: { __typename?: 'ActivityHeld', heldOn: string, pupilsReached: number, groupsReached: number } | null } } };

export type LocalAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type LocalAccountsQuery = { __typename?: 'Query', schools: { __typename?: 'SchoolConnection', edges: Array<{ __typename?: 'SchoolEdge', node: { __typename?: 'School', id: string, name: string, municipality?: { __typename?: 'Municipality', name: string } | null } }> }, partners: { __typename?: 'PartnerConnection', edges: Array<{ __typename?: 'PartnerEdge', node: { __typename?: 'Partner', id: string, name: string } }> }, regions: Array<{ __typename?: 'Region', id: string, name: string }>, memberAccounts: Array<{ __typename?: 'Member', id: string, name: string, roleLabel: string, organisation?: string | null }> };

export type PortalViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalViewerQuery = { __typename?: 'Query', me?: { __typename?: 'Viewer', role: ViewerRole, schoolId?: string | null, partnerId?: string | null, regionId?: string | null, member?: { __typename?: 'Member', id: string, name: string, findable?: boolean | null } | null } | null };

export type RegionDashboardQueryVariables = Exact<{
  regionId?: InputMaybe<Scalars['ID']['input']>;
  schoolYear?: InputMaybe<Scalars['String']['input']>;
}>;


export type RegionDashboardQuery = { __typename?: 'Query', regionReport?: { __typename?: 'RegionReport', schoolYear: string, region?: { __typename?: 'Region', id: string, name: string } | null, municipalities: Array<{ __typename?: 'MunicipalityReach', municipalityCode: string, name?: string | null, schools: number, schoolsTakingPart: number, pupilsEnrolled: number, pupilsReached: number, reachRate?: number | null, activities: number, municipality?: { __typename?: 'Municipality', code: string, latitude?: number | null, longitude?: number | null, boundary: Array<Array<Array<number>>> } | null, sectors: Array<{ __typename?: 'SectorReach', sector: Sector, label: string, schools: number, schoolsTakingPart: number, pupilsEnrolled: number, pupilsReached: number, activities: number }>, disciplines: Array<{ __typename?: 'DisciplineReach', discipline: Discipline, label: string, activities: number, pupilsReached: number }> }>, sectors: Array<{ __typename?: 'SectorReach', sector: Sector, label: string, schools: number, schoolsTakingPart: number, pupilsEnrolled: number, pupilsReached: number, activities: number }>, disciplines: Array<{ __typename?: 'DisciplineReach', discipline: Discipline, label: string, activities: number, pupilsReached: number, municipalitiesReached: number }>, totals: { __typename?: 'ReachTotals', schools: number, schoolsTakingPart: number, pupilsEnrolled: number, pupilsReached: number, reachRate?: number | null, activities: number, bookingsByStatus: Array<{ __typename?: 'StatusCount', status: BookingStatus, label: string, count: number }> }, grades: Array<{ __typename?: 'GradeReach', sector: Sector, grade: number, label: string, activities: number }>, eviSpread: Array<{ __typename?: 'EviSpread', pillar: EviPillar, label: string, scenarios: Array<number> }>, blindSpots: Array<{ __typename?: 'BlindSpot', municipalityCode: string, discipline: Discipline, disciplineLabel: string, sector: Sector, sectorLabel: string, suggestions: Array<{ __typename?: 'BlindSpotSuggestion', partnerId: string, partnerName: string, neighbourCodes: Array<string>, sectors: Array<Sector>, offerIds: Array<string> }> }> } | null };

export type RegionChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionChoicesQuery = { __typename?: 'Query', regions: Array<{ __typename?: 'Region', id: string, name: string }> };

export type MunicipalityFactsheetQueryVariables = Exact<{
  municipalityCode: Scalars['String']['input'];
  schoolYear?: InputMaybe<Scalars['String']['input']>;
}>;


export type MunicipalityFactsheetQuery = { __typename?: 'Query', municipalityFactsheet?: { __typename?: 'Factsheet', fileName: string, contentType: string, base64: string, generatedAt: string } | null };

export type AmbitionTalkFieldsFragment = { __typename?: 'AmbitionTalk', schoolId: string, date: string, status: AmbitionTalkStatus, schoolYear: string, place?: string | null, schoolType: AmbitionTalkSchoolType, participants: Array<string>, advisorId: string, remarks?: string | null, preparation: Array<PreparationStep>, recordedAt: string, goals: { __typename?: 'AmbitionGoals', selected: Array<CmkGoal>, notes?: string | null }, currentState: { __typename?: 'CurrentState', developments?: string | null, opportunities?: string | null, aspects: Array<{ __typename?: 'AspectState', aspect: CurrentStateAspect, label: string, strengths?: string | null, weaknesses?: string | null }> }, ambition2028: { __typename?: 'Ambition2028', content?: string | null, organisation?: string | null, supportAndProfile?: string | null }, agreements: { __typename?: 'Agreements', schoolYear: string, longerTerm?: string | null, items: Array<{ __typename?: 'Agreement', area: AgreementArea, agreement: string, owner?: string | null, due?: string | null, disciplines: Array<Discipline>, followUp: { __typename?: 'AgreementFollowUp', status: AgreementFollowUpStatus, bookings: Array<{ __typename?: 'Booking', id: string, statusLabel: string, offer?: { __typename?: 'Offer', id: string, title: string } | null }> } }> } };

export type EviResultFieldsFragment = { __typename?: 'EviResult', schoolYear: string, version: EviVersion, completedOn: string, satisfaction?: number | null, pillars: Array<{ __typename?: 'EviPillarScenario', pillar: EviPillar, label: string, scenario: number, previousScenario?: number | null, change?: number | null }> };

export type SchoolStoryQueryVariables = Exact<{
  schoolId: Scalars['ID']['input'];
}>;


export type SchoolStoryQuery = { __typename?: 'Query', school?: { __typename?: 'School', id: string, name: string, place: string, sector: Sector, sectorLabel: string, pupilCount?: number | null, municipality?: { __typename?: 'Municipality', name: string } | null, participations?: Array<{ __typename?: 'Participation', period: CmkPeriod, trajectory: Trajectory, trajectoryLabel: string, advisorId: string, startedOn?: string | null, region?: { __typename?: 'Region', name: string } | null, project?: { __typename?: 'Project', title: string } | null }> | null, bookings?: Array<{ __typename?: 'Booking', id: string, schoolYear: string, status: BookingStatus, statusLabel: string, pupils: number, requestedAt: string, offer?: { __typename?: 'Offer', id: string, title: string, disciplines: Array<{ __typename?: 'DisciplineLabel', value: Discipline, label: string }> } | null, history: Array<{ __typename?: 'BookingHistoryEntry', status: BookingStatus, at: string, by: string }>, activity?: { __typename?: 'ActivityHeld', heldOn: string, pupilsReached: number, groupsReached: number } | null }> | null, eviResults?: Array<{ __typename?: 'EviResult', schoolYear: string, version: EviVersion, completedOn: string, satisfaction?: number | null, pillars: Array<{ __typename?: 'EviPillarScenario', pillar: EviPillar, label: string, scenario: number, previousScenario?: number | null, change?: number | null }> }> | null, ambitionTalks?: Array<{ __typename?: 'AmbitionTalk', schoolId: string, date: string, status: AmbitionTalkStatus, schoolYear: string, place?: string | null, schoolType: AmbitionTalkSchoolType, participants: Array<string>, advisorId: string, remarks?: string | null, preparation: Array<PreparationStep>, recordedAt: string, goals: { __typename?: 'AmbitionGoals', selected: Array<CmkGoal>, notes?: string | null }, currentState: { __typename?: 'CurrentState', developments?: string | null, opportunities?: string | null, aspects: Array<{ __typename?: 'AspectState', aspect: CurrentStateAspect, label: string, strengths?: string | null, weaknesses?: string | null }> }, ambition2028: { __typename?: 'Ambition2028', content?: string | null, organisation?: string | null, supportAndProfile?: string | null }, agreements: { __typename?: 'Agreements', schoolYear: string, longerTerm?: string | null, items: Array<{ __typename?: 'Agreement', area: AgreementArea, agreement: string, owner?: string | null, due?: string | null, disciplines: Array<Discipline>, followUp: { __typename?: 'AgreementFollowUp', status: AgreementFollowUpStatus, bookings: Array<{ __typename?: 'Booking', id: string, statusLabel: string, offer?: { __typename?: 'Offer', id: string, title: string } | null }> } }> } }> | null, ambitionTalkDrafts?: Array<{ __typename?: 'AmbitionTalk', schoolId: string, date: string, status: AmbitionTalkStatus, schoolYear: string, place?: string | null, schoolType: AmbitionTalkSchoolType, participants: Array<string>, advisorId: string, remarks?: string | null, preparation: Array<PreparationStep>, recordedAt: string, goals: { __typename?: 'AmbitionGoals', selected: Array<CmkGoal>, notes?: string | null }, currentState: { __typename?: 'CurrentState', developments?: string | null, opportunities?: string | null, aspects: Array<{ __typename?: 'AspectState', aspect: CurrentStateAspect, label: string, strengths?: string | null, weaknesses?: string | null }> }, ambition2028: { __typename?: 'Ambition2028', content?: string | null, organisation?: string | null, supportAndProfile?: string | null }, agreements: { __typename?: 'Agreements', schoolYear: string, longerTerm?: string | null, items: Array<{ __typename?: 'Agreement', area: AgreementArea, agreement: string, owner?: string | null, due?: string | null, disciplines: Array<Discipline>, followUp: { __typename?: 'AgreementFollowUp', status: AgreementFollowUpStatus, bookings: Array<{ __typename?: 'Booking', id: string, statusLabel: string, offer?: { __typename?: 'Offer', id: string, title: string } | null }> } }> } }> | null } | null };

export type AdvisorSchoolsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
}>;


export type AdvisorSchoolsQuery = { __typename?: 'Query', schools: { __typename?: 'SchoolConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'SchoolEdge', node: { __typename?: 'School', id: string, name: string, place: string, sectorLabel: string } }> } };

export type RecordAmbitionTalkMutationVariables = Exact<{
  input: AmbitionTalkInput;
}>;


export type RecordAmbitionTalkMutation = { __typename?: 'Mutation', recordAmbitionTalk: { __typename?: 'AmbitionTalk', schoolId: string, date: string, status: AmbitionTalkStatus, schoolYear: string, place?: string | null, schoolType: AmbitionTalkSchoolType, participants: Array<string>, advisorId: string, remarks?: string | null, preparation: Array<PreparationStep>, recordedAt: string, goals: { __typename?: 'AmbitionGoals', selected: Array<CmkGoal>, notes?: string | null }, currentState: { __typename?: 'CurrentState', developments?: string | null, opportunities?: string | null, aspects: Array<{ __typename?: 'AspectState', aspect: CurrentStateAspect, label: string, strengths?: string | null, weaknesses?: string | null }> }, ambition2028: { __typename?: 'Ambition2028', content?: string | null, organisation?: string | null, supportAndProfile?: string | null }, agreements: { __typename?: 'Agreements', schoolYear: string, longerTerm?: string | null, items: Array<{ __typename?: 'Agreement', area: AgreementArea, agreement: string, owner?: string | null, due?: string | null, disciplines: Array<Discipline>, followUp: { __typename?: 'AgreementFollowUp', status: AgreementFollowUpStatus, bookings: Array<{ __typename?: 'Booking', id: string, statusLabel: string, offer?: { __typename?: 'Offer', id: string, title: string } | null }> } }> } } };

export type RecordEviResultMutationVariables = Exact<{
  input: EviResultInput;
}>;


export type RecordEviResultMutation = { __typename?: 'Mutation', recordEviResult: { __typename?: 'EviResult', schoolYear: string, version: EviVersion, completedOn: string, satisfaction?: number | null, pillars: Array<{ __typename?: 'EviPillarScenario', pillar: EviPillar, label: string, scenario: number, previousScenario?: number | null, change?: number | null }> } };

export type SchoolBookingsQueryVariables = Exact<{
  schoolId: Scalars['ID']['input'];
  schoolYear?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<BookingStatus>;
}>;


export type SchoolBookingsQuery = { __typename?: 'Query', school?: { __typename?: 'School', id: string, name: string, bookings?: Array<{ __typename?: 'Booking', id: string, status: BookingStatus, statusLabel: string, allowedActions: Array<BookingAction>, schoolYear: string, offerId: string, schoolId: string, schoolName: string, municipalityCode: string, pupils: number, preferredDates: Array<string>, blockedDates: Array<string>, note?: string | null, requestedAt: string, updatedAt: string, declineReason?: string | null, offer?: { __typename?: 'Offer', id: string, title: string } | null, groups: Array<{ __typename?: 'BookingGroup', grade: number, pupils: number }>, session?: { __typename?: 'Session', id: string, date: string, startTime: string, endTime: string } | null, agreed?: { __typename?: 'AgreedDate', date: string, startTime?: string | null, endTime?: string | null, sessionId?: string | null } | null, activity?: { __typename?: 'ActivityHeld', heldOn: string, pupilsReached: number, groupsReached: number } | null }> | null } | null };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me?: { __typename?: 'Viewer', role: ViewerRole, schoolId?: string | null, partnerId?: string | null, regionId?: string | null } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const BookingFieldsFragmentDoc = new TypedDocumentString(`
    fragment BookingFields on Booking {
  id
  status
  statusLabel
  allowedActions
  schoolYear
  offerId
  offer {
    id
    title
  }
  schoolId
  schoolName
  municipalityCode
  groups {
    grade
    pupils
  }
  pupils
  preferredDates
  blockedDates
  session {
    id
    date
    startTime
    endTime
  }
  agreed {
    date
    startTime
    endTime
    sessionId
  }
  note
  requestedAt
  updatedAt
  declineReason
  activity {
    heldOn
    pupilsReached
    groupsReached
  }
}
    `, {"fragmentName":"BookingFields"}) as unknown as TypedDocumentString<BookingFieldsFragment, unknown>;
export const WebhookEndpointFieldsFragmentDoc = new TypedDocumentString(`
    fragment WebhookEndpointFields on WebhookEndpoint {
  id
  url
  description
  status
  disabledReason
  disabledAt
  eventTypes
  createdAt
}
    `, {"fragmentName":"WebhookEndpointFields"}) as unknown as TypedDocumentString<WebhookEndpointFieldsFragment, unknown>;
export const WebhookDeliveryFieldsFragmentDoc = new TypedDocumentString(`
    fragment WebhookDeliveryFields on WebhookDelivery {
  id
  sequence
  eventType
  status
  attempts
  lastResponseCode
  lastError
  lastAttemptAt
  nextAttemptAt
  createdAt
}
    `, {"fragmentName":"WebhookDeliveryFields"}) as unknown as TypedDocumentString<WebhookDeliveryFieldsFragment, unknown>;
export const ApiKeyFieldsFragmentDoc = new TypedDocumentString(`
    fragment ApiKeyFields on ApiKey {
  id
  name
  createdAt
  revokedAt
}
    `, {"fragmentName":"ApiKeyFields"}) as unknown as TypedDocumentString<ApiKeyFieldsFragment, unknown>;
export const KnowledgeItemCardFragmentDoc = new TypedDocumentString(`
    fragment KnowledgeItemCard on KnowledgeItem {
  id
  title
  kind
  kindLabel
  summary
  themes
  publishedAt
  community {
    id
    title
  }
}
    `, {"fragmentName":"KnowledgeItemCard"}) as unknown as TypedDocumentString<KnowledgeItemCardFragment, unknown>;
export const MemberCardFragmentDoc = new TypedDocumentString(`
    fragment MemberCard on Member {
  id
  name
  role
  roleLabel
  organisation
  region {
    id
    name
  }
  expertise
  wantsToLearn
}
    `, {"fragmentName":"MemberCard"}) as unknown as TypedDocumentString<MemberCardFragment, unknown>;
export const AnswerFieldsFragmentDoc = new TypedDocumentString(`
    fragment AnswerFields on Answer {
  id
  answererId
  body
  answeredAt
  accepted
  moderation
}
    `, {"fragmentName":"AnswerFields"}) as unknown as TypedDocumentString<AnswerFieldsFragment, unknown>;
export const QuestionFieldsFragmentDoc = new TypedDocumentString(`
    fragment QuestionFields on Question {
  id
  askerId
  title
  body
  themes
  askedAt
  answerCount
  acceptedAnswerId
  moderation
  community {
    id
    title
  }
}
    `, {"fragmentName":"QuestionFields"}) as unknown as TypedDocumentString<QuestionFieldsFragment, unknown>;
export const ProposalFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProposalFields on KnowledgeProposal {
  id
  title
  kind
  summary
  body
  status
  proposedAt
  proposer {
    id
    name
  }
  knowledgeItemId
  rejectionReason
}
    `, {"fragmentName":"ProposalFields"}) as unknown as TypedDocumentString<ProposalFieldsFragment, unknown>;
export const AmbitionTalkFieldsFragmentDoc = new TypedDocumentString(`
    fragment AmbitionTalkFields on AmbitionTalk {
  schoolId
  date
  status
  schoolYear
  place
  schoolType
  participants
  advisorId
  remarks
  preparation
  goals {
    selected
    notes
  }
  currentState {
    developments
    opportunities
    aspects {
      aspect
      label
      strengths
      weaknesses
    }
  }
  ambition2028 {
    content
    organisation
    supportAndProfile
  }
  agreements {
    schoolYear
    longerTerm
    items {
      area
      agreement
      owner
      due
      disciplines
      followUp {
        status
        bookings {
          id
          offer {
            id
            title
          }
          statusLabel
        }
      }
    }
  }
  recordedAt
}
    `, {"fragmentName":"AmbitionTalkFields"}) as unknown as TypedDocumentString<AmbitionTalkFieldsFragment, unknown>;
export const EviResultFieldsFragmentDoc = new TypedDocumentString(`
    fragment EviResultFields on EviResult {
  schoolYear
  version
  completedOn
  satisfaction
  pillars {
    pillar
    label
    scenario
    previousScenario
    change
  }
}
    `, {"fragmentName":"EviResultFields"}) as unknown as TypedDocumentString<EviResultFieldsFragment, unknown>;
export const ConfirmBookingDocument = new TypedDocumentString(`
    mutation ConfirmBooking($id: ID!, $agreedDate: Date, $agreedStartTime: String, $agreedEndTime: String) {
  confirmBooking(
    id: $id
    agreedDate: $agreedDate
    agreedStartTime: $agreedStartTime
    agreedEndTime: $agreedEndTime
  ) {
    booking {
      ...BookingFields
    }
  }
}
    fragment BookingFields on Booking {
  id
  status
  statusLabel
  allowedActions
  schoolYear
  offerId
  offer {
    id
    title
  }
  schoolId
  schoolName
  municipalityCode
  groups {
    grade
    pupils
  }
  pupils
  preferredDates
  blockedDates
  session {
    id
    date
    startTime
    endTime
  }
  agreed {
    date
    startTime
    endTime
    sessionId
  }
  note
  requestedAt
  updatedAt
  declineReason
  activity {
    heldOn
    pupilsReached
    groupsReached
  }
}`, {"hash":"0e63aafa5b35f6262ec5d49c32330a4d3c406e06c545c513106413094520b3a3"}) as unknown as TypedDocumentString<ConfirmBookingMutation, ConfirmBookingMutationVariables>;
export const DeclineBookingDocument = new TypedDocumentString(`
    mutation DeclineBooking($id: ID!, $reason: String!) {
  declineBooking(id: $id, reason: $reason) {
    booking {
      ...BookingFields
    }
  }
}
    fragment BookingFields on Booking {
  id
  status
  statusLabel
  allowedActions
  schoolYear
  offerId
  offer {
    id
    title
  }
  schoolId
  schoolName
  municipalityCode
  groups {
    grade
    pupils
  }
  pupils
  preferredDates
  blockedDates
  session {
    id
    date
    startTime
    endTime
  }
  agreed {
    date
    startTime
    endTime
    sessionId
  }
  note
  requestedAt
  updatedAt
  declineReason
  activity {
    heldOn
    pupilsReached
    groupsReached
  }
}`, {"hash":"321974c912090e1043d52762f38ab7b85e75e3b1fbca942faf308bd0bae7c6fe"}) as unknown as TypedDocumentString<DeclineBookingMutation, DeclineBookingMutationVariables>;
export const MarkBookingHeldDocument = new TypedDocumentString(`
    mutation MarkBookingHeld($id: ID!, $pupilsReached: Int!, $heldOn: Date!, $groupsReached: Int) {
  markBookingHeld(
    id: $id
    pupilsReached: $pupilsReached
    heldOn: $heldOn
    groupsReached: $groupsReached
  ) {
    booking {
      ...BookingFields
    }
  }
}
    fragment BookingFields on Booking {
  id
  status
  statusLabel
  allowedActions
  schoolYear
  offerId
  offer {
    id
    title
  }
  schoolId
  schoolName
  municipalityCode
  groups {
    grade
    pupils
  }
  pupils
  preferredDates
  blockedDates
  session {
    id
    date
    startTime
    endTime
  }
  agreed {
    date
    startTime
    endTime
    sessionId
  }
  note
  requestedAt
  updatedAt
  declineReason
  activity {
    heldOn
    pupilsReached
    groupsReached
  }
}`, {"hash":"37c3f277f389bcb1ff9b0cc965c2fb61a76deb06892638ff7c86ba64fc958ac5"}) as unknown as TypedDocumentString<MarkBookingHeldMutation, MarkBookingHeldMutationVariables>;
export const CalendarFeedDocument = new TypedDocumentString(`
    query CalendarFeed($schoolId: ID!) {
  school(id: $schoolId) {
    id
    calendarFeed {
      createdAt
    }
  }
}
    `, {"hash":"3691770f166e1d17069c5428e62363adf5af5d6f0bf2ef9f548a99fbf1249333"}) as unknown as TypedDocumentString<CalendarFeedQuery, CalendarFeedQueryVariables>;
export const CreateCalendarFeedDocument = new TypedDocumentString(`
    mutation CreateCalendarFeed($schoolId: ID!) {
  createCalendarFeed(schoolId: $schoolId) {
    url
    token
    createdAt
  }
}
    `, {"hash":"d8aff0394d9bd51c6a8d98ced33799b960abcdacb7575732c155c5614c6db0ac"}) as unknown as TypedDocumentString<CreateCalendarFeedMutation, CreateCalendarFeedMutationVariables>;
export const RevokeCalendarFeedDocument = new TypedDocumentString(`
    mutation RevokeCalendarFeed($schoolId: ID!) {
  revokeCalendarFeed(schoolId: $schoolId)
}
    `, {"hash":"86465dabbeab23b70e60f88cac79f6ee795c7ca88d395f1fc846d72151dbd7c0"}) as unknown as TypedDocumentString<RevokeCalendarFeedMutation, RevokeCalendarFeedMutationVariables>;
export const BookingChangesDocument = new TypedDocumentString(`
    query BookingChanges($partnerId: ID!, $after: String, $first: Int = 50) {
  partner(id: $partnerId) {
    id
    bookingChanges(after: $after, first: $first) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          sequence
          type
          at
          booking {
            ...BookingFields
            sandbox
          }
        }
      }
    }
  }
}
    fragment BookingFields on Booking {
  id
  status
  statusLabel
  allowedActions
  schoolYear
  offerId
  offer {
    id
    title
  }
  schoolId
  schoolName
  municipalityCode
  groups {
    grade
    pupils
  }
  pupils
  preferredDates
  blockedDates
  session {
    id
    date
    startTime
    endTime
  }
  agreed {
    date
    startTime
    endTime
    sessionId
  }
  note
  requestedAt
  updatedAt
  declineReason
  activity {
    heldOn
    pupilsReached
    groupsReached
  }
}`, {"hash":"7a0717608ab87da1f27101c1436a3cbe3075c844f33a326b228ab7b56c9abbd9"}) as unknown as TypedDocumentString<BookingChangesQuery, BookingChangesQueryVariables>;
export const RegisterWebhookEndpointDocument = new TypedDocumentString(`
    mutation RegisterWebhookEndpoint($partnerId: ID!, $url: String!, $eventTypes: [BookingChangeType!]!, $description: String) {
  registerWebhookEndpoint(
    partnerId: $partnerId
    url: $url
    eventTypes: $eventTypes
    description: $description
  ) {
    secret
    endpoint {
      ...WebhookEndpointFields
    }
  }
}
    fragment WebhookEndpointFields on WebhookEndpoint {
  id
  url
  description
  status
  disabledReason
  disabledAt
  eventTypes
  createdAt
}`, {"hash":"9cf43fca2e0d470f37f9317505dab0f8c629d7b811b052a398d55ef803626d31"}) as unknown as TypedDocumentString<RegisterWebhookEndpointMutation, RegisterWebhookEndpointMutationVariables>;
export const WebhookEndpointsDocument = new TypedDocumentString(`
    query WebhookEndpoints($partnerId: ID!, $deliveries: Int = 20) {
  partner(id: $partnerId) {
    id
    webhookEndpoints {
      ...WebhookEndpointFields
      deliveries(first: $deliveries) {
        ...WebhookDeliveryFields
      }
    }
  }
}
    fragment WebhookEndpointFields on WebhookEndpoint {
  id
  url
  description
  status
  disabledReason
  disabledAt
  eventTypes
  createdAt
}
fragment WebhookDeliveryFields on WebhookDelivery {
  id
  sequence
  eventType
  status
  attempts
  lastResponseCode
  lastError
  lastAttemptAt
  nextAttemptAt
  createdAt
}`, {"hash":"d5527e80590d27942fe79ee5bb5a4f8740f430e77a0e656b1b913c2c26651462"}) as unknown as TypedDocumentString<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>;
export const SandboxRequestBookingDocument = new TypedDocumentString(`
    mutation SandboxRequestBooking($offerId: ID!, $groups: [BookingGroupInput!]!, $idempotencyKey: String!) {
  sandboxRequestBooking(
    offerId: $offerId
    groups: $groups
    idempotencyKey: $idempotencyKey
  ) {
    booking {
      ...BookingFields
      sandbox
    }
  }
}
    fragment BookingFields on Booking {
  id
  status
  statusLabel
  allowedActions
  schoolYear
  offerId
  offer {
    id
    title
  }
  schoolId
  schoolName
  municipalityCode
  groups {
    grade
    pupils
  }
  pupils
  preferredDates
  blockedDates
  session {
    id
    date
    startTime
    endTime
  }
  agreed {
    date
    startTime
    endTime
    sessionId
  }
  note
  requestedAt
  updatedAt
  declineReason
  activity {
    heldOn
    pupilsReached
    groupsReached
  }
}`, {"hash":"f8906a2c58ed07fd801d710a67ba9a87a1dc655ce37be755cdc1db021b3de1eb"}) as unknown as TypedDocumentString<SandboxRequestBookingMutation, SandboxRequestBookingMutationVariables>;
export const ApiKeysDocument = new TypedDocumentString(`
    query ApiKeys($partnerId: ID!) {
  partner(id: $partnerId) {
    id
    apiKeys {
      ...ApiKeyFields
    }
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  name
  createdAt
  revokedAt
}`, {"hash":"34c04f1b08c70cf9d682f6df8553ea1ec7bb9057f8160eaa627bfb0b9ad94b28"}) as unknown as TypedDocumentString<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = new TypedDocumentString(`
    mutation CreateApiKey($partnerId: ID!, $name: String) {
  createApiKey(partnerId: $partnerId, name: $name) {
    key
    apiKey {
      ...ApiKeyFields
    }
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  name
  createdAt
  revokedAt
}`, {"hash":"78a2f2542b26d85f970d3ae453685da7d7bd7e5a5bb95d444cd6c2a3ce2cc139"}) as unknown as TypedDocumentString<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RotateApiKeyDocument = new TypedDocumentString(`
    mutation RotateApiKey($id: ID!) {
  rotateApiKey(id: $id) {
    key
    apiKey {
      ...ApiKeyFields
    }
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  name
  createdAt
  revokedAt
}`, {"hash":"c1fbdf67994f09e5ec6506b99c5f47c1775875ed4dc754c15f997c765b53eb2d"}) as unknown as TypedDocumentString<RotateApiKeyMutation, RotateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = new TypedDocumentString(`
    mutation RevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    ...ApiKeyFields
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  name
  createdAt
  revokedAt
}`, {"hash":"24b48d4021cc0feee62cbfb82b632198850709b6d13a563a4dce727a29e379fb"}) as unknown as TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const RotateWebhookSecretDocument = new TypedDocumentString(`
    mutation RotateWebhookSecret($id: ID!) {
  rotateWebhookSecret(id: $id) {
    secret
    endpoint {
      ...WebhookEndpointFields
    }
  }
}
    fragment WebhookEndpointFields on WebhookEndpoint {
  id
  url
  description
  status
  disabledReason
  disabledAt
  eventTypes
  createdAt
}`, {"hash":"b6758db88b943fce86526e98337deff768f6d8a5e84c0f6ec193cc2ad6c72219"}) as unknown as TypedDocumentString<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export const EnableWebhookEndpointDocument = new TypedDocumentString(`
    mutation EnableWebhookEndpoint($id: ID!) {
  enableWebhookEndpoint(id: $id) {
    ...WebhookEndpointFields
  }
}
    fragment WebhookEndpointFields on WebhookEndpoint {
  id
  url
  description
  status
  disabledReason
  disabledAt
  eventTypes
  createdAt
}`, {"hash":"4bd217b32cf9ba14fa9bc372e32d3adb3674ec6c51c00324e8812815049e449c"}) as unknown as TypedDocumentString<EnableWebhookEndpointMutation, EnableWebhookEndpointMutationVariables>;
export const DisableWebhookEndpointDocument = new TypedDocumentString(`
    mutation DisableWebhookEndpoint($id: ID!) {
  disableWebhookEndpoint(id: $id) {
    ...WebhookEndpointFields
  }
}
    fragment WebhookEndpointFields on WebhookEndpoint {
  id
  url
  description
  status
  disabledReason
  disabledAt
  eventTypes
  createdAt
}`, {"hash":"42d38576529ff6bd86d254b6614ca0c5edda2ff4dbf878b113d36b128ccbdf66"}) as unknown as TypedDocumentString<DisableWebhookEndpointMutation, DisableWebhookEndpointMutationVariables>;
export const RedeliverWebhookDocument = new TypedDocumentString(`
    mutation RedeliverWebhook($endpointId: ID!, $sequence: Int!) {
  redeliverWebhook(endpointId: $endpointId, sequence: $sequence) {
    ...WebhookDeliveryFields
  }
}
    fragment WebhookDeliveryFields on WebhookDelivery {
  id
  sequence
  eventType
  status
  attempts
  lastResponseCode
  lastError
  lastAttemptAt
  nextAttemptAt
  createdAt
}`, {"hash":"200595d272ed7294a02f347ba2dd553139b6f067cec9fe31b1e9336c1e6eff2f"}) as unknown as TypedDocumentString<RedeliverWebhookMutation, RedeliverWebhookMutationVariables>;
export const KnowledgeSearchDocument = new TypedDocumentString(`
    query KnowledgeSearch($filter: KnowledgeItemFilter, $first: Int = 20, $after: String) {
  knowledgeItems(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...KnowledgeItemCard
      }
    }
    facets {
      kinds {
        value
        label
        count
      }
      themes {
        value
        label
        count
      }
      disciplines {
        value
        label
        count
      }
      sectors {
        value
        label
        count
      }
      usefulFor {
        value
        label
        count
      }
    }
  }
}
    fragment KnowledgeItemCard on KnowledgeItem {
  id
  title
  kind
  kindLabel
  summary
  themes
  publishedAt
  community {
    id
    title
  }
}`, {"hash":"1630eef699dd765395be8e1733320ab94faf0839fcc3dfcec836fea2e56d3c7d"}) as unknown as TypedDocumentString<KnowledgeSearchQuery, KnowledgeSearchQueryVariables>;
export const KnowledgeItemPageDocument = new TypedDocumentString(`
    query KnowledgeItemPage($id: ID!) {
  knowledgeItem(id: $id) {
    id
    title
    kind
    kindLabel
    summary
    body
    attachments {
      name
      url
      mime
      sizeKb
    }
    links {
      label
      url
    }
    themes
    disciplines
    sectors
    region {
      id
      name
    }
    community {
      id
      title
    }
    authors {
      name
      organisation
    }
    usefulFor
    publishedAt
  }
}
    `, {"hash":"b33d77329a855b0121f15fcd096a3b20cda92383f58d179942d8e549d95499a4"}) as unknown as TypedDocumentString<KnowledgeItemPageQuery, KnowledgeItemPageQueryVariables>;
export const KnowledgeLabelsDocument = new TypedDocumentString(`
    query KnowledgeLabels {
  knowledgeItems(first: 0) {
    facets {
      themes {
        value
        label
      }
      disciplines {
        value
        label
      }
      sectors {
        value
        label
      }
      usefulFor {
        value
        label
      }
      kinds {
        value
        label
      }
    }
  }
}
    `, {"hash":"a985b2a8d9053b03a2fa13286917f4cd5c402c7da058faf3166213f35a6054c5"}) as unknown as TypedDocumentString<KnowledgeLabelsQuery, KnowledgeLabelsQueryVariables>;
export const LearningCommunitiesDocument = new TypedDocumentString(`
    query LearningCommunities($filter: LearningCommunityFilter, $first: Int = 50, $after: String) {
  learningCommunities(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title
        question
        summary
        status
        statusLabel
        memberCount
        regions {
          id
          name
        }
      }
    }
  }
}
    `, {"hash":"e50e7ddf66035d3a20d3fcf0766ffaa429df61902eac1e09de1dbb1d2113a8b7"}) as unknown as TypedDocumentString<LearningCommunitiesQuery, LearningCommunitiesQueryVariables>;
export const LearningCommunityPageDocument = new TypedDocumentString(`
    query LearningCommunityPage($id: ID!) {
  learningCommunity(id: $id) {
    id
    title
    question
    goal
    summary
    description
    status
    statusLabel
    moderators
    regions {
      id
      name
    }
    themes
    disciplines
    sectors
    meetings {
      date
      place
      online
      report
    }
    project {
      id
      title
    }
    memberCount
    members {
      ...MemberCard
    }
    knowledgeItems(first: 50) {
      totalCount
      edges {
        node {
          ...KnowledgeItemCard
        }
      }
    }
  }
}
    fragment KnowledgeItemCard on KnowledgeItem {
  id
  title
  kind
  kindLabel
  summary
  themes
  publishedAt
  community {
    id
    title
  }
}
fragment MemberCard on Member {
  id
  name
  role
  roleLabel
  organisation
  region {
    id
    name
  }
  expertise
  wantsToLearn
}`, {"hash":"097f65cb209f9701a19d85612cfbd8f650e6a9a41a61915dafd0378e13f08ddd"}) as unknown as TypedDocumentString<LearningCommunityPageQuery, LearningCommunityPageQueryVariables>;
export const JoinCommunityDocument = new TypedDocumentString(`
    mutation JoinCommunity($communityId: ID!) {
  joinCommunity(communityId: $communityId) {
    joined
    community {
      id
      memberCount
    }
  }
}
    `, {"hash":"405aaf3fea695e51a995e27e697d89751cc25b4dc87aee53f27eb2823c8c3e6f"}) as unknown as TypedDocumentString<JoinCommunityMutation, JoinCommunityMutationVariables>;
export const LeaveCommunityDocument = new TypedDocumentString(`
    mutation LeaveCommunity($communityId: ID!) {
  leaveCommunity(communityId: $communityId) {
    joined
    community {
      id
      memberCount
    }
  }
}
    `, {"hash":"433e3e4f430360bbce861c4389ed682d9c9d1dfd22975a0b75d31b5182343d45"}) as unknown as TypedDocumentString<LeaveCommunityMutation, LeaveCommunityMutationVariables>;
export const FindColleaguesDocument = new TypedDocumentString(`
    query FindColleagues($filter: MemberFilter, $first: Int = 50, $after: String) {
  members(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...MemberCard
      }
    }
  }
}
    fragment MemberCard on Member {
  id
  name
  role
  roleLabel
  organisation
  region {
    id
    name
  }
  expertise
  wantsToLearn
}`, {"hash":"9f3781dfd6c80afc97e8eed46cf5df1cae5e3b6d5465ed9bb83a4c1f64d46c5a"}) as unknown as TypedDocumentString<FindColleaguesQuery, FindColleaguesQueryVariables>;
export const QuestionsDocument = new TypedDocumentString(`
    query Questions($filter: QuestionFilter, $first: Int = 50, $after: String) {
  questions(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...QuestionFields
      }
    }
  }
}
    fragment QuestionFields on Question {
  id
  askerId
  title
  body
  themes
  askedAt
  answerCount
  acceptedAnswerId
  moderation
  community {
    id
    title
  }
}`, {"hash":"44789a021ed5bad606dc2742c7865cbaa4d810cd342f408708be076b98ad51e4"}) as unknown as TypedDocumentString<QuestionsQuery, QuestionsQueryVariables>;
export const QuestionPageDocument = new TypedDocumentString(`
    query QuestionPage($id: ID!) {
  question(id: $id) {
    ...QuestionFields
    answers {
      ...AnswerFields
    }
  }
  members(first: 100) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    fragment AnswerFields on Answer {
  id
  answererId
  body
  answeredAt
  accepted
  moderation
}
fragment QuestionFields on Question {
  id
  askerId
  title
  body
  themes
  askedAt
  answerCount
  acceptedAnswerId
  moderation
  community {
    id
    title
  }
}`, {"hash":"a876436386040e4201f2b0ba6cbb6163e7d1473d41d712534f0771927ea9e9e0"}) as unknown as TypedDocumentString<QuestionPageQuery, QuestionPageQueryVariables>;
export const AskQuestionDocument = new TypedDocumentString(`
    mutation AskQuestion($input: AskQuestionInput!) {
  askQuestion(input: $input) {
    question {
      ...QuestionFields
    }
  }
}
    fragment QuestionFields on Question {
  id
  askerId
  title
  body
  themes
  askedAt
  answerCount
  acceptedAnswerId
  moderation
  community {
    id
    title
  }
}`, {"hash":"5ce5677c3d06715210f9856c7302c8a1d5da7dc01f314f2b07ad2f93ca317382"}) as unknown as TypedDocumentString<AskQuestionMutation, AskQuestionMutationVariables>;
export const AnswerQuestionDocument = new TypedDocumentString(`
    mutation AnswerQuestion($input: AnswerQuestionInput!) {
  answerQuestion(input: $input) {
    answer {
      ...AnswerFields
    }
    question {
      id
      answerCount
    }
  }
}
    fragment AnswerFields on Answer {
  id
  answererId
  body
  answeredAt
  accepted
  moderation
}`, {"hash":"5edeec9d3912ff00c65d65372dc738852035c15c2c23be1d224c354e6922d291"}) as unknown as TypedDocumentString<AnswerQuestionMutation, AnswerQuestionMutationVariables>;
export const AcceptAnswerDocument = new TypedDocumentString(`
    mutation AcceptAnswer($questionId: ID!, $answerId: ID!) {
  acceptAnswer(questionId: $questionId, answerId: $answerId) {
    question {
      id
      acceptedAnswerId
      answers {
        ...AnswerFields
      }
    }
  }
}
    fragment AnswerFields on Answer {
  id
  answererId
  body
  answeredAt
  accepted
  moderation
}`, {"hash":"ae830e60163408a86d94e66333bb18cccd3c8ad72a580e875b74bc431ade0161"}) as unknown as TypedDocumentString<AcceptAnswerMutation, AcceptAnswerMutationVariables>;
export const ModerationQueueDocument = new TypedDocumentString(`
    query ModerationQueue {
  moderationQueue {
    proposals {
      ...ProposalFields
    }
    hiddenQuestions {
      id
      title
      body
      askedAt
    }
    hiddenAnswers {
      id
      body
      answeredAt
    }
  }
}
    fragment ProposalFields on KnowledgeProposal {
  id
  title
  kind
  summary
  body
  status
  proposedAt
  proposer {
    id
    name
  }
  knowledgeItemId
  rejectionReason
}`, {"hash":"77785f89913f1ff40c13fc3bb5e1497be3d142320780ff1b23a4f8522752d794"}) as unknown as TypedDocumentString<ModerationQueueQuery, ModerationQueueQueryVariables>;
export const ApproveProposalDocument = new TypedDocumentString(`
    mutation ApproveProposal($id: ID!) {
  approveProposal(id: $id) {
    proposal {
      ...ProposalFields
    }
  }
}
    fragment ProposalFields on KnowledgeProposal {
  id
  title
  kind
  summary
  body
  status
  proposedAt
  proposer {
    id
    name
  }
  knowledgeItemId
  rejectionReason
}`, {"hash":"02541e952de9a5464109e6428584cf7503dbcd53446d871029b902ec8aefe376"}) as unknown as TypedDocumentString<ApproveProposalMutation, ApproveProposalMutationVariables>;
export const RejectProposalDocument = new TypedDocumentString(`
    mutation RejectProposal($id: ID!, $reason: String) {
  rejectProposal(id: $id, reason: $reason) {
    proposal {
      ...ProposalFields
    }
  }
}
    fragment ProposalFields on KnowledgeProposal {
  id
  title
  kind
  summary
  body
  status
  proposedAt
  proposer {
    id
    name
  }
  knowledgeItemId
  rejectionReason
}`, {"hash":"07e5ec20a69fbf7fc901fd2c03e34e0bb287a8de553921cd886dc56c3bea410e"}) as unknown as TypedDocumentString<RejectProposalMutation, RejectProposalMutationVariables>;
export const HideContentDocument = new TypedDocumentString(`
    mutation HideContent($kind: ModeratedKind!, $id: ID!) {
  hideContent(kind: $kind, id: $id) {
    kind
    id
    moderation
  }
}
    `, {"hash":"0994dd97fcb26588b96215165bd988577c11d9ce33b7cea05f15ff90e2e75e73"}) as unknown as TypedDocumentString<HideContentMutation, HideContentMutationVariables>;
export const ShowContentDocument = new TypedDocumentString(`
    mutation ShowContent($kind: ModeratedKind!, $id: ID!) {
  showContent(kind: $kind, id: $id) {
    kind
    id
    moderation
  }
}
    `, {"hash":"a60a09667f1c2b1a992becae6909de1dcae49f76e9699d85187427c3e6094e36"}) as unknown as TypedDocumentString<ShowContentMutation, ShowContentMutationVariables>;
export const MyProposalsDocument = new TypedDocumentString(`
    query MyProposals {
  myProposals {
    ...ProposalFields
  }
}
    fragment ProposalFields on KnowledgeProposal {
  id
  title
  kind
  summary
  body
  status
  proposedAt
  proposer {
    id
    name
  }
  knowledgeItemId
  rejectionReason
}`, {"hash":"5eca7b31151ccacd06e0cc03e81b6eab2fb3363d512781062076ab8c5fb5891d"}) as unknown as TypedDocumentString<MyProposalsQuery, MyProposalsQueryVariables>;
export const ProposeKnowledgeItemDocument = new TypedDocumentString(`
    mutation ProposeKnowledgeItem($input: ProposeKnowledgeItemInput!) {
  proposeKnowledgeItem(input: $input) {
    proposal {
      ...ProposalFields
    }
  }
}
    fragment ProposalFields on KnowledgeProposal {
  id
  title
  kind
  summary
  body
  status
  proposedAt
  proposer {
    id
    name
  }
  knowledgeItemId
  rejectionReason
}`, {"hash":"7fbc5460570731b83ddf906c98ea767b8e2dd6f47a464f497197cfc35bea8873"}) as unknown as TypedDocumentString<ProposeKnowledgeItemMutation, ProposeKnowledgeItemMutationVariables>;
export const SetMemberFindableDocument = new TypedDocumentString(`
    mutation SetMemberFindable($findable: Boolean!) {
  setMemberFindable(findable: $findable) {
    id
    findable
  }
}
    `, {"hash":"986accfdd7b510662175039a0077e0f480447af6f1a4dd18cf5e9150060c5713"}) as unknown as TypedDocumentString<SetMemberFindableMutation, SetMemberFindableMutationVariables>;
export const OffersDocument = new TypedDocumentString(`
    query Offers($filter: OfferFilter, $first: Int = 20, $after: String, $sort: OfferSort) {
  offers(filter: $filter, first: $first, after: $after, sort: $sort) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      highlights {
        field
        text
        ranges {
          start
          end
        }
      }
      node {
        id
        slug
        title
        summary
        disciplines {
          value
          label
        }
        sectors {
          sector
          label
          gradeFrom
          gradeTo
        }
        offerType
        offerTypeLabel
        locationType
        locationTypeLabel
        pricePerPupil
        remainingCapacity
        partner {
          id
          name
        }
        coverImage {
          url
          width
          height
          alt
          credit
          formats {
            thumbnail {
              url
              width
              height
            }
            small {
              url
              width
              height
            }
            medium {
              url
              width
              height
            }
          }
        }
      }
    }
    facets {
      disciplines {
        value
        label
        count
      }
      sectors {
        value
        label
        count
      }
      municipalities {
        value
        label
        count
      }
      offerTypes {
        value
        label
        count
      }
      locationTypes {
        value
        label
        count
      }
      themes {
        value
        label
        count
      }
      kerndoelen {
        value
        label
        count
      }
      regions {
        value
        label
        count
      }
    }
  }
}
    `, {"hash":"7b91fee901eb8ce1268b658bbf15fda12c5277e5280d38d09d9277a1c88cf8bf"}) as unknown as TypedDocumentString<OffersQuery, OffersQueryVariables>;
export const OfferDocument = new TypedDocumentString(`
    query Offer($id: ID!) {
  offer(id: $id) {
    id
    slug
    title
    summary
    description
    disciplines {
      value
      label
    }
    sectors {
      sector
      label
      gradeFrom
      gradeTo
    }
    offerType
    offerTypeLabel
    locationType
    locationTypeLabel
    municipalities {
      code
      name
    }
    themes {
      value
      label
    }
    kerndoelen
    audience
    prices {
      amount
      unit
      unitLabel
      description
    }
    pricePerPupil
    durationMinutes
    bookableFrom
    bookableUntil
    sessions {
      id
      date
      startTime
      endTime
      places
      remaining
      bookingDeadline
    }
    partner {
      id
      name
      logo {
        url
        alt
      }
    }
    images {
      url
      width
      height
      alt
      credit
      formats {
        thumbnail {
          url
          width
          height
        }
        small {
          url
          width
          height
        }
        medium {
          url
          width
          height
        }
      }
    }
    venue {
      address {
        street
        houseNumber
        postcode
        place
        municipality {
          code
          name
        }
      }
      latitude
      longitude
      approximate
    }
    capacity
    remainingCapacity
    bookingsCount
    schoolsReached
    pupilsReached
    averageRating
  }
}
    `, {"hash":"0e248c3f5fd6151199f015c7caf9614e487a4fa847646e3152e2e96c625930c5"}) as unknown as TypedDocumentString<OfferQuery, OfferQueryVariables>;
export const NearbyOffersDocument = new TypedDocumentString(`
    query NearbyOffers($filter: OfferFilter!, $from: DistanceFrom!, $first: Int = 20, $after: String) {
  offers(filter: $filter, first: $first, after: $after, sort: DISTANCE) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title
        summary
        locationType
        locationTypeLabel
        distanceKm(from: $from)
        venue {
          address {
            place
          }
          approximate
        }
        coverImage {
          url
          alt
          width
          height
          formats {
            thumbnail {
              url
              width
              height
            }
            small {
              url
              width
              height
            }
          }
        }
        partner {
          id
          name
        }
      }
    }
  }
}
    `, {"hash":"d920a9c637f26435b6c1e993c35d4c71fd9dbd3750365126f2c9873576cb6731"}) as unknown as TypedDocumentString<NearbyOffersQuery, NearbyOffersQueryVariables>;
export const PartnerBookingsDocument = new TypedDocumentString(`
    query PartnerBookings($partnerId: ID!, $schoolYear: String, $status: BookingStatus, $first: Int = 20, $after: String, $offersFirst: Int = 100) {
  partner(id: $partnerId) {
    id
    name
    offers(first: $offersFirst) {
      totalCount
      edges {
        node {
          id
          title
          capacity
          remainingCapacity
          bookingsCount
          pupilsReached
        }
      }
    }
    bookings(schoolYear: $schoolYear, status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...BookingFields
        }
      }
    }
  }
}
    fragment BookingFields on Booking {
  id
  status
  statusLabel
  allowedActions
  schoolYear
  offerId
  offer {
    id
    title
  }
  schoolId
  schoolName
  municipalityCode
  groups {
    grade
    pupils
  }
  pupils
  preferredDates
  blockedDates
  session {
    id
    date
    startTime
    endTime
  }
  agreed {
    date
    startTime
    endTime
    sessionId
  }
  note
  requestedAt
  updatedAt
  declineReason
  activity {
    heldOn
    pupilsReached
    groupsReached
  }
}`, {"hash":"0b747cd9927dfdcfb0d3f0eda87c1eb6f95d2d0a652c4788b138feafe245c65b"}) as unknown as TypedDocumentString<PartnerBookingsQuery, PartnerBookingsQueryVariables>;
export const OfferPageDocument = new TypedDocumentString(`
    query OfferPage($id: ID!) {
  offer(id: $id) {
    id
    title
    summary
    description
    disciplines {
      value
      label
    }
    sectors {
      sector
      label
      gradeFrom
      gradeTo
    }
    offerType
    offerTypeLabel
    locationType
    locationTypeLabel
    audience
    municipalities {
      code
      name
    }
    themes {
      value
      label
    }
    kerndoelen
    prices {
      amount
      unit
      unitLabel
      description
    }
    pricePerPupil
    durationMinutes
    maxPupilsPerSession
    bookableFrom
    bookableUntil
    sessions {
      id
      date
      startTime
      endTime
      places
      remaining
      bookingDeadline
    }
    partner {
      id
      name
      website
      publicEmail
      publicPhone
      logo {
        url
        alt
      }
    }
    images {
      url
      width
      height
      alt
      credit
      formats {
        thumbnail {
          url
          width
          height
        }
        small {
          url
          width
          height
        }
        medium {
          url
          width
          height
        }
      }
    }
    venue {
      address {
        street
        houseNumber
        postcode
        place
        municipality {
          code
          name
        }
      }
      latitude
      longitude
      approximate
    }
    project {
      id
      title
      summary
    }
    capacity
    remainingCapacity
    schoolsReached
    averageRating
  }
}
    `, {"hash":"e7ecb73cecf08d3890bbe985d4dfc4cbe5f217bac72394461383ddfbb707f7af"}) as unknown as TypedDocumentString<OfferPageQuery, OfferPageQueryVariables>;
export const RegionsDocument = new TypedDocumentString(`
    query Regions {
  regions {
    id
    name
  }
  memberAccounts {
    id
    name
    roleLabel
    organisation
  }
}
    `, {"hash":"307cba45a6916b1e5654471e153a7f3a72fc0a7f80279df9c709fd7fd0b1244d"}) as unknown as TypedDocumentString<RegionsQuery, RegionsQueryVariables>;
export const RequestBookingDocument = new TypedDocumentString(`
    mutation RequestBooking($input: RequestBookingInput!) {
  requestBooking(input: $input) {
    booking {
      ...BookingFields
    }
  }
}
    fragment BookingFields on Booking {
  id
  status
  statusLabel
  allowedActions
  schoolYear
  offerId
  offer {
    id
    title
  }
  schoolId
  schoolName
  municipalityCode
  groups {
    grade
    pupils
  }
  pupils
  preferredDates
  blockedDates
  session {
    id
    date
    startTime
    endTime
  }
  agreed {
    date
    startTime
    endTime
    sessionId
  }
  note
  requestedAt
  updatedAt
  declineReason
  activity {
    heldOn
    pupilsReached
    groupsReached
  }
}`, {"hash":"02d6c70ca2a35c9d0c3ed12c8a50d7048a7e629ac2d79a3f3b2c415a27247786"}) as unknown as TypedDocumentString<RequestBookingMutation, RequestBookingMutationVariables>;
export const CancelBookingDocument = new TypedDocumentString(`
    mutation CancelBooking($id: ID!, $reason: CancellationReason!, $note: String) {
  cancelBooking(id: $id, reason: $reason, note: $note) {
    booking {
      ...BookingFields
    }
  }
}
    fragment BookingFields on Booking {
  id
  status
  statusLabel
  allowedActions
  schoolYear
  offerId
  offer {
    id
    title
  }
  schoolId
  schoolName
  municipalityCode
  groups {
    grade
    pupils
  }
  pupils
  preferredDates
  blockedDates
  session {
    id
    date
    startTime
    endTime
  }
  agreed {
    date
    startTime
    endTime
    sessionId
  }
  note
  requestedAt
  updatedAt
  declineReason
  activity {
    heldOn
    pupilsReached
    groupsReached
  }
}`, {"hash":"547b15e7dd9a116432be643b34376885fcc4715c491bca2823c61649c68799f9"}) as unknown as TypedDocumentString<CancelBookingMutation, CancelBookingMutationVariables>;
export const EvaluateBookingDocument = new TypedDocumentString(`
    mutation EvaluateBooking($id: ID!, $rating: Int!, $comment: String) {
  evaluateBooking(id: $id, rating: $rating, comment: $comment) {
    booking {
      ...BookingFields
    }
  }
}
    fragment BookingFields on Booking {
  id
  status
  statusLabel
  allowedActions
  schoolYear
  offerId
  offer {
    id
    title
  }
  schoolId
  schoolName
  municipalityCode
  groups {
    grade
    pupils
  }
  pupils
  preferredDates
  blockedDates
  session {
    id
    date
    startTime
    endTime
  }
  agreed {
    date
    startTime
    endTime
    sessionId
  }
  note
  requestedAt
  updatedAt
  declineReason
  activity {
    heldOn
    pupilsReached
    groupsReached
  }
}`, {"hash":"497fc02b467f6f2fa5340675099348ac99aed62d92e29473eb9872ad3ad19997"}) as unknown as TypedDocumentString<EvaluateBookingMutation, EvaluateBookingMutationVariables>;
export const LocalAccountsDocument = new TypedDocumentString(`
    query LocalAccounts {
  schools(first: 100) {
    edges {
      node {
        id
        name
        municipality {
          name
        }
      }
    }
  }
  partners(first: 100) {
    edges {
      node {
        id
        name
      }
    }
  }
  regions {
    id
    name
  }
  memberAccounts {
    id
    name
    roleLabel
    organisation
  }
}
    `, {"hash":"015701d7c79ca7fd11e87b8353bc6ff6a3e93db1f661dbf30469a213ab262a3c"}) as unknown as TypedDocumentString<LocalAccountsQuery, LocalAccountsQueryVariables>;
export const PortalViewerDocument = new TypedDocumentString(`
    query PortalViewer {
  me {
    role
    schoolId
    partnerId
    regionId
    member {
      id
      name
      findable
    }
  }
}
    `, {"hash":"2d7d4f1bf2ba835546b1b73aeccd498e176e017f6f22ab7c3ba5e8ac3eb456d1"}) as unknown as TypedDocumentString<PortalViewerQuery, PortalViewerQueryVariables>;
export const RegionDashboardDocument = new TypedDocumentString(`
    query RegionDashboard($regionId: ID, $schoolYear: String) {
  regionReport(regionId: $regionId, schoolYear: $schoolYear) {
    schoolYear
    region {
      id
      name
    }
    municipalities {
      municipalityCode
      name
      municipality {
        code
        latitude
        longitude
        boundary
      }
      schools
      schoolsTakingPart
      pupilsEnrolled
      pupilsReached
      reachRate
      activities
      sectors {
        sector
        label
        schools
        schoolsTakingPart
        pupilsEnrolled
        pupilsReached
        activities
      }
      disciplines {
        discipline
        label
        activities
        pupilsReached
      }
    }
    sectors {
      sector
      label
      schools
      schoolsTakingPart
      pupilsEnrolled
      pupilsReached
      activities
    }
    disciplines {
      discipline
      label
      activities
      pupilsReached
      municipalitiesReached
    }
    totals {
      schools
      schoolsTakingPart
      pupilsEnrolled
      pupilsReached
      reachRate
      activities
      bookingsByStatus {
        status
        label
        count
      }
    }
    grades {
      sector
      grade
      label
      activities
    }
    eviSpread {
      pillar
      label
      scenarios
    }
    blindSpots {
      municipalityCode
      discipline
      disciplineLabel
      sector
      sectorLabel
      suggestions {
        partnerId
        partnerName
        neighbourCodes
        sectors
        offerIds
      }
    }
  }
}
    `, {"hash":"0144082e78ce900774c7d38c37c310899266c4078438b67fb48310335f80d73a"}) as unknown as TypedDocumentString<RegionDashboardQuery, RegionDashboardQueryVariables>;
export const RegionChoicesDocument = new TypedDocumentString(`
    query RegionChoices {
  regions {
    id
    name
  }
}
    `, {"hash":"8fc225d114d93e9b00e4f626ced0c64c009ed3a4f91127c7b94e14145b389a09"}) as unknown as TypedDocumentString<RegionChoicesQuery, RegionChoicesQueryVariables>;
export const MunicipalityFactsheetDocument = new TypedDocumentString(`
    query MunicipalityFactsheet($municipalityCode: String!, $schoolYear: String) {
  municipalityFactsheet(
    municipalityCode: $municipalityCode
    schoolYear: $schoolYear
  ) {
    fileName
    contentType
    base64
    generatedAt
  }
}
    `, {"hash":"abd7c49786024ce495488abdffb39cb9d4e0b3149cb233d7cfb063cad5ba80b3"}) as unknown as TypedDocumentString<MunicipalityFactsheetQuery, MunicipalityFactsheetQueryVariables>;
export const SchoolStoryDocument = new TypedDocumentString(`
    query SchoolStory($schoolId: ID!) {
  school(id: $schoolId) {
    id
    name
    place
    sector
    sectorLabel
    municipality {
      name
    }
    pupilCount
    participations {
      period
      trajectory
      trajectoryLabel
      advisorId
      startedOn
      region {
        name
      }
      project {
        title
      }
    }
    bookings(allSchoolYears: true) {
      id
      schoolYear
      status
      statusLabel
      offer {
        id
        title
        disciplines {
          value
          label
        }
      }
      pupils
      requestedAt
      history {
        status
        at
        by
      }
      activity {
        heldOn
        pupilsReached
        groupsReached
      }
    }
    eviResults {
      ...EviResultFields
    }
    ambitionTalks {
      ...AmbitionTalkFields
    }
    ambitionTalkDrafts {
      ...AmbitionTalkFields
    }
  }
}
    fragment AmbitionTalkFields on AmbitionTalk {
  schoolId
  date
  status
  schoolYear
  place
  schoolType
  participants
  advisorId
  remarks
  preparation
  goals {
    selected
    notes
  }
  currentState {
    developments
    opportunities
    aspects {
      aspect
      label
      strengths
      weaknesses
    }
  }
  ambition2028 {
    content
    organisation
    supportAndProfile
  }
  agreements {
    schoolYear
    longerTerm
    items {
      area
      agreement
      owner
      due
      disciplines
      followUp {
        status
        bookings {
          id
          offer {
            id
            title
          }
          statusLabel
        }
      }
    }
  }
  recordedAt
}
fragment EviResultFields on EviResult {
  schoolYear
  version
  completedOn
  satisfaction
  pillars {
    pillar
    label
    scenario
    previousScenario
    change
  }
}`, {"hash":"24777fd80f75faddf9968ffd4fdd58a9dc6e7162417aad45de3f4efa0c76c58e"}) as unknown as TypedDocumentString<SchoolStoryQuery, SchoolStoryQueryVariables>;
export const AdvisorSchoolsDocument = new TypedDocumentString(`
    query AdvisorSchools($first: Int, $after: String, $text: String) {
  schools(first: $first, after: $after, filter: {text: $text}) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        place
        sectorLabel
      }
    }
  }
}
    `, {"hash":"dc30d664bb09fee242af58a74b8789b0c0e08ac6f7297a8a238fc4c332fe0afb"}) as unknown as TypedDocumentString<AdvisorSchoolsQuery, AdvisorSchoolsQueryVariables>;
export const RecordAmbitionTalkDocument = new TypedDocumentString(`
    mutation RecordAmbitionTalk($input: AmbitionTalkInput!) {
  recordAmbitionTalk(input: $input) {
    ...AmbitionTalkFields
  }
}
    fragment AmbitionTalkFields on AmbitionTalk {
  schoolId
  date
  status
  schoolYear
  place
  schoolType
  participants
  advisorId
  remarks
  preparation
  goals {
    selected
    notes
  }
  currentState {
    developments
    opportunities
    aspects {
      aspect
      label
      strengths
      weaknesses
    }
  }
  ambition2028 {
    content
    organisation
    supportAndProfile
  }
  agreements {
    schoolYear
    longerTerm
    items {
      area
      agreement
      owner
      due
      disciplines
      followUp {
        status
        bookings {
          id
          offer {
            id
            title
          }
          statusLabel
        }
      }
    }
  }
  recordedAt
}`, {"hash":"cc29cc3b1cf6e0544f1b4ee8441cf793be84eed81fa5bb7b338d357be3d9d2e9"}) as unknown as TypedDocumentString<RecordAmbitionTalkMutation, RecordAmbitionTalkMutationVariables>;
export const RecordEviResultDocument = new TypedDocumentString(`
    mutation RecordEviResult($input: EviResultInput!) {
  recordEviResult(input: $input) {
    ...EviResultFields
  }
}
    fragment EviResultFields on EviResult {
  schoolYear
  version
  completedOn
  satisfaction
  pillars {
    pillar
    label
    scenario
    previousScenario
    change
  }
}`, {"hash":"62d9d424dafda31341c4037bb7bbf462f20ef5c3baa0515c3b42f192f65ab3ba"}) as unknown as TypedDocumentString<RecordEviResultMutation, RecordEviResultMutationVariables>;
export const SchoolBookingsDocument = new TypedDocumentString(`
    query SchoolBookings($schoolId: ID!, $schoolYear: String, $status: BookingStatus) {
  school(id: $schoolId) {
    id
    name
    bookings(schoolYear: $schoolYear, status: $status) {
      ...BookingFields
    }
  }
}
    fragment BookingFields on Booking {
  id
  status
  statusLabel
  allowedActions
  schoolYear
  offerId
  offer {
    id
    title
  }
  schoolId
  schoolName
  municipalityCode
  groups {
    grade
    pupils
  }
  pupils
  preferredDates
  blockedDates
  session {
    id
    date
    startTime
    endTime
  }
  agreed {
    date
    startTime
    endTime
    sessionId
  }
  note
  requestedAt
  updatedAt
  declineReason
  activity {
    heldOn
    pupilsReached
    groupsReached
  }
}`, {"hash":"59276f0db3341d6201f80e331031814b38f97a30bc7fd879ee095b83fbc1c05b"}) as unknown as TypedDocumentString<SchoolBookingsQuery, SchoolBookingsQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    role
    schoolId
    partnerId
    regionId
  }
}
    `, {"hash":"6ca9bf7e8fceceb1f261af81811a092e654878c8eb3983bdd3106270a0205d63"}) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;