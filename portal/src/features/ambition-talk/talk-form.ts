/**
 * The ambition talk form's state and how it becomes the API's input (and back): plain strings
 * while typing, empty fields left out when saving, so reopening a talk shows exactly what was saved.
 */
import type {
  AgreementArea,
  AmbitionTalkInput,
  AmbitionTalkSchoolType,
  AmbitionTalkStatus,
  CmkGoal,
  CurrentStateAspect,
  Discipline,
  PreparationStep,
} from '@cmk/client';
import type { MessageKey } from '../../lib/messages.ts';
import { schoolYearOf } from '../../lib/school-year.ts';

export const PREPARATION_STEPS: readonly PreparationStep[] = [
  'PREVIOUS_REPORTS_READ',
  'SELF_EVALUATION_ANALYSED',
  'ANNUAL_PLAN_ASKED',
  'MATERIALS_BROUGHT',
  'PREPARATION_MAIL_SENT',
  'QUESTIONNAIRE_SENT',
];
export const CMK_GOALS: readonly CmkGoal[] = [
  'VISION_ON_CULTURE_EDUCATION',
  'COLLABORATION_WITH_PARTNERS',
  'PROFESSIONAL_DEVELOPMENT',
  'CURRICULUM_AND_EMBEDDING',
  'STRUCTURAL_PART_OF_EDUCATION',
];
export const ASPECTS: readonly CurrentStateAspect[] = [
  'VISION',
  'TEACHER_EXPERTISE',
  'CULTURAL_COLLABORATION',
  'OFFER_QUALITY',
  'CURRICULUM_EMBEDDING',
  'ORGANISATION',
];
export const AREAS: readonly AgreementArea[] = [
  'CONTENT_FOCUS',
  'PROFESSIONAL_DEVELOPMENT',
  'ORGANISATION',
  'SCHOOL_CULTURE',
  'PRECONDITIONS',
];
export const SCHOOL_TYPES: readonly AmbitionTalkSchoolType[] = ['PRIMARY', 'VMBO', 'HAVO', 'VWO', 'MIXED'];
export const DISCIPLINES: readonly Discipline[] = [
  'VISUAL_ARTS',
  'DANCE',
  'THEATRE',
  'MUSIC',
  'MEDIA',
  'LITERATURE',
  'HERITAGE',
  'ARCHITECTURE_DESIGN',
  'MULTIDISCIPLINARY',
];

export interface AgreementRow {
  /** Stable across adding and removing rows, for React keys and field ids. */
  readonly key: number;
  readonly area: AgreementArea;
  readonly agreement: string;
  readonly owner: string;
  readonly due: string;
  readonly disciplines: readonly Discipline[];
}

export interface TalkFormState {
  readonly date: string;
  readonly place: string;
  readonly schoolType: AmbitionTalkSchoolType;
  /** One participant per line. */
  readonly participants: string;
  readonly advisorId: string;
  readonly remarks: string;
  readonly preparation: readonly PreparationStep[];
  readonly goals: readonly CmkGoal[];
  readonly goalNotes: string;
  readonly developments: string;
  readonly opportunities: string;
  readonly aspects: Readonly<Record<CurrentStateAspect, { readonly strengths: string; readonly weaknesses: string }>>;
  readonly ambitionContent: string;
  readonly ambitionOrganisation: string;
  readonly ambitionSupport: string;
  readonly agreementsYear: string;
  readonly agreements: readonly AgreementRow[];
  readonly longerTerm: string;
}

let nextKey = 1;
export const newRow = (area: AgreementArea, from: Partial<AgreementRow> = {}): AgreementRow => ({
  key: nextKey++,
  area,
  agreement: from.agreement ?? '',
  owner: from.owner ?? '',
  due: from.due ?? '',
  disciplines: from.disciplines ?? [],
});

/** Agreements made in spring are for the next school year; in autumn and winter for the current one ("het komend schooljaar"). */
export function agreementsYearFor(date: string): string {
  const day = new Date(`${date}T12:00:00Z`);
  const year = schoolYearOf(day);
  if (day.getUTCMonth() >= 1 && day.getUTCMonth() <= 6) return `${Number(year.slice(0, 4)) + 1}-${Number(year.slice(0, 4)) + 2}`;
  return year;
}

export function schoolTypeOf(sector: string, sectors: readonly string[] = [sector]): AmbitionTalkSchoolType {
  const secondary = sectors.filter((s) => ['VMBO', 'HAVO', 'VWO'].includes(s));
  if (secondary.length > 1) return 'MIXED';
  if (sector === 'VMBO' || sector === 'HAVO' || sector === 'VWO') return sector;
  return 'PRIMARY';
}

export function emptyForm(defaults: { date: string; place: string; schoolType: AmbitionTalkSchoolType; advisorId: string }): TalkFormState {
  return {
    ...defaults,
    participants: '',
    remarks: '',
    preparation: [],
    goals: [],
    goalNotes: '',
    developments: '',
    opportunities: '',
    aspects: Object.fromEntries(ASPECTS.map((a) => [a, { strengths: '', weaknesses: '' }])) as TalkFormState['aspects'],
    ambitionContent: '',
    ambitionOrganisation: '',
    ambitionSupport: '',
    agreementsYear: agreementsYearFor(defaults.date),
    agreements: AREAS.map((area) => newRow(area)),
    longerTerm: '',
  };
}

/** A saved talk as the form shows it; every area keeps at least one (empty) row to write in. */
export function formOf(talk: {
  date: string;
  place?: string | null;
  schoolType: AmbitionTalkSchoolType;
  participants: readonly string[];
  advisorId: string;
  remarks?: string | null;
  preparation: readonly PreparationStep[];
  goals: { selected: readonly CmkGoal[]; notes?: string | null };
  currentState: {
    developments?: string | null;
    opportunities?: string | null;
    aspects: readonly { aspect: CurrentStateAspect; strengths?: string | null; weaknesses?: string | null }[];
  };
  ambition2028: { content?: string | null; organisation?: string | null; supportAndProfile?: string | null };
  agreements: {
    schoolYear: string;
    longerTerm?: string | null;
    items: readonly {
      area: AgreementArea;
      agreement: string;
      owner?: string | null;
      due?: string | null;
      disciplines: readonly Discipline[];
    }[];
  };
}): TalkFormState {
  const rows = AREAS.flatMap((area) => {
    const items = talk.agreements.items.filter((i) => i.area === area);
    return items.length
      ? items.map((i) => newRow(area, { agreement: i.agreement, owner: i.owner ?? '', due: i.due ?? '', disciplines: i.disciplines }))
      : [newRow(area)];
  });
  return {
    date: talk.date,
    place: talk.place ?? '',
    schoolType: talk.schoolType,
    participants: talk.participants.join('\n'),
    advisorId: talk.advisorId,
    remarks: talk.remarks ?? '',
    preparation: [...talk.preparation],
    goals: [...talk.goals.selected],
    goalNotes: talk.goals.notes ?? '',
    developments: talk.currentState.developments ?? '',
    opportunities: talk.currentState.opportunities ?? '',
    aspects: Object.fromEntries(
      ASPECTS.map((a) => {
        const found = talk.currentState.aspects.find((x) => x.aspect === a);
        return [a, { strengths: found?.strengths ?? '', weaknesses: found?.weaknesses ?? '' }];
      }),
    ) as TalkFormState['aspects'],
    ambitionContent: talk.ambition2028.content ?? '',
    ambitionOrganisation: talk.ambition2028.organisation ?? '',
    ambitionSupport: talk.ambition2028.supportAndProfile ?? '',
    agreementsYear: talk.agreements.schoolYear,
    agreements: rows,
    longerTerm: talk.agreements.longerTerm ?? '',
  };
}

const filled = (s: string) => s.trim() !== '';
const opt = <K extends string>(key: K, value: string): Partial<Record<K, string>> =>
  filled(value) ? ({ [key]: value.trim() } as Record<K, string>) : {};
const rowUsed = (r: AgreementRow) => filled(r.agreement) || filled(r.owner) || filled(r.due) || r.disciplines.length > 0;

export const participantsOf = (text: string) =>
  text
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean);

/** The rows that are saved, in the order the API receives them (index i of agreements.items is rows[i]). */
export const savedRows = (state: TalkFormState) => state.agreements.filter(rowUsed);

export function toInput(state: TalkFormState, schoolId: string, status: AmbitionTalkStatus): AmbitionTalkInput {
  return {
    schoolId,
    date: state.date,
    status,
    ...opt('place', state.place),
    schoolType: state.schoolType,
    participants: participantsOf(state.participants),
    advisorId: state.advisorId.trim(),
    ...opt('remarks', state.remarks),
    preparation: [...state.preparation],
    goals: { selected: [...state.goals], ...opt('notes', state.goalNotes) },
    currentState: {
      ...opt('developments', state.developments),
      ...opt('opportunities', state.opportunities),
      aspects: ASPECTS.filter((a) => filled(state.aspects[a].strengths) || filled(state.aspects[a].weaknesses)).map((aspect) => ({
        aspect,
        ...opt('strengths', state.aspects[aspect].strengths),
        ...opt('weaknesses', state.aspects[aspect].weaknesses),
      })),
    },
    ambition2028: {
      ...opt('content', state.ambitionContent),
      ...opt('organisation', state.ambitionOrganisation),
      ...opt('supportAndProfile', state.ambitionSupport),
    },
    agreements: {
      schoolYear: state.agreementsYear.trim(),
      ...opt('longerTerm', state.longerTerm),
      items: savedRows(state).map((r) => ({
        area: r.area,
        agreement: r.agreement.trim(),
        ...opt('owner', r.owner),
        ...opt('due', r.due),
        disciplines: [...r.disciplines],
      })),
    },
  };
}

/** Field ids: the error summary links to them. */
export const fieldId = {
  date: 'talk-date',
  advisor: 'talk-advisor',
  participants: 'talk-participants',
  agreementsYear: 'talk-agreements-year',
  agreement: (key: number) => `agreement-${key}-text`,
  owner: (key: number) => `agreement-${key}-owner`,
  due: (key: number) => `agreement-${key}-due`,
} as const;

export type FieldErrors = Record<string, MessageKey>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SCHOOL_YEAR = /^(\d{4})-(\d{4})$/;

/** What the guide asks of a final talk (participants; each agreement with who and by when), and what any save needs. */
export function validate(state: TalkFormState, status: AmbitionTalkStatus): FieldErrors {
  const errors: FieldErrors = {};
  if (!DATE.test(state.date)) errors[fieldId.date] = 'talk.field.date';
  if (!filled(state.advisorId)) errors[fieldId.advisor] = 'talk.field.advisor';
  if (status === 'FINAL' && participantsOf(state.participants).length === 0) errors[fieldId.participants] = 'talk.field.participants';
  const year = SCHOOL_YEAR.exec(state.agreementsYear.trim());
  const talkYear = DATE.test(state.date) ? Number(schoolYearOf(new Date(`${state.date}T12:00:00Z`)).slice(0, 4)) : 0;
  if (!year || Number(year[2]) !== Number(year[1]) + 1 || Number(year[1]) < talkYear)
    errors[fieldId.agreementsYear] = 'talk.field.schoolYear';
  for (const row of savedRows(state)) {
    if (!filled(row.agreement)) errors[fieldId.agreement(row.key)] = 'talk.field.agreement';
    if (status === 'FINAL' && !filled(row.owner)) errors[fieldId.owner(row.key)] = 'talk.field.owner';
    if (status === 'FINAL' && !DATE.test(row.due)) errors[fieldId.due(row.key)] = 'talk.field.due';
  }
  return errors;
}

/** The API's issue paths (agreements.items.2.owner) to this form's fields. */
export function fieldOfIssue(path: string, state: TalkFormState): string | undefined {
  if (path === 'date') return fieldId.date;
  if (path === 'advisorId') return fieldId.advisor;
  if (path.startsWith('participants')) return fieldId.participants;
  if (path === 'agreements.schoolYear') return fieldId.agreementsYear;
  const item = /^agreements\.items\.(\d+)\.(agreement|owner|due)/.exec(path);
  if (item) {
    const row = savedRows(state)[Number(item[1])];
    if (!row) return undefined;
    return item[2] === 'agreement' ? fieldId.agreement(row.key) : item[2] === 'owner' ? fieldId.owner(row.key) : fieldId.due(row.key);
  }
  return undefined;
}
