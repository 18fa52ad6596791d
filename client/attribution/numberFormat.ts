/** Numbers as Belgians write them: 12.345 in Dutch (nl-BE), 12 345 in French (fr-BE). */
import type { Language } from '../../shared/i18n/strings.js';
import { languageStore } from '../i18n.js';
import { useStore } from '../store.js';

const FORMATS: Record<Language, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat('nl-BE'),
  fr: new Intl.NumberFormat('fr-BE'),
};

/** Formats a count in a language's Belgian way. */
export function formatCount(value: number, language: Language): string {
  return FORMATS[language].format(value);
}

/** The count formatter of the interface language; the component re-renders when it changes. */
export function useFormatCount(): (value: number) => string {
  const language = useStore(languageStore);
  return (value) => formatCount(value, language);
}
