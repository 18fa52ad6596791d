/**
 * Every way into another entity's unsubmitted package is refused exactly like a wrong id, and every
 * wrong move in a round gets a clear error and changes nothing: a real server, the demo accounts.
 */
import { describe, expect, it } from 'vitest';
import type { AmendmentDetail } from '../../shared/api/amendments.js';
import type { Contribution, RoundList, RoundSummary } from '../../shared/api/contributions.js';
import { draftAmendmentWithEdit } from '../utils/amendmentDrafts.js';
import { expectError, type ApiAnswer, type ErrorBody } from '../utils/api.js';
import { openKivRound, useRoundServer } from '../utils/contributionRounds.js';

const EMAILS = {
  lead: 'lead@justitie.example',
  nvpLead: 'lead@politie.example',
  coordinator: 'coordinator@vlaanderen.example',
  kabinet: 'kabinet@vlaanderen.example',
  walloonCoordinator: 'coordinator@wallonie.example',
  walloon: 'contributor@wallonie.example',
  adviser: 'adviser@cpg.example',
  reader: 'reader@binnenland.example',
  admin: 'admin@akkoord.example',
};
type Who = keyof typeof EMAILS;
const GUESSED_ID = 'abcdefghijklmnopqrstuvwx';

describe('contribution round permissions and bad input', () => {
  const bed = useRoundServer(EMAILS);
  const { as } = bed;
  const openRound = (options?: { title?: string; date?: string }) => openKivRound({ lead: as('lead'), flemish: as('kabinet'), walloon: as('walloon') }, options);

  /** Adds a remark as `who`; the package after it. */
  async function addRemark(who: Who, contributionId: string, body: string): Promise<ApiAnswer<Contribution>> {
    return as(who).post<Contribution>(`/contributions/${contributionId}/items`, { kind: 'remark', documentId: 'kiv', sectionId: 'kiv-1', unitId: null, body });
  }

  /** A draft amendment of the Flemish cabinet, with `text` typed in its fork (none: it changes nothing). */
  async function flemishAmendment(documentId = 'kiv', sectionId = 'kiv-3', text: string | null = 'Vlaams voorstel. '): Promise<AmendmentDetail> {
    const title = `Voorstel ${sectionId}`;
    if (text !== null) return draftAmendmentWithEdit(bed.server, bed.accounts.kabinet.cookie, { documentId, sectionId, title, insert: text });
    const created = await as('kabinet').post<AmendmentDetail>('/amendments', { documentId, sectionId, title });
    expect(created.status).toBe(201);
    return created.body;
  }

  it("refuses every way into another entity's unsubmitted package as 404, exactly like a guessed id, and changes nothing", async () => {
    const { round, flemishId } = await openRound();
    const added = await addRemark('kabinet', flemishId, 'Vertrouwelijke Vlaamse opmerking.');
    const itemId = added.body.items[0]!.id;
    const guessedPackage = await as('walloon').get<ErrorBody>(`/contributions/${GUESSED_ID}`);
    const guessedItem = await as('walloon').patch<ErrorBody>(`/contribution-items/${GUESSED_ID}`, { body: 'x' });
    expectError(guessedPackage, 404, 'not_found');

    for (const who of ['walloonCoordinator', 'walloon', 'lead', 'nvpLead', 'reader', 'adviser', 'admin'] as const) {
      const client = as(who);
      const attempts: [string, ApiAnswer, ApiAnswer][] = [
        ['GET package', await client.get(`/contributions/${flemishId}`), guessedPackage],
        ['PATCH cover note', await client.patch(`/contributions/${flemishId}`, { coverNote: 'Overgenomen' }), guessedPackage],
        ['POST item', await addRemark(who, flemishId, 'Ingebroken'), guessedPackage],
        ['POST submit', await client.post(`/contributions/${flemishId}/submit`), guessedPackage],
        ['GET report', await client.get(`/contributions/${flemishId}/report.docx`), guessedPackage],
        ['PATCH item body', await client.patch(`/contribution-items/${itemId}`, { body: 'Overschreven' }), guessedItem],
        ['PATCH item drop', await client.patch(`/contribution-items/${itemId}`, { dropped: true }), guessedItem],
        ['POST processing', await client.post(`/contribution-items/${itemId}/processing`, { processing: 'processed', reason: '' }), guessedItem],
        ['DELETE item', await client.delete(`/contribution-items/${itemId}`), guessedItem],
      ];
      for (const [what, answer, guessed] of attempts) {
        expect([answer.status, answer.body], `${who}: ${what}`).toEqual([404, guessed.body]);
      }
    }

    // The round tells the lead nothing about the draft but that it is not submitted, and the other invited entity not even that.
    expect((await as('walloon').get<RoundSummary>(`/contribution-rounds/${round.id}`)).body.entities.map((entity) => entity.entityId)).toEqual(['wallonie']);
    for (const who of ['walloon', 'lead'] as const) {
      const summary = await as(who).get<RoundSummary>(`/contribution-rounds/${round.id}`);
      const flemish = summary.body.entities.find((entity) => entity.entityId === 'vlaanderen');
      if (who === 'lead') {
        expect(Object.keys(flemish!).sort()).toEqual(['contributionId', 'deadlineAt', 'entityId', 'entityName', 'extension', 'submittedAt']);
        expect(flemish).toMatchObject({ contributionId: null, submittedAt: null, extension: null });
      }
      const text = JSON.stringify(summary.body);
      expect(text).not.toContain(flemishId);
      expect(text).not.toContain(itemId);
      expect(text).not.toContain('Vertrouwelijke');
    }
    // Nothing changed.
    const own = await as('coordinator').get<Contribution>(`/contributions/${flemishId}`);
    expect(own.body).toMatchObject({ status: 'draft', coverNote: '' });
    expect(own.body.items.map((item) => [item.body, item.dropped, item.processing])).toEqual([['Vertrouwelijke Vlaamse opmerking.', false, null]]);
    expect(bed.server.services.audit.forSubject(`contribution:${flemishId}`)).toEqual([]);
  });

  it('lets a contributor draft and edit their own items but not drop, keep, write the cover note or submit', async () => {
    const { flemishId } = await openRound();
    const itemId = (await addRemark('kabinet', flemishId, 'Eerste versie.')).body.items[0]!.id;
    expect((await as('kabinet').patch<Contribution>(`/contribution-items/${itemId}`, { body: 'Tweede versie.', unitId: 'vlaanderen-unit-3' })).status).toBe(200);
    expectError(await as('kabinet').patch(`/contribution-items/${itemId}`, { dropped: true }), 403, 'forbidden');
    expectError(await as('kabinet').patch(`/contribution-items/${itemId}`, { dropped: false }), 403, 'forbidden');
    expectError(await as('kabinet').patch(`/contributions/${flemishId}`, { coverNote: 'Nota' }), 403, 'forbidden');
    expectError(await as('kabinet').post(`/contributions/${flemishId}/submit`), 403, 'forbidden');
    const own = await as('kabinet').get<Contribution>(`/contributions/${flemishId}`);
    expect(own.body.may).toEqual({ addItem: true, review: false, submit: false });
    expect(own.body.items[0]).toMatchObject({ body: 'Tweede versie.', unitId: 'vlaanderen-unit-3', dropped: false });

    // The coordinator edits the cabinet's remark; a unit or section from elsewhere is refused.
    expect((await as('coordinator').patch(`/contribution-items/${itemId}`, { body: 'Door de coördinator herschreven.' })).status).toBe(200);
    expectError(await as('coordinator').patch(`/contribution-items/${itemId}`, { unitId: 'vlaanderen' }), 400, 'unknown_unit');
    expectError(await as('coordinator').patch(`/contribution-items/${itemId}`, { sectionId: 'nvp-1' }), 400, 'unknown_section');
    expectError(await addRemark('kabinet', flemishId, ''), 400, 'validation_failed');
    expectError(
      await as('kabinet').post(`/contributions/${flemishId}/items`, { kind: 'remark', documentId: 'nvp', sectionId: null, unitId: null, body: 'x' }),
      400,
      'document_not_in_round',
    );
    expectError(
      await as('kabinet').post(`/contributions/${flemishId}/items`, { kind: 'remark', documentId: 'kiv', sectionId: null, unitId: 'wallonie-unit-1', body: 'x' }),
      400,
      'unknown_unit',
    );
    expect((await as('kabinet').get<Contribution>(`/contributions/${flemishId}`)).body.items).toHaveLength(1);
  });

  it('shows the round to nobody outside it, and lets only a lead open rounds, on documents at least one of which their entity leads', async () => {
    const { round } = await openRound();
    for (const who of ['reader', 'adviser', 'admin'] as const) {
      expect((await as(who).get<RoundList>('/contribution-rounds')).body.rounds, who).toEqual([]);
      expectError(await as(who).get(`/contribution-rounds/${round.id}`), 404, 'not_found');
    }
    // The NVP lead's entity is not invited: the KIV round is not theirs to see.
    expect((await as('nvpLead').get<RoundList>('/contribution-rounds')).body.rounds).toEqual([]);
    expectError(await as('nvpLead').get(`/contribution-rounds/${round.id}`), 404, 'not_found');
    expect((await fetch(`${bed.server.url}/api/contribution-rounds`)).status).toBe(401);

    const request = { title: 'Ronde', instructions: '', documentIds: ['kiv'], entityIds: ['vlaanderen'], deadline: { date: '2025-09-30', time: '12:00' } };
    for (const who of ['coordinator', 'kabinet', 'adviser', 'reader', 'admin'] as const) {
      expectError(await as(who).post('/contribution-rounds', request), 403, 'forbidden');
    }
    expectError(await as('nvpLead').post('/contribution-rounds', request), 403, 'forbidden');
    expectError(await as('lead').post('/contribution-rounds', { ...request, documentIds: ['nvp'] }), 403, 'forbidden');
    expect((await as('nvpLead').post('/contribution-rounds', { ...request, documentIds: ['nvp'] })).status).toBe(201);
    // Only those two rounds exist: every refusal changed nothing.
    expect(bed.server.services.db.prepare('SELECT count(*) AS n FROM contribution_rounds').get()).toEqual({ n: 2 });
  });

  it('refuses deadlines that do not exist, have passed or are malformed, and entities or documents that are not right', async () => {
    const base = { title: 'Ronde', instructions: '', documentIds: ['kiv'], entityIds: ['vlaanderen'] };
    const open = (extra: Record<string, unknown>) => as('lead').post('/contribution-rounds', { ...base, deadline: { date: '2025-09-30', time: '12:00' }, ...extra });
    expectError(await open({ deadline: { date: '2026-03-29', time: '02:30' } }), 400, 'deadline_nonexistent');
    expectError(await open({ deadline: { date: '2025-09-08', time: '09:59' } }), 400, 'deadline_in_past');
    expectError(await open({ deadline: { date: '2026-02-30', time: '12:00' } }), 400, 'deadline_invalid');
    expectError(await open({ deadline: { date: '2026-02-27', time: '24:00' } }), 400, 'validation_failed');
    expectError(await open({ entityIds: ['atlantis'] }), 400, 'unknown_entity');
    expectError(await open({ entityIds: ['vlaanderen-unit-1'] }), 400, 'not_top_level');
    expectError(await open({ documentIds: ['atlantis'] }), 400, 'unknown_document');
    expectError(await open({ entityIds: [] }), 400, 'validation_failed');
    expectError(await open({ surprise: true }), 400, 'validation_failed');
    expect(bed.server.services.db.prepare('SELECT count(*) AS n FROM contribution_rounds').get()).toEqual({ n: 0 });
    // On the fall-back day 02:30 is taken at its second occurrence (winter time, UTC+1).
    const fallBack = await open({ deadline: { date: '2025-10-26', time: '02:30' } });
    expect((fallBack.body as RoundSummary).deadlineAt).toBe(Date.parse('2025-10-26T01:30:00Z'));
  });

  it("lets only the round's lead extend, close and process; refuses processing before submission, a second submission and late changes", async () => {
    const { round, flemishId, walloonId } = await openRound();
    const remarkId = (await addRemark('kabinet', flemishId, 'Opmerking.')).body.items[0]!.id;
    const droppedId = (await addRemark('kabinet', flemishId, 'Intern.')).body.items[1]!.id;
    expect((await as('coordinator').patch(`/contribution-items/${droppedId}`, { dropped: true })).status).toBe(200);
    const extension = { entityId: 'wallonie', deadline: { date: '2025-09-12', time: '12:00' }, reason: 'Later beraad.' };

    // Not the round's lead: refused (those who cannot see the round get a 404).
    expectError(await as('coordinator').post(`/contribution-rounds/${round.id}/extensions`, extension), 403, 'forbidden');
    expectError(await as('nvpLead').post(`/contribution-rounds/${round.id}/extensions`, extension), 404, 'not_found');
    expectError(await as('coordinator').post(`/contribution-rounds/${round.id}/close`), 403, 'forbidden');
    expectError(await as('walloonCoordinator').get(`/contribution-rounds/${round.id}/report.docx`), 403, 'forbidden');
    // Processing before submission: the draft is not there for the lead.
    expectError(await as('lead').post(`/contribution-items/${remarkId}/processing`, { processing: 'processed', reason: '' }), 404, 'not_found');
    // Extensions must be later than the round's deadline and for an invited entity.
    expectError(await as('lead').post(`/contribution-rounds/${round.id}/extensions`, { ...extension, deadline: { date: '2025-09-09', time: '16:00' } }), 400, 'deadline_not_later');
    expectError(await as('lead').post(`/contribution-rounds/${round.id}/extensions`, { ...extension, entityId: 'brussel' }), 400, 'not_invited');
    expectError(await as('walloonCoordinator').post(`/contributions/${walloonId}/submit`), 400, 'empty');

    // Submitted once; not twice, and nothing changes in it afterwards.
    expect((await as('coordinator').post(`/contributions/${flemishId}/submit`)).status).toBe(200);
    expectError(await as('coordinator').post(`/contributions/${flemishId}/submit`), 409, 'not_a_draft');
    expectError(await addRemark('kabinet', flemishId, 'Te laat.'), 409, 'not_a_draft');
    expectError(await as('kabinet').patch(`/contribution-items/${remarkId}`, { body: 'Gewijzigd.' }), 409, 'not_a_draft');
    expectError(await as('coordinator').patch(`/contributions/${flemishId}`, { coverNote: 'Nota' }), 409, 'not_a_draft');
    expectError(await as('lead').post(`/contribution-rounds/${round.id}/extensions`, { ...extension, entityId: 'vlaanderen' }), 409, 'not_a_draft');
    // The coordinator may not process their own package; the dropped item never reaches the lead.
    expectError(await as('coordinator').post(`/contribution-items/${remarkId}/processing`, { processing: 'processed', reason: '' }), 403, 'forbidden');
    expectError(await as('lead').post(`/contribution-items/${droppedId}/processing`, { processing: 'processed', reason: '' }), 404, 'not_found');
    expectError(await as('lead').post(`/contribution-items/${remarkId}/processing`, { processing: 'not_processed', reason: '' }), 400, 'reason_required');
    expect((await as('lead').get<Contribution>(`/contributions/${flemishId}`)).body.items.map((item) => item.processing)).toEqual([null]);

    // Closed: nothing more is added or submitted, in any package; closing again is refused; processing goes on.
    expect((await as('lead').post<RoundSummary>(`/contribution-rounds/${round.id}/close`)).body.status).toBe('closed');
    expectError(await as('lead').post(`/contribution-rounds/${round.id}/close`), 409, 'round_closed');
    expectError(await addRemark('walloon', walloonId, 'Na de sluiting.'), 409, 'round_closed');
    expectError(await as('walloonCoordinator').post(`/contributions/${walloonId}/submit`), 409, 'round_closed');
    expectError(await as('lead').post(`/contribution-rounds/${round.id}/extensions`, extension), 409, 'round_closed');
    expect((await as('lead').post(`/contribution-items/${remarkId}/processing`, { processing: 'processed', reason: '' })).status).toBe(200);
  });

  it('documents every endpoint in the OpenAPI document', async () => {
    const doc = (await (await fetch(`${bed.server.url}/api/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>> };
    const expected: [string, string][] = [
      ['/api/contribution-rounds', 'get'],
      ['/api/contribution-rounds', 'post'],
      ['/api/contribution-rounds/{id}', 'get'],
      ['/api/contribution-rounds/{id}/extensions', 'post'],
      ['/api/contribution-rounds/{id}/close', 'post'],
      ['/api/contribution-rounds/{id}/report.docx', 'get'],
      ['/api/contributions/{id}', 'get'],
      ['/api/contributions/{id}', 'patch'],
      ['/api/contributions/{id}/items', 'post'],
      ['/api/contributions/{id}/submit', 'post'],
      ['/api/contributions/{id}/report.docx', 'get'],
      ['/api/contribution-items/{id}', 'patch'],
      ['/api/contribution-items/{id}', 'delete'],
      ['/api/contribution-items/{id}/processing', 'post'],
    ];
    for (const [path, method] of expected) expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined();
  });

  it('submits amendment items only with their package: not on their own, not twice, not empty, not from elsewhere', async () => {
    const { flemishId, walloonId } = await openRound();
    const amendment = await flemishAmendment();
    const empty = await flemishAmendment('kiv', 'kiv-4', null);
    const onNvp = await flemishAmendment('nvp', 'nvp-1');
    const item = (amendmentId: string, contributionId = flemishId, who: Who = 'kabinet') =>
      as(who).post<Contribution>(`/contributions/${contributionId}/items`, { kind: 'amendment', amendmentId, unitId: null });

    expect((await item(amendment.id)).status).toBe(201);
    expectError(await item(amendment.id), 409, 'already_in_contribution');
    expectError(await item(onNvp.id), 400, 'document_not_in_round');
    expectError(await item(amendment.id, walloonId, 'walloon'), 404, 'not_found');
    expectError(await item(GUESSED_ID), 404, 'not_found');

    // On its own, the amendment may not be submitted while its package is a draft.
    const alone = await as('coordinator').post<ErrorBody>(`/amendments/${amendment.id}/submit`);
    expectError(alone, 409, 'in_contribution');
    expect(alone.body.error.message).toContain('Insteekronde KIV');
    expect((await as('kabinet').get<AmendmentDetail>(`/amendments/${amendment.id}`)).body).toMatchObject({ status: 'draft', number: null });

    // A kept amendment that changes nothing holds the whole package back, and nothing is submitted.
    const emptyItem = (await item(empty.id)).body.items.find((candidate) => candidate.amendment?.id === empty.id)!;
    expectError(await as('coordinator').post(`/contributions/${flemishId}/submit`), 400, 'amendment_empty');
    expect((await as('coordinator').get<Contribution>(`/contributions/${flemishId}`)).body.status).toBe('draft');
    expect((await as('kabinet').get<AmendmentDetail>(`/amendments/${amendment.id}`)).body.status).toBe('draft');

    // Dropped, it stays a draft of the entity; the kept one is submitted with the package.
    expect((await as('coordinator').patch(`/contribution-items/${emptyItem.id}`, { dropped: true })).status).toBe(200);
    expect((await as('coordinator').post(`/contributions/${flemishId}/submit`)).status).toBe(200);
    expect((await as('walloon').get<AmendmentDetail>(`/amendments/${amendment.id}`)).body).toMatchObject({ status: 'submitted', number: 1 });
    expectError(await as('walloon').get(`/amendments/${empty.id}`), 404, 'not_found');
    expect((await as('kabinet').get<AmendmentDetail>(`/amendments/${empty.id}`)).body.status).toBe('draft');
    // The lead decides amendment items on the amendment, not through processing.
    const leadView = await as('lead').get<Contribution>(`/contributions/${flemishId}`);
    const amendmentItemId = leadView.body.items.find((candidate) => candidate.amendment?.id === amendment.id)!.id;
    expectError(await as('lead').post(`/contribution-items/${amendmentItemId}/processing`, { processing: 'processed', reason: '' }), 400, 'amendment_item');
    expectError(await item(amendment.id), 409, 'not_a_draft');
  });

  it('releases an amendment left in an unsubmitted package once its round is closed', async () => {
    const { round, flemishId } = await openRound();
    const amendment = await flemishAmendment();
    expect((await as('kabinet').post(`/contributions/${flemishId}/items`, { kind: 'amendment', amendmentId: amendment.id, unitId: null })).status).toBe(201);
    expectError(await as('coordinator').post(`/amendments/${amendment.id}/submit`), 409, 'in_contribution');
    expect((await as('lead').post(`/contribution-rounds/${round.id}/close`)).status).toBe(200);
    const alone = await as('coordinator').post<AmendmentDetail>(`/amendments/${amendment.id}/submit`);
    expect(alone.status, JSON.stringify(alone.body)).toBe(200);
    expect(alone.body).toMatchObject({ status: 'submitted', number: 1 });
  });
});
