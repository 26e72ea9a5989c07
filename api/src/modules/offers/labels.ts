/** Labels of the offer lists people read, per language (`label` follows Accept-Language, default nl). */
import type { Locale } from '../../domain/vocabulary.ts';
import { lookUpLabel, type LabelTable } from '../common/labels.ts';

export const labels = {
  discipline: {
    VISUAL_ARTS: { nl: 'Beeldend', en: 'Visual arts' },
    DANCE: { nl: 'Dans', en: 'Dance' },
    THEATRE: { nl: 'Drama en theater', en: 'Theatre' },
    MUSIC: { nl: 'Muziek', en: 'Music' },
    MEDIA: { nl: 'Media (film, fotografie, digitaal)', en: 'Media (film, photo, digital)' },
    LITERATURE: { nl: 'Literatuur', en: 'Literature' },
    HERITAGE: { nl: 'Erfgoed', en: 'Heritage' },
    ARCHITECTURE_DESIGN: { nl: 'Architectuur en vormgeving', en: 'Architecture and design' },
    MULTIDISCIPLINARY: { nl: 'Multidisciplinair', en: 'Multidisciplinary' },
  },
  sector: {
    BO: { nl: 'Basisonderwijs', en: 'Primary education' },
    SBO: { nl: 'Speciaal basisonderwijs', en: 'Special primary education' },
    SO: { nl: 'Speciaal onderwijs', en: 'Special education' },
    VSO: { nl: 'Voortgezet speciaal onderwijs', en: 'Special secondary education' },
    PRO: { nl: 'Praktijkonderwijs', en: 'Practical education' },
    VMBO: { nl: 'Vmbo', en: 'Pre-vocational secondary (vmbo)' },
    HAVO: { nl: 'Havo', en: 'Senior general secondary (havo)' },
    VWO: { nl: 'Vwo', en: 'Pre-university (vwo)' },
    MBO: { nl: 'Mbo', en: 'Vocational education (mbo)' },
  },
  offerType: {
    PERFORMANCE: { nl: 'Voorstelling', en: 'Performance' },
    VISIT: { nl: 'Bezoek of rondleiding', en: 'Visit or guided tour' },
    WORKSHOP: { nl: 'Workshop', en: 'Workshop' },
    LESSON_SERIES: { nl: 'Lessenreeks', en: 'Lesson series' },
    PROJECT: { nl: 'Project', en: 'Project' },
    TEACHER_TRAINING: { nl: 'Nascholing', en: 'Teacher training' },
    TEACHING_MATERIAL: { nl: 'Lesmateriaal', en: 'Teaching material' },
  },
  locationType: {
    AT_SCHOOL: { nl: 'Op school', en: 'At school' },
    AT_VENUE: { nl: 'Op locatie van de partner', en: "At the partner's venue" },
    BY_AGREEMENT: { nl: 'In overleg', en: 'By agreement' },
    ONLINE: { nl: 'Online', en: 'Online' },
  },
  priceUnit: {
    PER_PUPIL: { nl: 'per leerling', en: 'per pupil' },
    PER_GROUP: { nl: 'per groep', en: 'per group' },
    FIXED: { nl: 'vast bedrag', en: 'fixed price' },
  },
} satisfies Record<string, LabelTable>;

export type LabelList = keyof typeof labels;

export function label(list: LabelList, value: string, locale: Locale): string {
  return lookUpLabel(labels[list], value, locale);
}
