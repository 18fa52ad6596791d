/**
 * Advice rounds and the clock: advice submitted one second after its deadline (Brussels time, read
 * from the server's clock, moved by the test) is taken and marked late; the lead closes the round;
 * the list shows rounds newest first; the OpenAPI document lists every advice endpoint.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Advice, AdviceRoundList, AdviceRoundSummary } from '../../shared/api/advice.js';
import type { VersionSummary } from '../../shared/api/versions.js';
import { signInAll, type SignedInAccount } from '../utils/accounts.js';
import { brussels, testClock } from '../utils/clock.js';
import { startTestServer, type TestServer } from '../utils/server.js';

const clock = testClock();
let server: TestServer & { origin: string };
let accounts: Record<string, SignedInAccount> = {};
const as = (who: string) => accounts[who]!;


beforeAll(async () => {
  clock.set(brussels('2026-02-20', '09:00'));
  server = await startTestServer({ clock });
  accounts = await signInAll(server, { lead: 'lead@justitie.example', adviser: 'adviser@cpg.example', reader: 'reader@binnenland.example' });
});
afterAll(async () => {
  await server.close();
});

describe('advice rounds and their deadline', () => {
  it('takes advice before the deadline on time and after it late, and the lead closes the round', async () => {
    const lead = as('lead').api;
    const adviser = as('adviser').api;
    const deadline = { date: '2026-03-02', time: '12:00' };
    const first = await lead.post<AdviceRoundSummary>('/advice-rounds', {
      documentId: 'kiv',
      versionName: 'Eerste ontwerp',
      bodyEntityId: 'cpg',
      question: 'Eerste lezing.',
      consultationDate: '2026-02-24',
      deadline,
    });
    expect(first.status).toBe(201);
    // A second round on an existing version of the document.
    const version = (await lead.post<VersionSummary>('/documents/kiv/versions', { name: 'Tweede ontwerp' })).body;
    const opened = await lead.post<AdviceRoundSummary>('/advice-rounds', {
      documentId: 'kiv',
      versionId: version.id,
      bodyEntityId: 'cpg',
      question: 'Tweede lezing.',
      consultationDate: '2026-02-24',
      deadline,
    });
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ versionId: version.id, versionName: 'Tweede ontwerp', deadlineAt: brussels('2026-03-02', '12:00') });
    const adviceOf = async (roundId: string) => (await adviser.get<AdviceRoundSummary>(`/advice-rounds/${roundId}`)).body.adviceId!;
    const onTimeId = await adviceOf(first.body.id);
    const adviceId = await adviceOf(opened.body.id);
    // Empty advice is not submitted.
    expect(await adviser.post(`/advice/${adviceId}/submit`)).toMatchObject({ status: 400, body: { error: { code: 'advice_empty' } } });
    await adviser.patch(`/advice/${onTimeId}`, { generalText: 'Akkoord.' });
    await adviser.patch(`/advice/${adviceId}`, { generalText: 'Geen verdere opmerkingen.' });

    // Half a minute before the deadline it is on time; a second after it, late but taken. (The boundary
    // millisecond is the unit tests' business: this clock keeps running while the request travels.)
    clock.set(brussels('2026-03-02', '12:00') - 30_000);
    const onTime = await adviser.post<Advice>(`/advice/${onTimeId}/submit`);
    expect(onTime.body).toMatchObject({ status: 'submitted', late: false });
    clock.set(brussels('2026-03-02', '12:00') + 1_000);
    const late = await adviser.post<Advice>(`/advice/${adviceId}/submit`);
    expect(late.status).toBe(200);
    expect(late.body).toMatchObject({ status: 'submitted', late: true, points: [] });
    expect(server.services.audit.forSubject(`advice:${adviceId}`).at(-1)).toMatchObject({ action: 'advice.submitted', detail: { late: true, points: 0 } });
    // A round can no longer be opened with a deadline that has just passed.
    expect(await lead.post('/advice-rounds', { documentId: 'kiv', versionId: version.id, bodyEntityId: 'cpg', question: 'Te laat.', consultationDate: '2026-03-02', deadline })).toMatchObject({
      status: 400,
      body: { error: { code: 'deadline_in_past' } },
    });

    expect((await adviser.post(`/advice-rounds/${opened.body.id}/close`)).status).toBe(403);
    const closed = await lead.post<AdviceRoundSummary>(`/advice-rounds/${opened.body.id}/close`);
    expect(closed).toMatchObject({ status: 200, body: { status: 'closed', may: { close: false } } });
    expect(await lead.post(`/advice-rounds/${opened.body.id}/close`)).toMatchObject({ status: 409, body: { error: { code: 'round_closed' } } });
    expect(server.services.audit.forSubject(`advice-round:${opened.body.id}`).map((e) => e.action)).toEqual(['advice_round.opened', 'advice_round.closed']);

    // Newest first, for everyone now that both are submitted.
    const list = (await as('reader').api.get<AdviceRoundList>('/advice-rounds')).body.rounds;
    expect(list.map((r) => r.question)).toEqual(['Tweede lezing.', 'Eerste lezing.']);
    expect(list.every((r) => r.adviceId !== null && !r.may.draft && !r.may.close)).toBe(true);
  });

  it('documents every advice endpoint in the OpenAPI document', async () => {
    const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/advice-rounds',
        '/api/advice-rounds/{id}',
        '/api/advice-rounds/{id}/close',
        '/api/advice-rounds/{id}/report.docx',
        '/api/advice/{id}',
        '/api/advice/{id}/points',
        '/api/advice/{id}/submit',
        '/api/advice-points/{id}',
        '/api/advice-points/{id}/answer',
        '/api/documents/{id}/advice-points',
        '/api/versions/{id}/state',
      ]),
    );
    expect(Object.keys(doc.paths['/api/advice-points/{id}']!).sort()).toEqual(['delete', 'patch']);
  });
});
