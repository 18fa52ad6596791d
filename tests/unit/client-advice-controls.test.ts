/**
 * Which controls the advice round page shows (client/advice/adviceControls.ts) for each viewer, from
 * the server's `may` and the state of the round and the advice; and what an answer may link to
 * (client/advice/answerLinks.ts).
 */
import { describe, expect, it } from 'vitest';
import { adviceControls } from '../../client/advice/adviceControls.js';
import { linkOptions } from '../../client/advice/answerLinks.js';
import type { Advice, AdvicePoint, AdviceRoundSummary } from '../../shared/api/advice.js';
import { t, type MessageKey, type MessageParams } from '../../shared/i18n/strings.js';

type Round = Pick<AdviceRoundSummary, 'status' | 'may' | 'adviceSubmittedAt'>;
type AdviceState = Pick<Advice, 'status' | 'may'>;

const round = (may: Partial<Round['may']> = {}, status: Round['status'] = 'open', adviceSubmittedAt: number | null = null): Round => ({
  status,
  adviceSubmittedAt,
  may: { draft: false, submit: false, answer: false, close: false, ...may },
});
const advice = (status: AdviceState['status'], may: Partial<AdviceState['may']> = {}): AdviceState => ({
  status,
  may: { draft: false, submit: false, ...may },
});
const point = (edit: boolean, answer: boolean): Pick<AdvicePoint, 'may'> => ({ may: { edit, answer } });

/** The controls as a plain object, for one point that the server lets the viewer edit and answer. */
function shown(r: Round, a: AdviceState | null) {
  const controls = adviceControls(r, a);
  return {
    addPoints: controls.addPoints,
    editGeneralText: controls.editGeneralText,
    submit: controls.submit,
    close: controls.close,
    report: controls.report,
    editPoint: controls.editPoint(point(true, true)),
    answerPoint: controls.answerPoint(point(true, true)),
  };
}

const NOTHING = { addPoints: false, editGeneralText: false, submit: false, close: false, report: false, editPoint: false, answerPoint: false };

describe('the advice round page’s controls', () => {
  it('let the body’s advisers draft and submit while the advice is a draft', () => {
    expect(shown(round({ draft: true, submit: true }), advice('draft', { draft: true, submit: true }))).toEqual({
      ...NOTHING,
      addPoints: true,
      editGeneralText: true,
      submit: true,
      editPoint: true,
    });
    // A point the server does not let this adviser edit keeps its buttons off.
    expect(adviceControls(round({ draft: true }), advice('draft', { draft: true })).editPoint(point(false, false))).toBe(false);
  });

  it('leave the advisers nothing to change once the advice is submitted, but the report', () => {
    expect(shown(round({}, 'open', 1), advice('submitted'))).toEqual({ ...NOTHING, report: true });
  });

  it('give the lead only "Ronde afsluiten" before the advice is in (the draft is not theirs to see)', () => {
    expect(shown(round({ close: true }), null)).toEqual({ ...NOTHING, close: true });
  });

  it('let the lead answer points of submitted advice, download the report and close the round', () => {
    expect(shown(round({ answer: true, close: true }, 'open', 1), advice('submitted'))).toEqual({
      ...NOTHING,
      close: true,
      report: true,
      answerPoint: true,
    });
    // A point the server says the viewer may not answer has no form.
    expect(adviceControls(round({ answer: true }, 'open', 1), advice('submitted')).answerPoint(point(false, false))).toBe(false);
  });

  it('show a reader of submitted advice the report and nothing to act on', () => {
    expect(shown(round({}, 'closed', 1), advice('submitted'))).toEqual({ ...NOTHING, report: true });
  });

  it('offer no drafting on a closed round, whatever an old answer of the server says', () => {
    expect(shown(round({ draft: true, submit: true, close: true }, 'closed'), advice('draft', { draft: true, submit: true }))).toEqual(NOTHING);
  });

  it('never offer answering on a draft', () => {
    expect(adviceControls(round({ answer: true }), advice('draft')).answerPoint(point(false, true))).toBe(false);
  });
});

describe('what an answer may link to', () => {
  const nl = (key: MessageKey, params?: MessageParams) => t('nl', key, params);

  it('is the submitted and decided amendments by number, then the versions', () => {
    const amendments = [
      { id: 'a3', number: 3, status: 'accepted' as const, title: 'Cyberveiligheid' },
      { id: 'd', number: null, status: 'draft' as const, title: 'Ontwerp' },
      { id: 'a1', number: 1, status: 'submitted' as const, title: 'Groene criminaliteit' },
      { id: 'w', number: 2, status: 'withdrawn' as const, title: 'Ingetrokken' },
    ];
    expect(linkOptions(amendments, [{ id: 'v1', name: 'Ontwerp voor advies CPG' }], nl)).toEqual([
      { kind: 'amendment', id: 'a1', label: 'Amendement 1 — Groene criminaliteit' },
      { kind: 'amendment', id: 'a3', label: 'Amendement 3 — Cyberveiligheid' },
      { kind: 'version', id: 'v1', label: 'Ontwerp voor advies CPG' },
    ]);
  });
});
