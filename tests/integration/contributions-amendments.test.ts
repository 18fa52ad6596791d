/**
 * Amendments and packages through a real server: while an open round invites the entity and covers
 * the document, the entity's drafts on it go in with its package, never alone (before and after the
 * deadline, kept, dropped or not yet added); an item can be taken out of a draft package again; an
 * amendment left in an unsubmitted package of a closed round joins a later round's package; once it
 * went out in a submitted package, only the coordinator withdraws it.
 */
import { describe, expect, it } from 'vitest';
import type { AmendmentDetail } from '../../shared/api/amendments.js';
import type { Contribution } from '../../shared/api/contributions.js';
import { formatBelgianDateTime } from '../../shared/format/dates.js';
import { draftAmendmentWithEdit } from '../utils/amendmentDrafts.js';
import { expectError, type ErrorBody } from '../utils/api.js';
import { brussels } from '../utils/clock.js';
import { openKivRound, useRoundServer } from '../utils/contributionRounds.js';

const EMAILS = {
  lead: 'lead@justitie.example',
  coordinator: 'coordinator@vlaanderen.example',
  kabinet: 'kabinet@vlaanderen.example',
  walloon: 'contributor@wallonie.example',
};
const DEADLINE = brussels('2025-09-09', '17:00');

describe('amendments of an entity during a contribution round', () => {
  const bed = useRoundServer(EMAILS);
  const { as, clock } = bed;
  const openRound = (options?: { title?: string; date?: string }) => openKivRound({ lead: as('lead'), flemish: as('kabinet'), walloon: as('walloon') }, options);
  const amendment = async (id: string) => (await as('coordinator').get<AmendmentDetail>(`/amendments/${id}`)).body;
  const addAmendment = (contributionId: string, amendmentId: string) =>
    as('kabinet').post<Contribution>(`/contributions/${contributionId}/items`, { kind: 'amendment', amendmentId, unitId: null });

  it('sends the drafts on a covered document through the package, also after the deadline; other drafts stay free', async () => {
    const { round, flemishId } = await openRound({ title: 'Insteek KIV' });
    const onKiv = await draftAmendmentWithEdit(bed.server, bed.accounts.kabinet.cookie, { documentId: 'kiv', sectionId: 'kiv-3', title: 'Op de KIV', insert: 'Vlaams. ' });
    const onNvp = await draftAmendmentWithEdit(bed.server, bed.accounts.kabinet.cookie, { documentId: 'nvp', sectionId: 'nvp-1', title: 'Op het NVP', insert: 'Vlaams. ' });

    // Not an item yet: the round holds it all the same, and says until when.
    expect(await amendment(onKiv.id)).toMatchObject({
      heldBy: { contributionId: flemishId, roundTitle: 'Insteek KIV', deadlineAt: DEADLINE, item: false },
      may: { submit: false },
    });
    const alone = await as('coordinator').post<ErrorBody>(`/amendments/${onKiv.id}/submit`);
    expectError(alone, 409, 'in_round');
    expect(alone.body.error.message).toContain('Insteek KIV');
    expect(alone.body.error.message).toContain(formatBelgianDateTime(DEADLINE));
    // The round does not cover the NVP: that draft is submitted on its own as before.
    expect(await amendment(onNvp.id)).toMatchObject({ heldBy: null, may: { submit: true } });
    expect((await as('coordinator').post<AmendmentDetail>(`/amendments/${onNvp.id}/submit`)).body).toMatchObject({ status: 'submitted', number: 1 });

    // An item: in_contribution. Dropped, it is no item of the package any more, but the round still holds it.
    const itemId = (await addAmendment(flemishId, onKiv.id)).body.items[0]!.id;
    expect((await amendment(onKiv.id)).heldBy).toMatchObject({ item: true });
    expectError(await as('coordinator').post(`/amendments/${onKiv.id}/submit`), 409, 'in_contribution');
    expect((await as('coordinator').patch(`/contribution-items/${itemId}`, { dropped: true })).status).toBe(200);
    expect((await amendment(onKiv.id)).heldBy).toMatchObject({ contributionId: flemishId, item: false });
    expectError(await as('coordinator').post(`/amendments/${onKiv.id}/submit`), 409, 'in_round');

    // Past the deadline: still held (only an extension or the round's closing frees it).
    clock.set(DEADLINE + 1_000);
    expectError(await as('coordinator').post(`/amendments/${onKiv.id}/submit`), 409, 'in_round');
    expect((await amendment(onKiv.id)).status).toBe('draft');
    expect((await as('lead').post(`/contribution-rounds/${round.id}/close`)).status).toBe(200);
    expect(await amendment(onKiv.id)).toMatchObject({ heldBy: null, may: { submit: true } });
    expect((await as('coordinator').post<AmendmentDetail>(`/amendments/${onKiv.id}/submit`)).body).toMatchObject({ status: 'submitted' });
  });

  it('takes an item out of a draft package: its author or the coordinator; the amendment stays a draft, free to be added again', async () => {
    const { flemishId } = await openRound({ title: 'Insteek KIV' });
    const draft = await draftAmendmentWithEdit(bed.server, bed.accounts.kabinet.cookie, { documentId: 'kiv', sectionId: 'kiv-3', title: 'Voorstel', insert: 'Vlaams. ' });
    const withItem = await addAmendment(flemishId, draft.id);
    const itemId = withItem.body.items[0]!.id;
    const remark = await as('coordinator').post<Contribution>(`/contributions/${flemishId}/items`, {
      kind: 'remark', documentId: 'kiv', sectionId: null, unitId: null, body: 'Van de coördinator.',
    });
    const remarkId = remark.body.items[1]!.id;

    // Another entity's user finds nothing; a colleague who is neither author nor coordinator may not.
    expectError(await as('walloon').delete(`/contribution-items/${itemId}`), 404, 'not_found');
    expectError(await as('kabinet').delete(`/contribution-items/${remarkId}`), 403, 'forbidden');
    expectError(await as('kabinet').delete('/contribution-items/abcdefghijklmnopqrstuvwx'), 404, 'not_found');
    expect((await as('kabinet').get<Contribution>(`/contributions/${flemishId}`)).body.items).toHaveLength(2);

    const removed = await as('kabinet').delete<Contribution>(`/contribution-items/${itemId}`);
    expect(removed.status, JSON.stringify(removed.body)).toBe(200);
    expect(removed.body.items.map((item) => item.id)).toEqual([remarkId]);
    expect(await amendment(draft.id)).toMatchObject({ status: 'draft', heldBy: { contributionId: flemishId, item: false } });
    expect(bed.server.services.audit.forSubject(`contribution-item:${itemId}`).map((entry) => [entry.action, entry.detail])).toContainEqual([
      'contribution_item.removed',
      { contributionId: flemishId, kind: 'amendment', amendmentId: draft.id, documentId: 'kiv', dropped: false },
    ]);
    expectError(await as('kabinet').delete(`/contribution-items/${itemId}`), 404, 'not_found');
    expect((await addAmendment(flemishId, draft.id)).status).toBe(201);

    // The coordinator removes the remark; once the package is submitted its items are fixed.
    expect((await as('coordinator').delete<Contribution>(`/contribution-items/${remarkId}`)).body.items.map((item) => item.kind)).toEqual(['amendment']);
    const submitted = await as('coordinator').post<Contribution>(`/contributions/${flemishId}/submit`);
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expectError(await as('coordinator').delete(`/contribution-items/${submitted.body.items[0]!.id}`), 409, 'not_a_draft');
  });

  it("lets an amendment left in a closed round's unsubmitted package join a later round, and leaves its withdrawal to the coordinator", async () => {
    const first = await openRound({ title: 'Eerste ronde' });
    const draft = await draftAmendmentWithEdit(bed.server, bed.accounts.kabinet.cookie, { documentId: 'kiv', sectionId: 'kiv-3', title: 'Blijvend voorstel', insert: 'Vlaams. ' });
    expect((await addAmendment(first.flemishId, draft.id)).status).toBe(201);
    expect((await as('lead').post(`/contribution-rounds/${first.round.id}/close`)).status).toBe(200);

    // A second round: the amendment (still an item of the first, unsubmitted package) joins the new package.
    const second = await openRound({ title: 'Tweede ronde', date: '2025-09-20' });
    expect((await amendment(draft.id)).heldBy).toMatchObject({ contributionId: second.flemishId, roundTitle: 'Tweede ronde', item: false });
    const joined = await addAmendment(second.flemishId, draft.id);
    expect(joined.status, JSON.stringify(joined.body)).toBe(201);
    // But one live package at a time: not a second item of the same draft package.
    expectError(await addAmendment(second.flemishId, draft.id), 409, 'already_in_contribution');
    const submitted = await as('coordinator').post<Contribution>(`/contributions/${second.flemishId}/submit`);
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body.items[0]!.amendment).toMatchObject({ id: draft.id, status: 'submitted', number: 1 });

    // Its author alone may no longer withdraw it: the package is the coordinator's.
    const byAuthor = await as('kabinet').get<AmendmentDetail>(`/amendments/${draft.id}`);
    expect(byAuthor.body.may.withdraw).toBe(false);
    expectError(await as('kabinet').post(`/amendments/${draft.id}/withdraw`), 403, 'forbidden');
    expect((await amendment(draft.id)).may.withdraw).toBe(true);
    const withdrawn = await as('coordinator').post<AmendmentDetail>(`/amendments/${draft.id}/withdraw`);
    expect([withdrawn.status, withdrawn.body.status]).toEqual([200, 'withdrawn']);
    const audit = bed.server.services.audit.forSubject(`amendment:${draft.id}`).find((entry) => entry.action === 'amendment.withdrawn')!;
    expect(audit).toMatchObject({ userId: bed.accounts.coordinator.id, detail: { contributionId: second.flemishId } });
  });
});
