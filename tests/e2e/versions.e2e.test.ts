/**
 * Versions in real browsers against the real server: the KIV's lead takes a version "Ontwerp voor
 * advies CPG" from the side panel, edits on, and compares the version with now, seeing the edit
 * marked as added in the lead entity's colour; a reader opens the version read-only and its text
 * lacks the later edit; the version's and the current text's DOCX links answer a Word document.
 * Every wait is on a condition with a deadline.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserTestsEnabled } from '../utils/browser.js';
import { useBrowserSession } from '../utils/browserSession.js';

const LEAD = 'lead@justitie.example';
const READER = 'reader@binnenland.example';
const DEADLINE = { timeout: 15_000 };
const WORD = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const VERSION_NAME = 'Ontwerp voor advies CPG';

describe.skipIf(!browserTestsEnabled())('versions of the KIV in the browser', () => {
  const session = useBrowserSession();
  const { problems } = session;
  const signedIn = (email: string) => session.signedIn(email);

  async function openKiv(page: Page, status: string): Promise<void> {
    await page.goto('/documents/kiv');
    await page.locator('.ProseMirror [data-section-id="kiv-2"]').waitFor(DEADLINE);
    await page.waitForFunction((expected) => document.querySelector('[data-testid="save-status"]')?.textContent === expected, status, DEADLINE);
  }

  it('are taken by the lead, compared with now, opened read-only by a reader and exported to DOCX', async () => {
    const lead = await signedIn(LEAD);
    await openKiv(lead, 'Opgeslagen');
    const originalText = (await lead.locator('.ProseMirror [data-section-id="kiv-2"] p').first().textContent()) ?? '';
    expect(originalText.length).toBeGreaterThan(20);

    // The lead takes the version from the side panel.
    await lead.getByRole('tab', { name: 'Versies' }).click();
    const panel = lead.getByTestId('versions-panel');
    await panel.getByText('Nog geen versies.').waitFor(DEADLINE);
    await panel.getByLabel('Naam van de versie').fill(VERSION_NAME);
    await panel.getByRole('button', { name: 'Versie nemen' }).click();
    const item = panel.locator('.version-item', { hasText: VERSION_NAME });
    await item.waitFor(DEADLINE);
    expect(await item.locator('.version-meta').textContent()).toMatch(/^Sofie Claes · \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    expect(await panel.getByRole('status').textContent()).toBe(`Versie "${VERSION_NAME}" genomen.`);

    // Then edits on.
    const edit = `Later toegevoegd ${Date.now().toString(36)}.`;
    await lead.locator('.outline a[data-section-id="kiv-2"]').click();
    await lead.keyboard.type(`${edit} `);
    await lead.waitForFunction(
      (text) => document.querySelector('.ProseMirror [data-section-id="kiv-2"]')?.textContent?.includes(text) === true,
      edit,
      DEADLINE,
    );
    await lead.waitForFunction(() => document.querySelector('[data-testid="save-status"]')?.textContent === 'Opgeslagen', null, DEADLINE);

    // The version compared with now: the edit is marked as added, in the lead entity's colour.
    await item.getByRole('link', { name: 'Vergelijken met nu' }).click();
    await lead.waitForURL(/\/documents\/kiv\/compare\?from=[^&]+&to=current$/, DEADLINE);
    const added = lead.locator('.comparison-block ins.tc-added', { hasText: edit.slice(0, 16) });
    await added.first().waitFor(DEADLINE);
    expect((await lead.locator('.comparison-block ins.tc-added').allTextContents()).join('')).toContain(edit);
    expect(await added.first().getAttribute('class')).toContain('entity-fod-justitie');
    expect(await lead.locator('.comparison-block del.tc-removed').count()).toBe(0);
    expect(await lead.getByTestId('comparison-counts').textContent()).toMatch(new RegExp(`^${edit.length + 1} tekens toegevoegd, 0 verwijderd$`));
    expect(await lead.getByTestId('comparison-from').textContent()).toMatch(new RegExp(`^${VERSION_NAME} \\(\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}\\)$`));
    expect(await lead.getByTestId('comparison-to').textContent()).toMatch(/^Huidige tekst \(\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}\)$/);
    expect(await lead.locator('.comparison-entities').textContent()).toContain('FOD Justitie');

    // A reader opens the version read-only: its text lacks the later edit.
    const reader = await signedIn(READER);
    await openKiv(reader, 'Alleen lezen');
    await reader.getByRole('tab', { name: 'Versies' }).click();
    expect(await reader.getByTestId('take-version-form').count()).toBe(0);
    await reader.getByRole('link', { name: VERSION_NAME }).click();
    await reader.waitForURL(/\/versions\/[^/]+$/, DEADLINE);
    const versionText = reader.locator('[data-testid="version-text"] .ProseMirror');
    await versionText.locator('[data-section-id="kiv-2"] p').first().waitFor(DEADLINE);
    expect(await reader.getByTestId('version-name').textContent()).toBe(VERSION_NAME);
    expect(await reader.locator('.version-meta').textContent()).toMatch(/^Genomen door Sofie Claes op \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    expect(await versionText.getAttribute('contenteditable')).toBe('false');
    expect(await versionText.locator('[data-section-id="kiv-2"] p').first().textContent()).toBe(originalText);
    expect(await versionText.textContent()).not.toContain(edit);
    await versionText.locator('[data-section-id="kiv-2"] p').first().click();
    await reader.keyboard.type('LEZERTEKST');
    expect(await versionText.textContent()).not.toContain('LEZERTEKST');

    // The version's DOCX and the current text's DOCX are Word documents.
    const versionDocx = await reader.getByTestId('version-docx').getAttribute('href');
    expect(versionDocx).toMatch(/^\/api\/versions\/[^/]+\/export\.docx$/);
    const answer = await reader.request.get(versionDocx!);
    expect(answer.status()).toBe(200);
    expect(answer.headers()['content-type']).toBe(WORD);
    expect((await answer.body()).subarray(0, 2).toString()).toBe('PK');
    await lead.goto('/documents/kiv');
    await lead.getByRole('tab', { name: 'Versies' }).click();
    const currentDocx = await lead.getByTestId('current-docx').getAttribute('href');
    expect(currentDocx).toBe('/api/documents/kiv/export.docx');
    const current = await lead.request.get(currentDocx!);
    expect(current.status()).toBe(200);
    expect(current.headers()['content-type']).toBe(WORD);

    expect(problems).toEqual([]);
  }, 120_000);
});
