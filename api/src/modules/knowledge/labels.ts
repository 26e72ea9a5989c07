/** Labels of the knowledge lists people read, per language (`label` follows Accept-Language, default nl). */
import type { Locale } from '../../domain/vocabulary.ts';
import { lookUpLabel, type LabelTable } from '../common/labels.ts';
import { label as offerLabel, labels } from '../offers/labels.ts';
import type { KnowledgeFacet } from './search.ts';

export const knowledgeLabels = {
  kind: {
    PRACTICE_EXAMPLE: { nl: 'Praktijkvoorbeeld', en: 'Practice example' },
    WORK_FORM: { nl: 'Werkvorm', en: 'Work form' },
    RESEARCH_SUMMARY: { nl: 'Onderzoekssamenvatting', en: 'Research summary' },
    PUBLICATION: { nl: 'Publicatie', en: 'Publication' },
    PODCAST: { nl: 'Podcast', en: 'Podcast' },
    VIDEO: { nl: 'Video', en: 'Video' },
    FACTSHEET: { nl: 'Factsheet', en: 'Factsheet' },
    LESSON_LEARNED: { nl: 'Falen en leren', en: 'Lesson learned' },
    GUIDELINE: { nl: 'Richtlijn', en: 'Guideline' },
  },
  status: {
    STARTING: { nl: 'Start', en: 'Starting' },
    ACTIVE: { nl: 'Actief', en: 'Active' },
    GOAL_REACHED: { nl: 'Doel bereikt', en: 'Goal reached' },
    CLOSED: { nl: 'Gesloten', en: 'Closed' },
  },
  role: {
    ICC_COORDINATOR: { nl: 'ICC’er', en: 'School culture coordinator' },
    ARTS_TEACHER: { nl: 'Vakdocent', en: 'Arts teacher' },
    CULTURAL_PARTNER: { nl: 'Cultuurpartner', en: 'Cultural partner' },
    CIVIL_SERVANT: { nl: 'Ambtenaar', en: 'Civil servant' },
    HEAD_TEACHER: { nl: 'Directeur', en: 'Head teacher' },
    ADVISOR: { nl: 'Adviseur', en: 'Advisor' },
    ARTIST: { nl: 'Kunstenaar', en: 'Artist' },
  },
  /** The CMS theme list, the same labels as on offers; an unknown code reads as itself. */
  theme: labels.theme,
} as const satisfies Record<string, LabelTable>;

export const knowledgeLabel = (list: keyof typeof knowledgeLabels, value: string, locale: Locale) =>
  lookUpLabel(knowledgeLabels[list], value, locale);

export function facetLabel(facet: KnowledgeFacet, value: string, locale: Locale): string {
  switch (facet) {
    case 'kinds':
      return knowledgeLabel('kind', value, locale);
    case 'themes':
      return knowledgeLabel('theme', value, locale);
    case 'usefulFor':
      return knowledgeLabel('role', value, locale);
    case 'disciplines':
      return offerLabel('discipline', value, locale);
    case 'sectors':
      return offerLabel('sector', value, locale);
  }
}
