import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en, nl, type MessageKey } from './messages.ts';

export type Language = 'nl' | 'en';
const STORAGE_KEY = 'cmk.language';
const catalogues: Record<Language, Record<MessageKey, string>> = { nl, en };

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

interface I18n {
  readonly language: Language;
  readonly setLanguage: (language: Language) => void;
  readonly t: Translate;
}

const I18nContext = createContext<I18n | undefined>(undefined);

function initialLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

/** Dutch unless the user switched: the choice is remembered and sent to the API as Accept-Language. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the switch still holds for this visit.
    }
  }, []);
  const t = useCallback<Translate>(
    (key, values) => catalogues[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => String(values?.[name] ?? whole)),
    [language],
  );
  const value = useMemo(() => ({ language, setLanguage, t }), [language, setLanguage, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

/** A date (YYYY-MM-DD or ISO) in the user's language. */
export function formatDate(value: string, language: Language): string {
  const date = new Date(value.length === 10 ? `${value}T12:00:00` : value);
  return Number.isNaN(date.getTime()) ? value : date.toLocaleDateString(language === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' });
}

export function formatAmount(value: number, language: Language): string {
  return value.toLocaleString(language === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** A moment (ISO date-time) with its time of day, in the user's language and time zone. */
export function formatDateTime(value: string, language: Language): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime())
    ? value
    : date.toLocaleString(language === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}
