/**
 * What a package's drafting leaves behind and who sees what of a round, through a real server: the
 * audit log (which the admin reads) holds no draft text; an invited entity sees only its own entry of
 * the round; an extension never shortens a deadline and no deadline lies years ahead; two colleagues
 * saving the same text do not overwrite each other unseen (optimistic concurrency).
 */
import { describe, expect, it } from 'vitest';
import type { AuditList } from '../../shared/api/audit.js';
import type { Contribution, RoundSummary } from '../../shared/api/contributions.js';
import { formatBelgianDateTime } from '../../shared/format/dates.js';
import { apiClient, expectError, type ErrorBody } from '../utils/api.js';
import { brussels } from '../utils/clock.js';
import { signIn } from '../utils/http.js';
import { openKivRound, useRoundServer } from '../utils/contributionRounds.js';

const EMAILS = {
  lead: 'lead@justitie.example',
  coordinator: 'coordinator@vlaanderen.example',
  kabinet: 'kabinet@vlaanderen.example',
  walloonCoordinator: 'coordinator@wallonie.example',
  walloon: 'contributor@wallonie.example',
  admin: 'admin@akkoord.example',
};

describe('privacy and concurrency of a package', () => {
  const bed = useRoundServer(EMAILS);
  const { as } = bed;
  const openRound = (options?: { title?: string; date?: string }) => openKivRound({ lead: as('lead'), flemish: as('kabinet'), walloon: as('walloon') }, options);

  it('keeps every text of a draft package out of the audit log: lengths and ids only', async () => {
    const { flemishId } = await openRound();
    const secrets = ['Geheime eerste opmerking Zwaluw', 'Herschreven opmerking Reiger', 'Nota van de coördinator Buizerd', 'Tweede nota Kievit'];
    const added = await as('kabinet').post<Contribution>(`/contributions/${flemishId}/items`, {
      kind: 'remark', documentId: 'kiv', sectionId: 'kiv-2', unitId: null, body: secrets[0],
    });
    const itemId = added.body.items[0]!.id;
    expect((await as('kabinet').patch(`/contribution-items/${itemId}`, { body: secrets[1], sectionId: 'kiv-3' })).status).toBe(200);
    expect((await as('coordinator').patch(`/contributions/${flemishId}`, { coverNote: secrets[2] })).status).toBe(200);
    expect((await as('coordinator').patch(`/contributions/${flemishId}`, { coverNote: secrets[3] })).status).toBe(200);
    expect((await as('coordinator').patch(`/contribution-items/${itemId}`, { dropped: true })).status).toBe(200);
    const second = await as('kabinet').post<Contribution>(`/contributions/${flemishId}/items`, {
      kind: 'remark', documentId: 'kiv', sectionId: null, unitId: null, body: secrets[0],
    });
    const secondId = second.body.items.at(-1)!.id;
    expect((await as('kabinet').delete(`/contribution-items/${secondId}`)).status).toBe(200);
    expect((await as('coordinator').patch(`/contribution-items/${itemId}`, { dropped: false })).status).toBe(200);
    expect((await as('coordinator').post(`/contributions/${flemishId}/submit`)).status).toBe(200);

    const rows = bed.server.services.db.prepare<[], { action: string; subject: string; detail: string | null }>('SELECT action, subject, detail FROM audit_log').all();
    expect(rows.map((row) => row.action)).toEqual(
      expect.arrayContaining(['contribution_item.added', 'contribution_item.updated', 'contribution.updated', 'contribution_item.removed', 'contribution.submitted']),
    );
    for (const row of rows) {
      for (const secret of secrets) expect(row.detail ?? '', `${row.action} ${row.subject}`).not.toContain(secret.split(' ').at(-1));
    }
    // What is recorded: the lengths, and which fields changed.
    const edits = bed.server.services.audit.forSubject(`contribution-item:${itemId}`).find((entry) => entry.action === 'contribution_item.updated')!;
    expect(edits.detail).toEqual({ bodyLength: secrets[1]!.length, previousLength: secrets[0]!.length, sectionId: 'kiv-3' });
    const notes = bed.server.services.audit.forSubject(`contribution:${flemishId}`).filter((entry) => entry.action === 'contribution.updated');
    expect(notes.map((entry) => entry.detail)).toEqual([
      { coverNoteLength: secrets[2]!.length, previousLength: 0 },
      { coverNoteLength: secrets[3]!.length, previousLength: secrets[2]!.length },
    ]);
    // And the admin's audit view shows the same rows without the texts.
    const view = await as('admin').get<AuditList>(`/admin/audit?subject=${encodeURIComponent('contribution')}`);
    expect(view.status).toBe(200);
    expect(view.body.entries.map((entry) => entry.action)).toEqual(expect.arrayContaining(['contribution.updated', 'contribution_item.updated']));
    for (const secret of secrets) expect(JSON.stringify(view.body)).not.toContain(secret.split(' ').at(-1));
  });

  it("keeps a draft amendment's title and justification out of the audit log", async () => {
    const created = await as('kabinet').post<{ id: string }>('/amendments', { documentId: 'kiv', sectionId: 'kiv-2', title: 'Eerste titel', justification: '' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const secrets = { title: 'Vertrouwelijke titel Merel', justification: 'Vertrouwelijke verantwoording Lijster' };
    expect((await as('kabinet').patch(`/amendments/${created.body.id}`, secrets)).status).toBe(200);
    const changed = bed.server.services.audit.forSubject(`amendment:${created.body.id}`).find((entry) => entry.action === 'amendment.details_changed')!;
    expect(changed.detail).toEqual({ titleLength: secrets.title.length, justificationLength: secrets.justification.length });
    const view = await as('admin').get<AuditList>(`/admin/audit?subject=${encodeURIComponent('amendment:')}`);
    expect(view.status).toBe(200);
    expect(JSON.stringify(view.body)).not.toMatch(/Merel|Lijster/);
  });

  it("shows an invited entity only its own entry (deadline, extension, submission); the lead sees every entity's", async () => {
    const { round, flemishId } = await openRound();
    const reason = 'Regeringsberaad van Wallonië pas op vrijdag.';
    expect((await as('lead').post(`/contribution-rounds/${round.id}/extensions`, {
      entityId: 'wallonie', deadline: { date: '2025-09-12', time: '12:00' }, reason,
    })).status).toBe(200);
    await as('kabinet').post(`/contributions/${flemishId}/items`, { kind: 'remark', documentId: 'kiv', sectionId: null, unitId: null, body: 'Opmerking.' });
    expect((await as('coordinator').post(`/contributions/${flemishId}/submit`)).status).toBe(200);

    for (const path of ['/contribution-rounds', `/contribution-rounds/${round.id}`]) {
      const flemish = await as('kabinet').get<{ rounds: RoundSummary[] } | RoundSummary>(path);
      const walloon = await as('walloon').get<{ rounds: RoundSummary[] } | RoundSummary>(path);
      const summaryOf = (body: { rounds: RoundSummary[] } | RoundSummary) => ('rounds' in body ? body.rounds[0]! : body);
      expect(summaryOf(flemish.body).entities.map((entity) => entity.entityId)).toEqual(['vlaanderen']);
      expect(summaryOf(flemish.body).entities[0]!.submittedAt).not.toBeNull();
      expect(JSON.stringify(flemish.body)).not.toContain(reason);
      expect(summaryOf(walloon.body).entities.map((entity) => entity.entityId)).toEqual(['wallonie']);
      expect(summaryOf(walloon.body).entities[0]!.extension).toMatchObject({ reason, until: brussels('2025-09-12', '12:00') });
      expect(JSON.stringify(walloon.body)).not.toContain(flemishId);
    }
    const lead = await as('lead').get<RoundSummary>(`/contribution-rounds/${round.id}`);
    expect(lead.body.entities.map((entity) => [entity.entityId, entity.contributionId, entity.extension?.reason ?? null])).toEqual([
      ['vlaanderen', flemishId, null],
      ['wallonie', null, reason],
    ]);
    expect(lead.body.entities[0]!.submittedAt).not.toBeNull();
  });

  it("extends only to a later deadline than the entity's current one (an extension included), and refuses deadlines years ahead", async () => {
    const { round } = await openRound();
    const extend = (date: string, time: string) =>
      as('lead').post<RoundSummary & ErrorBody>(`/contribution-rounds/${round.id}/extensions`, { entityId: 'wallonie', deadline: { date, time }, reason: 'Beraad.' });
    expect((await extend('2025-09-12', '12:00')).status).toBe(200);
    // Later than the round's deadline but earlier than the extension: it would shorten it.
    const shorter = await extend('2025-09-10', '12:00');
    expectError(shorter, 400, 'deadline_not_later');
    expect(shorter.body.error.message).toContain(formatBelgianDateTime(brussels('2025-09-12', '12:00')));
    expectError(await extend('2025-09-12', '12:00'), 400, 'deadline_not_later');
    const walloon = (await as('lead').get<RoundSummary>(`/contribution-rounds/${round.id}`)).body.entities.find((entity) => entity.entityId === 'wallonie')!;
    expect(walloon.deadlineAt).toBe(brussels('2025-09-12', '12:00'));
    expect((await extend('2025-09-12', '12:01')).status).toBe(200);

    // Five years ahead (to the day) is allowed; a day more is a typo.
    expectError(await extend('2030-09-09', '12:00'), 400, 'deadline_too_far');
    expect((await extend('2030-09-08', '12:00')).status).toBe(200);
    const base = { title: 'Ronde', instructions: '', documentIds: ['kiv'], entityIds: ['vlaanderen'] };
    expectError(await as('lead').post('/contribution-rounds', { ...base, deadline: { date: '2205-09-30', time: '12:00' } }), 400, 'deadline_too_far');
    expect(bed.server.services.db.prepare('SELECT count(*) AS n FROM contribution_rounds').get()).toEqual({ n: 1 });
  });

  it('refuses a save made on a text a colleague changed meanwhile (409 edited_meanwhile) and keeps the colleague\'s text', async () => {
    const { flemishId } = await openRound();
    // Two coordinators of Flanders open the package and write the cover note; the first saves.
    const hash = bed.server.services.users.findByEmail(EMAILS.coordinator)!.passwordHash;
    bed.server.services.users.create({ id: 'second-coordinator', email: 'coordinator2@vlaanderen.example', name: 'Tweede Coördinator', entityId: 'vlaanderen', passwordHash: hash, role: 'coordinator' });
    const colleague = apiClient(bed.server, await signIn(bed.server, 'coordinator2@vlaanderen.example'));
    const seen = (await as('coordinator').get<Contribution>(`/contributions/${flemishId}`)).body.updatedAt;
    expect((await colleague.get<Contribution>(`/contributions/${flemishId}`)).body.updatedAt).toBe(seen);
    const saved = await as('coordinator').patch<Contribution>(`/contributions/${flemishId}`, { coverNote: 'Eerste versie van de nota.', expectedUpdatedAt: seen });
    expect(saved.status).toBe(200);
    expect(saved.body.updatedAt).toBeGreaterThan(seen);
    // The second saves on what they saw: refused, and the first text is intact.
    const stale = await colleague.patch(`/contributions/${flemishId}`, { coverNote: 'Een andere nota op een oude versie.', expectedUpdatedAt: seen });
    expectError(stale, 409, 'edited_meanwhile');
    expect((await colleague.get<Contribution>(`/contributions/${flemishId}`)).body).toMatchObject({
      coverNote: 'Eerste versie van de nota.',
      updatedAt: saved.body.updatedAt,
    });
    // Saving on top of the colleague's text, with the new updatedAt, goes through.
    const onTop = await colleague.patch<Contribution>(`/contributions/${flemishId}`, { coverNote: 'Samengevoegde nota.', expectedUpdatedAt: saved.body.updatedAt });
    expect([onTop.status, onTop.body.coverNote]).toEqual([200, 'Samengevoegde nota.']);

    // An item: its author and the coordinator edit the same remark.
    const added = await as('kabinet').post<Contribution>(`/contributions/${flemishId}/items`, { kind: 'remark', documentId: 'kiv', sectionId: null, unitId: null, body: 'Origineel.' });
    const item = added.body.items[0]!;
    const byCoordinator = await as('coordinator').patch<Contribution>(`/contribution-items/${item.id}`, { body: 'Door de coördinator.', expectedUpdatedAt: item.updatedAt });
    expect(byCoordinator.status).toBe(200);
    const byAuthor = await as('kabinet').patch(`/contribution-items/${item.id}`, { body: 'Door de auteur.', sectionId: 'kiv-1', expectedUpdatedAt: item.updatedAt });
    expectError(byAuthor, 409, 'edited_meanwhile');
    const now = (await as('kabinet').get<Contribution>(`/contributions/${flemishId}`)).body.items[0]!;
    expect([now.body, now.sectionId, now.updatedAt]).toEqual(['Door de coördinator.', null, byCoordinator.body.items[0]!.updatedAt]);
    // Without expectedUpdatedAt the last save still wins (other callers keep working).
    expect((await as('kabinet').patch<Contribution>(`/contribution-items/${item.id}`, { body: 'Door de auteur.' })).body.items[0]!.body).toBe('Door de auteur.');
    expectError(await as('kabinet').patch(`/contribution-items/${item.id}`, { expectedUpdatedAt: 1 }), 400, 'validation_failed');
  });
});
