/**
 * The contribution round rules: who may open, see, draft in, review, remove, submit, extend, process
 * and close, which status follows which, submission by the deadline to the second, and a round on
 * both documents run by both documents' leads.
 */
import { describe, expect, it } from 'vitest';
import {
  canAddItem,
  canCloseRound,
  canEditItem,
  canExtendDeadline,
  canOpenRound,
  canOpenRoundOn,
  canProcessItem,
  canRemoveItem,
  canReviewContribution,
  canSeeContribution,
  canSeeRound,
  isInvited,
  isRoundLead,
  processingNeedsReason,
  submitProblem,
  type ContributionFacts,
  type ContributionStatus,
  type ItemFacts,
  type RoundFacts,
  type RoundStatus,
} from '../../shared/domain/contributionRules.js';
import { instantOfLocal } from '../../shared/domain/deadlines.js';
import type { Actor, Role } from '../../shared/domain/roles.js';

const actor = (role: Role, entityId: string | null, userId = `${role}@${entityId}`): Actor => ({ userId, role, entityId });
const round = (status: RoundStatus = 'open'): RoundFacts => ({ status, leadEntityIds: ['justitie'], invitedEntityIds: ['vlaanderen', 'wallonie', 'politie'] });
/** A round on the KIV (led by justitie) and the NVP (led by politie), inviting Flanders and Wallonia. */
const bothDocuments = (status: RoundStatus = 'open'): RoundFacts => ({ status, leadEntityIds: ['justitie', 'politie'], invitedEntityIds: ['vlaanderen', 'wallonie'] });
const deadlineAt = (() => {
  const result = instantOfLocal({ date: '2025-09-09', time: '17:00' });
  if (!result.ok) throw new Error(result.problem);
  return result.at;
})();
const flemish = (status: ContributionStatus = 'draft', deadline = deadlineAt): ContributionFacts => ({ entityId: 'vlaanderen', status, deadlineAt: deadline });
const remark = (authorUserId = 'kabinet', dropped = false, documentLeadEntityId = 'justitie'): ItemFacts => ({ kind: 'remark', authorUserId, dropped, documentLeadEntityId });

const kivLead = actor('lead', 'justitie');
const kivColleague = actor('lead', 'justitie', 'second-lead');
const justitieContributor = actor('contributor', 'justitie');
const nvpLead = actor('lead', 'politie');
const policeContributor = actor('contributor', 'politie');
const flemishCoordinator = actor('coordinator', 'vlaanderen');
const kabinet = actor('contributor', 'vlaanderen', 'kabinet');
const flemishColleague = actor('contributor', 'vlaanderen', 'colleague');
const flemishReader = actor('reader', 'vlaanderen');
const walloonCoordinator = actor('coordinator', 'wallonie');
const walloon = actor('contributor', 'wallonie');
const adviser = actor('adviser', 'cpg');
const reader = actor('reader', 'binnenland');
const admin = actor('admin', null);
const brusselsContributor = actor('contributor', 'brussel');

describe('opening and seeing a round', () => {
  it('lets only a lead with an entity open a round', () => {
    for (const who of [kivLead, nvpLead]) expect(canOpenRound(who)).toBe(true);
    for (const who of [flemishCoordinator, kabinet, adviser, reader, admin, null]) expect(canOpenRound(who)).toBe(false);
    expect(canOpenRound(actor('lead', null))).toBe(false);
  });

  it("runs the round by the leads of the entity that opened it, not by other leads", () => {
    for (const who of [kivLead, kivColleague]) expect(isRoundLead(who, round())).toBe(true);
    for (const who of [nvpLead, justitieContributor, flemishCoordinator, admin, null]) expect(isRoundLead(who, round())).toBe(false);
  });

  it("shows the round to its leads and the invited entities' drafters only", () => {
    for (const who of [kivLead, kivColleague, flemishCoordinator, kabinet, walloonCoordinator, walloon, nvpLead, policeContributor]) {
      expect(canSeeRound(who, round()), who.userId).toBe(true);
    }
    for (const who of [flemishReader, adviser, reader, admin, brusselsContributor, justitieContributor, null]) {
      expect(canSeeRound(who, round()), String(who?.userId)).toBe(false);
    }
    // A lead of an invited entity takes part for it; a reader of an invited entity does not.
    expect(isInvited(nvpLead, round())).toBe(true);
    expect(isInvited(flemishReader, round())).toBe(false);
    expect(isInvited(kivLead, round())).toBe(false);
  });
});

describe("an entity's package before and after submission", () => {
  it('is seen inside its entity always, by the round lead only once submitted, by other entities never', () => {
    for (const status of ['draft', 'submitted'] as const) {
      for (const who of [flemishCoordinator, kabinet, flemishColleague]) expect(canSeeContribution(who, round(), flemish(status))).toBe(true);
      for (const who of [walloonCoordinator, walloon, nvpLead, flemishReader, adviser, reader, admin, null]) {
        expect(canSeeContribution(who, round(), flemish(status)), `${String(who?.userId)} ${status}`).toBe(false);
      }
    }
    for (const who of [kivLead, kivColleague]) {
      expect(canSeeContribution(who, round(), flemish('draft'))).toBe(false);
      expect(canSeeContribution(who, round(), flemish('submitted'))).toBe(true);
    }
  });

  it("takes items from the entity's drafters while it is a draft and the round is open", () => {
    for (const who of [flemishCoordinator, kabinet]) expect(canAddItem(who, round(), flemish())).toBe(true);
    for (const who of [walloon, walloonCoordinator, kivLead, flemishReader, adviser, null]) expect(canAddItem(who, round(), flemish())).toBe(false);
    expect(canAddItem(kabinet, round(), flemish('submitted'))).toBe(false);
    expect(canAddItem(kabinet, round('closed'), flemish())).toBe(false);
    // An entity that was not invited has no package to add to, even with the same facts.
    expect(canAddItem(kabinet, { ...round(), invitedEntityIds: ['wallonie'] }, flemish())).toBe(false);
  });

  it('lets the author or the coordinator edit an item; other colleagues may not', () => {
    expect(canEditItem(kabinet, round(), flemish(), remark('kabinet'))).toBe(true);
    expect(canEditItem(flemishCoordinator, round(), flemish(), remark('kabinet'))).toBe(true);
    expect(canEditItem(flemishColleague, round(), flemish(), remark('kabinet'))).toBe(false);
    expect(canEditItem(walloon, round(), flemish(), remark(walloon.userId))).toBe(false);
    expect(canEditItem(kabinet, round(), flemish('submitted'), remark('kabinet'))).toBe(false);
    expect(canEditItem(kabinet, round('closed'), flemish(), remark('kabinet'))).toBe(false);
  });

  it('lets only the coordinator (or a lead of the entity) review: drop, keep, write the cover note', () => {
    expect(canReviewContribution(flemishCoordinator, round(), flemish())).toBe(true);
    for (const who of [kabinet, flemishColleague, walloonCoordinator, kivLead, null]) expect(canReviewContribution(who, round(), flemish())).toBe(false);
    expect(canReviewContribution(flemishCoordinator, round(), flemish('submitted'))).toBe(false);
    expect(canReviewContribution(flemishCoordinator, round('closed'), flemish())).toBe(false);
    const policePackage: ContributionFacts = { entityId: 'politie', status: 'draft', deadlineAt };
    expect(canReviewContribution(nvpLead, round(), policePackage)).toBe(true);
    expect(canReviewContribution(policeContributor, round(), policePackage)).toBe(false);
  });
});

describe('submitting a package', () => {
  it("is the entity's coordinator's, and nobody else's", () => {
    expect(submitProblem(flemishCoordinator, round(), flemish(), 1, deadlineAt - 1)).toBeNull();
    for (const who of [kabinet, flemishColleague, walloonCoordinator, kivLead, flemishReader, admin, null]) {
      expect(submitProblem(who, round(), flemish(), 1, deadlineAt - 1), String(who?.userId)).toBe('forbidden');
    }
  });

  it('accepts the deadline second itself (17:00:00.999) and refuses the next (17:00:01)', () => {
    expect(submitProblem(flemishCoordinator, round(), flemish(), 1, deadlineAt)).toBeNull();
    expect(submitProblem(flemishCoordinator, round(), flemish(), 1, deadlineAt + 999)).toBeNull();
    expect(submitProblem(flemishCoordinator, round(), flemish(), 1, deadlineAt + 1_000)).toBe('deadline_passed');
  });

  it("holds the entity's extension instead of the round's deadline", () => {
    const extended = flemish('draft', deadlineAt + 24 * 3_600_000);
    expect(submitProblem(flemishCoordinator, round(), extended, 1, deadlineAt + 3_600_000)).toBeNull();
    expect(submitProblem(flemishCoordinator, round(), extended, 1, extended.deadlineAt + 1_000)).toBe('deadline_passed');
  });

  it('goes draft → submitted once: a submitted package cannot be submitted again, nor one in a closed round', () => {
    expect(submitProblem(flemishCoordinator, round(), flemish('submitted'), 1, deadlineAt - 1)).toBe('not_a_draft');
    expect(submitProblem(flemishCoordinator, round('closed'), flemish(), 1, deadlineAt - 1)).toBe('round_closed');
    // Being late does not hide that it was already submitted.
    expect(submitProblem(flemishCoordinator, round(), flemish('submitted'), 1, deadlineAt + 60_000)).toBe('not_a_draft');
  });

  it('refuses a package without a kept item', () => {
    expect(submitProblem(flemishCoordinator, round(), flemish(), 0, deadlineAt - 1)).toBe('empty');
  });
});

describe('extending, processing and closing', () => {
  it("lets the round's lead extend the deadline of an entity that has not submitted, while the round is open", () => {
    expect(canExtendDeadline(kivLead, round(), flemish())).toBe(true);
    expect(canExtendDeadline(kivColleague, round(), flemish())).toBe(true);
    expect(canExtendDeadline(kivLead, round(), flemish('submitted'))).toBe(false);
    expect(canExtendDeadline(kivLead, round('closed'), flemish())).toBe(false);
    for (const who of [nvpLead, flemishCoordinator, justitieContributor, admin, null]) expect(canExtendDeadline(who, round(), flemish())).toBe(false);
  });

  it("lets the round's lead process kept remarks of submitted packages, not drafts, dropped items or amendments", () => {
    expect(canProcessItem(kivLead, round(), flemish('submitted'), remark())).toBe(true);
    expect(canProcessItem(kivLead, round('closed'), flemish('submitted'), remark())).toBe(true);
    expect(canProcessItem(kivLead, round(), flemish('draft'), remark())).toBe(false);
    expect(canProcessItem(kivLead, round(), flemish('submitted'), remark('kabinet', true))).toBe(false);
    expect(canProcessItem(kivLead, round(), flemish('submitted'), { ...remark(), kind: 'amendment' })).toBe(false);
    for (const who of [nvpLead, flemishCoordinator, justitieContributor, null]) {
      expect(canProcessItem(who, round(), flemish('submitted'), remark())).toBe(false);
    }
  });

  it('needs a reason for partly and not processed, not for processed', () => {
    expect(processingNeedsReason('processed')).toBe(false);
    expect(processingNeedsReason('partly_processed')).toBe(true);
    expect(processingNeedsReason('not_processed')).toBe(true);
  });

  it("lets the round's lead close an open round once", () => {
    expect(canCloseRound(kivLead, round())).toBe(true);
    expect(canCloseRound(kivLead, round('closed'))).toBe(false);
    for (const who of [nvpLead, flemishCoordinator, admin, null]) expect(canCloseRound(who, round())).toBe(false);
  });
});

describe('removing an item from a draft package', () => {
  it('is for its author or the coordinator, while the package is a draft and the round open', () => {
    expect(canRemoveItem(kabinet, round(), flemish(), remark('kabinet'))).toBe(true);
    expect(canRemoveItem(flemishCoordinator, round(), flemish(), remark('kabinet'))).toBe(true);
    // A dropped item can be taken out too.
    expect(canRemoveItem(flemishCoordinator, round(), flemish(), remark('kabinet', true))).toBe(true);
    for (const who of [flemishColleague, flemishReader, walloonCoordinator, kivLead, admin, null]) {
      expect(canRemoveItem(who, round(), flemish(), remark('kabinet')), String(who?.userId)).toBe(false);
    }
    expect(canRemoveItem(kabinet, round(), flemish('submitted'), remark('kabinet'))).toBe(false);
    expect(canRemoveItem(flemishCoordinator, round('closed'), flemish(), remark('kabinet'))).toBe(false);
  });
});

describe('a round on both documents', () => {
  it('is opened by a lead whose entity leads at least one of its documents', () => {
    expect(canOpenRoundOn(kivLead, ['justitie', 'politie'])).toBe(true);
    expect(canOpenRoundOn(nvpLead, ['justitie', 'politie'])).toBe(true);
    expect(canOpenRoundOn(kivLead, ['justitie'])).toBe(true);
    expect(canOpenRoundOn(kivLead, ['politie'])).toBe(false);
    expect(canOpenRoundOn(kivLead, [])).toBe(false);
    for (const who of [justitieContributor, policeContributor, flemishCoordinator, admin, null]) {
      expect(canOpenRoundOn(who, ['justitie', 'politie']), String(who?.userId)).toBe(false);
    }
  });

  it("is run by the leads of both documents: they see submitted packages, extend and close; nobody else does", () => {
    for (const who of [kivLead, kivColleague, nvpLead]) {
      expect(isRoundLead(who, bothDocuments()), who.userId).toBe(true);
      expect(canSeeRound(who, bothDocuments())).toBe(true);
      expect(canSeeContribution(who, bothDocuments(), flemish('submitted'))).toBe(true);
      expect(canSeeContribution(who, bothDocuments(), flemish('draft'))).toBe(false);
      expect(canExtendDeadline(who, bothDocuments(), flemish())).toBe(true);
      expect(canCloseRound(who, bothDocuments())).toBe(true);
    }
    for (const who of [justitieContributor, policeContributor, flemishCoordinator, walloon, admin, null]) {
      expect(isRoundLead(who, bothDocuments()), String(who?.userId)).toBe(false);
      expect(canExtendDeadline(who, bothDocuments(), flemish())).toBe(false);
    }
  });

  it("has each remark processed by the lead of the remark's document, not by the other document's lead", () => {
    const onKiv = remark('kabinet', false, 'justitie');
    const onNvp = remark('kabinet', false, 'politie');
    expect(canProcessItem(kivLead, bothDocuments(), flemish('submitted'), onKiv)).toBe(true);
    expect(canProcessItem(kivLead, bothDocuments(), flemish('submitted'), onNvp)).toBe(false);
    expect(canProcessItem(nvpLead, bothDocuments(), flemish('submitted'), onNvp)).toBe(true);
    expect(canProcessItem(nvpLead, bothDocuments(), flemish('submitted'), onKiv)).toBe(false);
    // A lead of a document not in the round processes nothing, even of a remark naming its entity.
    expect(canProcessItem(nvpLead, round(), flemish('submitted'), onNvp)).toBe(false);
  });
});
