/**
 * Notifications through a real server: a Flemish amendment decided by the lead reaches its author
 * and the Flemish coordinator (in the app and as mail in the outbox), nobody else; each user reads
 * and marks only their own; the outbox and the audit log are the admin's alone. Near deadlines are
 * reminded once per deadline to those whose package or advice is still a draft.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { AmendmentDetail } from '../../shared/api/amendments.js';
import type { AuditList } from '../../shared/api/audit.js';
import type { NotificationList, OutboxList } from '../../shared/api/notifications.js';
import { formatBelgianDateTime } from '../../shared/format/dates.js';
import { remindDeadlines } from '../../server/domain/notifications/deadlineReminders.js';
import { apiClient } from '../utils/api.js';
import { signInAll, type SignedInAccount } from '../utils/accounts.js';
import { draftAmendmentWithEdit } from '../utils/amendmentDrafts.js';
import { testClock } from '../utils/clock.js';
import { signIn } from '../utils/http.js';
import { startTestServer, type TestServer } from '../utils/server.js';

type Server = TestServer & { origin: string };

const CABINET = 'kabinet@vlaanderen.example';
const COORDINATOR = 'coordinator@vlaanderen.example';
const WALLONIA = 'contributor@wallonie.example';
const LEAD = 'lead@justitie.example';
const ADMIN = 'admin@akkoord.example';

describe('notifications of a decided amendment', () => {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  const rows = (server: Server, userId: string) =>
    server.services.db
      .prepare<[string], { id: number; kind: string }>('SELECT id, kind FROM notifications WHERE user_id = ? ORDER BY id')
      .all(userId);

  /** A Flemish amendment with a real edit in its fork, submitted by the coordinator. */
  async function submittedAmendment(server: Server, cabinet: SignedInAccount, coordinator: SignedInAccount): Promise<AmendmentDetail> {
    const created = await draftAmendmentWithEdit(server, cabinet.cookie, {
      documentId: 'kiv',
      sectionId: 'kiv-2',
      title: 'Cybercriminaliteit expliciet noemen',
      justification: 'De Vlaamse Regering vraagt aandacht voor cyber.',
      insert: 'Cyber en ',
    });
    const submitted = await coordinator.api.post<AmendmentDetail>(`/amendments/${created.id}/submit`);
    expect(submitted.status).toBe(200);
    return submitted.body;
  }

  it('reaches the author and the coordinator, in the app and in the outbox, and nobody else', async () => {
    const server = await startTestServer();
    cleanups.push(() => server.close());
    const { cabinet, coordinator, wallonia, lead, admin } = await signInAll(server, {
      cabinet: CABINET,
      coordinator: COORDINATOR,
      wallonia: WALLONIA,
      lead: LEAD,
      admin: ADMIN,
    });
    const amendment = await submittedAmendment(server, cabinet, coordinator);
    expect(rows(server, cabinet.id)).toEqual([]);

    const decided = await lead.api.post<AmendmentDetail>(`/amendments/${amendment.id}/decision`, { decision: 'accepted', reason: '' });
    expect(decided.status).toBe(200);

    for (const user of [cabinet, coordinator]) expect(rows(server, user.id).map((row) => row.kind)).toEqual(['amendment_decided']);
    expect(rows(server, wallonia.id)).toEqual([]);
    expect(rows(server, lead.id)).toEqual([]);

    // In the app: the author's own list, with the sentence's params and the link.
    const list = await cabinet.api.get<NotificationList>('/notifications');
    expect(list.status).toBe(200);
    expect(list.body.unread).toBe(1);
    expect(list.body.notifications).toHaveLength(1);
    expect(list.body.notifications[0]).toMatchObject({
      kind: 'amendment_decided',
      subject: `amendment:${amendment.id}`,
      params: { number: amendment.number, title: 'Cybercriminaliteit expliciet noemen', decision: '@amendment.status.accepted' },
      link: `/amendments/${amendment.id}`,
      readAt: null,
    });
    expect((await wallonia.api.get<NotificationList>('/notifications')).body).toEqual({ notifications: [], unread: 0 });

    // In the outbox: one mail to each, in Dutch and French, with the absolute link.
    const mails = server.services.db
      .prepare<[], { to_address: string; subject: string; body: string }>('SELECT to_address, subject, body FROM outbox ORDER BY id')
      .all();
    expect(mails.map((mail) => mail.to_address).sort()).toEqual([CABINET, COORDINATOR].sort());
    for (const mail of mails) {
      expect(mail.subject).toBe(`Akkoord: Beslissing over amendement ${amendment.number} "Cybercriminaliteit expliciet noemen": Aanvaard.`);
      expect(mail.body).toContain(`Décision sur l’amendement ${amendment.number} « Cybercriminaliteit expliciet noemen » : Accepté.`);
      expect(mail.body).toContain(`${server.url}/amendments/${amendment.id}`);
    }

    // The admin sees the mail, and the decision in the audit log with who made it.
    const outbox = await admin.api.get<OutboxList>('/admin/outbox');
    expect(outbox.status).toBe(200);
    expect(outbox.body.messages.map((message) => message.to).sort()).toEqual([CABINET, COORDINATOR].sort());
    expect(outbox.body.messages.every((message) => message.sentAt === null)).toBe(true);
    const audit = await admin.api.get<AuditList>(`/admin/audit?subject=${encodeURIComponent(`amendment:${amendment.id}`)}`);
    expect(audit.status).toBe(200);
    expect(audit.body.entries.map((entry) => entry.action)).toEqual(['amendment.accepted', 'amendment.submitted', 'amendment.created']);
    expect(audit.body.entries[0]).toMatchObject({ userName: 'Sofie Claes', subject: `amendment:${amendment.id}`, detail: { reason: '' } });
    expect(audit.body.entries.map((entry) => entry.userName)).toEqual(['Sofie Claes', 'Pieter Janssens', 'Lotte Maes']);
    const everyAmendment = await admin.api.get<AuditList>('/admin/audit?subject=amendment:&limit=1');
    expect(everyAmendment.body.entries.map((entry) => entry.action)).toEqual(['amendment.accepted']);
    expect((await admin.api.get<AuditList>('/admin/audit?subject=amendment:nope')).body.entries).toEqual([]);
    expect((await admin.api.get('/admin/audit?limit=0')).status).toBe(400);
    expect((await admin.api.get('/admin/audit?limit=1001')).status).toBe(400);
  });

  it('lets each user read and mark only their own', async () => {
    const server = await startTestServer();
    cleanups.push(() => server.close());
    const { cabinet, coordinator, lead } = await signInAll(server, { cabinet: CABINET, coordinator: COORDINATOR, lead: LEAD });
    const notify = (userId: string, title: string) =>
      server.services.notifications.notify({ userIds: [userId], kind: 'advice_answered', subject: 'test', params: { version: title }, link: null });
    notify(cabinet.id, 'een');
    notify(cabinet.id, 'twee');
    notify(coordinator.id, 'van de coördinator');

    const list = (await cabinet.api.get<NotificationList>('/notifications')).body;
    expect(list.unread).toBe(2);
    expect(list.notifications.map((n) => n.params.version)).toEqual(['twee', 'een']);
    const coordinatorsId = rows(server, coordinator.id)[0]!.id;

    // Marking another's id changes nothing of theirs; one's own id drops one's count.
    const marked = await cabinet.api.post<NotificationList>('/notifications/read', { ids: [list.notifications[1]!.id, coordinatorsId] });
    expect(marked.status).toBe(200);
    expect(marked.body.unread).toBe(1);
    expect(marked.body.notifications.find((n) => n.params.version === 'een')!.readAt).not.toBeNull();
    expect((await coordinator.api.get<NotificationList>('/notifications')).body.unread).toBe(1);

    // Without ids: all of one's own.
    const all = await cabinet.api.post<NotificationList>('/notifications/read', {});
    expect(all.body.unread).toBe(0);
    expect((await coordinator.api.get<NotificationList>('/notifications')).body.unread).toBe(1);

    // Refusals change nothing.
    expect((await coordinator.api.post('/notifications/read', { ids: 'all' })).status).toBe(400);
    expect((await coordinator.api.post('/notifications/read', { ids: [coordinatorsId], extra: true })).status).toBe(400);
    const anonymous = apiClient(server, '');
    expect((await anonymous.get('/notifications')).status).toBe(401);
    expect((await anonymous.post('/notifications/read', {})).status).toBe(401);
    const foreign = await fetch(`${server.url}/api/notifications/read`, {
      method: 'POST',
      headers: { cookie: coordinator.cookie, origin: 'https://evil.example', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(foreign.status).toBe(403);
    expect((await coordinator.api.get<NotificationList>('/notifications')).body.unread).toBe(1);

    // The admin's views are refused to everyone else.
    for (const user of [cabinet, coordinator, lead]) {
      expect((await user.api.get('/admin/outbox')).status).toBe(403);
      expect((await user.api.get('/admin/audit')).status).toBe(403);
    }
    expect((await anonymous.get('/admin/outbox')).status).toBe(401);
    expect((await anonymous.get('/admin/audit')).status).toBe(401);

    const openApi = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(openApi.paths)).toEqual(expect.arrayContaining(['/api/notifications', '/api/notifications/read', '/api/admin/outbox', '/api/admin/audit']));
  });
});

describe('reminders of near deadlines', () => {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  const DAY = 24 * 3_600_000;

  /** The deadline notices each user holds, as `email: deadline` (formatted, from the params). */
  const reminders = (server: Server, kind: string) =>
    server.services.db
      .prepare<[string], { email: string; params: string; link: string }>(
        'SELECT u.email, n.params, n.link FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.kind = ? ORDER BY u.email, n.id',
      )
      .all(kind)
      .map((row) => ({ email: row.email, params: JSON.parse(row.params) as Record<string, string>, link: row.link }));

  it('come once per deadline to the draft packages of a round, and once more after an extension', async () => {
    const clock = testClock();
    const server = await startTestServer({ clock });
    cleanups.push(() => server.close());
    const db = server.services.db;
    const leadId = server.services.users.findByEmail(LEAD)!.id;
    const deadline = Math.floor((clock.now() + 3 * DAY) / 60_000) * 60_000;
    db.prepare(
      `INSERT INTO contribution_rounds (id, dossier_id, title, instructions, deadline_at, status, lead_entity_id, created_by, created_at)
       VALUES ('round-1', ?, 'Insteek KIV 2026', '', ?, 'open', 'fod-justitie', ?, ?)`,
    ).run(server.services.dossier.dossierId, deadline, leadId, clock.now());
    db.prepare("INSERT INTO contribution_round_documents (round_id, document_id) VALUES ('round-1', 'kiv')").run();
    for (const [entity, status] of [['vlaanderen', 'draft'], ['wallonie', 'submitted']] as const) {
      db.prepare("INSERT INTO contribution_round_entities (round_id, entity_id) VALUES ('round-1', ?)").run(entity);
      db.prepare(
        `INSERT INTO contributions (id, round_id, entity_id, status, created_at, updated_at, submitted_at, submitted_by)
         VALUES (?, 'round-1', ?, ?, ?, ?, ?, ?)`,
      ).run(`package-${entity}`, entity, status, clock.now(), clock.now(), status === 'submitted' ? clock.now() : null, status === 'submitted' ? leadId : null);
    }

    // Three days ahead: not near yet.
    remindDeadlines(server.services);
    expect(reminders(server, 'deadline_near')).toEqual([]);

    // A day ahead: the Flemish coordinator and contributor are told once; the submitted Walloon package is not.
    clock.advance(2 * DAY);
    remindDeadlines(server.services);
    remindDeadlines(server.services);
    const first = reminders(server, 'deadline_near');
    expect(first.map((row) => row.email)).toEqual([COORDINATOR, CABINET].sort());
    for (const row of first) {
      expect(row.params).toEqual({ round: 'Insteek KIV 2026', deadline: formatBelgianDateTime(deadline) });
      expect(row.link).toBe('/contributions/package-vlaanderen');
    }
    const mails = db.prepare<[], { to_address: string; body: string }>("SELECT to_address, body FROM outbox WHERE subject LIKE 'Akkoord: De termijn%'").all();
    expect(mails.map((mail) => mail.to_address).sort()).toEqual([COORDINATOR, CABINET].sort());
    expect(mails[0]!.body).toContain(`${server.url}/contributions/package-vlaanderen`);

    // The lead extends Flanders' deadline by twelve hours: one reminder more, with the new deadline.
    const extended = deadline + 12 * 3_600_000;
    db.prepare(
      "UPDATE contribution_round_entities SET extended_until = ?, extended_by = ?, extended_at = ?, extension_reason = 'Regeringsbeslissing' WHERE round_id = 'round-1' AND entity_id = 'vlaanderen'",
    ).run(extended, leadId, clock.now());
    remindDeadlines(server.services);
    remindDeadlines(server.services);
    const after = reminders(server, 'deadline_near');
    expect(after).toHaveLength(4);
    expect(after.filter((row) => row.params.deadline === formatBelgianDateTime(extended)).map((row) => row.email)).toEqual([COORDINATOR, CABINET].sort());

    // Submitted meanwhile, or past the deadline: nothing more.
    db.prepare("UPDATE contributions SET status = 'submitted' WHERE id = 'package-vlaanderen'").run();
    db.prepare("UPDATE contribution_round_entities SET extended_until = ? WHERE entity_id = 'vlaanderen'").run(extended + 3_600_000);
    remindDeadlines(server.services);
    expect(reminders(server, 'deadline_near')).toHaveLength(4);
  });

  it("come to the advisory body's advisers while their advice is a draft", async () => {
    const clock = testClock();
    const server = await startTestServer({ clock });
    cleanups.push(() => server.close());
    const lead = apiClient(server, await signIn(server, LEAD));
    const version = await lead.post<{ id: string }>('/documents/kiv/versions', { name: 'Ontwerp voor advies CPG' });
    expect(version.status).toBe(201);
    const leadId = server.services.users.findByEmail(LEAD)!.id;
    const deadline = clock.now() + DAY + 90_000;
    server.services.db
      .prepare(
        `INSERT INTO advice_rounds (id, dossier_id, document_id, version_id, body_entity_id, question, consultation_date, deadline_at, status, created_by, created_at)
         VALUES ('advice-round-1', ?, 'kiv', ?, 'cpg', 'Uw advies?', '2026-02-27', ?, 'open', ?, ?)`,
      )
      .run(server.services.dossier.dossierId, version.body.id, deadline, leadId, clock.now());
    server.services.db
      .prepare("INSERT INTO advice (id, round_id, entity_id, status, created_at, updated_at) VALUES ('advice-1', 'advice-round-1', 'cpg', 'draft', ?, ?)")
      .run(clock.now(), clock.now());

    remindDeadlines(server.services);
    remindDeadlines(server.services);
    expect(reminders(server, 'advice_deadline_near')).toEqual([
      { email: 'adviser@cpg.example', params: { version: 'Ontwerp voor advies CPG', deadline: formatBelgianDateTime(deadline) }, link: '/advice-rounds/advice-round-1' },
    ]);
    expect(reminders(server, 'deadline_near')).toEqual([]);
  });
});
