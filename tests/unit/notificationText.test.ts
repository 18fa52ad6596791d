/** Every notification's sentence, in Dutch and French, filled from its params; and its mail. */
import { describe, expect, it } from 'vitest';
import { NOTIFICATION_KINDS, NOTIFICATION_PARAM_NAMES, type NotificationKind, type NotificationParams } from '../../shared/api/notifications.js';
import { notificationText } from '../../shared/i18n/notificationText.js';
import { LANGUAGES, nl } from '../../shared/i18n/strings.js';
import { renderMail } from '../../server/domain/notifications/renderMail.js';

/** Plausible params per name; translated values as the senders write them. */
const SAMPLE: Record<string, string | number> = {
  round: 'Insteek KIV 2026',
  deadline: '09/09/2025 17:00',
  entity: 'Vlaamse Regering',
  processing: '@round.processing.partly_processed',
  number: 7,
  title: 'Cybercriminaliteit expliciet noemen',
  decision: '@amendment.status.accepted_modified',
  version: 'Ontwerp voor advies CPG',
  body: 'College van Procureurs-Generaal',
};

function paramsOf(kind: NotificationKind): NotificationParams {
  return Object.fromEntries(NOTIFICATION_PARAM_NAMES[kind].map((name) => [name, SAMPLE[name]!]));
}

describe('notification sentences', () => {
  it('use exactly the params each kind is documented to take', () => {
    for (const kind of NOTIFICATION_KINDS) {
      const placeholders = [...nl[`notification.${kind}`].matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
      expect(placeholders, kind).toEqual([...NOTIFICATION_PARAM_NAMES[kind]].sort());
    }
  });

  it('render every kind in both languages with every param filled and every @key translated', () => {
    for (const language of LANGUAGES) {
      for (const kind of NOTIFICATION_KINDS) {
        const text = notificationText(language, kind, paramsOf(kind));
        expect(text, `${language} ${kind}`).not.toMatch(/\{\w+\}/);
        expect(text, `${language} ${kind}`).not.toContain('@');
        for (const name of NOTIFICATION_PARAM_NAMES[kind]) {
          const value = SAMPLE[name]!;
          if (typeof value === 'string' && value.startsWith('@')) continue;
          expect(text, `${language} ${kind} ${name}`).toContain(String(value));
        }
      }
    }
  });

  it('translate the decision of an amendment and the processing of an item', () => {
    expect(notificationText('nl', 'amendment_decided', paramsOf('amendment_decided'))).toBe(
      'Beslissing over amendement 7 "Cybercriminaliteit expliciet noemen": Aanvaard mits wijziging.',
    );
    expect(notificationText('fr', 'amendment_decided', paramsOf('amendment_decided'))).toBe(
      'Décision sur l’amendement 7 « Cybercriminaliteit expliciet noemen » : Accepté moyennant modification.',
    );
    expect(notificationText('nl', 'item_processed', paramsOf('item_processed'))).toContain(': deels verwerkt.');
    expect(notificationText('fr', 'item_processed', paramsOf('item_processed'))).toContain(' : partiellement traité.');
  });

  it('leave a value that only looks like a key as it is', () => {
    const text = notificationText('nl', 'amendment_decided', { number: 1, title: '@handle op sociale media', decision: '@amendment.status.rejected' });
    expect(text).toBe('Beslissing over amendement 1 "@handle op sociale media": Verworpen.');
  });

  it('show a missing param rather than hiding it', () => {
    expect(notificationText('nl', 'advice_answered', {})).toContain('{version}');
  });
});

describe('a notification mail', () => {
  it('carries the Dutch and the French sentence and the absolute link', () => {
    const mail = renderMail('https://akkoord.example', 'amendment_decided', paramsOf('amendment_decided'), '/amendments/abc');
    expect(mail.subject).toBe('Akkoord: Beslissing over amendement 7 "Cybercriminaliteit expliciet noemen": Aanvaard mits wijziging.');
    expect(mail.body).toContain('Décision sur l’amendement 7');
    expect(mail.body).toContain('https://akkoord.example/amendments/abc');
  });
});
