/**
 * The interface language: Dutch by default, French on request, remembered in localStorage so the
 * choice survives reloads and sign-outs on the same browser.
 */
import {
  LANGUAGES,
  t as translate,
  type Language,
  type MessageKey,
  type MessageParams,
} from '../shared/i18n/strings.js';
import { createStore, useStore } from './store.js';

const STORAGE_KEY = 'akkoord.language';

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return LANGUAGES.find((language) => language === value) ?? 'nl';
  } catch {
    // Storage can be blocked (privacy settings); fall back to Dutch rather than failing to start.
    return 'nl';
  }
}

/** The current language. */
export const languageStore = createStore<Language>(storedLanguage());

/** Switches the interface language and remembers the choice. */
export function setLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered, but still switched for this page.
  }
  languageStore.set(language);
}

/** Keeps `<html lang>` in step so screen readers pronounce the interface correctly. */
export function syncDocumentLanguage(): void {
  document.documentElement.lang = languageStore.get();
  languageStore.subscribe((language) => {
    document.documentElement.lang = language;
  });
}

/** A translate function bound to the interface language. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The translate function for the current language; the component re-renders when it changes. */
export function useT(): Translate {
  const language = useStore(languageStore);
  return (key, params) => translate(language, key, params);
}
