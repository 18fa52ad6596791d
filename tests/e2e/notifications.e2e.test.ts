/**
 * Notifications in real browsers against the real server: the lead decides a Flemish amendment;
 * the Flemish cabinet's bell (refreshed when the window regains focus) says one unread, its page
 * shows the sentence with its date, in Dutch and in French, and opening it leads to the amendment
 * and marks it read; the coordinator marks everything read at once; the admin finds the mail in the
 * outbox (its body folded under its subject) and the decision in the audit log's tab. Every wait is on a condition with a deadline.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AmendmentDetail } from '../../shared/api/amendments.js';
import { draftAmendmentWithEdit } from '../utils/amendmentDrafts.js';
import { apiClient } from '../utils/api.js';
import { browserTestsEnabled } from '../utils/browser.js';
import { useBrowserSession } from '../utils/browserSession.js';
import { signIn } from '../utils/http.js';
import { PAGE_DEADLINE as DEADLINE } from '../utils/pageWaits.js';

const CABINET = 'kabinet@vlaanderen.example';
const COORDINATOR = 'coordinator@vlaanderen.example';
const LEAD = 'lead@justitie.example';
const ADMIN = 'admin@akkoord.example';
const TITLE = 'Cybercriminaliteit expliciet noemen';

describe.skipIf(!browserTestsEnabled())('notifications in the browser', () => {
  const session = useBrowserSession();

  /** A Flemish amendment with a real edit, submitted by the coordinator (through the API). */
  async function submittedAmendment(): Promise<AmendmentDetail> {
    const created = await draftAmendmentWithEdit(session.server, await signIn(session.server, CABINET), {
      documentId: 'kiv',
      sectionId: 'kiv-2',
      title: TITLE,
      justification: 'De Vlaamse Regering vraagt aandacht voor cyber.',
      insert: 'Cyber en ',
    });
    const coordinator = apiClient(session.server, await signIn(session.server, COORDINATOR));
    const submitted = await coordinator.post<AmendmentDetail>(`/amendments/${created.id}/submit`);
    expect(submitted.status).toBe(200);
    return submitted.body;
  }

  const bell = (page: Page) => page.locator('.app-header .notification-bell');
  async function waitForBell(page: Page, label: string): Promise<void> {
    await page.waitForFunction(
      (expected) => document.querySelector('.app-header .notification-bell')?.getAttribute('aria-label') === expected,
      label,
      DEADLINE,
    );
  }

  it('tells the author, opens the amendment, and shows the mail to the admin', async () => {
    const amendment = await submittedAmendment();
    const cabinet = await session.signedIn(CABINET);
    await waitForBell(cabinet, 'Meldingen (geen ongelezen)');

    const lead = apiClient(session.server, await signIn(session.server, LEAD));
    expect((await lead.post(`/amendments/${amendment.id}/decision`, { decision: 'accepted', reason: '' })).status).toBe(200);

    // The bell asks again when the window regains focus.
    await cabinet.evaluate(() => window.dispatchEvent(new Event('focus')));
    await waitForBell(cabinet, 'Meldingen (1 ongelezen)');
    expect(await cabinet.getByTestId('notification-count').textContent()).toBe('1');

    // The page: the sentence with its date, marked unread, in Dutch and in French.
    await cabinet.getByRole('link', { name: 'Meldingen (1 ongelezen)' }).click();
    await cabinet.waitForURL(/\/notifications$/, DEADLINE);
    const item = cabinet.locator('.notification[data-kind="amendment_decided"]');
    await item.waitFor(DEADLINE);
    const sentence = `Beslissing over amendement ${amendment.number} "${TITLE}": Aanvaard.`;
    expect(await item.locator('.notification-text').textContent()).toBe(sentence);
    expect(await item.locator('.notification-date').textContent()).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    expect(await item.getAttribute('class')).toContain('unread');
    expect(await item.locator('.notification-unread').textContent()).toBe('Ongelezen');
    await cabinet.locator('.language-switch button[lang="fr"]').click();
    await cabinet.waitForFunction(
      (expected) => document.querySelector('.notification .notification-text')?.textContent === expected,
      `Décision sur l’amendement ${amendment.number} « ${TITLE} » : Accepté.`,
      DEADLINE,
    );
    await waitForBell(cabinet, 'Notifications (1 non lues)');
    await cabinet.locator('.language-switch button[lang="nl"]').click();

    // Opening it leads to the amendment and marks it read.
    await cabinet.getByRole('link', { name: sentence }).click();
    await cabinet.waitForURL(new RegExp(`/amendments/${amendment.id}$`), DEADLINE);
    await cabinet.getByTestId('amendment-label').waitFor(DEADLINE);
    await waitForBell(cabinet, 'Meldingen (geen ongelezen)');
    expect(await cabinet.getByTestId('notification-count').count()).toBe(0);
    await bell(cabinet).click();
    await cabinet.locator('.notification[data-kind="amendment_decided"]:not(.unread)').waitFor(DEADLINE);

    // The coordinator was told too, and marks everything read at once.
    const coordinator = await session.signedIn(COORDINATOR);
    await waitForBell(coordinator, 'Meldingen (1 ongelezen)');
    await bell(coordinator).click();
    await coordinator.locator('.notification.unread').waitFor(DEADLINE);
    await coordinator.getByRole('button', { name: 'Alles gelezen' }).click();
    await waitForBell(coordinator, 'Meldingen (geen ongelezen)');
    expect(await coordinator.locator('.notification.unread').count()).toBe(0);
    expect(await coordinator.getByRole('button', { name: 'Alles gelezen' }).isDisabled()).toBe(true);
    await coordinator.getByRole('link', { name: 'Terug naar het dossier' }).click();
    await coordinator.waitForURL((url) => url.pathname === '/', DEADLINE);

    // Nobody but the admin gets the admin's page.
    await coordinator.goto('/admin');
    await coordinator.getByText('Deze pagina is alleen voor de beheerder.').waitFor(DEADLINE);
    expect(await coordinator.locator('.dossier-page .admin-link').count()).toBe(0);

    // The admin: the outbox holds the two mails, not sent; the audit log the decision.
    const admin = await session.signedIn(ADMIN);
    await admin.getByRole('link', { name: 'Beheer: uitgaande mail en auditlog' }).click();
    await admin.waitForURL(/\/admin$/, DEADLINE);
    const mail = admin.locator('[data-testid="outbox-table"] tbody tr', { hasText: CABINET });
    await mail.waitFor(DEADLINE);
    expect(await mail.locator('.outbox-subject').textContent()).toBe(`Akkoord: ${sentence}`);
    // The body is folded under the subject until the admin opens it.
    const body = mail.locator('.outbox-body');
    expect(await body.isVisible()).toBe(false);
    await mail.locator('.outbox-subject').click();
    await body.waitFor({ state: 'visible', ...DEADLINE });
    expect(await body.textContent()).toContain(`${session.server.url}/amendments/${amendment.id}`);
    // "No mail server" is said once, above the table; each row just says "niet verzonden".
    expect(await admin.getByText('Er is geen mailserver', { exact: false }).count()).toBe(1);
    expect((await mail.locator('td').last().textContent())).toBe('niet verzonden');
    expect(await admin.locator('[data-testid="outbox-table"] tbody tr', { hasText: COORDINATOR }).count()).toBe(1);
    // The table fits its container: no column is cut off.
    expect(await admin.getByTestId('outbox-table').evaluate((table) => table.scrollWidth <= table.parentElement!.clientWidth)).toBe(true);

    // The audit log is the second tab; an action reads in words, its code in the cell's title.
    await admin.getByRole('tab', { name: 'Auditlog' }).click();
    const audit = admin.getByTestId('audit-table');
    const accepted = audit.locator('td[data-action="amendment.accepted"]').first();
    await accepted.waitFor(DEADLINE);
    expect(await accepted.textContent()).toBe('Amendement aanvaard');
    expect(await accepted.getAttribute('title')).toBe('amendment.accepted');
    await admin.getByLabel('Filter op onderwerp').fill(`amendment:${amendment.id}`);
    await admin.getByRole('button', { name: 'Filteren' }).click();
    await admin.getByText(`Onderwerpen die beginnen met amendment:${amendment.id}`).waitFor(DEADLINE);
    await admin.waitForFunction(
      () => [...document.querySelectorAll('[data-testid="audit-table"] .audit-action')].map((cell) => cell.getAttribute('title')).join(',') ===
        'amendment.accepted,amendment.submitted,amendment.created',
      undefined,
      DEADLINE,
    );
    expect(await audit.locator('tr', { hasText: 'Amendement aanvaard' }).textContent()).toContain('Sofie Claes');

    expect(session.problems).toEqual([]);
  });
});
