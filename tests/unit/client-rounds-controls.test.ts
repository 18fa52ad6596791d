/**
 * Which controls the round pages show for which permission (client/rounds/controls.ts, roundText.ts)
 * and how the server's refusals read (roundErrors.ts): the coordinator keeps the submit button after
 * the deadline so the refusal can say when it was and that the lead can extend it.
 */
import { describe, expect, it } from 'vitest';
import { itemControls, packageControls } from '../../client/rounds/controls.js';
import { roundErrorMessage } from '../../client/rounds/roundErrors.js';
import { deadlineForViewer, entityStatusText, roundStatusForViewer } from '../../client/rounds/roundText.js';
import { ApiError } from '../../client/api.js';
import type { Contribution, ContributionItem, InvitedEntity } from '../../shared/api/contributions.js';
import { instantOfLocal } from '../../shared/domain/deadlines.js';
import { t as translate, type MessageKey, type MessageParams } from '../../shared/i18n/strings.js';

const t = (key: MessageKey, params?: MessageParams) => translate('nl', key, params);

const may = (addItem: boolean, review: boolean, submit: boolean): Contribution['may'] => ({ addItem, review, submit });
const itemMay = (edit: boolean, review: boolean, process: boolean): ContributionItem['may'] => ({ edit, review, process });

describe('package controls', () => {
  it('gives the coordinator of a draft every control but the report', () => {
    expect(packageControls({ status: 'draft', may: may(true, true, true) })).toEqual({
      addItems: true,
      editCoverNote: true,
      submit: true,
      readOnly: false,
      report: false,
    });
  });

  it('lets a contributor add items but not write the cover note or submit', () => {
    const controls = packageControls({ status: 'draft', may: may(true, false, false) });
    expect([controls.addItems, controls.editCoverNote, controls.submit]).toEqual([true, false, false]);
  });

  it('keeps the submit button for the coordinator when the server says it cannot be submitted now', () => {
    // may.submit false (late or empty): the server's refusal explains why.
    expect(packageControls({ status: 'draft', may: may(true, true, false) }).submit).toBe(true);
  });

  it('shows a submitted package read-only, with its report, whatever may says', () => {
    expect(packageControls({ status: 'submitted', may: may(true, true, true) })).toEqual({
      addItems: false,
      editCoverNote: false,
      submit: false,
      readOnly: true,
      report: true,
    });
  });
});

describe('item controls', () => {
  const draft = { status: 'draft' } as const;
  const submitted = { status: 'submitted' } as const;

  it('lets the author or coordinator edit or remove, and the coordinator drop or keep, a draft item', () => {
    expect(itemControls({ kind: 'remark', dropped: false, may: itemMay(true, false, false) }, draft)).toEqual({
      edit: true,
      remove: true,
      dropOrKeep: false,
      process: false,
      showProcessing: false,
    });
    expect(itemControls({ kind: 'remark', dropped: true, may: itemMay(true, true, false) }, draft).dropOrKeep).toBe(true);
    expect(itemControls({ kind: 'remark', dropped: false, may: itemMay(false, false, false) }, draft)).toEqual({
      edit: false,
      remove: false,
      dropOrKeep: false,
      process: false,
      showProcessing: false,
    });
  });

  it('gives the lead the processing form on a submitted, kept remark only', () => {
    expect(itemControls({ kind: 'remark', dropped: false, may: itemMay(false, false, true) }, submitted)).toEqual({
      edit: false,
      remove: false,
      dropOrKeep: false,
      process: true,
      showProcessing: true,
    });
    // An amendment is processed by its decision on the amendment's page.
    expect(itemControls({ kind: 'amendment', dropped: false, may: itemMay(false, false, true) }, submitted).process).toBe(false);
    // A dropped item never left the entity.
    expect(itemControls({ kind: 'remark', dropped: true, may: itemMay(false, false, true) }, submitted)).toEqual({
      edit: false,
      remove: false,
      dropOrKeep: false,
      process: false,
      showProcessing: false,
    });
  });

  it('offers no editing once submitted, even if a stale answer still allowed it', () => {
    const controls = itemControls({ kind: 'remark', dropped: false, may: itemMay(true, true, false) }, submitted);
    expect([controls.edit, controls.remove, controls.dropOrKeep, controls.showProcessing]).toEqual([false, false, false, true]);
  });
});

describe('where a round stands for the viewer', () => {
  const deadline = Date.UTC(2025, 8, 9, 15, 0);
  const entity = (entityId: string, submittedAt: number | null, deadlineAt = deadline): InvitedEntity => ({
    entityId,
    entityName: entityId,
    deadlineAt,
    extension: null,
    submittedAt,
    contributionId: null,
  });
  const round = { deadlineAt: deadline, entities: [entity('vlaanderen', Date.UTC(2025, 8, 8, 14, 5)), entity('wallonie', null, deadline + 86_400_000)] };

  it("shows an invited viewer its own entity's status and deadline (an extension included)", () => {
    expect(roundStatusForViewer(round, 'vlaanderen', t)).toBe('Ingediend op 08/09/2025 16:05');
    expect(roundStatusForViewer(round, 'wallonie', t)).toBe('Nog niet ingediend');
    expect(deadlineForViewer(round, 'wallonie')).toBe(deadline + 86_400_000);
  });

  it('shows the lead how many entities have submitted, and the round deadline', () => {
    expect(roundStatusForViewer(round, 'fod-justitie', t)).toBe('1 van 2 ingediend');
    expect(deadlineForViewer(round, 'fod-justitie')).toBe(deadline);
    expect(entityStatusText({ submittedAt: null }, t)).toBe('Nog niet ingediend');
  });
});

describe('refusals in words', () => {
  it('says when the deadline passed and that the lead can extend it', () => {
    const at = instantOfLocal({ date: '2025-09-09', time: '17:00' });
    if (!at.ok) throw new Error('no such time');
    const message = roundErrorMessage(new ApiError(409, 'deadline_passed', 'late'), t, { deadlineAt: at.at });
    expect(message).toBe(
      'De termijn is verstreken op 09/09/2025 17:00: de insteek kan niet meer worden ingediend. Alleen de trekker kan de termijn voor uw entiteit verlengen.',
    );
  });

  it('explains a deadline the clocks skip', () => {
    expect(roundErrorMessage(new ApiError(400, 'deadline_nonexistent', 'x'), t)).toContain('bestaat niet op die dag');
  });

  it("keeps the server's message for a code it does not know, and beside a validation error", () => {
    expect(roundErrorMessage(new ApiError(400, 'something_new', 'Something new.'), t)).toBe('Er ging iets mis: Something new. (something_new)');
    expect(roundErrorMessage(new ApiError(400, 'validation_failed', 'title: too long'), t)).toBe(
      'Niet alle velden zijn correct ingevuld. (title: too long)',
    );
  });
});
