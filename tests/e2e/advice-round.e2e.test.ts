/**
 * An advice round from opening to report in real browsers against the real server: the KIV's lead
 * opens a round for the CPG on a version taken at that moment; the CPG's adviser reaches the frozen
 * version with the keyboard, finds that typing, cutting, pasting and dropping change nothing in it,
 * selects a phrase with Shift+arrows and adds a point on it with Ctrl+Alt+A while the lead, in
 * another browser, edits that same phrase in the main text (the adviser's version does not move);
 * a colleague's saves of the point and of the general text meanwhile are shown beside the adviser's
 * own text, which is kept, then taken over or saved on top; the adviser submits; the lead sees the point with "passage gewijzigd" and
 * answers it (deels gevolgd, with an explanation and the version that carries it out); the editor's
 * "Advies" tab shows the point on the live text; the report downloads as a DOCX that holds the
 * point, its quote and the answer. Every wait is on a condition with a deadline.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatBelgianDate } from '../../shared/format/dates.js';
import { localOfInstant } from '../../shared/domain/deadlines.js';
import { browserTestsEnabled } from '../utils/browser.js';
import { useBrowserSession } from '../utils/browserSession.js';
import { docxEntry } from '../utils/docx.js';
import { PAGE_DEADLINE as DEADLINE, waitForText } from '../utils/pageWaits.js';

const LEAD = 'lead@justitie.example';
const ADVISER = 'adviser@cpg.example';
const ITEM = '[data-section-id="kiv-3"] li p';
const PHRASE = 'Nationale strategie voor economische veiligheid';
const EDITED = 'Nationale herziene strategie voor economische veiligheid';

describe.skipIf(!browserTestsEnabled())('an advice round in the browser', () => {
  const session = useBrowserSession();
  const { problems } = session;

  /** Whether the focus is inside the element `locator` finds. */
  const hasFocus = (locator: Locator) => locator.evaluate((element) => element.contains(document.activeElement));

  /** Whether the selection's focus (the caret) is inside the first element matching `selector`. */
  const caretIn = (page: Page, selector: string) =>
    page.evaluate((css) => {
      const caret = document.getSelection()?.focusNode;
      return caret != null && document.querySelector(css)?.contains(caret) === true;
    }, selector);

  /** Presses `key` until `reached()` holds, at most `limit` times; says whether it got there. */
  async function pressUntil(page: Page, key: string, reached: () => Promise<boolean>, limit: number): Promise<boolean> {
    for (let pressed = 0; pressed < limit && !(await reached()); pressed++) await page.keyboard.press(key);
    return reached();
  }

  /** Pastes and drops `text` on the first element matching `selector`, as the clipboard and a drag would. */
  async function pasteAndDrop(page: Page, selector: string, text: string): Promise<void> {
    await page.evaluate(
      ([css, given]) => {
        const target = document.querySelector(css);
        if (target === null) throw new Error(`no ${css}`);
        const box = target.getBoundingClientRect();
        const pasted = new DataTransfer();
        pasted.setData('text/plain', given);
        target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: pasted, bubbles: true, cancelable: true }));
        const dropped = new DataTransfer();
        dropped.setData('text/plain', given);
        const at = { clientX: box.left + 4, clientY: box.top + box.height / 2 };
        target.dispatchEvent(new DragEvent('drop', { ...at, dataTransfer: dropped, bubbles: true, cancelable: true }));
      },
      [selector, text] as const,
    );
  }

  /** Puts the caret right after `text` in the first element matching `selector`. */
  async function caretAfter(page: Page, selector: string, text: string): Promise<void> {
    await page.evaluate(
      ([css, wanted]) => {
        const element = document.querySelector(css);
        const node = element?.firstChild;
        const at = node?.textContent?.indexOf(wanted) ?? -1;
        if (!node || at < 0) throw new Error(`"${wanted}" not at the start of ${css}`);
        const range = document.createRange();
        range.setStart(node, at + wanted.length);
        range.collapse(true);
        document.getSelection()?.removeAllRanges();
        document.getSelection()?.addRange(range);
      },
      [selector, text] as const,
    );
  }

  async function waitForSaveStatus(page: Page, text: string): Promise<void> {
    await page.waitForFunction((expected) => document.querySelector('[data-testid="save-status"]')?.textContent === expected, text, DEADLINE);
  }

  it('is opened on a new version, advised on a passage the text then changes, answered and reported', async () => {
    const token = Date.now().toString(36);
    const versionName = `Ontwerp voor advies CPG ${token}`;
    const question = `Heeft het College opmerkingen bij de prioriteiten? ${token}`;
    const pointText = `Het College vraagt de strategie te concretiseren met meetbare doelen ${token}.`;
    const generalText = `Het College van Procureurs-Generaal verleent een globaal gunstig advies ${token}.`;
    const explanation = `De strategie wordt herzien; meetbare doelen volgen in de actieplannen ${token}.`;
    // Dates ahead of the server's clock, as the lead types them: a Brussels date and time.
    const consultation = localOfInstant(Date.now() + 14 * 86_400_000).date;
    const deadline = localOfInstant(Date.now() + 30 * 86_400_000).date;

    // The lead opens the round from the dossier, taking a new version now.
    const lead = await session.signedIn(LEAD);
    const block = lead.getByTestId('advice-rounds-block');
    await block.waitFor(DEADLINE);
    await block.getByRole('link', { name: 'Adviesronde openen of alle rondes bekijken' }).click();
    expect(await lead.getByRole('link', { name: 'Terug naar het dossier' }).getAttribute('href')).toBe('/');
    await lead.getByRole('button', { name: 'Nieuwe adviesronde' }).click();
    const form = lead.getByTestId('open-advice-form');
    await form.waitFor(DEADLINE);
    expect(await form.getByLabel('Document', { exact: true }).inputValue()).toBe('kiv');
    expect(await form.getByLabel('Nu een nieuwe versie nemen').isChecked()).toBe(true);
    expect(await form.getByLabel('Naam van de nieuwe versie').inputValue()).toBe('Ontwerp voor advies CPG');
    expect(await form.getByLabel('Adviesorgaan', { exact: true }).inputValue()).toBe('cpg');
    // Without a question the form says so and asks nothing of the server.
    await form.getByRole('button', { name: 'Adviesronde openen' }).click();
    await waitForText(lead, '.open-advice-form .field-error', 'Stel het adviesorgaan een vraag.');
    await form.getByLabel('Naam van de nieuwe versie').fill(versionName);
    await form.getByLabel('Vraag aan het adviesorgaan').fill(question);
    await form.getByLabel('Datum van de consultatie').fill(consultation);
    await form.getByLabel('Uiterste datum voor schriftelijk advies').fill(deadline);
    await form.getByLabel('Uur', { exact: true }).fill('17:00');
    await form.getByRole('button', { name: 'Adviesronde openen' }).click();
    await lead.waitForURL(/\/advice-rounds\/[^/?]+$/, DEADLINE);
    const roundPath = new URL(lead.url()).pathname;
    await waitForText(lead, '[data-testid="advice-question"]', question);
    expect(await lead.getByTestId('advice-version-name').textContent()).toBe(versionName);
    expect(await lead.getByTestId('advice-consultation-date').textContent()).toBe(formatBelgianDate(consultation));
    expect(await lead.getByTestId('advice-deadline').textContent()).toBe(`${formatBelgianDate(deadline)} 17:00`);
    // About 30 days: "nog 30 dagen", or "nog 29 dagen en 23 uur" a moment later (a zero second unit is left out).
    expect(await lead.getByTestId('advice-time-left').textContent()).toMatch(/^nog \d+ dagen( en \d+ uur)?$/);
    // The draft is the CPG's own: the lead sees that the advice is not in yet, nothing of it.
    await lead.getByTestId('advice-not-yet').waitFor(DEADLINE);
    expect(await lead.getByTestId('advice-report').count()).toBe(0);

    // The adviser finds the round on the dossier and opens it: the frozen version, read-only.
    const adviser = await session.signedIn(ADVISER);
    const adviserBlock = adviser.getByTestId('advice-rounds-block');
    await adviserBlock.waitFor(DEADLINE);
    await adviserBlock.getByRole('link', { name: /Advies van College van Procureurs-Generaal over de KIV/ }).click();
    await adviser.waitForURL(`**${roundPath}`, DEADLINE);
    const version = adviser.getByTestId('advice-version-text');
    await version.locator(ITEM).first().waitFor(DEADLINE);
    expect(await version.locator(ITEM).first().textContent()).toContain(PHRASE);

    // The frozen text is a read-only text box that the keyboard reaches with Tab and moves a caret in.
    const frozenText = adviser.getByRole('textbox', { name: `Tekst van de versie ${versionName}` });
    expect(await frozenText.getAttribute('aria-readonly')).toBe('true');
    await adviser.getByRole('link', { name: 'Alle adviesrondes' }).focus();
    expect(await pressUntil(adviser, 'Tab', () => hasFocus(frozenText), 10)).toBe(true);
    const item = `[data-testid="advice-version-text"] ${ITEM}`;
    expect(await pressUntil(adviser, 'ArrowDown', () => caretIn(adviser, item), 400)).toBe(true);
    await adviser.keyboard.press('Home');

    // Typing, Enter, Backspace, Delete, text from an input method, cut, paste and drop change nothing.
    const frozenBefore = await frozenText.textContent();
    await adviser.keyboard.type('xyz');
    for (const key of ['Enter', 'Backspace', 'Delete', 'Control+KeyZ']) await adviser.keyboard.press(key);
    await adviser.keyboard.insertText('ingevoegd');
    for (let step = 0; step < 3; step++) await adviser.keyboard.press('Shift+ArrowRight');
    await adviser.keyboard.press('Control+KeyX');
    await adviser.keyboard.press('Control+KeyV');
    await pasteAndDrop(adviser, item, 'geplakt');
    await adviser.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
    expect(await frozenText.textContent()).toBe(frozenBefore);
    expect(await hasFocus(frozenText)).toBe(true);

    // The adviser selects the phrase with Shift+arrows; meanwhile the lead edits that same phrase in the main text.
    await adviser.keyboard.press('Home');
    for (let step = 0; step < PHRASE.length; step++) await adviser.keyboard.press('Shift+ArrowRight');
    expect(await adviser.evaluate(() => document.getSelection()?.toString())).toBe(PHRASE);
    const addButton = adviser.getByRole('button', { name: 'Adviespunt toevoegen', exact: true });
    await addButton.waitFor(DEADLINE);

    const editor = await session.newPage(lead.context());
    await editor.goto('/documents/kiv');
    await editor.locator(`.ProseMirror ${ITEM}`).first().waitFor(DEADLINE);
    await waitForSaveStatus(editor, 'Opgeslagen');
    await editor.locator(`.ProseMirror ${ITEM}`).first().click();
    await caretAfter(editor, `.ProseMirror ${ITEM}`, 'Nationale');
    await editor.keyboard.type(' herziene');
    await waitForText(editor, `.ProseMirror ${ITEM}`, EDITED);
    await waitForSaveStatus(editor, 'Opgeslagen');

    // The adviser's version did not move; the point (Ctrl+Alt+A, the button's shortcut) quotes the phrase as frozen.
    expect(await version.locator(ITEM).first().textContent()).toContain(PHRASE);
    expect(await version.textContent()).not.toContain('herziene');
    // The adviser types at once, without waiting for the box: every character arrives in it.
    await adviser.keyboard.press('Control+Alt+KeyA');
    await adviser.keyboard.type(pointText);
    const composer = adviser.getByTestId('advice-composer');
    await composer.waitFor(DEADLINE);
    expect(await composer.getByTestId('advice-composer-quote').textContent()).toBe(PHRASE);
    expect(await hasFocus(composer.getByLabel('Tekst van het adviespunt'))).toBe(true);
    expect(await composer.getByLabel('Tekst van het adviespunt').inputValue()).toBe(pointText);
    expect(await frozenText.textContent()).toBe(frozenBefore);
    await composer.getByRole('button', { name: 'Adviespunt opslaan' }).click();
    const adviserPoint = adviser.locator('[data-testid="advice-points"] > li', { hasText: pointText });
    await adviserPoint.waitFor(DEADLINE);
    expect(await composer.count()).toBe(0);
    expect(await adviserPoint.locator('.advice-point-number').textContent()).toBe('Adviespunt 1');
    expect(await adviserPoint.getByTestId('advice-quote').textContent()).toBe(PHRASE);
    expect(await adviserPoint.getByTestId('advice-point-state').textContent()).toBe('ontwerp');
    // Highlighted, with its number, on the frozen version.
    await waitForText(adviser, '[data-testid="advice-version-text"] .advice-highlight', PHRASE);
    expect(await version.locator('.advice-highlight').allTextContents()).toEqual([PHRASE]);
    expect(await version.locator('.advice-marker').textContent()).toBe('1');

    // Escape closes an empty composer at once and gives the focus back; with text in it, it asks first.
    const addGeneral = adviser.getByRole('button', { name: 'Algemeen adviespunt toevoegen' });
    await addGeneral.click();
    await composer.waitFor(DEADLINE);
    await adviser.keyboard.press('Escape');
    await composer.waitFor({ state: 'detached', ...DEADLINE });
    expect(await hasFocus(addGeneral)).toBe(true);
    await addGeneral.click();
    await adviser.keyboard.type('Half af');
    const questions: string[] = [];
    adviser.once('dialog', (dialog) => {
      questions.push(dialog.message());
      void dialog.dismiss();
    });
    await adviser.keyboard.press('Escape');
    expect(questions).toEqual(['Tekst weggooien?']);
    expect(await composer.getByLabel('Tekst van het adviespunt').inputValue()).toBe('Half af');
    adviser.once('dialog', (dialog) => void dialog.accept());
    await adviser.keyboard.press('Escape');
    await composer.waitFor({ state: 'detached', ...DEADLINE });
    expect(await adviser.locator('[data-testid="advice-points"] > li').count()).toBe(1);

    /** A colleague of the CPG saves a change (the same session in another window, as far as the server can tell). */
    const colleaguePatches = (path: string, change: Record<string, string>) =>
      adviser.evaluate(
        async ([url, body]) =>
          (await fetch(`/api${url}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).status,
        [path, change] as const,
      );

    // Co-drafting a point: a colleague's save while the adviser edits is shown beside the adviser's text,
    // which the adviser then saves on top of it.
    const pointId = (await adviserPoint.getAttribute('data-point-id'))!;
    // Found by its id: while it is edited, its text is in the box, not in the card.
    const editedPoint = adviser.locator(`[data-testid="advice-points"] > li[data-point-id="${pointId}"]`);
    await editedPoint.getByRole('button', { name: 'Adviespunt 1 bewerken' }).click();
    const pointBox = editedPoint.getByRole('textbox', { name: 'Tekst van het adviespunt' });
    await pointBox.fill(`Nog een ander voorstel ${token}.`);
    expect(await colleaguePatches(`/advice-points/${pointId}`, { body: `Voorstel van een collega ${token}.` })).toBe(200);
    await pointBox.fill(pointText);
    await editedPoint.getByRole('button', { name: 'Opslaan', exact: true }).click();
    const pointNotice = editedPoint.getByTestId('edited-meanwhile');
    await pointNotice.waitFor(DEADLINE);
    expect(await pointNotice.getByTestId('edited-meanwhile-theirs').textContent()).toBe(`Voorstel van een collega ${token}.`);
    expect(await pointBox.inputValue()).toBe(pointText);
    await editedPoint.getByRole('button', { name: 'Mijn tekst opslaan' }).click();
    await pointBox.waitFor({ state: 'detached', ...DEADLINE });
    expect(await editedPoint.locator('.advice-point-body').textContent()).toBe(pointText);

    // The general text, co-drafted likewise: this time the adviser first takes the colleague's text, then
    // saves their own on top of the colleague's next one.
    const generalBox = adviser.getByRole('textbox', { name: 'Algemene tekst van het advies' });
    const generalForm = adviser.getByTestId('advice-general-form');
    const notice = generalForm.getByTestId('edited-meanwhile');
    const adviceId = (await adviser.evaluate(async (path) => ((await (await fetch(`/api${path}`)).json()) as { adviceId: string }).adviceId, roundPath));
    const colleagueSaves = (text: string) => colleaguePatches(`/advice/${adviceId}`, { generalText: text });
    const colleagueText = `Tekst van een collega-adviseur ${token}.`;
    await generalBox.fill(`Een eerste aanzet ${token}.`);
    expect(await colleagueSaves(colleagueText)).toBe(200);
    await generalForm.getByRole('button', { name: 'Algemene tekst opslaan' }).click();
    await notice.waitFor(DEADLINE);
    expect(await notice.locator('.edited-meanwhile-title').textContent()).toBe('Een collega wijzigde deze tekst intussen.');
    expect(await notice.getByTestId('edited-meanwhile-theirs').textContent()).toBe(colleagueText);
    expect(await generalBox.inputValue()).toBe(`Een eerste aanzet ${token}.`);
    await notice.getByRole('button', { name: 'Tekst van de collega overnemen' }).click();
    await notice.waitFor({ state: 'detached', ...DEADLINE });
    expect(await generalBox.inputValue()).toBe(colleagueText);

    await generalBox.fill(generalText);
    expect(await colleagueSaves(`${colleagueText} Aangevuld.`)).toBe(200);
    await generalForm.getByRole('button', { name: 'Algemene tekst opslaan' }).click();
    await notice.waitFor(DEADLINE);
    expect(await notice.getByTestId('edited-meanwhile-theirs').textContent()).toBe(`${colleagueText} Aangevuld.`);
    await generalForm.getByRole('button', { name: 'Mijn tekst opslaan' }).click();
    await waitForText(adviser, '.advice-saved', 'Opgeslagen');
    expect(await notice.count()).toBe(0);
    expect(await generalBox.inputValue()).toBe(generalText);

    // Then the advice is submitted as a whole after a confirmation.
    await adviser.getByRole('button', { name: 'Advies indienen' }).click();
    await adviser.getByRole('button', { name: 'Ja, indienen' }).click();
    await waitForText(adviser, '[data-testid="advice-status"]', 'Ingediend');
    expect(await adviser.getByRole('button', { name: 'Bewerken' }).count()).toBe(0);
    expect(await adviser.getByRole('textbox', { name: 'Algemene tekst van het advies' }).count()).toBe(0);
    expect(await adviser.getByTestId('advice-general-text').textContent()).toBe(generalText);

    // The lead sees the point, its passage changed in the text since, and answers it.
    await lead.goto(roundPath);
    const leadPoint = lead.locator('[data-testid="advice-points"] > li', { hasText: pointText });
    await leadPoint.waitFor(DEADLINE);
    expect(await leadPoint.getByTestId('advice-quote').textContent()).toBe(PHRASE);
    expect(await leadPoint.getByTestId('advice-passage-now').textContent()).toBe('passage gewijzigd');
    expect(await leadPoint.getByTestId('advice-point-state').textContent()).toBe('nog niet beantwoord');
    expect(await lead.getByTestId('advice-general-text').textContent()).toBe(generalText);
    const answerForm = leadPoint.getByTestId('advice-answer-form');
    // Nothing is chosen at first, and the form asks for a choice before anything is sent.
    const choice = answerForm.getByLabel('Antwoord op adviespunt 1');
    expect(await choice.inputValue()).toBe('');
    await answerForm.getByRole('button', { name: 'Antwoord vastleggen' }).click();
    await waitForText(lead, '.advice-answer-form .field-error', 'Kies een antwoord');
    expect(await hasFocus(choice)).toBe(true);
    await choice.selectOption({ label: 'deels gevolgd' });
    await answerForm.getByRole('button', { name: 'Antwoord vastleggen' }).click();
    await waitForText(lead, '.advice-answer-form .field-error', 'Licht toe waarom');
    await answerForm.getByLabel('Toelichting (verplicht)').fill(explanation);
    await answerForm.getByLabel(`Versie "${versionName}"`).check();
    await answerForm.getByRole('button', { name: 'Antwoord vastleggen' }).click();
    const answer = leadPoint.getByTestId('advice-answer');
    await answer.waitFor(DEADLINE);
    expect(await answer.locator('.advice-answer-label').textContent()).toBe('deels gevolgd');
    expect(await answer.locator('.advice-answer-explanation').textContent()).toBe(explanation);
    expect(await answer.getByRole('link', { name: versionName }).count()).toBe(1);
    expect(await leadPoint.getByTestId('advice-point-state').textContent()).toBe('deels gevolgd');

    // The editor's "Advies" tab: the point on the live text, its passage (as edited) highlighted.
    await editor.getByRole('tab', { name: 'Advies' }).click();
    const panelPoint = editor.locator('[data-testid="advice-panel"] li[data-point-id]', { hasText: pointText });
    await panelPoint.waitFor(DEADLINE);
    await waitForText(editor, '[data-testid="advice-panel"] [data-testid="advice-point-state"]', 'deels gevolgd');
    expect(await panelPoint.getByTestId('advice-passage-now').textContent()).toBe('passage gewijzigd');
    // The answer reads as on the advice page: labelled, explained, with what carries it out.
    const panelAnswer = panelPoint.getByTestId('advice-answer');
    expect(await panelAnswer.locator('.advice-answer-head').textContent()).toMatch(/^Antwoord:\s*deels gevolgd/);
    expect(await panelAnswer.locator('.advice-answer-explanation').textContent()).toBe(explanation);
    expect(await panelAnswer.getByRole('link', { name: versionName }).count()).toBe(1);
    await editor.waitForFunction(
      (text) => [...document.querySelectorAll('.ProseMirror .advice-highlight')].map((element) => element.textContent).join('') === text,
      EDITED,
      DEADLINE,
    );

    // The report downloads as a DOCX that unzip accepts, holding the point, the quote and the answer.
    const [download] = await Promise.all([lead.waitForEvent('download', DEADLINE), lead.getByTestId('advice-report').click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const path = await download.path();
    const xml = docxEntry(await readFile(path));
    expect(xml).toContain(pointText);
    expect(xml).toContain(PHRASE);
    expect(xml).toContain(explanation);
    expect(xml).toContain('Deels gevolgd');
    expect(xml).toContain(generalText);

    expect(problems).toEqual([]);
  }, 180_000);
});
