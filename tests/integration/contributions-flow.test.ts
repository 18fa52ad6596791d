/**
 * A contribution round from opening to the report, through a real server with a clock the test
 * moves: the KIV lead invites Flanders and Wallonia; the Flemish cabinet drafts a remark and an
 * amendment (edited in its fork) from two sub-units; the coordinator reviews and submits on time, and
 * the amendment is submitted with the package; Wallonia is refused after the deadline until the lead
 * extends it; the lead processes the remark and decides the amendment; Flanders sees both; both
 * reports download as sound Word files; every state change is audited and the invited are notified.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { AmendmentDetail } from '../../shared/api/amendments.js';
import type { Contribution, RoundList, RoundSummary } from '../../shared/api/contributions.js';
import { signInAll } from '../utils/accounts.js';
import { openDraftAmendment } from '../utils/amendmentDrafts.js';
import { brussels, testClock } from '../utils/clock.js';
import { docxEntry } from '../utils/docx.js';
import { startTestServer, type TestServer } from '../utils/server.js';
import { waitFor } from '../utils/waitFor.js';

type Server = TestServer & { origin: string };
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const UNIT_COORDINATION = 'Kabinet Onderwijs, Justitie en Werk (coördinatie)';
const UNIT_CABINETS = 'betrokken kabinetten';

/** All text of a document.xml, run by run. */
const textOf = (xml: string) => [...xml.matchAll(/<w:t[^>]*>(.*?)<\/w:t>/gs)].map((match) => match[1]).join('|');

describe('a contribution round from opening to the report', () => {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('collects, refuses late, extends, submits, processes and reports', async () => {
    const clock = testClock();
    clock.set(brussels('2025-09-08', '10:00'));
    const server: Server = await startTestServer({ clock });
    cleanups.push(() => server.close());
    const { lead, coordinator, kabinet, walloonCoordinator, walloon, reader } = await signInAll(server, {
      lead: 'lead@justitie.example',
      coordinator: 'coordinator@vlaanderen.example',
      kabinet: 'kabinet@vlaanderen.example',
      walloonCoordinator: 'coordinator@wallonie.example',
      walloon: 'contributor@wallonie.example',
      reader: 'reader@binnenland.example',
    });

    // The lead opens the round.
    const deadlineAt = brussels('2025-09-09', '17:00');
    const opened = await lead.api.post<RoundSummary>('/contribution-rounds', {
      title: 'Insteekronde KIV 2026-2029',
      instructions: 'Bezorg uw opmerkingen en amendementen per veiligheidsbelang.',
      documentIds: ['kiv', 'kiv'],
      entityIds: ['vlaanderen', 'wallonie', 'wallonie'],
      deadline: { date: '2025-09-09', time: '17:00' },
    });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    const round = opened.body;
    expect(round).toMatchObject({ status: 'open', deadlineAt, documentIds: ['kiv'], ownContributionId: null, may: { extend: true, close: true, process: true } });
    expect(round.entities.map((entity) => [entity.entityId, entity.deadlineAt, entity.contributionId])).toEqual([
      ['vlaanderen', deadlineAt, null],
      ['wallonie', deadlineAt, null],
    ]);

    // The invited see it, with their own package (and only their own entity's entry); a reader sees no round.
    const flemishList = await kabinet.api.get<RoundList>('/contribution-rounds');
    expect(flemishList.body.rounds.map((r) => r.id)).toEqual([round.id]);
    const flemishId = flemishList.body.rounds[0]!.ownContributionId!;
    expect(flemishId).toBeTruthy();
    expect(flemishList.body.rounds[0]!.entities.map((e) => [e.entityId, e.contributionId])).toEqual([['vlaanderen', flemishId]]);
    expect((await reader.api.get<RoundList>('/contribution-rounds')).body.rounds).toEqual([]);
    const walloonId = (await walloon.api.get<RoundSummary>(`/contribution-rounds/${round.id}`)).body.ownContributionId!;

    // The cabinet drafts a remark from unit 1 and an amendment from unit 2, and one remark to be dropped.
    const remark = await kabinet.api.post<Contribution>(`/contributions/${flemishId}/items`, {
      kind: 'remark',
      documentId: 'kiv',
      sectionId: 'kiv-2',
      unitId: 'vlaanderen-unit-1',
      body: 'Vlaanderen vraagt meer aandacht voor preventie op school.',
    });
    expect(remark.status, JSON.stringify(remark.body)).toBe(201);
    expect(remark.body.units.map((unit) => unit.id)).toEqual(['vlaanderen-unit-1', 'vlaanderen-unit-2', 'vlaanderen-unit-3']);
    const remarkId = remark.body.items[0]!.id;
    expect(remark.body.items[0]).toMatchObject({ kind: 'remark', unitName: UNIT_COORDINATION, dropped: false, processing: null, may: { edit: true, review: false } });

    // Its fork stays open: the drafter is downgraded to a reader once the package goes out.
    const { amendment: drafted, fork } = await openDraftAmendment(server, kabinet.cookie, {
      documentId: 'kiv',
      sectionId: 'kiv-3',
      title: 'Cyberweerbaarheid van lokale besturen',
      justification: 'Lokale besturen zijn vaak het doelwit van ransomware.',
      insert: 'Ook lokale besturen worden weerbaar gemaakt. ',
    });
    cleanups.push(() => fork.destroy());
    const amendmentId = drafted.id;
    const withAmendment = await kabinet.api.post<Contribution>(`/contributions/${flemishId}/items`, {
      kind: 'amendment',
      amendmentId,
      unitId: 'vlaanderen-unit-2',
    });
    expect(withAmendment.status, JSON.stringify(withAmendment.body)).toBe(201);
    const amendmentItem = withAmendment.body.items.find((item) => item.kind === 'amendment')!;
    expect(amendmentItem).toMatchObject({ sectionId: 'kiv-3', unitName: UNIT_CABINETS, amendment: { id: amendmentId, status: 'draft', number: null } });

    const extra = await kabinet.api.post<Contribution>(`/contributions/${flemishId}/items`, {
      kind: 'remark',
      documentId: 'kiv',
      sectionId: null,
      unitId: null,
      body: 'Een interne kanttekening die Vlaanderen niet doorstuurt.',
    });
    const extraId = extra.body.items.at(-1)!.id;

    // The coordinator reviews: drops one remark, drops and keeps another, writes the cover note.
    expect((await coordinator.api.patch<Contribution>(`/contribution-items/${extraId}`, { dropped: true })).body.items.find((i) => i.id === extraId)!.dropped).toBe(true);
    expect((await coordinator.api.patch(`/contribution-items/${remarkId}`, { dropped: true })).status).toBe(200);
    expect((await coordinator.api.patch(`/contribution-items/${remarkId}`, { dropped: false })).status).toBe(200);
    const noted = await coordinator.api.patch<Contribution>(`/contributions/${flemishId}`, { coverNote: 'Insteek van de Vlaamse Regering, na overleg met de kabinetten.' });
    expect(noted.status).toBe(200);
    expect(noted.body.may).toEqual({ addItem: true, review: true, submit: true });

    // Submitted before the deadline: the kept amendment is submitted with it, numbered and frozen.
    // (The test clock runs on from where it is set: ten minutes before the deadline, so "on time" holds.)
    clock.set(deadlineAt - 10 * 60_000);
    const submitted = await coordinator.api.post<Contribution>(`/contributions/${flemishId}/submit`);
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body).toMatchObject({ status: 'submitted', submittedByName: 'Pieter Janssens' });
    const submittedAt = submitted.body.submittedAt!;
    expect(submittedAt).toBeGreaterThanOrEqual(deadlineAt - 10 * 60_000);
    expect(submittedAt).toBeLessThanOrEqual(deadlineAt);
    expect(submitted.body.items.find((item) => item.id === amendmentItem.id)!.amendment).toMatchObject({ status: 'submitted', number: 1 });
    const publicAmendment = await walloon.api.get<AmendmentDetail>(`/amendments/${amendmentId}`);
    expect(publicAmendment.body).toMatchObject({ status: 'submitted', number: 1 });
    await waitFor(() => fork.provider.synced && fork.readOnly(), 'the drafter back in the fork as a reader');
    // The lead sees the package without the dropped item; the round summary now gives the lead its id.
    const leadView = await lead.api.get<Contribution>(`/contributions/${flemishId}`);
    expect(leadView.status).toBe(200);
    expect(leadView.body.items.map((item) => item.id).sort()).toEqual([remarkId, amendmentItem.id].sort());
    expect((await lead.api.get<RoundSummary>(`/contribution-rounds/${round.id}`)).body.entities.find((e) => e.entityId === 'vlaanderen')!.contributionId).toBe(flemishId);
    expect((await coordinator.api.get<Contribution>(`/contributions/${flemishId}`)).body.items).toHaveLength(3);

    // Wallonia drafts, but its coordinator is one second late: refused, and nothing changes.
    expect((await walloon.api.post(`/contributions/${walloonId}/items`, {
      kind: 'remark', documentId: 'kiv', sectionId: 'kiv-4', unitId: null, body: 'La Wallonie demande un volet sur la cybersécurité.',
    })).status).toBe(201);
    clock.set(deadlineAt + 1_000);
    const late = await walloonCoordinator.api.post<{ error: { code: string; message: string } }>(`/contributions/${walloonId}/submit`);
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('deadline_passed');
    expect(late.body.error.message).toContain('09/09/2025 17:00');
    expect((await walloonCoordinator.api.get<Contribution>(`/contributions/${walloonId}`)).body).toMatchObject({ status: 'draft', submittedAt: null });
    expect(server.services.audit.forSubject(`contribution:${walloonId}`)).toEqual([]);

    // The lead extends Wallonia's deadline; now it submits.
    const extensionUntil = brussels('2025-09-10', '12:00');
    const extended = await lead.api.post<RoundSummary>(`/contribution-rounds/${round.id}/extensions`, {
      entityId: 'wallonie',
      deadline: { date: '2025-09-10', time: '12:00' },
      reason: 'Regeringsberaad pas op 10 september.',
    });
    expect(extended.status, JSON.stringify(extended.body)).toBe(200);
    expect(extended.body.entities.find((e) => e.entityId === 'wallonie')).toMatchObject({
      deadlineAt: extensionUntil,
      extension: { until: extensionUntil, byName: 'Sofie Claes', reason: 'Regeringsberaad pas op 10 september.' },
    });
    expect(extended.body.entities.find((e) => e.entityId === 'vlaanderen')!.extension).toBeNull();
    const onTime = await walloonCoordinator.api.post<Contribution>(`/contributions/${walloonId}/submit`);
    expect(onTime.status, JSON.stringify(onTime.body)).toBe(200);
    expect(onTime.body.status).toBe('submitted');

    // The lead processes the remark (a reason for "deels verwerkt") and decides the amendment.
    const noReason = await lead.api.post<{ error: { code: string } }>(`/contribution-items/${remarkId}/processing`, { processing: 'partly_processed', reason: ' ' });
    expect([noReason.status, noReason.body.error.code]).toEqual([400, 'reason_required']);
    const processed = await lead.api.post<Contribution>(`/contribution-items/${remarkId}/processing`, {
      processing: 'partly_processed',
      reason: 'Preventie op school valt onder de gemeenschappen; opgenomen als aandachtspunt.',
    });
    expect(processed.status, JSON.stringify(processed.body)).toBe(200);
    const decided = await lead.api.post(`/amendments/${amendmentId}/decision`, { decision: 'rejected', reason: 'Valt buiten de federale bevoegdheid.' });
    expect(decided.status).toBe(200);

    // Flanders sees how its input was processed.
    const seen = await coordinator.api.get<Contribution>(`/contributions/${flemishId}`);
    expect(seen.body.items.find((item) => item.id === remarkId)!.processing).toMatchObject({
      processing: 'partly_processed',
      reason: 'Preventie op school valt onder de gemeenschappen; opgenomen als aandachtspunt.',
      byName: 'Sofie Claes',
    });
    expect(seen.body.items.find((item) => item.id === amendmentItem.id)!.processing).toMatchObject({
      processing: 'not_processed',
      reason: 'Valt buiten de federale bevoegdheid.',
      byName: 'Sofie Claes',
    });

    // Both reports download as sound Word documents holding the items, units and decisions.
    const download = async (path: string, cookie: string) => {
      const response = await fetch(`${server.url}/api${path}`, { headers: { cookie } });
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(response.status, new TextDecoder().decode(bytes)).toBe(200);
      expect(response.headers.get('content-type')).toBe(DOCX);
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="verwerking-insteken-[A-Za-z0-9.-]+\.docx"$/);
      return textOf(docxEntry(bytes));
    };
    const packageReport = await download(`/contributions/${flemishId}/report.docx`, coordinator.cookie);
    const roundReport = await download(`/contribution-rounds/${round.id}/report.docx`, lead.cookie);
    // Each Flemish item with its unit, its processing and the reason; the amendment with its decision; the cover note.
    const flemishLines = [
      'Verwerking van de insteken',
      'Vlaanderen vraagt meer aandacht voor preventie op school.',
      UNIT_COORDINATION,
      UNIT_CABINETS,
      'Deels verwerkt',
      'Preventie op school valt onder de gemeenschappen; opgenomen als aandachtspunt.',
      'Amendement 1',
      'Cyberweerbaarheid van lokale besturen',
      'Ook lokale besturen worden weerbaar gemaakt.',
      'Verworpen (niet verwerkt)',
      'Valt buiten de federale bevoegdheid.',
      'Insteek van de Vlaamse Regering, na overleg met de kabinetten.',
    ];
    for (const report of [packageReport, roundReport]) {
      for (const line of flemishLines) expect(report).toContain(line);
      expect(report).not.toContain('Een interne kanttekening');
    }
    expect(roundReport).toContain('La Wallonie demande un volet sur la cybersécurité.');
    expect(roundReport).toContain('Nog niet verwerkt');
    expect(packageReport).not.toContain('La Wallonie');

    // Every state change is in the audit log.
    const actions = server.services.db
      .prepare<[], { action: string; subject: string }>("SELECT action, subject FROM audit_log WHERE action LIKE 'contribution%' ORDER BY id")
      .all();
    expect(actions).toEqual(
      expect.arrayContaining([
        { action: 'contribution_round.opened', subject: `contribution-round:${round.id}` },
        { action: 'contribution_item.added', subject: `contribution-item:${remarkId}` },
        { action: 'contribution_item.added', subject: `contribution-item:${amendmentItem.id}` },
        { action: 'contribution_item.dropped', subject: `contribution-item:${extraId}` },
        { action: 'contribution_item.dropped', subject: `contribution-item:${remarkId}` },
        { action: 'contribution_item.kept', subject: `contribution-item:${remarkId}` },
        { action: 'contribution.updated', subject: `contribution:${flemishId}` },
        { action: 'contribution.submitted', subject: `contribution:${flemishId}` },
        { action: 'contribution_round.deadline_extended', subject: `contribution-round:${round.id}` },
        { action: 'contribution.submitted', subject: `contribution:${walloonId}` },
        { action: 'contribution_item.processed', subject: `contribution-item:${remarkId}` },
      ]),
    );
    expect(actions.filter((row) => row.action === 'contribution_item.added')).toHaveLength(4);
    const submittedDetail = server.services.audit.forSubject(`contribution:${flemishId}`).find((entry) => entry.action === 'contribution.submitted')!;
    expect(submittedDetail.userId).toBe(coordinator.id);
    expect(submittedDetail.at).toBe(submittedAt);
    expect(submittedDetail.detail).toMatchObject({ amendmentIds: [amendmentId], droppedItemIds: [extraId] });
    expect(server.services.audit.forSubject(`amendment:${amendmentId}`).map((entry) => entry.action)).toContain('amendment.submitted');

    // The invited users were notified, with their mail in the outbox; nobody else.
    const notified = (kind: string) =>
      server.services.db
        .prepare<[string], { user_id: string }>('SELECT user_id FROM notifications WHERE kind = ? ORDER BY user_id')
        .all(kind)
        .map((row) => row.user_id)
        .sort();
    expect(notified('round_opened')).toEqual([coordinator.id, kabinet.id, walloonCoordinator.id, walloon.id].sort());
    expect(notified('deadline_extended')).toEqual([walloonCoordinator.id, walloon.id].sort());
    expect(notified('contribution_submitted')).toEqual([lead.id, lead.id]);
    expect(notified('item_processed')).toEqual([coordinator.id, kabinet.id].sort());
    const mail = server.services.db
      .prepare<[], { to_address: string; body: string }>(
        "SELECT o.to_address, o.body FROM outbox o JOIN notifications n ON n.id = o.notification_id WHERE n.kind = 'round_opened' ORDER BY o.to_address",
      )
      .all();
    expect(mail.map((row) => row.to_address)).toEqual([
      'contributor@wallonie.example',
      'coordinator@vlaanderen.example',
      'coordinator@wallonie.example',
      'kabinet@vlaanderen.example',
    ]);
    expect(mail[0]!.body).toContain('Insteekronde KIV 2026-2029');
    expect(mail[0]!.body).toContain('09/09/2025 17:00');
    expect(mail[0]!.body).toContain(`/rounds/${round.id}`);
  });
});
