/**
 * The lists of the field (disciplines, sectors, statuses, Evi, ambition talks), as the GraphQL enum
 * values, with the input shapes every module checks them by. Everything above `domain/` speaks these.
 */
import { z } from 'zod/v3';

export const DISCIPLINES = [
  'VISUAL_ARTS',
  'DANCE',
  'THEATRE',
  'MUSIC',
  'MEDIA',
  'LITERATURE',
  'HERITAGE',
  'ARCHITECTURE_DESIGN',
  'MULTIDISCIPLINARY',
] as const;
export type Discipline = (typeof DISCIPLINES)[number];

export const SECTORS = ['BO', 'SBO', 'SO', 'VSO', 'PRO', 'VMBO', 'HAVO', 'VWO', 'MBO'] as const;
export type Sector = (typeof SECTORS)[number];

export const BOOKING_STATUSES = ['REQUESTED', 'CONFIRMED', 'DECLINED', 'CANCELLED', 'HELD', 'EVALUATED'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

export const CANCELLATION_REASONS = [
  'SCHEDULE_CONFLICT',
  'ILLNESS',
  'TOO_FEW_PUPILS',
  'BUDGET',
  'PARTNER_UNAVAILABLE',
  'WEATHER',
  'OTHER',
] as const;
export type CancellationReason = (typeof CANCELLATION_REASONS)[number];

export const TRAJECTORIES = ['INDIVIDUAL_TRAJECTORY', 'PROEFTUIN', 'NETWORK'] as const;
export type Trajectory = (typeof TRAJECTORIES)[number];

export const OFFER_TYPES = [
  'PERFORMANCE',
  'VISIT',
  'WORKSHOP',
  'LESSON_SERIES',
  'PROJECT',
  'TEACHER_TRAINING',
  'TEACHING_MATERIAL',
] as const;
export type OfferType = (typeof OFFER_TYPES)[number];
export const LOCATION_TYPES = ['AT_SCHOOL', 'AT_VENUE', 'BY_AGREEMENT', 'ONLINE'] as const;
export type LocationType = (typeof LOCATION_TYPES)[number];
export type Audience = 'PUPILS' | 'TEACHERS';
export type PriceUnit = 'PER_PUPIL' | 'PER_GROUP' | 'FIXED';
export type Locale = 'nl' | 'en';

/** Evi pillars (LKCA): visie, deskundigheid, programma, samenwerking; the VO version adds leerling. */
export const EVI_PILLARS = ['VISION', 'EXPERTISE', 'PROGRAMME', 'COLLABORATION', 'PUPIL'] as const;
export type EviPillar = (typeof EVI_PILLARS)[number];
/** Evi versions 2.0, 2.1 and VO (GraphQL enum values cannot hold dots). */
export const EVI_VERSIONS = ['V2_0', 'V2_1', 'VO'] as const;
export type EviVersion = (typeof EVI_VERSIONS)[number];
export const EVI_RESPONDENT_ROLES = ['ICC', 'DIRECTOR', 'TEACHER', 'OTHER'] as const;
export type EviRespondentRole = (typeof EVI_RESPONDENT_ROLES)[number];

export const pillarsOf = (version: EviVersion): readonly EviPillar[] => (version === 'VO' ? EVI_PILLARS : EVI_PILLARS.slice(0, 4));

/** Ambition talk, A. Doelen binnen de CmK-regeling. */
export const CMK_GOALS = [
  'VISION_ON_CULTURE_EDUCATION', // visievorming passend bij de onderwijsvisie
  'COLLABORATION_WITH_PARTNERS', // samenwerking met culturele partners en omgeving
  'PROFESSIONAL_DEVELOPMENT', // professionalisering van vakdocenten en mentoren
  'CURRICULUM_AND_EMBEDDING', // cultureel curriculum en borging in de schoolorganisatie
  'STRUCTURAL_PART_OF_EDUCATION', // structureel onderdeel (PTA, projectweken, keuzevakken)
] as const;
export type CmkGoal = (typeof CMK_GOALS)[number];

/** Ambition talk, B. Aspecten van de huidige situatie. */
export const CURRENT_STATE_ASPECTS = [
  'VISION', // visie op kunst- en cultuureducatie
  'TEACHER_EXPERTISE', // deskundigheid van vakdocenten
  'CULTURAL_COLLABORATION', // samenwerking met de culturele omgeving
  'OFFER_QUALITY', // inhoudelijke kwaliteit van het aanbod
  'CURRICULUM_EMBEDDING', // borging in PTA/curriculum
  'ORGANISATION', // organisatie en overlegstructuren
] as const;
export type CurrentStateAspect = (typeof CURRENT_STATE_ASPECTS)[number];

/** Ambition talk, D. Gebieden van de afspraken voor het komend schooljaar. */
export const AGREEMENT_AREAS = [
  'CONTENT_FOCUS', // inhoudelijke focus: thema's, visievorming, creatieve processen
  'PROFESSIONAL_DEVELOPMENT', // professionalisering: training, scholing
  'ORGANISATION', // organisatie: borging in beleid en curriculum
  'SCHOOL_CULTURE', // schoolcultuur: draagvlak, eigenaarschap
  'PRECONDITIONS', // randvoorwaarden: teamwissels, schoolontwikkeling
] as const;
export type AgreementArea = (typeof AGREEMENT_AREAS)[number];

/** Ambition talk: a draft is the advisor's working copy; a final talk is what the school reads. */
export const AMBITION_TALK_STATUSES = ['DRAFT', 'FINAL'] as const;
export type AmbitionTalkStatus = (typeof AMBITION_TALK_STATUSES)[number];

/** Ambition talk, Voorbereiding voor de adviseur/cultuurpartner: the checklist before the talk. */
export const PREPARATION_STEPS = [
  'PREVIOUS_REPORTS_READ', // eerder gemaakte verslagen gelezen (oriëntatie-, route-, evaluatiegesprekken)
  'SELF_EVALUATION_ANALYSED', // uitkomsten van Evi of andere zelfevaluaties geanalyseerd
  'ANNUAL_PLAN_ASKED', // gevraagd naar de jaarplanning van het komende schooljaar
  'MATERIALS_BROUGHT', // planningsformulier, overzicht activiteiten/trainingen en praatdocument mee
  'PREPARATION_MAIL_SENT', // voorbereidingsmail: jaarplanning en beleidsdocumenten gevraagd
  'QUESTIONNAIRE_SENT', // de voorbereidende vragenlijst voor scholen meegestuurd
] as const;
export type PreparationStep = (typeof PREPARATION_STEPS)[number];

export const SCHOOL_TYPES = ['PRIMARY', 'VMBO', 'HAVO', 'VWO', 'MIXED'] as const;
export type SchoolType = (typeof SCHOOL_TYPES)[number];

/** CmK periods; a school year belongs to the period that contains its first calendar year. */
export const PERIODS = { CMK2: [2017, 2020], CMK3: [2021, 2024], CMK4: [2025, 2028] } as const;
export type Period = keyof typeof PERIODS;

export const schoolYearSchema = z
  .string()
  .regex(/^\d{4}-\d{4}$/, 'a school year looks like 2025-2026')
  .refine((s) => Number(s.slice(5)) === Number(s.slice(0, 4)) + 1, 'a school year spans two consecutive years');

/** A BRIN6 as people type it (spaces, lower case) → as it is stored. */
export const normalizeSchoolId = (id: string): string => id.trim().toUpperCase();

export const schoolIdSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^\d{2}[A-Z]{2}\d{2}$/, 'a school is identified by its BRIN6 location code, e.g. 00AA00');

export const dateSchema = z.string().date();

/** Dutch school years start on 1 August. */
export function schoolYearOf(date: Date): string {
  const year = date.getUTCFullYear();
  const start = date.getUTCMonth() >= 7 ? year : year - 1;
  return `${start}-${start + 1}`;
}

export function periodOfSchoolYear(schoolYear: string): Period | undefined {
  const start = Number(schoolYear.slice(0, 4));
  return (Object.keys(PERIODS) as Period[]).find((p) => start >= PERIODS[p][0] && start <= PERIODS[p][1]);
}
