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
  // The CMS's fixed lists (cms/src/seed/lists.ts): codes as the sync carries them.
  theme: {
    CITIZENSHIP: { nl: 'Burgerschap', en: 'Citizenship' },
    CRAFTSMANSHIP: { nl: 'Vakmanschap en meesterschap', en: 'Craftsmanship' },
    CAREER_ORIENTATION: { nl: 'Beroepsoriëntatie', en: 'Career orientation' },
    LANGUAGE_AND_ART: { nl: 'Taal en kunst', en: 'Language and art' },
    SCIENCE_AND_TECHNOLOGY: { nl: 'Wetenschap en techniek', en: 'Science and technology' },
    SOCIAL_DOMAIN: { nl: 'Sociaal domein en welzijn', en: 'Social domain and well-being' },
    IN_AND_OUT_OF_SCHOOL: { nl: 'Binnen- en buitenschools', en: 'In and out of school' },
  },
  kerndoel: {
    'PO-54': {
      nl: 'Kerndoel 54: beelden, taal, muziek, spel en beweging gebruiken',
      en: 'Core goal 54: using images, language, music, play and movement',
    },
    'PO-55': {
      nl: 'Kerndoel 55: reflecteren op eigen werk en dat van anderen',
      en: 'Core goal 55: reflecting on one’s own work and that of others',
    },
    'PO-56': { nl: 'Kerndoel 56: cultureel erfgoed', en: 'Core goal 56: cultural heritage' },
    'VO-48': { nl: 'Kerndoel 48: kunstzinnige activiteiten uitvoeren', en: 'Core goal 48: carrying out artistic activities' },
    'VO-49': { nl: 'Kerndoel 49: kunstvakken verkennen', en: 'Core goal 49: exploring the arts subjects' },
    'VO-50': { nl: 'Kerndoel 50: kunst en cultuur beleven', en: 'Core goal 50: experiencing art and culture' },
    'VO-51': { nl: 'Kerndoel 51: reflecteren en presenteren', en: 'Core goal 51: reflecting and presenting' },
    'VO-52': { nl: 'Kerndoel 52: kunst in de eigen omgeving', en: 'Core goal 52: art in one’s own surroundings' },
    'KC-MAKEN': { nl: 'Kunst en cultuur: maken', en: 'Art and culture: making' },
    'KC-WAARNEMEN': { nl: 'Kunst en cultuur: waarnemen', en: 'Art and culture: perceiving' },
    'KC-BELEVEN': { nl: 'Kunst en cultuur: beleven', en: 'Art and culture: experiencing' },
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
