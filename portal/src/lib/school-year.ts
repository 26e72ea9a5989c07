/** The school year of a date, 1 August to 31 July (as the API counts it): 2025-2026. */
export function schoolYearOf(date: Date): string {
  const year = date.getUTCFullYear();
  const start = date.getUTCMonth() >= 7 ? year : year - 1;
  return `${start}-${start + 1}`;
}

/** This school year and the few before it, newest first. */
export function recentSchoolYears(now = new Date(), count = 3): string[] {
  const start = Number(schoolYearOf(now).slice(0, 4));
  return Array.from({ length: count }, (_, i) => `${start - i}-${start - i + 1}`);
}
