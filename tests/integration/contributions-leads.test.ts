/**
 * Who runs a round and who is told, through a real server: a round on both documents is run by both
 * documents' leads (each sees the submitted packages and the report, extends, and processes the
 * remarks on its own document only); notices of a round reach exactly those who may act for an
 * invited entity, its `lead` users included, its sub-units' users not.
 */
import { describe, expect, it } from 'vitest';
import type { Contribution, RoundList, RoundSummary } from '../../shared/api/contributions.js';
import { remindDeadlines } from '../../server/domain/notifications/deadlineReminders.js';
import { expectError } from '../utils/api.js';
import { brussels } from '../utils/clock.js';
import { useRoundServer } from '../utils/contributionRounds.js';

const EMAILS = {
  kivLead: 'lead@justitie.example',
  nvpLead: 'lead@politie.example',
  police: 'contributor@politie.example',
  coordinator: 'coordinator@vlaanderen.example',
  kabinet: 'kabinet@vlaanderen.example',
  walloonCoordinator: 'coordinator@wallonie.example',
  walloon: 'contributor@wallonie.example',
};
type Who = keyof typeof EMAILS;
const DEADLINE = { date: '2025-09-09', time: '17:00' };

describe('the leads of a round and the recipients of its notices', () => {
  const bed = useRoundServer(EMAILS);
  const { as, id, clock } = bed;
  /** Who received notices of `kind`, by user id, sorted. */
  const notified = (kind: string) =>
    bed.server.services.db
      .prepare<[string], { user_id: string }>('SELECT user_id FROM notifications WHERE kind = ?')
      .all(kind)
      .map((row) => row.user_id)
      .sort();
  const ids = (...who: Who[]) => who.map(id).sort();

  it("is run by both documents' leads when it covers both: each processes the remarks on its own document", async () => {
    const opened = await as('kivLead').post<RoundSummary>('/contribution-rounds', {
      title: 'Insteek KIV en NVP', instructions: '', documentIds: ['kiv', 'nvp'], entityIds: ['vlaanderen', 'wallonie'], deadline: DEADLINE,
    });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    const round = opened.body;
    expect(round.documentIds).toEqual(['kiv', 'nvp']);
    // The NVP's lead is told the round covers its text; the opener's own entity is not told of its own act.
    expect(notified('round_opened_on_document')).toEqual(ids('nvpLead'));

    // The police's lead runs it too: it sees the round with every invited entity, and may extend and close.
    const list = await as('nvpLead').get<RoundList>('/contribution-rounds');
    expect(list.body.rounds.map((candidate) => candidate.id)).toEqual([round.id]);
    expect(list.body.rounds[0]).toMatchObject({ may: { extend: true, close: true, process: true }, ownContributionId: null });
    expect(list.body.rounds[0]!.entities.map((entity) => entity.entityId)).toEqual(['vlaanderen', 'wallonie']);
    expect((await as('nvpLead').post(`/contribution-rounds/${round.id}/extensions`, {
      entityId: 'wallonie', deadline: { date: '2025-09-12', time: '12:00' }, reason: 'Beraad in Namen.',
    })).status).toBe(200);

    // Flanders remarks on both texts; before submission neither lead sees the package.
    const flemishId = (await as('kabinet').get<RoundSummary>(`/contribution-rounds/${round.id}`)).body.ownContributionId!;
    const remark = (documentId: string, body: string) =>
      as('kabinet').post<Contribution>(`/contributions/${flemishId}/items`, { kind: 'remark', documentId, sectionId: null, unitId: null, body });
    expect((await remark('kiv', 'Over de Kadernota.')).status).toBe(201);
    const items = (await remark('nvp', 'Over het Veiligheidsplan.')).body.items;
    const [onKiv, onNvp] = [items.find((item) => item.documentId === 'kiv')!.id, items.find((item) => item.documentId === 'nvp')!.id];
    expectError(await as('nvpLead').get(`/contributions/${flemishId}`), 404, 'not_found');
    expect((await as('coordinator').post(`/contributions/${flemishId}/submit`)).status).toBe(200);
    expect(notified('contribution_submitted')).toEqual(ids('kivLead', 'nvpLead'));

    // Both leads see it; each may process only the remark on its own document.
    const seen = await as('nvpLead').get<Contribution>(`/contributions/${flemishId}`);
    expect(seen.status).toBe(200);
    expect(seen.body.items.map((item) => [item.documentId, item.may.process])).toEqual([['kiv', false], ['nvp', true]]);
    const byKivLead = await as('kivLead').get<Contribution>(`/contributions/${flemishId}`);
    expect(byKivLead.body.items.map((item) => [item.documentId, item.may.process])).toEqual([['kiv', true], ['nvp', false]]);
    expectError(await as('nvpLead').post(`/contribution-items/${onKiv}/processing`, { processing: 'processed', reason: '' }), 403, 'forbidden');
    expectError(await as('kivLead').post(`/contribution-items/${onNvp}/processing`, { processing: 'processed', reason: '' }), 403, 'forbidden');
    expect((await as('nvpLead').post(`/contribution-items/${onNvp}/processing`, { processing: 'not_processed', reason: 'Valt buiten het NVP.' })).status).toBe(200);
    expect((await as('kivLead').post(`/contribution-items/${onKiv}/processing`, { processing: 'processed', reason: '' })).status).toBe(200);
    const processed = (await as('coordinator').get<Contribution>(`/contributions/${flemishId}`)).body.items;
    expect(processed.map((item) => [item.documentId, item.processing?.processing, item.processing?.byName])).toEqual([
      ['kiv', 'processed', 'Sofie Claes'],
      ['nvp', 'not_processed', 'Marc Dubois'],
    ]);
    const report = await fetch(`${bed.server.url}/api/contribution-rounds/${round.id}/report.docx`, { headers: { cookie: bed.accounts.nvpLead.cookie } });
    expect(report.status).toBe(200);
  });

  it("tells an invited entity's leads what its coordinators are told, and none of its sub-units' users", async () => {
    // A user of a Flemish cabinet (a sub-unit): it cannot act in Flanders' package, so it is not told.
    const hash = bed.server.services.users.findByEmail(EMAILS.kabinet)!.passwordHash;
    bed.server.services.users.create({ id: 'cabinet-user', email: 'medewerker@kabinet.example', name: 'Kabinetsmedewerker', entityId: 'vlaanderen-unit-2', passwordHash: hash, role: 'contributor' });
    expect(bed.server.services.users.members('vlaanderen', ['contributor', 'coordinator', 'lead']).map((user) => user.id).sort()).toEqual(ids('coordinator', 'kabinet'));

    const opened = await as('kivLead').post<RoundSummary>('/contribution-rounds', {
      title: 'Insteek KIV', instructions: '', documentIds: ['kiv'], entityIds: ['vlaanderen', 'geintegreerde-politie'], deadline: DEADLINE,
    });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    const round = opened.body;
    expect(notified('round_opened')).toEqual(ids('coordinator', 'kabinet', 'nvpLead', 'police'));

    // Near the deadline both draft packages are reminded, the police's lead included.
    clock.set(brussels('2025-09-08', '18:00'));
    remindDeadlines(bed.server.services);
    expect(notified('deadline_near')).toEqual(ids('coordinator', 'kabinet', 'nvpLead', 'police'));

    expect((await as('kivLead').post(`/contribution-rounds/${round.id}/extensions`, {
      entityId: 'geintegreerde-politie', deadline: { date: '2025-09-10', time: '17:00' }, reason: 'Korpsoverleg.',
    })).status).toBe(200);
    expect(notified('deadline_extended')).toEqual(ids('nvpLead', 'police'));

    // The police's lead acts as its coordinator: it submits; processing reaches it and the author.
    const policeId = (await as('police').get<RoundSummary>(`/contribution-rounds/${round.id}`)).body.ownContributionId!;
    const added = await as('police').post<Contribution>(`/contributions/${policeId}/items`, {
      kind: 'remark', documentId: 'kiv', sectionId: null, unitId: null, body: 'De politie vraagt aandacht voor cybercriminaliteit.',
    });
    expect((await as('nvpLead').post(`/contributions/${policeId}/submit`)).status).toBe(200);
    expect((await as('kivLead').post(`/contribution-items/${added.body.items[0]!.id}/processing`, { processing: 'processed', reason: '' })).status).toBe(200);
    expect(notified('item_processed')).toEqual(ids('nvpLead', 'police'));
    const nobody = bed.server.services.db.prepare<[], { n: number }>("SELECT count(*) AS n FROM notifications WHERE user_id = 'cabinet-user'").get();
    expect(nobody).toEqual({ n: 0 });
  });
});
