import type { Locale } from '../../domain/vocabulary.ts';

/** Values of one list with what people read in each language (labels follow Accept-Language, default nl). */
export type LabelTable = Record<string, { readonly nl: string; readonly en: string }>;

/** The label of a value in the request's language; an unknown value shows as itself rather than failing. */
export function lookUpLabel(table: LabelTable, value: string, locale: Locale): string {
  return table[value]?.[locale] ?? value;
}

/** Labels of the participation lists that people read. */
export const participationLabels = {
  bookingStatus: {
    REQUESTED: { nl: 'Aangevraagd', en: 'Requested' },
    CONFIRMED: { nl: 'Bevestigd', en: 'Confirmed' },
    DECLINED: { nl: 'Afgewezen', en: 'Declined' },
    CANCELLED: { nl: 'Geannuleerd', en: 'Cancelled' },
    HELD: { nl: 'Uitgevoerd', en: 'Held' },
    EVALUATED: { nl: 'Geëvalueerd', en: 'Evaluated' },
  },
  cancellationReason: {
    SCHEDULE_CONFLICT: { nl: 'Past niet in de planning', en: 'Schedule conflict' },
    ILLNESS: { nl: 'Ziekte', en: 'Illness' },
    TOO_FEW_PUPILS: { nl: 'Te weinig leerlingen', en: 'Too few pupils' },
    BUDGET: { nl: 'Budget', en: 'Budget' },
    PARTNER_UNAVAILABLE: { nl: 'Cultuurpartner niet beschikbaar', en: 'Partner unavailable' },
    WEATHER: { nl: 'Weersomstandigheden', en: 'Weather' },
    OTHER: { nl: 'Anders', en: 'Other' },
  },
  trajectory: {
    INDIVIDUAL_TRAJECTORY: { nl: 'Individueel traject', en: 'Individual trajectory' },
    PROEFTUIN: { nl: 'Proeftuin', en: 'Proeftuin (pilot)' },
    NETWORK: { nl: 'Netwerk', en: 'Network' },
  },
  eviPillar: {
    VISION: { nl: 'Visie', en: 'Vision' },
    EXPERTISE: { nl: 'Deskundigheid', en: 'Expertise' },
    PROGRAMME: { nl: 'Programma', en: 'Programme' },
    COLLABORATION: { nl: 'Samenwerking', en: 'Collaboration' },
    PUPIL: { nl: 'Leerling', en: 'Pupil' },
  },
  currentStateAspect: {
    VISION: { nl: 'Visie op kunst- en cultuureducatie', en: 'Vision on arts and culture education' },
    TEACHER_EXPERTISE: { nl: 'Deskundigheid vakdocenten', en: 'Expertise of subject teachers' },
    CULTURAL_COLLABORATION: { nl: 'Samenwerking met de culturele omgeving', en: 'Collaboration with the cultural environment' },
    OFFER_QUALITY: { nl: 'Kwaliteit van het aanbod', en: 'Quality of the offer' },
    CURRICULUM_EMBEDDING: { nl: 'Borging in PTA en curriculum', en: 'Embedding in the curriculum' },
    ORGANISATION: { nl: 'Organisatie en overleg', en: 'Organisation and consultation' },
  },
} satisfies Record<string, LabelTable>;

export function participationLabel(list: keyof typeof participationLabels, value: string, locale: Locale): string {
  return lookUpLabel(participationLabels[list], value, locale);
}
