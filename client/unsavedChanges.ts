/**
 * Forms holding typed text that is not saved yet. While any is open, leaving the page asks first:
 * the browser's own question on a reload or a closed tab (`beforeunload`), and ours on the app's
 * own navigation (`navigate` in router.ts asks `mayLeave`). A form takes part with
 * `useUnsavedChanges(itsTextDiffersFromTheStoredOne)`.
 */
import { useEffect } from 'preact/hooks';
import { t as translate } from '../shared/i18n/strings.js';
import { languageStore } from './i18n.js';

/** One registration per form with unsaved text; a form registers at most once at a time. */
const unsaved = new Set<symbol>();

/** Records a form with unsaved text; the returned function withdraws it (saved, emptied or gone). */
export function registerUnsaved(): () => void {
  const token = Symbol('unsaved form');
  unsaved.add(token);
  return () => {
    unsaved.delete(token);
  };
}

/** Whether any form holds unsaved text. */
export function hasUnsavedChanges(): boolean {
  return unsaved.size > 0;
}

/** The question put before the app leaves a page with unsaved text, in the interface language. */
export function unsavedLeaveQuestion(): string {
  return translate(languageStore.get(), 'common.unsavedLeave');
}

/**
 * Whether the app may leave the current page: yes when nothing is unsaved, otherwise what the user
 * answers to `ask` (the browser's `confirm` unless a test passes its own).
 */
export function mayLeave(ask: (question: string) => boolean = (question) => confirm(question)): boolean {
  return !hasUnsavedChanges() || ask(unsavedLeaveQuestion());
}

/** Browsers show their own wording; they only need to be told there is something to lose. */
function askBeforeUnload(event: BeforeUnloadEvent): void {
  event.preventDefault();
  // Older Chromium needs returnValue set as well (https://crbug.com/1154131).
  event.returnValue = '';
}

/** Registers the calling form while `isUnsaved` holds, and asks before the tab is closed or reloaded. */
export function useUnsavedChanges(isUnsaved: boolean): void {
  useEffect(() => {
    if (!isUnsaved) return;
    const withdraw = registerUnsaved();
    // Only while something is unsaved: a page with a beforeunload listener loses the back/forward cache.
    addEventListener('beforeunload', askBeforeUnload);
    return () => {
      withdraw();
      // One listener serves every form (adding the same function twice adds it once): it stays while another form is unsaved.
      if (!hasUnsavedChanges()) removeEventListener('beforeunload', askBeforeUnload);
    };
  }, [isUnsaved]);
}
