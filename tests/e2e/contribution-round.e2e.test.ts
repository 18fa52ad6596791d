/**
 * A contribution round (insteekronde) from opening to report in real browsers against the real
 * server, with a test clock instead of waiting for the deadline. The KIV lead opens a round for the
 * Vlaamse Regering and the Gouvernement wallon (after the form has refused a round on the NVP alone,
 * which the police leads, and shown the server's refusals of a time the clocks skip and of a past
 * deadline). The Flemish cabinet's draft amendment says the round holds it; the cabinet adds two
 * remarks from two cabinets (and removes a third) and the amendment from an administration; the
 * Walloon contributor cannot open the Flemish package (not found) nor see Flanders in the round. The
 * Flemish coordinator drops and keeps an item, saves a cover note over a colleague's (both texts shown
 * first), writes the final note and submits before the deadline. The clock passes the deadline: the Walloon coordinator,
 * after adding a remark, is told up front that the deadline has passed and whom to ask, until the lead
 * extends Wallonia's deadline (which the Walloon package then shows). The lead processes both Flemish remarks (a reason required for "niet
 * verwerkt") and downloads the round's report, a sound .docx holding both remarks and their units;
 * the Flemish cabinet sees how its input was processed. Every wait is on a condition with a deadline.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AmendmentDetail } from '../../shared/api/amendments.js';
import { instantOfLocal, localOfInstant } from '../../shared/domain/deadlines.js';
import { formatBelgianDateTime } from '../../shared/format/dates.js';
import { browserTestsEnabled } from '../utils/browser.js';
import { draftAmendmentWithEdit } from '../utils/amendmentDrafts.js';
import { useBrowserSession } from '../utils/browserSession.js';
import { testClock } from '../utils/clock.js';
import { docxEntry } from '../utils/docx.js';
import { signIn } from '../utils/http.js';
import { PAGE_DEADLINE as DEADLINE, waitForText } from '../utils/pageWaits.js';

const LEAD = 'lead@justitie.example';
const CABINET = 'kabinet@vlaanderen.example';
const FLEMISH_COORDINATOR = 'coordinator@vlaanderen.example';
const WALLOON_CONTRIBUTOR = 'contributor@wallonie.example';
const WALLOON_COORDINATOR = 'coordinator@wallonie.example';
const DAY = 86_400_000;

const COORDINATION = 'Kabinet Onderwijs, Justitie en Werk (coördinatie)';
const CABINETS = 'betrokken kabinetten';
const ADMINISTRATIONS = 'betrokken administraties';
const REMARK_COORDINATION = 'Neem de radicalisering in het onderwijs op als aandachtspunt.';
const REMARK_CABINETS = 'De Vlaamse handhavingsdiensten ontbreken in het overzicht van de partners.';
const REMARK_WALLONIA = 'Le Gouvernement wallon demande une mention de la prévention locale.';
const NOT_PROCESSED_REASON = 'De partners worden in de bijlage per veiligheidsbelang opgesomd.';
const AMENDMENT_TITLE = 'Handhaving door de Vlaamse inspectiediensten';

/** The last Sunday of March of `year`, when the clocks go forward at 02:00 in Brussels. */
function springForward(year: number): string {
  const lastOfMarch = new Date(Date.UTC(year, 2, 31));
  return `${year}-03-${String(31 - lastOfMarch.getUTCDay()).padStart(2, '0')}`;
}

describe.skipIf(!browserTestsEnabled())('a contribution round in the browser', () => {
  const clock = testClock();
  const session = useBrowserSession(undefined, { clock });
  const { problems } = session;

  const item = (page: Page, text: string) => page.locator('.item-card', { hasText: text });
  const entityRow = (page: Page, entityId: string) => page.locator(`.invited-entities li[data-entity-id="${entityId}"]`);

  /** A second Flemish coordinator, writing through the API beside the one in the browser. */
  const secondCoordinator = async () => {
    const { services } = session.server;
    const hash = services.users.findByEmail(FLEMISH_COORDINATOR)!.passwordHash;
    services.users.create({ id: 'second-coordinator', email: 'coordinator2@vlaanderen.example', name: 'Tweede Coördinator', entityId: 'vlaanderen', passwordHash: hash, role: 'coordinator' });
    const cookie = await signIn(session.server, 'coordinator2@vlaanderen.example');
    return {
      patch: (path: string, body: unknown) =>
        fetch(`${session.server.url}${path}`, {
          method: 'PATCH',
          headers: { cookie, origin: session.server.origin, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }),
    };
  };

  /** A Flemish draft amendment on KIV section 3 that changes the text (through the API and a sync client). */
  const flemishDraftAmendment = async (): Promise<AmendmentDetail> =>
    draftAmendmentWithEdit(session.server, await signIn(session.server, CABINET), {
      documentId: 'kiv',
      sectionId: 'kiv-3',
      title: AMENDMENT_TITLE,
      justification: 'De Vlaamse inspectiediensten handhaven mee.',
      insert: 'Met de Vlaamse inspectiediensten: ',
    });

  it('is opened, filled in private, submitted on time, refused late, extended, processed and reported', async () => {
    // The deadline: tomorrow 17:00 in Brussels, by the server's clock.
    const deadlineDate = localOfInstant(clock.now() + DAY).date;
    const opened = instantOfLocal({ date: deadlineDate, time: '17:00' });
    if (!opened.ok) throw new Error(`no 17:00 on ${deadlineDate}`);
    const deadlineAt = opened.at;

    // The lead starts from the dossier page's block and opens the form.
    const lead = await session.signedIn(LEAD);
    await lead.getByTestId('rounds-overview').getByRole('link', { name: 'Nieuwe insteekronde' }).click();
    const form = lead.getByTestId('new-round-form');
    await form.waitFor(DEADLINE);
    await form.getByLabel('Titel').fill('Insteek op de Kadernota');
    await form.getByLabel('Instructies').fill('Bezorg uw amendementen en opmerkingen per hoofdstuk.');
    // Both texts are offered, each saying who leads it; FOD Justitie leads the KIV, so a round on the NVP alone is refused.
    const kiv = form.getByRole('checkbox', { name: /Kadernota.*\(uw entiteit is trekker\)/ });
    const nvp = form.getByRole('checkbox', { name: /Nationaal Veiligheidsplan.*\(trekker: Geïntegreerde Politie/ });
    expect(await kiv.isChecked()).toBe(true);
    await kiv.uncheck();
    await nvp.check();
    await form.getByRole('button', { name: 'Ronde openen' }).click();
    await waitForText(lead, '#new-round-ownDocument-error', 'Kies minstens één document waarvan uw entiteit trekker is.');
    // Focus lands on the first field in error: the documents' first checkbox.
    expect(await lead.evaluate(() => document.activeElement?.closest('#new-round-documents') !== null)).toBe(true);
    await nvp.uncheck();
    await kiv.check();
    await form.getByRole('checkbox', { name: 'Vlaamse Regering' }).check();
    await form.getByRole('checkbox', { name: 'Gouvernement wallon' }).check();
    // A time the clocks skip, then a moment already past: the server refuses both, clearly.
    const nextYear = Number(deadlineDate.slice(0, 4)) + 1;
    await form.getByLabel('Datum', { exact: true }).fill(springForward(nextYear));
    await form.getByLabel('Uur', { exact: true }).fill('02:30');
    await form.getByRole('button', { name: 'Ronde openen' }).click();
    await waitForText(lead, '[data-testid="new-round-error"]', 'Dat uur bestaat niet op die dag');
    await form.getByLabel('Datum', { exact: true }).fill('2020-01-06');
    await form.getByLabel('Uur', { exact: true }).fill('17:00');
    await form.getByRole('button', { name: 'Ronde openen' }).click();
    await waitForText(lead, '[data-testid="new-round-error"]', 'De termijn ligt in het verleden');
    await form.getByLabel('Datum', { exact: true }).fill(deadlineDate);
    await form.getByRole('button', { name: 'Ronde openen' }).click();
    await lead.waitForURL(/\/rounds\/[^/]+$/, DEADLINE);
    const roundPath = new URL(lead.url()).pathname;
    await waitForText(lead, '[data-testid="deadline"]', formatBelgianDateTime(deadlineAt));
    expect(await entityRow(lead, 'vlaanderen').getByTestId('entity-status').textContent()).toBe('Nog niet ingediend');
    expect(await entityRow(lead, 'wallonie').getByTestId('entity-status').textContent()).toBe('Nog niet ingediend');
    expect(await lead.getByTestId('round-report').count()).toBe(1);

    // The Flemish cabinet finds the round on the dossier page and opens its entity's package.
    const amendment = await flemishDraftAmendment();
    const cabinet = await session.signedIn(CABINET);
    const overview = cabinet.getByTestId('rounds-overview');
    await overview.getByRole('link', { name: 'Insteek op de Kadernota' }).click();
    await cabinet.getByRole('link', { name: 'Onze insteek' }).first().click();
    await cabinet.waitForURL(/\/contributions\/[^/]+$/, DEADLINE);
    const flemishPackage = new URL(cabinet.url()).pathname;
    await waitForText(cabinet, '[data-testid="time-left"]', 'nog ');

    // The draft amendment's page says the open round holds it, until when, and links to the package.
    await cabinet.goto(`/amendments/${amendment.id}`);
    await waitForText(cabinet, '[data-testid="held-by-contribution"]', `loopt voor uw entiteit tot ${formatBelgianDateTime(deadlineAt)}`);
    expect(await cabinet.getByTestId('held-by-contribution').getByRole('link').getAttribute('href')).toBe(flemishPackage);
    await cabinet.goto(flemishPackage);
    await waitForText(cabinet, '[data-testid="time-left"]', 'nog ');

    // Two remarks from two cabinets: one on section 2, one on the whole document.
    const remarkForm = cabinet.getByTestId('add-remark-form');
    await remarkForm.getByLabel('Hoofdstuk').selectOption('kiv-2');
    await remarkForm.getByLabel('Opmerking', { exact: true }).fill(REMARK_COORDINATION);
    // Without a unit the form says so and sends nothing.
    await remarkForm.getByRole('button', { name: 'Opmerking toevoegen' }).click();
    await waitForText(cabinet, '[data-testid="add-remark-form"] .field-error', 'Kies van welk kabinet');
    expect(await cabinet.locator('.item-card').count()).toBe(0);
    await remarkForm.getByLabel('Afkomstig van').selectOption({ label: COORDINATION });
    await remarkForm.getByRole('button', { name: 'Opmerking toevoegen' }).click();
    await item(cabinet, REMARK_COORDINATION).waitFor(DEADLINE);
    // Focus moves to the new item and the live region says what happened.
    await cabinet.waitForFunction((text) => document.activeElement?.closest('.item-card')?.textContent?.includes(text) === true, REMARK_COORDINATION, DEADLINE);
    await waitForText(cabinet, '[data-testid="package-announcement"]', 'Punt toegevoegd.');
    await remarkForm.getByLabel('Opmerking', { exact: true }).fill('De handhavingsdiensten ontbreken.');
    await remarkForm.getByLabel('Hoofdstuk').selectOption('');
    await remarkForm.getByLabel('Afkomstig van').selectOption({ label: CABINETS });
    await remarkForm.getByRole('button', { name: 'Opmerking toevoegen' }).click();
    // Its author sharpens it (the edit form opens with the focus in it).
    const draftRemark = item(cabinet, 'De handhavingsdiensten ontbreken.');
    await draftRemark.getByRole('button', { name: 'Bewerken' }).click();
    const editForm = draftRemark.getByRole('form', { name: 'Punt bewerken' });
    expect(await editForm.getByLabel('Hoofdstuk').evaluate((element) => element === document.activeElement)).toBe(true);
    await editForm.getByLabel('Opmerking', { exact: true }).fill(REMARK_CABINETS);
    await editForm.getByRole('button', { name: 'Opslaan' }).click();
    await item(cabinet, REMARK_CABINETS).waitFor(DEADLINE);
    expect(await cabinet.locator('.item-card', { hasText: 'De handhavingsdiensten ontbreken.' }).count()).toBe(0);
    // A third remark, added by mistake, is removed again (after confirming).
    await remarkForm.getByLabel('Opmerking', { exact: true }).fill('Per vergissing toegevoegd.');
    await remarkForm.getByRole('button', { name: 'Opmerking toevoegen' }).click();
    const mistake = item(cabinet, 'Per vergissing toegevoegd.');
    await mistake.getByRole('button', { name: 'Verwijderen' }).click();
    await waitForText(cabinet, '.item-card .confirm', 'Dit punt uit de insteek verwijderen?');
    await mistake.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await cabinet.waitForFunction(() => ![...document.querySelectorAll('.item-card')].some((card) => card.textContent?.includes('Per vergissing')), undefined, DEADLINE);
    // Text typed but not added is not lost by a click on a link: the app asks, and "no" keeps page and text.
    const unsavedRemark = 'Nog niet toegevoegd.';
    await remarkForm.getByLabel('Opmerking', { exact: true }).fill(unsavedRemark);
    const question = new Promise<string>((resolve) => {
      cabinet.once('dialog', (dialog) => {
        resolve(dialog.message());
        void dialog.dismiss();
      });
    });
    await cabinet.locator('.breadcrumb').getByRole('link').click();
    expect(await question).toBe('U hebt niet-opgeslagen tekst. Pagina toch verlaten?');
    expect(new URL(cabinet.url()).pathname).toBe(flemishPackage);
    expect(await remarkForm.getByLabel('Opmerking', { exact: true }).inputValue()).toBe(unsavedRemark);
    await remarkForm.getByLabel('Opmerking', { exact: true }).fill('');
    expect(await item(cabinet, REMARK_COORDINATION).getByTestId('item-unit').textContent()).toBe(COORDINATION);
    expect(await item(cabinet, REMARK_CABINETS).getByTestId('item-unit').textContent()).toBe(CABINETS);
    expect(await cabinet.locator('.item-section[data-section-id=""] .item-card').count()).toBe(1);
    expect(await cabinet.locator('.item-section[data-section-id="kiv-2"] .item-card').count()).toBe(1);
    // And the entity's draft amendment, from the administrations.
    const amendmentForm = cabinet.getByTestId('add-amendment-form');
    await amendmentForm.getByLabel('Ontwerp-amendement van uw entiteit').selectOption(amendment.id);
    await amendmentForm.getByLabel('Afkomstig van').selectOption({ label: ADMINISTRATIONS });
    await amendmentForm.getByRole('button', { name: 'Amendement toevoegen' }).click();
    await item(cabinet, AMENDMENT_TITLE).waitFor(DEADLINE);
    await amendmentForm.locator('.panel-empty').waitFor(DEADLINE);
    // A contributor neither writes the cover note nor submits.
    expect(await cabinet.getByTestId('cover-form').count()).toBe(0);
    expect(await cabinet.getByTestId('submit-package').count()).toBe(0);

    // Wallonia sees nothing of it: the package's address is "not found", the round shows no link.
    const walloon = await session.signedIn(WALLOON_CONTRIBUTOR);
    await walloon.goto(flemishPackage);
    const missing = walloon.getByTestId('contribution-missing');
    await missing.waitFor(DEADLINE);
    expect(await missing.textContent()).toBe('Deze insteek bestaat niet of u hebt er geen toegang toe.');
    expect(await walloon.content()).not.toContain(REMARK_COORDINATION);
    await walloon.goto(roundPath);
    await entityRow(walloon, 'wallonie').waitFor(DEADLINE);
    expect(await entityRow(walloon, 'vlaanderen').count()).toBe(0);

    // The Flemish coordinator reviews: drops the whole-document remark (one item would go), keeps it again.
    const coordinator = await session.signedIn(FLEMISH_COORDINATOR);
    await coordinator.goto(flemishPackage);
    await item(coordinator, REMARK_CABINETS).getByRole('button', { name: 'Niet opnemen' }).click();
    await waitForText(coordinator, '.item-dropped', 'niet opgenomen');
    await coordinator.getByRole('button', { name: 'Insteek indienen' }).click();
    await waitForText(coordinator, '#submit-package-question', 'De insteek van Vlaamse Regering indienen met 2 punten?');
    // The confirmation names what stays behind and the amendment that is submitted with the package.
    expect(await coordinator.getByTestId('submit-dropped').textContent()).toContain(REMARK_CABINETS.slice(0, 40));
    expect(await coordinator.getByTestId('submit-amendments').textContent()).toContain(AMENDMENT_TITLE);
    await coordinator.getByRole('button', { name: 'Annuleren' }).click();
    await item(coordinator, REMARK_CABINETS).getByRole('button', { name: 'Toch opnemen' }).click();
    await coordinator.waitForFunction(() => document.querySelectorAll('.item-dropped').length === 0, undefined, DEADLINE);
    // A colleague saves another cover note meanwhile: saving ours shows theirs beside it, ours kept in the box.
    const coverField = coordinator.getByLabel('Begeleidende nota van de coördinator');
    await coverField.fill('Onze eerste nota.');
    const colleague = await secondCoordinator();
    expect((await colleague.patch(`/api${flemishPackage}`, { coverNote: 'Nota van een collega.' })).status).toBe(200);
    await coordinator.getByRole('button', { name: 'Nota opslaan' }).click();
    await waitForText(coordinator, '[data-testid="edited-meanwhile-theirs"]', 'Nota van een collega.');
    expect(await coverField.inputValue()).toBe('Onze eerste nota.');
    expect(await coordinator.getByRole('button', { name: 'Mijn tekst opslaan' }).count()).toBe(1);
    // The cover note, still being typed, goes out with the package (saved over the colleague's).
    await coverField.fill('Gecoördineerd door het kabinet Onderwijs, Justitie en Werk.');
    await coordinator.getByRole('button', { name: 'Insteek indienen' }).click();
    await waitForText(coordinator, '#submit-package-question', 'De insteek van Vlaamse Regering indienen met 3 punten?');
    await coordinator.getByRole('button', { name: 'Ja, indienen' }).click();
    await waitForText(coordinator, '[data-testid="contribution-status"]', 'Ingediend');
    await coordinator.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'contribution-status', undefined, DEADLINE);
    await waitForText(coordinator, '[data-testid="package-announcement"]', 'Insteek ingediend.');
    expect(await coordinator.getByTestId('cover-note').textContent()).toBe('Gecoördineerd door het kabinet Onderwijs, Justitie en Werk.');
    expect(await coordinator.locator('.add-items').count()).toBe(0);
    // The amendment went out with it: numbered, no longer a draft.
    await waitForText(coordinator, '.item-amendment', 'Amendement 1');

    // The deadline passes (the server's clock moves to its next second).
    clock.set(deadlineAt + 1_000);

    // The Walloon coordinator adds a remark (Wallonia names no sub-units); the package says up front
    // that the deadline has passed and whom to ask; submitting all the same (the browser's clock may be
    // wrong, the server's decides) is refused, clearly.
    const wallonia = await session.signedIn(WALLOON_COORDINATOR);
    await wallonia.clock.setSystemTime(clock.now());
    await wallonia.goto(roundPath);
    await wallonia.getByRole('link', { name: 'Onze insteek' }).first().click();
    await wallonia.waitForURL(/\/contributions\/[^/]+$/, DEADLINE);
    await waitForText(wallonia, '[data-testid="time-left"]', 'termijn verstreken');
    const walloonForm = wallonia.getByTestId('add-remark-form');
    expect(await walloonForm.getByLabel('Afkomstig van').count()).toBe(0);
    await walloonForm.getByLabel('Opmerking', { exact: true }).fill(REMARK_WALLONIA);
    await walloonForm.getByRole('button', { name: 'Opmerking toevoegen' }).click();
    await item(wallonia, REMARK_WALLONIA).waitFor(DEADLINE);
    const blocked = wallonia.getByTestId('submit-blocked');
    await blocked.waitFor(DEADLINE);
    expect(await blocked.textContent()).toBe(`De termijn verstreek op ${formatBelgianDateTime(deadlineAt)}; vraag de trekker om verlenging.`);
    await wallonia.getByRole('button', { name: 'Insteek indienen' }).click();
    await wallonia.getByRole('button', { name: 'Ja, indienen' }).click();
    const refusal = wallonia.getByTestId('submit-error');
    await refusal.waitFor(DEADLINE);
    expect(await refusal.textContent()).toBe(
      `De termijn is verstreken op ${formatBelgianDateTime(deadlineAt)}: de insteek kan niet meer worden ingediend. ` +
        'Alleen de trekker kan de termijn voor uw entiteit verlengen.',
    );
    expect(await wallonia.getByTestId('contribution-status').textContent()).toBe('Nog niet ingediend');

    // The lead sees Flanders submitted and Wallonia not, and extends Wallonia's deadline by two days.
    await lead.goto(roundPath);
    await waitForText(lead, '.invited-entities li[data-entity-id="vlaanderen"] [data-testid="entity-status"]', 'Ingediend op');
    expect(await entityRow(lead, 'wallonie').getByTestId('entity-status').textContent()).toBe('Nog niet ingediend');
    expect(await entityRow(lead, 'vlaanderen').getByRole('button', { name: /Termijn verlengen/ }).count()).toBe(0);
    expect(await entityRow(lead, 'wallonie').getByRole('link').count()).toBe(0);
    // Closing would leave Wallonia out: the confirmation names it; the lead cancels.
    await lead.getByRole('button', { name: 'Ronde afsluiten' }).click();
    const pending = lead.getByTestId('close-round-pending');
    await pending.waitFor(DEADLINE);
    expect(await pending.locator('li').allTextContents()).toEqual([expect.stringContaining('Gouvernement wallon (')]);
    await lead.locator('.round-actions').getByRole('button', { name: 'Annuleren' }).click();
    await lead.getByRole('button', { name: 'Termijn verlengen voor Gouvernement wallon' }).click();
    const extension = lead.getByRole('form', { name: 'Termijn verlengen voor Gouvernement wallon' });
    const extendedDate = localOfInstant(deadlineAt + 2 * DAY).date;
    await extension.getByLabel('Datum', { exact: true }).fill(extendedDate);
    await extension.getByLabel('Reden van de verlenging').fill('Regeringsbeslissing pas op vrijdag.');
    await extension.getByRole('button', { name: 'Verlenging vastleggen' }).click();
    await waitForText(lead, '[data-testid="extension"]', 'Regeringsbeslissing pas op vrijdag.');
    expect(await entityRow(lead, 'wallonie').getByTestId('extension').textContent()).toContain(`Termijn verlengd tot ${extendedDate.split('-').reverse().join('/')} 17:00`);

    // Now the Walloon package shows its extension and goes through.
    await wallonia.reload();
    await waitForText(wallonia, '[data-testid="extension"]', 'Regeringsbeslissing pas op vrijdag.');
    await wallonia.getByRole('button', { name: 'Insteek indienen' }).click();
    await waitForText(wallonia, '#submit-package-question', 'De insteek van Gouvernement wallon indienen met 1 punt?');
    await wallonia.getByRole('button', { name: 'Ja, indienen' }).click();
    await waitForText(wallonia, '[data-testid="contribution-status"]', 'Ingediend');

    // The lead opens the Flemish package and processes both remarks; "niet verwerkt" needs a reason.
    await lead.reload();
    await lead.getByRole('link', { name: 'Insteek van Vlaamse Regering bekijken' }).click();
    await lead.waitForURL(new RegExp(`${flemishPackage}$`), DEADLINE);
    const first = item(lead, REMARK_COORDINATION);
    // Nothing is chosen for the lead: recording without a choice is refused in the form.
    expect(await first.getByLabel('Verwerking', { exact: true }).inputValue()).toBe('');
    await first.getByRole('button', { name: 'Verwerking vastleggen' }).click();
    await first.locator('.field-error', { hasText: 'Kies hoe het punt verwerkt is.' }).waitFor(DEADLINE);
    await first.getByLabel('Verwerking', { exact: true }).selectOption({ label: 'verwerkt' });
    await first.getByRole('button', { name: 'Verwerking vastleggen' }).click();
    await first.locator('[data-testid="item-processing"][data-processing="processed"]').waitFor(DEADLINE);
    const second = item(lead, REMARK_CABINETS);
    await second.getByLabel('Verwerking', { exact: true }).selectOption({ label: 'niet verwerkt' });
    await second.getByRole('button', { name: 'Verwerking vastleggen' }).click();
    await second.locator('.field-error').waitFor(DEADLINE);
    await second.getByLabel('Motivering (verplicht)').fill(NOT_PROCESSED_REASON);
    await second.getByRole('button', { name: 'Verwerking vastleggen' }).click();
    await second.locator('[data-testid="item-processing"][data-processing="not_processed"]').waitFor(DEADLINE);
    // The amendment is decided on its own page, not here.
    expect(await item(lead, AMENDMENT_TITLE).getByTestId('processing-form').count()).toBe(0);
    expect(await item(lead, AMENDMENT_TITLE).getByRole('link', { name: AMENDMENT_TITLE }).getAttribute('href')).toBe(`/amendments/${amendment.id}`);

    // The round's report: downloaded from the round page, a sound Word file with both remarks and their units.
    await lead.goto(roundPath);
    const [download] = await Promise.all([lead.waitForEvent('download', DEADLINE), lead.getByTestId('round-report').click()]);
    const path = await download.path();
    const body = docxEntry(new Uint8Array(await readFile(path)));
    for (const text of [REMARK_COORDINATION, REMARK_CABINETS, COORDINATION, CABINETS, NOT_PROCESSED_REASON, REMARK_WALLONIA]) {
      expect(body).toContain(text);
    }

    // The Flemish cabinet sees how its input was processed.
    await cabinet.goto(flemishPackage);
    await item(cabinet, REMARK_CABINETS).locator('[data-processing="not_processed"]').waitFor(DEADLINE);
    expect(await item(cabinet, REMARK_CABINETS).getByTestId('item-processing').textContent()).toContain(NOT_PROCESSED_REASON);
    expect(await item(cabinet, REMARK_COORDINATION).getByTestId('item-processing').textContent()).toContain('verwerkt');
    expect(await cabinet.getByTestId('contribution-report').count()).toBe(1);

    expect(problems).toEqual([]);
  }, 180_000);
});
