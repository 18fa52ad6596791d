/**
 * Co-editing in real browsers against the real server: the KIV's lead types, a reader sees the text
 * and the lead's named cursor but cannot type, the lead's page says "Opgeslagen", and the text is
 * still there after a reload. Every wait is on a condition with a deadline.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsEnabled, ensureClientBuilt, launchChromium } from '../utils/browser.js';
import { startTestServer } from '../utils/server.js';

const PASSWORD = 'veiligheid2026';
const LEAD = 'lead@justitie.example';
const READER = 'reader@binnenland.example';
const DEADLINE = { timeout: 15_000 };

describe.skipIf(!browserTestsEnabled())('co-editing the KIV in the browser', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  /** Console messages about the Content Security Policy: the client must never trip it. */
  const cspViolations: string[] = [];

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer();
    const launched = await launchChromium();
    if (launched === null) throw new Error('Chromium disappeared after the check');
    browser = launched;
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) cspViolations.push(message.text());
    });
    page.on('pageerror', (error) => cspViolations.push(`page error: ${error.message}`));
    return page;
  }

  async function signIn(page: Page, email: string): Promise<void> {
    await page.goto('/login');
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.locator('.document-card[data-document-id="kiv"]').waitFor(DEADLINE);
  }

  async function openKiv(page: Page): Promise<void> {
    await page.locator('.document-card[data-document-id="kiv"] h3 a').click();
    await page.locator('.ProseMirror [data-section-id="kiv-2"]').waitFor(DEADLINE);
  }

  const saveStatus = (page: Page) => page.getByTestId('save-status');

  async function waitForStatus(page: Page, text: string): Promise<void> {
    await page.waitForFunction(
      (expected) => document.querySelector('[data-testid="save-status"]')?.textContent === expected,
      text,
      DEADLINE,
    );
  }

  async function waitForSectionText(page: Page, sectionId: string, text: string): Promise<void> {
    await page.waitForFunction(
      ([id, expected]) =>
        document.querySelector(`.ProseMirror [data-section-id="${id}"]`)?.textContent?.includes(expected) === true,
      [sectionId, text] as const,
      DEADLINE,
    );
  }

  it('shows a clear message for a wrong password', async () => {
    const page = await newPage();
    await page.goto('/login');
    await page.getByLabel('E-mailadres').fill(READER);
    await page.getByLabel('Wachtwoord').fill('not-the-password');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor(DEADLINE);
    expect(await alert.textContent()).toBe('E-mailadres of wachtwoord is onjuist.');
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('lets the lead co-edit while a reader watches live, read-only', async () => {
    const lead = await newPage();
    const reader = await newPage();
    await signIn(lead, LEAD);
    await signIn(reader, READER);
    const leadName = (await lead.locator('.current-user-name').textContent()) ?? '';
    expect(leadName).not.toBe('');

    await openKiv(lead);
    await openKiv(reader);
    await waitForStatus(lead, 'Opgeslagen');
    await waitForStatus(reader, 'Alleen lezen');
    await reader.locator('.presence-list li', { hasText: leadName }).waitFor(DEADLINE);

    // The lead puts the cursor in section 2 through the outline and types.
    const sentence = `Gedeelde zin ${Date.now().toString(36)} van de trekker.`;
    await lead.locator('.outline a[data-section-id="kiv-2"]').click();
    await lead.keyboard.type(`${sentence} `);
    await waitForSectionText(lead, 'kiv-2', sentence);

    // The reader sees the text and the lead's named cursor.
    await waitForSectionText(reader, 'kiv-2', sentence);
    await reader.locator('.remote-cursor-label', { hasText: leadName }).waitFor({ state: 'visible', ...DEADLINE });

    // The reader cannot type: the editor is not editable and keystrokes change nothing.
    const readerEditor = reader.locator('.ProseMirror');
    expect(await readerEditor.getAttribute('contenteditable')).toBe('false');
    const before = await readerEditor.textContent();
    await reader.locator('.ProseMirror [data-section-id="kiv-2"] p').first().click();
    await reader.keyboard.type('LEZERTEKST');
    expect(await readerEditor.textContent()).toBe(before);

    // The lead's edit is confirmed as saved by the server.
    await waitForStatus(lead, 'Opgeslagen');

    // A second edit by the lead reaches the reader after the reader's keystrokes: had they produced
    // anything, it would have arrived by now, on either side.
    const marker = `Tweede zin ${Date.now().toString(36)}.`;
    await lead.keyboard.type(marker);
    await waitForSectionText(reader, 'kiv-2', marker);
    expect(await readerEditor.textContent()).not.toContain('LEZERTEKST');
    expect(await lead.locator('.ProseMirror').textContent()).not.toContain('LEZERTEKST');
    await waitForStatus(lead, 'Opgeslagen');

    // After a reload the reader still sees the text (from the server and its own IndexedDB copy).
    await reader.reload();
    await waitForSectionText(reader, 'kiv-2', sentence);
    await waitForSectionText(reader, 'kiv-2', marker);
    await waitForStatus(reader, 'Alleen lezen');
    expect(await saveStatus(lead).textContent()).toBe('Opgeslagen');

    // A browser without any local copy gets the text from the server alone.
    const freshReader = await newPage();
    await signIn(freshReader, READER);
    await openKiv(freshReader);
    await waitForSectionText(freshReader, 'kiv-2', sentence);
    await waitForSectionText(freshReader, 'kiv-2', marker);

    expect(cspViolations).toEqual([]);
  }, 90_000);
});
