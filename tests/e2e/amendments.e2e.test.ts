/**
 * An amendment from draft to decision in real browsers against the real server: the Flemish
 * cabinet starts one on a KIV section and types a change that shows as a marked insertion; the
 * Walloon contributor neither sees it listed nor can open its address; the Flemish coordinator
 * submits it (it becomes Amendement 1, and the cabinet's open page turns read-only); the lead
 * accepts it and the main text open in the lead's editor shows the inserted text. Then the lead's
 * decision on an amendment it adjusts, with the server's refusals shown as they should be. Every
 * wait is on a condition with a deadline.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AmendmentDetail } from '../../shared/api/amendments.js';
import { apiClient } from '../utils/api.js';
import { browserTestsEnabled } from '../utils/browser.js';
import { useBrowserSession } from '../utils/browserSession.js';
import { signIn } from '../utils/http.js';
import { connectClient, sectionParagraphText } from '../utils/syncClient.js';
import { waitFor } from '../utils/waitFor.js';

const CABINET = 'kabinet@vlaanderen.example';
const COORDINATOR = 'coordinator@vlaanderen.example';
const WALLONIA = 'contributor@wallonie.example';
const LEAD = 'lead@justitie.example';
const DEADLINE = { timeout: 15_000 };

describe.skipIf(!browserTestsEnabled())('an amendment from draft to decision in the browser', () => {
  const session = useBrowserSession();
  const { problems } = session;
  const signedIn = (email: string) => session.signedIn(email);
  const newPage = (context: BrowserContext) => session.newPage(context);

  async function openKiv(page: Page): Promise<void> {
    await page.goto('/documents/kiv');
    await page.locator('.ProseMirror [data-section-id="kiv-2"]').waitFor(DEADLINE);
  }

  async function waitForStatus(page: Page, text: string): Promise<void> {
    await page.waitForFunction(
      (expected) => document.querySelector('[data-testid="save-status"]')?.textContent === expected,
      text,
      DEADLINE,
    );
  }

  async function waitForText(page: Page, selector: string, text: string): Promise<void> {
    await page.waitForFunction(
      ([css, expected]) => [...document.querySelectorAll(css)].some((element) => element.textContent?.includes(expected)),
      [selector, text] as const,
      DEADLINE,
    );
  }

  /** Puts the caret at the end of the first element matching `selector` (End stops at a wrapped line's end). */
  async function caretAtEndOf(page: Page, selector: string): Promise<void> {
    await page.evaluate((css) => {
      const element = document.querySelector(css);
      if (element === null) throw new Error(`no ${css}`);
      const range = document.createRange();
      range.selectNodeContents(element);
      range.collapse(false);
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }, selector);
  }

  it('is drafted in private, submitted, accepted and merged into the main text', async () => {
    // Typed before "Clear…": the first "C" is stored after the old one (y-prosemirror's smallest
    // diff), yet the marking must show the whole insertion as typed.
    const token = Date.now().toString(36);
    const insertion = `Cyberveiligheid ${token} en `;

    // The Flemish cabinet starts an amendment on KIV section 2 from the document's amendments panel.
    const cabinet = await signedIn(CABINET);
    await openKiv(cabinet);
    await waitForStatus(cabinet, 'Alleen lezen');
    await cabinet.locator('.outline a[data-section-id="kiv-2"]').click();
    await cabinet.getByRole('button', { name: 'Nieuw amendement' }).click();
    const dialog = cabinet.getByTestId('new-amendment-dialog');
    await dialog.waitFor(DEADLINE);
    expect(await dialog.getByLabel('Hoofdstuk').inputValue()).toBe('kiv-2');
    await dialog.getByLabel('Titel').fill('Cyberveiligheid expliciet noemen');
    await dialog.getByLabel('Verantwoording').fill('De Vlaamse Regering vraagt aandacht voor cyberveiligheid.');
    await dialog.getByRole('button', { name: 'Amendement starten' }).click();
    await cabinet.waitForURL(/\/amendments\/[a-z2-7]{24}$/, DEADLINE);
    const amendmentPath = new URL(cabinet.url()).pathname;
    const amendmentId = amendmentPath.split('/').pop() ?? '';
    expect(await cabinet.getByTestId('amendment-label').textContent()).toBe('Ontwerp');

    // It types in its fork; the insertion is marked against the base while typing, and saved.
    await cabinet.locator('.ProseMirror [data-section-id="kiv-2"]').waitFor(DEADLINE);
    await waitForStatus(cabinet, 'Opgeslagen');
    const firstItem = cabinet.locator('.ProseMirror [data-section-id="kiv-2"] li p').first();
    await firstItem.click();
    await cabinet.keyboard.press('Home');
    await cabinet.keyboard.type(insertion);
    await waitForText(cabinet, '.ProseMirror ins.tc-added', insertion.trim());
    expect(await cabinet.locator('.ProseMirror ins.tc-added').first().getAttribute('class')).toContain('entity-vlaanderen');
    await waitForStatus(cabinet, 'Opgeslagen');

    // Wallonia sees nothing of the draft: not in the list, and its address is "not found".
    const wallonia = await signedIn(WALLONIA);
    await openKiv(wallonia);
    await wallonia.locator('[data-testid="amendments-panel"] .panel-empty').waitFor(DEADLINE);
    expect(await wallonia.locator(`[data-amendment-id="${amendmentId}"]`).count()).toBe(0);
    await wallonia.goto(amendmentPath);
    const missing = wallonia.getByTestId('amendment-missing');
    await missing.waitFor(DEADLINE);
    expect(await missing.textContent()).toBe('Dit amendement bestaat niet of u hebt er geen toegang toe.');
    expect(await wallonia.locator('.ProseMirror').count()).toBe(0);

    // The Flemish coordinator finds it in the list, opens it and submits it: Amendement 1.
    const coordinator = await signedIn(COORDINATOR);
    await openKiv(coordinator);
    const card = coordinator.locator(`.amendment-card[data-amendment-id="${amendmentId}"]`);
    await card.waitFor(DEADLINE);
    expect(await card.locator('.amendment-label').textContent()).toBe('Ontwerp');
    // The list's diff comes from the session.server, which marks the stored "C" shift as it is.
    expect(await card.locator('.diff-preview').textContent()).toContain(`${insertion}Clear`);
    expect(await card.locator('ins.tc-added').textContent()).toContain(token);
    await card.getByRole('link', { name: 'Cyberveiligheid expliciet noemen' }).click();
    await waitForText(coordinator, '.ProseMirror ins.tc-added', insertion.trim());
    await coordinator.getByRole('button', { name: 'Indienen' }).click();
    await waitForText(coordinator, '[data-testid="amendment-label"]', 'Amendement 1');
    expect(await coordinator.getByTestId('amendment-status').textContent()).toBe('Ingediend');

    // The cabinet's open page is downgraded by the server (AccessChanged): read-only, text kept.
    await waitForStatus(cabinet, 'Alleen lezen');
    expect(await cabinet.locator('.ProseMirror').getAttribute('contenteditable')).toBe('false');
    await waitForText(cabinet, '[data-testid="amendment-status"]', 'Ingediend');
    await waitForText(cabinet, '.ProseMirror ins.tc-added', insertion.trim());
    expect(await cabinet.getByTestId('unsaved-read-only').count()).toBe(0);

    // Once submitted, Wallonia sees it too.
    await wallonia.goto(amendmentPath);
    await waitForText(wallonia, '[data-testid="amendment-label"]', 'Amendement 1');

    // The lead keeps the KIV open in one tab and accepts the amendment in another.
    const leadText = await signedIn(LEAD);
    await openKiv(leadText);
    await waitForStatus(leadText, 'Opgeslagen');
    expect(await leadText.locator('.ProseMirror [data-section-id="kiv-2"]').textContent()).not.toContain(insertion.trim());
    const leadDecision = await newPage(leadText.context());
    await leadDecision.goto(amendmentPath);
    const decision = leadDecision.getByTestId('decision-form');
    await decision.waitFor(DEADLINE);
    await waitForStatus(leadDecision, 'Opgeslagen');
    await decision.getByLabel('Aanvaard', { exact: true }).check();
    await decision.getByRole('button', { name: 'Beslissing vastleggen' }).click();
    await waitForText(leadDecision, '[data-testid="amendment-status"]', 'Aanvaard');

    // The merge reaches the main text in the lead's editor, live.
    await waitForText(leadText, '.ProseMirror [data-section-id="kiv-2"]', insertion.trim());

    // "Wie schreef wat" in the lead's editor: the merged text is the Vlaamse Regering's, by amendment 1.
    await leadText.getByRole('tab', { name: 'Wie schreef wat' }).click();
    const modeSwitch = leadText.getByRole('switch', { name: 'Wie schreef wat' });
    expect(await leadText.locator('.ProseMirror .authorship').count()).toBe(0);
    await modeSwitch.check();
    const attributed = leadText.locator('.ProseMirror [data-section-id="kiv-2"] .authorship-entity', { hasText: token });
    await attributed.waitFor(DEADLINE);
    expect(await attributed.getAttribute('class')).toContain('entity-vlaanderen');
    // Coloured where it was typed, though its first "C" was stored after the old one.
    expect(await attributed.textContent()).toBe(insertion);
    // The text around it is the seeded original: not coloured.
    const original = leadText.locator('.ProseMirror [data-section-id="kiv-2"] h2.section-title .authorship');
    expect(await original.getAttribute('class')).toContain('authorship-original');
    await attributed.hover();
    const authorshipCard = leadText.getByTestId('authorship-card');
    await authorshipCard.waitFor(DEADLINE);
    const cardText = (await authorshipCard.textContent()) ?? '';
    expect(cardText).toContain('Lotte Maes — Vlaamse Regering');
    expect(cardText).toContain('via amendement 1 (Cyberveiligheid expliciet noemen)');
    expect(cardText).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    const legend = leadText.locator('[data-testid="authorship-legend"] [data-legend="entity:vlaanderen"]');
    await legend.waitFor(DEADLINE);
    expect(await legend.textContent()).toContain('Vlaamse Regering');
    expect(await leadText.locator('[data-testid="authorship-legend"] [data-legend="original"]').textContent()).toContain('Oorspronkelijke tekst');
    // A click puts the cursor in the passage: the panel says the same for keyboard and screen reader users.
    await attributed.click();
    await waitForText(leadText, '[data-testid="authorship-passage"]', 'via amendement 1');

    // The statistics: the Vlaamse Regering added the inserted characters by one accepted amendment.
    const flemish = leadText.locator('[data-testid="statistics-entities"] tr[data-row="entity:vlaanderen"]');
    await flemish.waitFor(DEADLINE);
    expect(await flemish.locator('th').textContent()).toBe('Vlaamse Regering');
    expect(await flemish.locator('td[data-column="added"]').textContent()).toBe(String(insertion.length));
    expect(await flemish.locator('td[data-column="submitted"]').textContent()).toBe('1');
    expect(await flemish.locator('td[data-column="accepted"]').textContent()).toBe('1');
    expect(await flemish.locator('td[data-column="removed"]').textContent()).toBe('0');
    expect(await leadText.locator('[data-testid="contribution-chart"] [data-bar="entity:vlaanderen"]').textContent()).toContain(
      `${insertion.length} toegevoegd`,
    );

    expect(problems).toEqual([]);
  }, 120_000);

  it('explains a decision that does not match whether the lead adjusted the text', async () => {
    // Drafted, edited and submitted without a browser.
    const api = async (email: string) => apiClient(session.server, await signIn(session.server, email));
    const cabinetCookie = await signIn(session.server, CABINET);
    const created = await apiClient(session.server, cabinetCookie).post<AmendmentDetail>('/amendments', {
      documentId: 'kiv',
      sectionId: 'kiv-4',
      title: 'Groene criminaliteit',
      justification: 'Milieucriminaliteit verdient een eigen woord.',
    });
    expect(created.status).toBe(201);
    const amendment = created.body;
    const fork = connectClient(session.server, amendment.room, cabinetCookie);
    try {
      await waitFor(() => fork.provider.synced, 'fork synced');
      sectionParagraphText(fork.doc, 'kiv-4').insert(0, 'Groene en ');
      await fork.saved();
    } finally {
      fork.destroy();
    }
    expect((await (await api(COORDINATOR)).post(`/amendments/${amendment.id}/submit`)).status).toBe(200);

    const lead = await signedIn(LEAD);
    await lead.goto(`/amendments/${amendment.id}`);
    const form = lead.getByTestId('decision-form');
    await form.waitFor(DEADLINE);
    await waitForStatus(lead, 'Opgeslagen');
    const error = lead.getByTestId('decision-error');

    // "Aanvaard mits wijziging" without adjusting the text: the server refuses, the reason stays.
    await form.getByLabel('Aanvaard mits wijziging').check();
    await form.getByLabel('Reden (verplicht)').fill('Verduidelijkt door de trekker.');
    await form.getByRole('button', { name: 'Beslissing vastleggen' }).click();
    await error.waitFor(DEADLINE);
    expect(await error.textContent()).toBe(
      'U hebt de tekst van het amendement niet aangepast. Pas de tekst eerst aan in de editor, of kies "Aanvaard".',
    );
    expect(await form.getByLabel('Reden (verplicht)').inputValue()).toBe('Verduidelijkt door de trekker.');

    // The lead adjusts the amendment's text, then chooses plain "Aanvaard": refused as well.
    const adjustment = ' (aangepast door de trekker)';
    await lead.locator('.ProseMirror [data-section-id="kiv-4"] li p').first().click();
    await caretAtEndOf(lead, '.ProseMirror [data-section-id="kiv-4"] li p');
    await lead.keyboard.type(adjustment);
    await waitForText(lead, '.ProseMirror ins.tc-added', adjustment.trim());
    await waitForStatus(lead, 'Opgeslagen');
    await form.getByLabel('Aanvaard', { exact: true }).check();
    await form.getByRole('button', { name: 'Beslissing vastleggen' }).click();
    await waitForText(lead, '[data-testid="decision-error"]', 'Kies "Aanvaard mits wijziging"');
    expect(await lead.getByTestId('amendment-status').textContent()).toBe('Ingediend');

    // "Aanvaard mits wijziging" now goes through; the editor turns read-only.
    await form.getByLabel('Aanvaard mits wijziging').check();
    await form.getByRole('button', { name: 'Beslissing vastleggen' }).click();
    await waitForText(lead, '[data-testid="amendment-status"]', 'Aanvaard mits wijziging');
    await waitForStatus(lead, 'Alleen lezen');
    const text = await (await fetch(`${session.server.url}/api/documents/kiv/text`, { headers: { cookie: await signIn(session.server, LEAD) } })).text();
    expect(text).toContain(`Groene en `);
    expect(text).toContain(adjustment.trim());
    expect(problems).toEqual([]);
  }, 90_000);
});
