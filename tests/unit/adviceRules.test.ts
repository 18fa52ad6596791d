/** The advice round rules: who may open, see, draft, submit, answer and close, and when advice is late. */
import { describe, expect, it } from 'vitest';
import {
  adviceSubmitProblem,
  answerNeedsExplanation,
  canAnswerPoint,
  canCloseAdviceRound,
  canDraftAdvice,
  canOpenAdviceRound,
  canSeeAdvice,
  canSeeAdviceRound,
  isAdviceLead,
  isAdviserOf,
  isConsultationAfterDeadline,
  isLate,
  type AdviceFacts,
  type AdviceRoundFacts,
  type AdviceRoundStatus,
  type AdviceStatus,
} from '../../shared/domain/adviceRules.js';
import { instantOfLocal } from '../../shared/domain/deadlines.js';
import type { Actor, Role } from '../../shared/domain/roles.js';

const kiv = { id: 'kiv', leadEntityId: 'justitie' };
const nvp = { id: 'nvp', leadEntityId: 'politie' };
const actor = (role: Role, entityId: string | null): Actor => ({ userId: `${role}@${entityId}`, role, entityId });

const kivLead = actor('lead', 'justitie');
const nvpLead = actor('lead', 'politie');
const cpgAdviser = actor('adviser', 'cpg');
const otherAdviser = actor('adviser', 'hoge-raad');
const justitieContributor = actor('contributor', 'justitie');
const coordinator = actor('coordinator', 'vlaanderen');
const contributor = actor('contributor', 'wallonie');
const reader = actor('reader', 'binnenland');
const admin = actor('admin', null);
const everyone = [kivLead, nvpLead, cpgAdviser, otherAdviser, justitieContributor, coordinator, contributor, reader, admin];

/** A Brussels wall-clock time as an instant (the fixture's deadlines). */
const at = (date: string, time: string): number => {
  const instant = instantOfLocal({ date, time });
  if (!instant.ok) throw new Error(`${date} ${time}: ${instant.problem}`);
  return instant.at;
};

const deadline = at('2026-02-09', '17:00');
const round = (status: AdviceRoundStatus = 'open', deadlineAt = deadline): AdviceRoundFacts => ({ status, document: kiv, bodyEntityId: 'cpg', deadlineAt });
const advice = (status: AdviceStatus, entityId = 'cpg'): AdviceFacts => ({ entityId, status });

describe('advice round rules', () => {
  it("lets only the document's lead open a round on it", () => {
    expect(canOpenAdviceRound(kivLead, kiv)).toBe(true);
    expect(canOpenAdviceRound(nvpLead, nvp)).toBe(true);
    for (const who of [nvpLead, cpgAdviser, justitieContributor, coordinator, contributor, reader, admin, null]) {
      expect(canOpenAdviceRound(who, kiv)).toBe(false);
    }
  });

  it('knows the body\'s advisers and the round\'s lead', () => {
    expect(isAdviserOf(cpgAdviser, round())).toBe(true);
    for (const who of [otherAdviser, kivLead, actor('reader', 'cpg'), null]) expect(isAdviserOf(who, round())).toBe(false);
    expect(isAdviceLead(kivLead, round())).toBe(true);
    for (const who of [nvpLead, justitieContributor, cpgAdviser, null]) expect(isAdviceLead(who, round())).toBe(false);
  });

  it('shows a round to its lead and the body before submission, and to every participant after', () => {
    const draft = advice('draft');
    for (const who of [kivLead, cpgAdviser]) expect(canSeeAdviceRound(who, round(), draft)).toBe(true);
    for (const who of [nvpLead, otherAdviser, justitieContributor, coordinator, contributor, reader, admin, null]) {
      expect(canSeeAdviceRound(who, round(), draft)).toBe(false);
    }
    for (const who of everyone) expect(canSeeAdviceRound(who, round(), advice('submitted'))).toBe(true);
    expect(canSeeAdviceRound(null, round(), advice('submitted'))).toBe(false);
  });

  it("keeps a draft advice inside the body, the lead included, and opens it to all once submitted", () => {
    const draft = advice('draft');
    expect(canSeeAdvice(cpgAdviser, round(), draft)).toBe(true);
    for (const who of [kivLead, nvpLead, otherAdviser, justitieContributor, coordinator, contributor, reader, admin, null]) {
      expect(canSeeAdvice(who, round(), draft)).toBe(false);
    }
    // An adviser of the body sees only the body's own advice, never another entity's row on the round.
    expect(canSeeAdvice(cpgAdviser, round(), advice('draft', 'hoge-raad'))).toBe(false);
    for (const who of everyone) expect(canSeeAdvice(who, round(), advice('submitted'))).toBe(true);
    expect(canSeeAdvice(null, round(), advice('submitted'))).toBe(false);
  });

  it("lets the body's advisers draft while the advice is a draft and the round open, nobody else", () => {
    expect(canDraftAdvice(cpgAdviser, round(), advice('draft'))).toBe(true);
    expect(canDraftAdvice(cpgAdviser, round(), advice('submitted'))).toBe(false);
    expect(canDraftAdvice(cpgAdviser, round('closed'), advice('draft'))).toBe(false);
    expect(canDraftAdvice(cpgAdviser, round(), advice('draft', 'hoge-raad'))).toBe(false);
    for (const who of [kivLead, otherAdviser, justitieContributor, coordinator, reader, admin, null]) {
      expect(canDraftAdvice(who, round(), advice('draft'))).toBe(false);
    }
  });

  it('says why advice cannot be submitted, in order: who, status, round, content', () => {
    const draft = advice('draft');
    expect(adviceSubmitProblem(cpgAdviser, round(), draft, 1, '')).toBeNull();
    expect(adviceSubmitProblem(cpgAdviser, round(), draft, 0, 'Algemeen advies.')).toBeNull();
    expect(adviceSubmitProblem(cpgAdviser, round(), draft, 0, '  \n ')).toBe('empty');
    expect(adviceSubmitProblem(cpgAdviser, round('closed'), draft, 1, '')).toBe('round_closed');
    expect(adviceSubmitProblem(cpgAdviser, round(), advice('submitted'), 1, '')).toBe('not_a_draft');
    expect(adviceSubmitProblem(cpgAdviser, round('closed'), advice('submitted'), 0, '')).toBe('not_a_draft');
    for (const who of [kivLead, otherAdviser, reader, admin, null]) expect(adviceSubmitProblem(who, round(), draft, 1, '')).toBe('forbidden');
    expect(adviceSubmitProblem(cpgAdviser, round(), advice('draft', 'hoge-raad'), 1, '')).toBe('forbidden');
  });

  it('takes advice after the deadline, marked late to the second in Brussels time', () => {
    // The deadline is not a submission problem: the same draft may be submitted before and after it.
    expect(adviceSubmitProblem(cpgAdviser, round('open', at('2020-01-01', '12:00')), advice('draft'), 1, '')).toBeNull();
    expect(isLate(deadline - 60_000, round())).toBe(false);
    expect(isLate(deadline, round())).toBe(false);
    expect(isLate(deadline + 999, round())).toBe(false);
    expect(isLate(deadline + 1_000, round())).toBe(true);
  });

  it('counts lateness in local time across the change to summer time', () => {
    // 29 March 2026: Brussels goes from 02:00 CET to 03:00 CEST; 17:00 that day is 15:00 UTC, not 16:00.
    const summer = round('open', at('2026-03-29', '17:00'));
    expect(summer.deadlineAt).toBe(Date.UTC(2026, 2, 29, 15, 0, 0));
    expect(isLate(Date.UTC(2026, 2, 29, 15, 0, 0, 999), summer)).toBe(false);
    expect(isLate(Date.UTC(2026, 2, 29, 15, 0, 1), summer)).toBe(true);
    // The day before, still winter time: 17:00 is 16:00 UTC.
    const winter = round('open', at('2026-03-28', '17:00'));
    expect(isLate(Date.UTC(2026, 2, 28, 16, 0, 0), winter)).toBe(false);
    expect(isLate(Date.UTC(2026, 2, 28, 16, 0, 1), winter)).toBe(true);
  });

  it("lets only the document's lead answer, and only submitted advice", () => {
    expect(canAnswerPoint(kivLead, round(), advice('submitted'))).toBe(true);
    // Answers come after the consultation: a closed round's advice is still answered.
    expect(canAnswerPoint(kivLead, round('closed'), advice('submitted'))).toBe(true);
    expect(canAnswerPoint(kivLead, round(), advice('draft'))).toBe(false);
    for (const who of [nvpLead, cpgAdviser, otherAdviser, justitieContributor, coordinator, reader, admin, null]) {
      expect(canAnswerPoint(who, round(), advice('submitted'))).toBe(false);
    }
  });

  it('needs an explanation unless the advice is followed', () => {
    expect(answerNeedsExplanation('followed')).toBe(false);
    expect(answerNeedsExplanation('partly_followed')).toBe(true);
    expect(answerNeedsExplanation('not_followed')).toBe(true);
  });

  it("refuses a consultation after the deadline's day in Brussels, and takes one on that day", () => {
    expect(isConsultationAfterDeadline('2026-01-28', deadline)).toBe(false);
    expect(isConsultationAfterDeadline('2026-02-09', deadline)).toBe(false);
    expect(isConsultationAfterDeadline('2026-02-10', deadline)).toBe(true);
    expect(isConsultationAfterDeadline('2027-01-01', deadline)).toBe(true);
    // 00:30 in Brussels is still the evening before in UTC: the consultation that Brussels day is on time.
    const justAfterMidnight = at('2026-02-09', '00:30');
    expect(new Date(justAfterMidnight).toISOString().slice(0, 10)).toBe('2026-02-08');
    expect(isConsultationAfterDeadline('2026-02-09', justAfterMidnight)).toBe(false);
    expect(isConsultationAfterDeadline('2026-02-10', justAfterMidnight)).toBe(true);
    // And in summer time (two hours ahead of UTC), at a deadline just before midnight.
    const summerNight = at('2026-07-31', '23:59');
    expect(isConsultationAfterDeadline('2026-07-31', summerNight)).toBe(false);
    expect(isConsultationAfterDeadline('2026-08-01', summerNight)).toBe(true);
  });

  it("lets the document's lead close an open round once", () => {
    expect(canCloseAdviceRound(kivLead, round())).toBe(true);
    expect(canCloseAdviceRound(kivLead, round('closed'))).toBe(false);
    for (const who of [nvpLead, cpgAdviser, justitieContributor, reader, admin, null]) expect(canCloseAdviceRound(who, round())).toBe(false);
  });
});
