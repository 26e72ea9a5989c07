import type { Locale } from '../../sources/content/types.ts';

/** Values of one list with what people read in each language (CONTRACT.md: labels follow Accept-Language, default nl). */
export type LabelTable = Record<string, { readonly nl: string; readonly en: string }>;

/** The label of a value in the request's language; an unknown value shows as itself rather than failing. */
export function lookUpLabel(table: LabelTable, value: string, locale: Locale): string {
  return table[value]?.[locale] ?? value;
}
