/**
 * The words the advice pages show (client/advice/adviceText.ts) and the lead's form turned into a
 * request (client/advice/openRoundRequest.ts): a point's state, its passage now, the time left to
 * the second of a Brussels deadline, and what the form refuses before asking the server (a
 * consultation after the deadline's day among it).
 */
import { describe, expect, it } from 'vitest';
import { passageNowKey, pointStateClass, pointStateKey, timeLeftText } from '../../client/advice/adviceText.js';
import { openRoundRequest, type OpenRoundFields } from '../../client/advice/openRoundRequest.js';
import type { AdvicePointAnswer } from '../../shared/api/advice.js';
import { instantOfLocal } from '../../shared/domain/deadlines.js';
import { t, type MessageKey, type MessageParams } from '../../shared/i18n/strings.js';

const nl = (key: MessageKey, params?: MessageParams) => t('nl', key, params);
const fr = (key: MessageKey, params?: MessageParams) => t('fr', key, params);
const answered = (answer: AdvicePointAnswer['answer']): { answer: AdvicePointAnswer } => ({
  answer: { answer, explanation: 'Zo gebeurd.', byName: 'Pieter', at: 0, links: [] },
});

describe('a point’s state', () => {
  it('is its answer, "nog niet beantwoord" once submitted, "ontwerp" before', () => {
    expect(nl(pointStateKey({ answer: null }, 'draft'))).toBe('ontwerp');
    expect(nl(pointStateKey({ answer: null }, 'submitted'))).toBe('nog niet beantwoord');
    expect(nl(pointStateKey(answered('followed'), 'submitted'))).toBe('gevolgd');
    expect(nl(pointStateKey(answered('partly_followed'), 'submitted'))).toBe('deels gevolgd');
    expect(nl(pointStateKey(answered('not_followed'), 'submitted'))).toBe('niet gevolgd');
    expect(fr(pointStateKey(answered('partly_followed'), 'submitted'))).toBe('partiellement suivi');
    expect(pointStateClass({ answer: null })).toBe('advice-state-open');
    expect(pointStateClass(answered('not_followed'))).toBe('advice-state-not_followed');
  });

  it('says when its passage changed or went, and nothing when it did not (or for a general point)', () => {
    expect(passageNowKey('unchanged')).toBeNull();
    expect(passageNowKey(null)).toBeNull();
    expect(nl(passageNowKey('changed')!)).toBe('passage gewijzigd');
    expect(nl(passageNowKey('deleted')!)).toBe('passage verwijderd');
    expect(fr(passageNowKey('deleted')!)).toBe('passage supprimé');
  });
});

describe('the time left', () => {
  const deadline = instantOfLocal({ date: '2026-03-30', time: '17:00' });
  if (!deadline.ok) throw new Error('no deadline');
  const at = deadline.at;

  it('counts days, hours and minutes down to the deadline', () => {
    expect(timeLeftText(at - 3 * 86_400_000 - 4 * 3_600_000, at, nl)).toBe('nog 3 dagen en 4 uur');
    expect(timeLeftText(at - 86_400_000 - 2 * 3_600_000, at, nl)).toBe('nog 1 dag en 2 uur');
    expect(timeLeftText(at - 5 * 3_600_000 - 20 * 60_000, at, nl)).toBe('nog 5 uur en 20 minuten');
    expect(timeLeftText(at - 25 * 60_000, at, nl)).toBe('nog 25 minuten');
    expect(timeLeftText(at - 90_000, at, fr)).toBe('encore 1 minute');
    expect(timeLeftText(at - 30_000, at, nl)).toBe('nog minder dan een minuut');
  });

  it('runs to the deadline’s last second and is passed one second later', () => {
    expect(timeLeftText(at, at, nl)).toBe('nog minder dan een minuut');
    expect(timeLeftText(at + 999, at, nl)).toBe('nog minder dan een minuut');
    expect(timeLeftText(at + 1000, at, nl)).toBe('termijn verstreken');
  });

  it('counts across the night the clocks go forward (23 hours that day)', () => {
    // From Saturday 28/03/2026 17:00 to Monday 30/03/2026 17:00 in Brussels: 47 hours, not 48.
    const saturday = instantOfLocal({ date: '2026-03-28', time: '17:00' });
    if (!saturday.ok) throw new Error('no date');
    expect(timeLeftText(saturday.at, at, nl)).toBe('nog 1 dag en 23 uur');
  });
});

describe('the lead’s form', () => {
  /** A moment well before the deadlines below. */
  const NOW = Date.UTC(2026, 0, 5, 9);
  const fields: OpenRoundFields = {
    documentId: 'kiv',
    versionChoice: 'new',
    versionId: '',
    versionName: ' Ontwerp voor advies CPG ',
    bodyEntityId: 'cpg',
    question: ' Graag uw advies over de prioriteiten. ',
    consultationDate: '2026-01-28',
    deadlineDate: '2026-02-27',
    deadlineTime: '17:00',
  };

  it('asks for a new version by name, or for an existing one by id, never both', () => {
    expect(openRoundRequest(fields, NOW)).toEqual({
      ok: true,
      request: {
        documentId: 'kiv',
        bodyEntityId: 'cpg',
        question: 'Graag uw advies over de prioriteiten.',
        consultationDate: '2026-01-28',
        deadline: { date: '2026-02-27', time: '17:00' },
        versionName: 'Ontwerp voor advies CPG',
      },
    });
    const existing = openRoundRequest({ ...fields, versionChoice: 'existing', versionId: 'v1' }, NOW);
    expect(existing.ok && existing.request).toMatchObject({ versionId: 'v1' });
    expect(existing.ok && 'versionName' in existing.request).toBe(false);
  });

  it('refuses what is missing, all at once', () => {
    expect(openRoundRequest({ ...fields, versionName: '  ', question: '', consultationDate: '', deadlineDate: '' }, NOW)).toEqual({
      ok: false,
      problems: ['versionName', 'question', 'consultationDate', 'deadline'],
    });
    expect(openRoundRequest({ ...fields, versionChoice: 'existing', versionId: '' }, NOW)).toEqual({ ok: false, problems: ['versionId'] });
  });

  it('refuses a deadline that has passed, to the second', () => {
    const deadline = instantOfLocal({ date: '2026-02-27', time: '17:00' });
    if (!deadline.ok) throw new Error('no deadline');
    expect(openRoundRequest(fields, deadline.at + 999).ok).toBe(true);
    expect(openRoundRequest(fields, deadline.at + 1000)).toEqual({ ok: false, problems: ['deadlinePast'] });
  });

  it("refuses a consultation after the deadline's day, and takes one on that day", () => {
    expect(openRoundRequest({ ...fields, consultationDate: '2026-02-27' }, NOW).ok).toBe(true);
    expect(openRoundRequest({ ...fields, consultationDate: '2026-02-28' }, NOW)).toEqual({ ok: false, problems: ['consultationAfterDeadline'] });
  });

  it('refuses a deadline the Brussels clock skips', () => {
    expect(openRoundRequest({ ...fields, deadlineDate: '2026-03-29', deadlineTime: '02:30' }, NOW)).toEqual({ ok: false, problems: ['nonexistentTime'] });
    expect(openRoundRequest({ ...fields, deadlineDate: '2026-02-30' }, NOW)).toEqual({ ok: false, problems: ['deadline'] });
  });
});
