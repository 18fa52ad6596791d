/**
 * Co-drafting without losing words: two of the CPG's advisers save the general text and the same
 * point from the same view. The second save, naming the `updatedAt` it saw, is refused with 409
 * edited_meanwhile and the first text stays as it was; sent again with the new `updatedAt` it is
 * taken. The server's clock stands still here, so every save falls in one millisecond: the stamp
 * must move all the same. Without `expectedUpdatedAt` the last write wins, as before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Advice, AdviceRoundSummary } from '../../shared/api/advice.js';
import { signInAll, type SignedInAccount } from '../utils/accounts.js';
import { brussels } from '../utils/clock.js';
import { startTestServer, type TestServer } from '../utils/server.js';

const NOW = brussels('2026-01-20', '10:00');
let server: TestServer & { origin: string };
let accounts: Record<string, SignedInAccount> = {};
const as = (who: string) => accounts[who]!;

/** The audit actions recorded on a subject, oldest first. */
const actions = (subject: string) => server.services.audit.forSubject(subject).map((entry) => entry.action);

/** A new round for the CPG; its draft advice's id. */
async function draftAdvice(question: string): Promise<string> {
  const opened = await as('lead').api.post<AdviceRoundSummary>('/advice-rounds', {
    documentId: 'kiv',
    versionName: `Versie voor ${question}`,
    bodyEntityId: 'cpg',
    question,
    consultationDate: '2026-01-28',
    deadline: { date: '2026-02-09', time: '17:00' },
  });
  expect(opened.status).toBe(201);
  return (await as('adviser').api.get<AdviceRoundSummary>(`/advice-rounds/${opened.body.id}`)).body.adviceId!;
}

beforeAll(async () => {
  server = await startTestServer({ clock: { now: () => NOW } });
  // A second adviser of the CPG, to co-draft with the demo one.
  const demo = server.services.users.findByEmail('adviser@cpg.example')!;
  server.services.users.create({ id: 'cpg-adviser-2', email: 'adviser2@cpg.example', name: 'Tweede Adviseur', entityId: 'cpg', passwordHash: demo.passwordHash, role: 'adviser' });
  accounts = await signInAll(server, { lead: 'lead@justitie.example', adviser: 'adviser@cpg.example', colleague: 'adviser2@cpg.example' });
});
afterAll(async () => {
  await server.close();
});

describe("the advice's general text, co-drafted", () => {
  it('refuses a save over a text a colleague saved since, and keeps the first text intact', async () => {
    const adviceId = await draftAdvice('Algemene tekst?');
    const seen = (await as('colleague').api.get<Advice>(`/advice/${adviceId}`)).body;
    expect(seen).toMatchObject({ generalText: '', updatedAt: NOW });

    const first = await as('adviser').api.patch<Advice>(`/advice/${adviceId}`, { generalText: 'Tekst van Hélène.', expectedUpdatedAt: seen.updatedAt });
    expect(first.status).toBe(200);
    // Saved in the same millisecond as the advice was made, and stamped later all the same.
    expect(first.body.updatedAt).toBeGreaterThan(seen.updatedAt);

    const second = await as('colleague').api.patch(`/advice/${adviceId}`, { generalText: 'Tekst van de collega.', expectedUpdatedAt: seen.updatedAt });
    expect(second).toMatchObject({ status: 409, body: { error: { code: 'edited_meanwhile' } } });
    const after = (await as('colleague').api.get<Advice>(`/advice/${adviceId}`)).body;
    expect(after).toMatchObject({ generalText: 'Tekst van Hélène.', updatedAt: first.body.updatedAt });
    expect(actions(`advice:${adviceId}`)).toEqual(['advice.updated']);

    // Sent again with what the colleague now saw, it is taken over the first.
    const again = await as('colleague').api.patch<Advice>(`/advice/${adviceId}`, { generalText: 'Tekst van de collega.', expectedUpdatedAt: after.updatedAt });
    expect(again).toMatchObject({ status: 200, body: { generalText: 'Tekst van de collega.' } });
    expect(again.body.updatedAt).toBeGreaterThan(after.updatedAt);

    // A point added since changes the advice too: a text saved from the view before it is refused as well.
    const withPoint = await as('adviser').api.post<Advice>(`/advice/${adviceId}/points`, { anchor: null, sectionId: null, body: 'Een punt.' });
    expect(withPoint.body.updatedAt).toBeGreaterThan(again.body.updatedAt);
    expect(await as('colleague').api.patch(`/advice/${adviceId}`, { generalText: 'Nog anders.', expectedUpdatedAt: again.body.updatedAt })).toMatchObject({
      status: 409,
      body: { error: { code: 'edited_meanwhile' } },
    });

    // Without a stamp the last write wins, for callers that do not send one.
    expect(await as('adviser').api.patch(`/advice/${adviceId}`, { generalText: 'Zonder stempel.' })).toMatchObject({ status: 200, body: { generalText: 'Zonder stempel.' } });
    for (const stamp of [-1, 1.5, '1']) {
      expect(await as('adviser').api.patch(`/advice/${adviceId}`, { generalText: 'Fout.', expectedUpdatedAt: stamp }), String(stamp)).toMatchObject({
        status: 400,
        body: { error: { code: 'validation_failed' } },
      });
    }
    expect((await as('adviser').api.get<Advice>(`/advice/${adviceId}`)).body.generalText).toBe('Zonder stempel.');
  });
});

describe('an advice point, co-drafted', () => {
  it('refuses a save over a text a colleague saved since, and keeps the first text intact', async () => {
    const adviceId = await draftAdvice('Adviespunt?');
    const added = (await as('adviser').api.post<Advice>(`/advice/${adviceId}/points`, { anchor: null, sectionId: 'kiv-2', body: 'Eerste versie.' })).body;
    const seen = added.points[0]!;

    const first = await as('adviser').api.patch<Advice>(`/advice-points/${seen.id}`, { body: 'Versie van Hélène.', expectedUpdatedAt: seen.updatedAt });
    expect(first.status).toBe(200);
    const saved = first.body.points[0]!;
    expect(saved.updatedAt).toBeGreaterThan(seen.updatedAt);

    const second = await as('colleague').api.patch(`/advice-points/${seen.id}`, { body: 'Versie van de collega.', expectedUpdatedAt: seen.updatedAt });
    expect(second).toMatchObject({ status: 409, body: { error: { code: 'edited_meanwhile' } } });
    const after = (await as('colleague').api.get<Advice>(`/advice/${adviceId}`)).body;
    expect(after.points).toMatchObject([{ id: seen.id, body: 'Versie van Hélène.', updatedAt: saved.updatedAt }]);
    // Nothing changed: not the point, not the advice's stamp, not the log.
    expect(after.updatedAt).toBe(first.body.updatedAt);
    expect(actions(`advice-point:${seen.id}`)).toEqual(['advice.point_added', 'advice.point_updated']);

    // Another point changing does not make this one stale: the stamp is the point's own.
    const other = (await as('colleague').api.post<Advice>(`/advice/${adviceId}/points`, { anchor: null, sectionId: null, body: 'Tweede punt.' })).body.points[1]!;
    await as('colleague').api.patch(`/advice-points/${other.id}`, { body: 'Tweede punt, herzien.', expectedUpdatedAt: other.updatedAt });
    const again = await as('colleague').api.patch<Advice>(`/advice-points/${seen.id}`, { body: 'Versie van de collega.', expectedUpdatedAt: saved.updatedAt });
    expect(again.status).toBe(200);
    expect(again.body.points.map((point) => point.body)).toEqual(['Versie van de collega.', 'Tweede punt, herzien.']);

    // Once submitted, the advice's state is what a stale or fresh save hears.
    expect((await as('adviser').api.post(`/advice/${adviceId}/submit`)).status).toBe(200);
    for (const expectedUpdatedAt of [seen.updatedAt, again.body.points[0]!.updatedAt]) {
      expect(await as('colleague').api.patch(`/advice-points/${seen.id}`, { body: 'Te laat.', expectedUpdatedAt })).toMatchObject({
        status: 409,
        body: { error: { code: 'not_a_draft' } },
      });
    }
  });
});
