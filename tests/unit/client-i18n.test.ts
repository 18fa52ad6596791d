import { describe, expect, it } from 'vitest';
import { fr, nl, t } from '../../shared/i18n/strings.js';

describe('interface strings', () => {
  it('Dutch and French have the same keys', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(nl).sort());
  });

  it('no string is empty', () => {
    for (const [language, dictionary] of Object.entries({ nl, fr })) {
      for (const [key, value] of Object.entries(dictionary)) {
        expect(value.trim(), `${language} ${key}`).not.toBe('');
      }
    }
  });

  it('both languages use the same placeholders per key', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect(placeholders(fr[key]), key).toEqual(placeholders(nl[key]));
    }
  });

  it('fills placeholders and keeps unknown ones visible', () => {
    expect(t('nl', 'login.tooManyAttempts', { seconds: 30 })).toBe('Te veel pogingen, probeer opnieuw over 30 seconden.');
    expect(t('fr', 'login.tooManyAttempts', { seconds: 30 })).toBe('Trop de tentatives, réessayez dans 30 secondes.');
    expect(t('nl', 'login.tooManyAttempts')).toContain('{seconds}');
  });

  it('has the exact save indicator texts', () => {
    expect([nl['save.saved'], nl['save.saving'], nl['save.offline'], nl['save.readOnly'], nl['save.connecting']]).toEqual([
      'Opgeslagen',
      'Opslaan…',
      'Offline — wijzigingen worden bewaard',
      'Alleen lezen',
      'Verbinden…',
    ]);
    expect([fr['save.saved'], fr['save.saving'], fr['save.offline'], fr['save.readOnly'], fr['save.connecting']]).toEqual([
      'Enregistré',
      'Enregistrement…',
      'Hors ligne — les modifications sont conservées',
      'Lecture seule',
      'Connexion…',
    ]);
  });
});
