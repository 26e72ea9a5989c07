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
};

/** The activity as it took place. */
export type ActivityHeld = {
  __typename?: 'ActivityHeld';
  groupsReached: Scalars['Int']['output'];
  heldOn: Scalars['Date']['output'];
  pupilsReached: Scalars['Int']['output'];
};

/** D. One agreement. */
export type Agreement = {
  __typename?: 'Agreement';
  agreement: Scalars['String']['output'];
  area: AgreementArea;
  due?: Maybe<Scalars['Date']['output']>;
  owner?: Maybe<Scalars['String']['output']>;
};

/** D. Areas of the agreements for the coming school year. */
export type AgreementArea =
  | 'CONTENT_FOCUS'
  | 'ORGANISATION'
  | 'PRECONDITIONS'
  | 'PROFESSIONAL_DEVELOPMENT'
  | 'SCHOOL_CULTURE';

/** D. One agreement. */
export type AgreementInput = {
  agreement: Scalars['String']['input'];
  area: AgreementArea;
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
  recordedAt: Scalars['String']['output'];
  remarks?: Maybe<Scalars['String']['output']>;
  school?: Maybe<School>;
  /** BRIN6 of the school. */
  schoolId: Scalars['ID']['output'];
  schoolType: AmbitionTalkSchoolType;
  /** The school year the talk took place in. */
  schoolYear: Scalars['String']['output'];
};

/** An ambition talk; one per school per date, so recording it again corrects it. */
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
  remarks?: InputMaybe<Scalars['String']['input']>;
  /** BRIN6 of the school. */
  schoolId: Scalars['ID']['input'];
  schoolType: AmbitionTalkSchoolType;
};

/** The kind of school as the talk records it. */
export type AmbitionTalkSchoolType =
  | 'HAVO'
  | 'MIXED'
  | 'PRIMARY'
  | 'VMBO'
  | 'VWO';

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

/** A municipality of the report where a discipline had no activity this school year. */
export type BlindSpot = {
  __typename?: 'BlindSpot';
  discipline: Discipline;
  /** The discipline for people, in the request's language. */
  disciplineLabel: Scalars['String']['output'];
  municipality?: Maybe<Municipality>;
  municipalityCode: Scalars['String']['output'];
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
  /** What the caller may do with this booking now; empty when nothing. */
  allowedActions: Array<BookingAction>;
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
  /** The school; its own data (pupils, participation) stays hidden from partners. */
  school?: Maybe<School>;
  /** BRIN6 of the school that booked. */
  schoolId: Scalars['ID']['output'];
  /** The school's name, for partners and everyone who may see the booking. */
  schoolName: Scalars['String']['output'];
  /** The school year, e.g. 2025-2026. */
  schoolYear: Scalars['String']['output'];
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
  /** The pillar for people, in the request's language. */
  label: Scalars['String']['output'];
  pillar: EviPillar;
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

/** Whether members see something a member wrote: a moderator can hide it. */
export type ModerationState =
  | 'HIDDEN'
  | 'VISIBLE';

/** A Dutch municipality (gemeente). */
export type Municipality = {
  __typename?: 'Municipality';
  /** CBS code, e.g. GM0392. */
  code: Scalars['ID']['output'];
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
};

export type Mutation = {
  __typename?: 'Mutation';
  /** The asker or a moderator marks one answer as accepted; accepting another replaces it. */
  acceptAnswer: QuestionPayload;
  answerQuestion: AnswerPayload;
  askQuestion: QuestionPayload;
  /** The school or the partner calls off a requested or confirmed booking; its place becomes free. */
  cancelBooking: BookingPayload;
  /** The partner of the offer accepts a requested booking. */
  confirmBooking: BookingPayload;
  /** The partner of the offer turns a requested booking down, with a reason for the school. */
  declineBooking: BookingPayload;
  /** The school rates a held activity (1-5), with an optional comment. */
  evaluateBooking: BookingPayload;
  /** The partner or the school records that a confirmed activity took place. */
  markBookingHeld: BookingPayload;
  /** The advisor of the school's region records an ambition talk. */
  recordAmbitionTalk: AmbitionTalk;
  /** The school or the advisor of its region records an Evi result; a second one for the same school year replaces it. */
  recordEviResult: EviResult;
  /** An advisor registers a school of its region in a CmK period; registering again updates it. */
  registerParticipation: Participation;
  /**
   * A school books an offer for its groups. OFFER_FULL when no places are left, ALREADY_BOOKED when
   * the school has booked this offer this school year; a retry with the same idempotencyKey returns the first booking.
   */
  requestBooking: BookingPayload;
};


export type MutationAcceptAnswerArgs = {
  answerId: Scalars['ID']['input'];
  questionId: Scalars['ID']['input'];
};


export type MutationAnswerQuestionArgs = {
  input: AnswerQuestionInput;
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
  id: Scalars['ID']['input'];
};


export type MutationDeclineBookingArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationEvaluateBookingArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  rating: Scalars['Int']['input'];
};


export type MutationMarkBookingHeldArgs = {
  groupsReached?: InputMaybe<Scalars['Int']['input']>;
  heldOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  pupilsReached: Scalars['Int']['input'];
};


export type MutationRecordAmbitionTalkArgs = {
  input: AmbitionTalkInput;
};


export type MutationRecordEviResultArgs = {
  input: EviResultInput;
};


export type MutationRegisterParticipationArgs = {
  input: ParticipationInput;
};


export type MutationRequestBookingArgs = {
  input: RequestBookingInput;
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
  description?: Maybe<Scalars['String']['output']>;
  disciplines: Array<DisciplineLabel>;
  durationMinutes?: Maybe<Scalars['Int']['output']>;
  /** The Strapi documentId. */
  id: Scalars['ID']['output'];
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
  slug: Scalars['String']['output'];
  summary?: Maybe<Scalars['String']['output']>;
  themes: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
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
  node: Offer;
};

/** Counts per value under the other filters: what a portal shows next to each filter option. */
export type OfferFacets = {
  __typename?: 'OfferFacets';
  disciplines: Array<FacetBucket>;
  locationTypes: Array<FacetBucket>;
  municipalities: Array<FacetBucket>;
  offerTypes: Array<FacetBucket>;
  sectors: Array<FacetBucket>;
};

/** Filters of the offer list: AND between fields, OR within a list. */
export type OfferFilter = {
  audience?: InputMaybe<Audience>;
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
  offerTypes?: InputMaybe<Array<OfferType>>;
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** Available in any municipality of this province (CBS code, e.g. PV27). */
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  /** Available in any municipality of this CmK region. */
  regionId?: InputMaybe<Scalars['ID']['input']>;
  sectors?: InputMaybe<Array<Sector>>;
  /** Every word appears in the title, summary or partner name (case and accents ignored). */
  text?: InputMaybe<Scalars['String']['input']>;
  themes?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Orders of the offer list. */
export type OfferSort =
  /** Most booked this school year first. */
  | 'MOST_BOOKED'
  /** Most recently published first. */
  | 'NEWEST'
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
  municipality?: Maybe<Municipality>;
  name: Scalars['String']['output'];
  /** Published offers of this partner. */
  offers: OfferConnection;
  /** The partner's public e-mail address (an organisation's, not a person's). */
  publicEmail?: Maybe<Scalars['String']['output']>;
  publicPhone?: Maybe<Scalars['String']['output']>;
  slug?: Maybe<Scalars['String']['output']>;
  website?: Maybe<Scalars['String']['output']>;
};


/** A cultural partner (cultuurpartner): museum, theatre, music school, artist, library, heritage site... */
export type PartnerBookingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  schoolYear?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<BookingStatus>;
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

/** The professionals a knowledge item is useful for. */
export type ProfessionalRole =
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
  /** Municipalities, by name; only those of one province when given (PV27). */
  municipalities: Array<Municipality>;
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


export type QueryMunicipalitiesArgs = {
  province?: InputMaybe<Scalars['String']['input']>;
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
};

/**
 * A school location (vestiging) from DUO's open data, keyed by its BRIN6 code, joined with its CmK
 * participation. Its own data (participation, bookings, Evi results, ambition talks, pupil count) is
 * only for the school itself, the advisor of its region and admin; others read null there.
 */
export type School = {
  __typename?: 'School';
  /** Ambition talks with the school's advisor, oldest first. Null for callers outside the school's scope. */
  ambitionTalks?: Maybe<Array<AmbitionTalk>>;
  /**
   * The school's bookings of a school year (default: the current one), oldest request first.
   * Null for callers outside the school's scope.
   */
  bookings?: Maybe<Array<Booking>>;
  /** Denomination (richting) as DUO writes it, e.g. Rooms-Katholiek. */
  denomination?: Maybe<Scalars['String']['output']>;
  /** The school's Evi self-evaluations, oldest school year first. Null for callers outside the school's scope. */
  eviResults?: Maybe<Array<EviResult>>;
  /** BRIN6 location code (vestigingscode), e.g. 00AA00. */
  id: Scalars['ID']['output'];
  /** BRIN4 code of the institution (instellingscode) the location belongs to. */
  institutionCode: Scalars['String']['output'];
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

/** Bookings with one status. */
export type StatusCount = {
  __typename?: 'StatusCount';
  count: Scalars['Int']['output'];
  /** The status for people, in the request's language. */
  label: Scalars['String']['output'];
  status: BookingStatus;
};

/** How a school takes part in CmK: an individual trajectory, a proeftuin or a network. */
export type Trajectory =
  | 'INDIVIDUAL_TRAJECTORY'
  | 'NETWORK'
  | 'PROEFTUIN';

/** Who is asking, as the API sees it. Anonymous callers see published content and aggregate figures only. */
export type Viewer = {
  __typename?: 'Viewer';
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

export type BookingFieldsFragment = { __typename?: 'Booking', id: string, status: BookingStatus, statusLabel: string, allowedActions: Array<BookingAction>, schoolYear: string, offerId: string, schoolId: string, schoolName: string, municipalityCode: string, pupils: number, preferredDates: Array<string>, note?: string | null, requestedAt: string, updatedAt: string, declineReason?: string | null, offer?: { __typename?: 'Offer', id: string, title: string } | null, groups: Array<{ __typename?: 'BookingGroup', grade: number, pupils: number }>, activity?: { __typename?: 'ActivityHeld', heldOn: string, pupilsReached: number, groupsReached: number } | null };

export type ConfirmBookingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConfirmBookingMutation = { __typename?: 'Mutation', confirmBooking: { __typename?: 'BookingPayload', booking: { __typename?: 'Booking', id: string, status: BookingStatus, statusLabel: string, allowedActions: Array<BookingAction>, schoolYear: string, offerId: string, schoolId: string, schoolName: string, municipalityCode: string, pupils: number, preferredDates: Array<string>, note?: string | null, requestedAt: string, updatedAt: string, declineReason?: string | null, offer?: { __typename?: 'Offer', id: string, title: string } | null, groups: Array<{ __typename?: 'BookingGroup', grade: number, pupils: number }>, activity?: { __typename?: 'ActivityHeld', heldOn: string, pupilsReached: number, groupsReached: number } | null } } };

export type DeclineBookingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type DeclineBookingMutation = { __typename?: 'Mutation', declineBooking: { __typename?: 'BookingPayload', booking: { __typename?: 'Booking', id: string, status: BookingStatus, statusLabel: string, allowedActions: Array<BookingAction>, schoolYear: string, offerId: string, schoolId: string, schoolName: string, municipalityCode: string, pupils: number, preferredDates: Array<string>, note?: string | null, requestedAt: string, updatedAt: string, declineReason?: string | null, offer?: { __typename?: 'Offer', id: string, title: string } | null, groups: Array<{ __typename?: 'BookingGroup', grade: number, pupils: number }>, activity?: { __typename?: 'ActivityHeld', heldOn: string, pupilsReached: number, groupsReached: number } | null } } };

export type MarkBookingHeldMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  pupilsReached: Scalars['Int']['input'];
  heldOn: Scalars['Date']['input'];
  groupsReached?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MarkBookingHeldMutation = { __typename?: 'Mutation', markBookingHeld: { __typename?: 'BookingPayload', booking: { __typename?: 'Booking', id: string, status: BookingStatus, statusLabel: string, allowedActions: Array<BookingAction>, schoolYear: string, offerId: string, schoolId: string, schoolName: string, municipalityCode: string, pupils: number, preferredDates: Array<string>, note?: string | null, requestedAt: string, updatedAt: string, declineReason?: string | null, offer?: { __typename?: 'Offer', id: string, title: string } | null, groups: Array<{ __typename?: 'BookingGroup', grade: number, pupils: number }>, activity?: { __typename?: 'ActivityHeld', heldOn: string, pupilsReached: number, groupsReached: number } | null } } };

export type OffersQueryVariables = Exact<{
  filter?: InputMaybe<OfferFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<OfferSort>;
}>;


export type OffersQuery = { __typename?: 'Query', offers: { __typename?: 'OfferConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'OfferEdge', node: { __typename?: 'Offer', id: string, slug: string, title: string, summary?: string | null, offerType: OfferType, offerTypeLabel: string, locationType: LocationType, locationTypeLabel: string, pricePerPupil?: number | null, remainingCapacity?: number | null, disciplines: Array<{ __typename?: 'DisciplineLabel', value: Discipline, label: string }>, sectors: Array<{ __typename?: 'SectorGrades', sector: Sector, label: string, gradeFrom: number, gradeTo: number }>, partner?: { __typename?: 'Partner', id: string, name: string } | null } }>, facets: { __typename?: 'OfferFacets', disciplines: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number }>, sectors: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number }>, municipalities: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number }>, offerTypes: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number }>, locationTypes: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number }> } } };

export type OfferQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OfferQuery = { __typename?: 'Query', offer?: { __typename?: 'Offer', id: string, slug: string, title: string, summary?: string | null, description?: string | null, offerType: OfferType, offerTypeLabel: string, locationType: LocationType, locationTypeLabel: string, themes: Array<string>, kerndoelen: Array<string>, audience: Audience, pricePerPupil?: number | null, durationMinutes?: number | null, bookableFrom?: string | null, bookableUntil?: string | null, capacity?: number | null, remainingCapacity?: number | null, bookingsCount: number, schoolsReached: number, pupilsReached: number, averageRating?: number | null, disciplines: Array<{ __typename?: 'DisciplineLabel', value: Discipline, label: string }>, sectors: Array<{ __typename?: 'SectorGrades', sector: Sector, label: string, gradeFrom: number, gradeTo: number }>, municipalities: Array<{ __typename?: 'Municipality', code: string, name: string }>, prices: Array<{ __typename?: 'Price', amount: number, unit: PriceUnit, unitLabel: string, description?: string | null }>, partner?: { __typename?: 'Partner', id: string, name: string } | null } | null };

export type PartnerBookingsQueryVariables = Exact<{
  partnerId: Scalars['ID']['input'];
  schoolYear?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<BookingStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  offersFirst?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PartnerBookingsQuery = { __typename?: 'Query', partner?: { __typename?: 'Partner', id: string, name: string, offers: { __typename?: 'OfferConnection', totalCount: number, edges: Array<{ __typename?: 'OfferEdge', node: { __typename?: 'Offer', id: string, title: string, capacity?: number | null, remainingCapacity?: number | null, bookingsCount: number, pupilsReached: number } }> }, bookings?: { __typename?: 'BookingConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'BookingEdge', node: { __typename?: 'Booking', id: string, status: BookingStatus, statusLabel: string, allowedActions: Array<BookingAction>, schoolYear: string, offerId: string, schoolId: string, schoolName: string, municipalityCode: string, pupils: number, preferredDates: Array<string>, note?: string | null, requestedAt: string, updatedAt: string, declineReason?: string | null, offer?: { __typename?: 'Offer', id: string, title: string } | null, groups: Array<{ __typename?: 'BookingGroup', grade: number, pupils: number }>, activity?: { __typename?: 'ActivityHeld', heldOn: string, pupilsReached: number, groupsReached: number } | null } }> } | null } | null };

export type OfferPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OfferPageQuery = { __typename?: 'Query', offer?: { __typename?: 'Offer', id: string, title: string, summary?: string | null, description?: string | null, offerType: OfferType, offerTypeLabel: string, locationType: LocationType, locationTypeLabel: string, audience: Audience, themes: Array<string>, kerndoelen: Array<string>, pricePerPupil?: number | null, durationMinutes?: number | null, maxPupilsPerSession?: number | null, bookableFrom?: string | null, bookableUntil?: string | null, capacity?: number | null, remainingCapacity?: number | null, schoolsReached: number, averageRating?: number | null, disciplines: Array<{ __typename?: 'DisciplineLabel', value: Discipline, label: string }>, sectors: Array<{ __typename?: 'SectorGrades', sector: Sector, label: string, gradeFrom: number, gradeTo: number }>, municipalities: Array<{ __typename?: 'Municipality', code: string, name: string }>, prices: Array<{ __typename?: 'Price', amount: number, unit: PriceUnit, unitLabel: string, description?: string | null }>, partner?: { __typename?: 'Partner', id: string, name: string, website?: string | null, publicEmail?: string | null, publicPhone?: string | null } | null, project?: { __typename?: 'Project', id: string, title: string, summary?: string | null } | null } | null };

export type RegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionsQuery = { __typename?: 'Query', regions: Array<{ __typename?: 'Region', id: string, name: string }> };

export type RequestBookingMutationVariables = Exact<{
  input: RequestBookingInput;
}>;


export type RequestBookingMutation = { __typename?: 'Mutation', requestBooking: { __typename?: 'BookingPayload', booking: { __typename?: 'Booking', id: string, status: BookingStatus, statusLabel: string, allowedActions: Array<BookingAction>, schoolYear: string, offerId: string, schoolId: string, schoolName: string, municipalityCode: string, pupils: number, preferredDates: Array<string>, note?: string | null, requestedAt: string, updatedAt: string, declineReason?: string | null, offer?: { __typename?: 'Offer', id: string, title: string } | null, groups: Array<{ __typename?: 'BookingGroup', grade: number, pupils: number }>, activity?: { __typename?: 'ActivityHeld', heldOn: string, pupilsReached: number, groupsReached: number } | null } } };

export type CancelBookingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: CancellationReason;
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type CancelBookingMutation = { __typename?: 'Mutation', cancelBooking: { __typename?: 'BookingPayload', booking: { __typename?: 'Booking', id: string, status: BookingStatus, statusLabel: string, allowedActions: Array<BookingAction>, schoolYear: string, offerId: string, schoolId: string, schoolName: string, municipalityCode: string, pupils: number, preferredDates: Array<string>, note?: string | null, requestedAt: string, updatedAt: string, declineReason?: string | null, offer?: { __typename?: 'Offer', id: string, title: string } | null, groups: Array<{ __typename?: 'BookingGroup', grade: number, pupils: number }>, activity?: { __typename?: 'ActivityHeld', heldOn: string, pupilsReached: number, groupsReached: number } | null } } };

export type EvaluateBookingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  rating: Scalars['Int']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
}>;


export type EvaluateBookingMutation = { __typename?: 'Mutation', evaluateBooking: { __typename?: 'BookingPayload', booking: { __typename?: 'Booking', id: string, status: BookingStatus, statusLabel: string, allowedActions: Array<BookingAction>, schoolYear: string, offerId: string, schoolId: string, schoolName: string, municipalityCode: string, pupils: number, preferredDates: Array<string>, note?: string | null, requestedAt: string, updatedAt: string, declineReason?: string | null, offer?: { __typename?: 'Offer', id: string, title: string } | null, groups: Array<{ __typename?: 'BookingGroup', grade: number, pupils: number }>, activity?: { __typename?: 'ActivityHeld', heldOn: string, pupilsReached: number, groupsReached: number } | null } } };

export type LocalAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type LocalAccountsQuery = { __typename?: 'Query', schools: { __typename?: 'SchoolConnection', edges: Array<{ __typename?: 'SchoolEdge', node: { __typename?: 'School', id: string, name: string, municipality?: { __typename?: 'Municipality', name: string } | null } }> }, partners: { __typename?: 'PartnerConnection', edges: Array<{ __typename?: 'PartnerEdge', node: { __typename?: 'Partner', id: string, name: string } }> }, regions: Array<{ __typename?: 'Region', id: string, name: string }> };

export type SchoolBookingsQueryVariables = Exact<{
  schoolId: Scalars['ID']['input'];
  schoolYear?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<BookingStatus>;
}>;


export type SchoolBookingsQuery = { __typename?: 'Query', school?: { __typename?: 'School', id: string, name: string, bookings?: Array<{ __typename?: 'Booking', id: string, status: BookingStatus, statusLabel: string, allowedActions: Array<BookingAction>, schoolYear: string, offerId: string, schoolId: string, schoolName: string, municipalityCode: string, pupils: number, preferredDates: Array<string>, note?: string | null, requestedAt: string, updatedAt: string, declineReason?: string | null, offer?: { __typename?: 'Offer', id: string, title: string } | null, groups: Array<{ __typename?: 'BookingGroup', grade: number, pupils: number }>, activity?: { __typename?: 'ActivityHeld', heldOn: string, pupilsReached: number, groupsReached: number } | null }> | null } | null };

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
export const ConfirmBookingDocument = new TypedDocumentString(`
    mutation ConfirmBooking($id: ID!) {
  confirmBooking(id: $id) {
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
  note
  requestedAt
  updatedAt
  declineReason
  activity {
    heldOn
    pupilsReached
    groupsReached
  }
}`, {"hash":"a35fd50cfea1c3187a55474eddc92462f9addf4a3acd191ffbc02de4145d9b2c"}) as unknown as TypedDocumentString<ConfirmBookingMutation, ConfirmBookingMutationVariables>;
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
  note
  requestedAt
  updatedAt
  declineReason
  activity {
    heldOn
    pupilsReached
    groupsReached
  }
}`, {"hash":"20c513a5d6907f55321baa65cfbbd33e3a9c64446687ca8b070d0837a8023a67"}) as unknown as TypedDocumentString<DeclineBookingMutation, DeclineBookingMutationVariables>;
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
  note
  requestedAt
  updatedAt
  declineReason
  activity {
    heldOn
    pupilsReached
    groupsReached
  }
}`, {"hash":"30b9e343def1b1c66f3e981faa829cc21ce0c059735d093dfb26f03ece4cee15"}) as unknown as TypedDocumentString<MarkBookingHeldMutation, MarkBookingHeldMutationVariables>;
export const OffersDocument = new TypedDocumentString(`
    query Offers($filter: OfferFilter, $first: Int = 20, $after: String, $sort: OfferSort = TITLE) {
  offers(filter: $filter, first: $first, after: $after, sort: $sort) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
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
    }
  }
}
    `, {"hash":"e0f3c2a766d94f1f07e417dcfcff3a98db764363a958d3d167ca153c9f9867bf"}) as unknown as TypedDocumentString<OffersQuery, OffersQueryVariables>;
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
    themes
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
    partner {
      id
      name
    }
    capacity
    remainingCapacity
    bookingsCount
    schoolsReached
    pupilsReached
    averageRating
  }
}
    `, {"hash":"a2e9d9200d68c14693298f3598f11ada8e17e7e833744e5c889eea9c736ad893"}) as unknown as TypedDocumentString<OfferQuery, OfferQueryVariables>;
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
  note
  requestedAt
  updatedAt
  declineReason
  activity {
    heldOn
    pupilsReached
    groupsReached
  }
}`, {"hash":"19645da91d737a4d3fa1ec9be6dc18ea20b912c7773f077ba84bf445986176d7"}) as unknown as TypedDocumentString<PartnerBookingsQuery, PartnerBookingsQueryVariables>;
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
    themes
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
    partner {
      id
      name
      website
      publicEmail
      publicPhone
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
    `, {"hash":"6108d09ec58d3d206518e7f7f15cf8e103ce30d6201b219a06f2c0d8d0b12807"}) as unknown as TypedDocumentString<OfferPageQuery, OfferPageQueryVariables>;
export const RegionsDocument = new TypedDocumentString(`
    query Regions {
  regions {
    id
    name
  }
}
    `, {"hash":"e060119cded9bf8ca24da98f1bf751700ed32246b4a6d12b53134882f8c29077"}) as unknown as TypedDocumentString<RegionsQuery, RegionsQueryVariables>;
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
  note
  requestedAt
  updatedAt
  declineReason
  activity {
    heldOn
    pupilsReached
    groupsReached
  }
}`, {"hash":"63ef95c7be90401f4aa344cfc5c686ed91bf8054df21e582a52eda5ed4a385e3"}) as unknown as TypedDocumentString<RequestBookingMutation, RequestBookingMutationVariables>;
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
  note
  requestedAt
  updatedAt
  declineReason
  activity {
    heldOn
    pupilsReached
    groupsReached
  }
}`, {"hash":"8a0c07f867cc7caa2dcc4f07aff6183c6f2d47e83047be211d4d2b00b45f8e33"}) as unknown as TypedDocumentString<CancelBookingMutation, CancelBookingMutationVariables>;
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
  note
  requestedAt
  updatedAt
  declineReason
  activity {
    heldOn
    pupilsReached
    groupsReached
  }
}`, {"hash":"8b415ac0ce641a677c5f03f5392d9401a708c614d49c408c2fd385eec3af6518"}) as unknown as TypedDocumentString<EvaluateBookingMutation, EvaluateBookingMutationVariables>;
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
}
    `, {"hash":"58c44caf2fdd8265a989774fddec914e91d98230584263198b9444e36787dcae"}) as unknown as TypedDocumentString<LocalAccountsQuery, LocalAccountsQueryVariables>;
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
  note
  requestedAt
  updatedAt
  declineReason
  activity {
    heldOn
    pupilsReached
    groupsReached
  }
}`, {"hash":"11d86346870b955ec931b7928646ea6aab5c5281a0fad9aac012c95ca9c96d50"}) as unknown as TypedDocumentString<SchoolBookingsQuery, SchoolBookingsQueryVariables>;
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