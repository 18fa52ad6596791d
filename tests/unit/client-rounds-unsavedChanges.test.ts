/** The registry of forms with unsaved text and the question asked before leaving the page. */
import { afterEach, describe, expect, it } from 'vitest';
import { languageStore } from '../../client/i18n.js';
import { hasUnsavedChanges, mayLeave, registerUnsaved } from '../../client/unsavedChanges.js';

const withdrawals: (() => void)[] = [];
const register = () => {
  const withdraw = registerUnsaved();
  withdrawals.push(withdraw);
  return withdraw;
};

afterEach(() => {
  for (const withdraw of withdrawals.splice(0)) withdraw();
  languageStore.set('nl');
});

describe('unsaved changes', () => {
  it('lets the app leave without asking when no form holds unsaved text', () => {
    const asked: string[] = [];
    expect(hasUnsavedChanges()).toBe(false);
    expect(mayLeave((question) => (asked.push(question), false))).toBe(true);
    expect(asked).toEqual([]);
  });

  it('asks in Dutch while a form holds unsaved text and stays when the user says no', () => {
    register();
    const asked: string[] = [];
    expect(mayLeave((question) => (asked.push(question), false))).toBe(false);
    expect(asked).toEqual(['U hebt niet-opgeslagen tekst. Pagina toch verlaten?']);
    expect(mayLeave(() => true)).toBe(true);
  });

  it('asks in French when the interface speaks French', () => {
    register();
    languageStore.set('fr');
    const asked: string[] = [];
    mayLeave((question) => (asked.push(question), true));
    expect(asked).toEqual(['Vous avez du texte non enregistré. Quitter quand même la page ?']);
  });

  it('keeps asking until every form has withdrawn, and withdrawing twice changes nothing', () => {
    const first = register();
    const second = register();
    first();
    first();
    expect(hasUnsavedChanges()).toBe(true);
    second();
    expect(hasUnsavedChanges()).toBe(false);
    expect(mayLeave(() => false)).toBe(true);
  });
});
