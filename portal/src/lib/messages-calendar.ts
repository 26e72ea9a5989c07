/** The texts of a school's calendar subscription, Dutch first; messages.ts spreads them into its catalogues. */
export const calendarNl = {
  'calendar.title': 'Agenda-abonnement',
  'calendar.intro':
    'Zet de bevestigde activiteiten met een afgesproken datum in de agenda van uw school. Abonneer u in uw agenda-app (Outlook, Google Agenda, Apple Agenda) op de link; nieuwe afspraken verschijnen vanzelf.',
  'calendar.none': 'Uw school heeft nog geen agenda-link.',
  'calendar.since': 'Er is een agenda-link sinds {date}. De link zelf wordt alleen getoond wanneer hij gemaakt wordt.',
  'calendar.create': 'Agenda-link maken',
  'calendar.rotate': 'Nieuwe link maken (de oude werkt dan niet meer)',
  'calendar.revoke': 'Link intrekken',
  'calendar.revoked': 'De agenda-link is ingetrokken: agenda-apps krijgen geen activiteiten meer.',
  'calendar.newLink': 'Uw agenda-link',
  'calendar.secret': 'Wie deze link heeft, ziet de activiteiten van uw school. Deel hem alleen binnen de school.',
} as const;

export type CalendarMessageKey = keyof typeof calendarNl;

export const calendarEn: Record<CalendarMessageKey, string> = {
  'calendar.title': 'Calendar subscription',
  'calendar.intro':
    'Put the confirmed activities with an agreed date in your school’s calendar. Subscribe to the link in your calendar app (Outlook, Google Calendar, Apple Calendar); new appointments appear by themselves.',
  'calendar.none': 'Your school has no calendar link yet.',
  'calendar.since': 'There is a calendar link since {date}. The link itself is shown only when it is made.',
  'calendar.create': 'Make a calendar link',
  'calendar.rotate': 'Make a new link (the old one stops working)',
  'calendar.revoke': 'Revoke the link',
  'calendar.revoked': 'The calendar link is revoked: calendar apps get no more activities.',
  'calendar.newLink': 'Your calendar link',
  'calendar.secret': 'Whoever has this link sees your school’s activities. Share it only within the school.',
};
