/** The amendment rules: who may see, write, submit, withdraw and decide, and which decision needs what. */
import { describe, expect, it } from 'vitest';
import {
  canCreateAmendment,
  canDecideAmendment,
  canEditAmendmentDetails,
  canEditAmendmentText,
  canSubmitAmendment,
  canViewAmendment,
  canWithdrawAmendment,
  decisionProblem,
  type AmendmentFacts,
  type AmendmentStatus,
} from '../../shared/domain/amendmentRules.js';
import type { Actor, Role } from '../../shared/domain/roles.js';

const kiv = { id: 'kiv', leadEntityId: 'justitie' };
const actor = (role: Role, entityId: string | null, userId = `${role}@${entityId}`): Actor => ({ userId, role, entityId });
const amendment = (status: AmendmentStatus, submittedAt: number | null = status === 'draft' ? null : 1): AmendmentFacts => ({
  status,
  entityId: 'vlaanderen',
  authorUserId: 'kabinet',
  submittedAt,
});

const flemishContributor = actor('contributor', 'vlaanderen', 'kabinet');
const flemishColleague = actor('contributor', 'vlaanderen', 'colleague');
const flemishCoordinator = actor('coordinator', 'vlaanderen');
const walloon = actor('contributor', 'wallonie');
const kivLead = actor('lead', 'justitie');
const nvpLead = actor('lead', 'politie');
const adviser = actor('adviser', 'cpg');
const reader = actor('reader', 'binnenland');
const admin = actor('admin', null);

describe('amendment rules', () => {
  it('lets drafting roles of an entity start amendments, nobody else', () => {
    for (const who of [flemishContributor, flemishCoordinator, kivLead]) expect(canCreateAmendment(who)).toBe(true);
    for (const who of [adviser, reader, admin, null]) expect(canCreateAmendment(who)).toBe(false);
    expect(canCreateAmendment(actor('contributor', null))).toBe(false);
  });

  it('keeps a draft inside its entity and shows a submitted one to everyone', () => {
    const draft = amendment('draft');
    for (const who of [flemishContributor, flemishColleague, flemishCoordinator]) expect(canViewAmendment(who, draft)).toBe(true);
    for (const who of [walloon, kivLead, adviser, reader, admin, null]) expect(canViewAmendment(who, draft)).toBe(false);
    for (const status of ['submitted', 'accepted', 'rejected', 'accepted_modified'] as const) {
      for (const who of [walloon, kivLead, adviser, reader, admin]) expect(canViewAmendment(who, amendment(status))).toBe(true);
    }
    expect(canViewAmendment(null, amendment('submitted'))).toBe(false);
  });

  it('keeps a draft withdrawn before submission private, and one withdrawn after submission public', () => {
    expect(canViewAmendment(walloon, amendment('withdrawn', null))).toBe(false);
    expect(canViewAmendment(flemishColleague, amendment('withdrawn', null))).toBe(true);
    expect(canViewAmendment(walloon, amendment('withdrawn', 5))).toBe(true);
  });

  it('lets the entity write a draft, freezes it once submitted except for the lead, and closes it after', () => {
    expect(canEditAmendmentText(flemishColleague, amendment('draft'), kiv)).toBe(true);
    expect(canEditAmendmentText(walloon, amendment('draft'), kiv)).toBe(false);
    expect(canEditAmendmentText(kivLead, amendment('draft'), kiv)).toBe(false);
    expect(canEditAmendmentText(flemishContributor, amendment('submitted'), kiv)).toBe(false);
    expect(canEditAmendmentText(flemishCoordinator, amendment('submitted'), kiv)).toBe(false);
    expect(canEditAmendmentText(kivLead, amendment('submitted'), kiv)).toBe(true);
    expect(canEditAmendmentText(nvpLead, amendment('submitted'), kiv)).toBe(false);
    for (const status of ['accepted', 'accepted_modified', 'rejected', 'withdrawn'] as const) {
      expect(canEditAmendmentText(kivLead, amendment(status), kiv)).toBe(false);
      expect(canEditAmendmentText(flemishContributor, amendment(status), kiv)).toBe(false);
    }
    expect(canEditAmendmentDetails(flemishContributor, amendment('draft'))).toBe(true);
    expect(canEditAmendmentDetails(flemishContributor, amendment('submitted'))).toBe(false);
    expect(canEditAmendmentDetails(walloon, amendment('draft'))).toBe(false);
  });

  it("lets only the entity's coordinator submit its draft", () => {
    expect(canSubmitAmendment(flemishCoordinator, amendment('draft'))).toBe(true);
    expect(canSubmitAmendment(flemishContributor, amendment('draft'))).toBe(false);
    expect(canSubmitAmendment(actor('coordinator', 'wallonie'), amendment('draft'))).toBe(false);
    expect(canSubmitAmendment(flemishCoordinator, amendment('submitted'))).toBe(false);
    // A draft that an open round holds (its entity invited, its document covered) goes with the package, never alone.
    expect(canSubmitAmendment(flemishCoordinator, { ...amendment('draft'), heldBy: { roundTitle: 'Insteek KIV' } })).toBe(false);
    expect(canSubmitAmendment(flemishCoordinator, { ...amendment('draft'), heldBy: null })).toBe(true);
    // A lead of the entity acts as its coordinator.
    expect(canSubmitAmendment(actor('lead', 'vlaanderen'), amendment('draft'))).toBe(true);
    expect(canSubmitAmendment(actor('lead', 'vlaanderen'), { ...amendment('draft'), heldBy: { roundTitle: 'Insteek KIV' } })).toBe(false);
  });

  it('lets the author or the coordinator withdraw before a decision', () => {
    expect(canWithdrawAmendment(flemishContributor, amendment('draft'))).toBe(true);
    expect(canWithdrawAmendment(flemishContributor, amendment('submitted'))).toBe(true);
    expect(canWithdrawAmendment(flemishCoordinator, amendment('submitted'))).toBe(true);
    expect(canWithdrawAmendment(actor('lead', 'vlaanderen'), amendment('submitted'))).toBe(true);
    expect(canWithdrawAmendment(flemishColleague, amendment('draft'))).toBe(false);
    expect(canWithdrawAmendment(kivLead, amendment('submitted'))).toBe(false);
    expect(canWithdrawAmendment(flemishContributor, amendment('accepted'))).toBe(false);
  });

  it("leaves an amendment that went out in its entity's submitted package to the coordinator, not its author alone", () => {
    const inPackage = { ...amendment('submitted'), submittedWith: { contributionId: 'package-vlaanderen' } };
    expect(canWithdrawAmendment(flemishContributor, inPackage)).toBe(false);
    expect(canWithdrawAmendment(flemishCoordinator, inPackage)).toBe(true);
    expect(canWithdrawAmendment(actor('lead', 'vlaanderen'), inPackage)).toBe(true);
    expect(canWithdrawAmendment(actor('coordinator', 'wallonie'), inPackage)).toBe(false);
    expect(canWithdrawAmendment(flemishCoordinator, { ...inPackage, status: 'rejected' })).toBe(false);
  });

  it("lets only the document's lead decide, and only a submitted amendment", () => {
    expect(canDecideAmendment(kivLead, amendment('submitted'), kiv)).toBe(true);
    expect(canDecideAmendment(nvpLead, amendment('submitted'), kiv)).toBe(false);
    expect(canDecideAmendment(flemishCoordinator, amendment('submitted'), kiv)).toBe(false);
    expect(canDecideAmendment(actor('contributor', 'justitie'), amendment('submitted'), kiv)).toBe(false);
    for (const status of ['draft', 'accepted', 'rejected', 'withdrawn'] as const) {
      expect(canDecideAmendment(kivLead, amendment(status), kiv)).toBe(false);
    }
  });

  it('needs a reason to reject or accept as modified, and matches "modified" to what the lead did', () => {
    expect(decisionProblem('rejected', '', false)).toBe('reason_required');
    expect(decisionProblem('rejected', '   ', false)).toBe('reason_required');
    expect(decisionProblem('rejected', 'Buiten de bevoegdheid.', false)).toBeNull();
    expect(decisionProblem('accepted', '', false)).toBeNull();
    expect(decisionProblem('accepted', '', true)).toBe('modified_needs_accepted_modified');
    expect(decisionProblem('accepted_modified', '', true)).toBe('reason_required');
    expect(decisionProblem('accepted_modified', 'Taal verbeterd.', true)).toBeNull();
    expect(decisionProblem('accepted_modified', 'Taal verbeterd.', false)).toBe('not_modified');
  });
});
