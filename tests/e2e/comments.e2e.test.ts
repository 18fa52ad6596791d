/**
 * Comments in real browsers against the real server: a reader selects a passage of the KIV and
 * comments on it from the button beside the selection; the lead sees the thread and its
 * highlighted passage, replies and resolves it (the reader sees the reply); the lead then deletes
 * the passage and the thread says "passage verwijderd", as the server does. Every wait is on a
 * condition with a deadline.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CommentThreadList } from '../../shared/api/comments.js';
import { browserTestsEnabled } from '../utils/browser.js';
import { useBrowserSession } from '../utils/browserSession.js';

const LEAD = 'lead@justitie.example';
const READER = 'reader@binnenland.example';
const DEADLINE = { timeout: 15_000 };
/** The list is polled every 10 s: another browser's change shows within one poll. */
const NEXT_POLL = { timeout: 25_000 };
const PARAGRAPH = '.ProseMirror [data-section-id="kiv-3"] p';

describe.skipIf(!browserTestsEnabled())('comments on the KIV in the browser', () => {
  const session = useBrowserSession();
  const { problems } = session;
  const signedIn = (email: string) => session.signedIn(email);

  async function openKiv(page: Page, status: string): Promise<void> {
    await page.goto('/documents/kiv');
    await page.locator(PARAGRAPH).first().waitFor(DEADLINE);
    await page.waitForFunction((expected) => document.querySelector('[data-testid="save-status"]')?.textContent === expected, status, DEADLINE);
  }

  /**
   * Selects `phrase` (or, when null, the first words of the element) inside the first element
   * matching `selector`, across the text nodes highlights split it into; returns the selected text.
   */
  async function selectText(page: Page, selector: string, phrase: string | null): Promise<string> {
    return page.evaluate(
      ([css, wanted]) => {
        const element = document.querySelector(css);
        if (element === null) throw new Error(`no ${css}`);
        const whole = element.textContent ?? '';
        const text = wanted ?? whole.slice(0, whole.indexOf(' ', 40));
        const start = whole.indexOf(text);
        if (start < 0) throw new Error(`"${text}" not in ${css}`);
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        let offset = 0;
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          const length = node.textContent?.length ?? 0;
          if (start >= offset && start <= offset + length) range.setStart(node, start - offset);
          if (start + text.length >= offset && start + text.length <= offset + length) {
            range.setEnd(node, start + text.length - offset);
            break;
          }
          offset += length;
        }
        const selection = document.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        return text;
      },
      [selector, phrase] as const,
    );
  }

  it('lets a reader comment on a passage, the lead reply and resolve, and says when the passage is deleted', async () => {
    const body = `Welke termijn geldt hier? ${Date.now().toString(36)}`;

    // The reader selects the first words of a paragraph and comments with the button beside them.
    const reader = await signedIn(READER);
    await openKiv(reader, 'Alleen lezen');
    const phrase = await selectText(reader, PARAGRAPH, null);
    expect(phrase.length).toBeGreaterThan(30);
    await reader.locator('.comment-add-button').click();
    const composer = reader.getByTestId('comment-composer');
    await composer.waitFor(DEADLINE);
    expect(await reader.getByRole('tab', { name: 'Opmerkingen' }).getAttribute('aria-selected')).toBe('true');
    expect(await composer.locator('blockquote').textContent()).toBe(phrase);
    await composer.getByLabel('Opmerking').fill(body);
    await composer.getByRole('button', { name: 'Plaatsen' }).click();
    const readerThread = reader.getByTestId('comment-thread').filter({ hasText: body });
    await readerThread.waitFor(DEADLINE);
    expect(await composer.count()).toBe(0);
    expect(await readerThread.locator('.comment-quote').textContent()).toBe(phrase);
    expect(await readerThread.locator('.comment-author').first().textContent()).toBe('Jan De Smet');
    expect(await readerThread.getAttribute('class')).toContain('entity-fod-binnenlandse-zaken');
    // Its passage is highlighted in the reader's text.
    await reader.waitForFunction(
      (text) => [...document.querySelectorAll('.ProseMirror .comment-highlight')].map((element) => element.textContent).join('') === text,
      phrase,
      DEADLINE,
    );

    // The lead sees the thread and the highlighted passage; a click on the highlight focuses the thread.
    const lead = await signedIn(LEAD);
    await openKiv(lead, 'Opgeslagen');
    const highlight = lead.locator('.ProseMirror .comment-highlight').first();
    await highlight.waitFor(DEADLINE);
    await highlight.click();
    const leadThread = lead.getByTestId('comment-thread').filter({ hasText: body });
    await leadThread.waitFor(DEADLINE);
    expect(await leadThread.getAttribute('class')).toContain('is-focused');
    expect(await lead.locator('.ProseMirror .comment-highlight.comment-focused').count()).toBeGreaterThan(0);
    expect(await leadThread.locator('.comment-quote').textContent()).toBe(phrase);

    // The lead replies; the reader sees the reply at the next refresh.
    await leadThread.getByLabel('Uw antwoord').fill('De termijn staat in hoofdstuk 5.');
    await leadThread.getByRole('button', { name: 'Antwoorden' }).click();
    await leadThread.locator('.comment-item', { hasText: 'De termijn staat in hoofdstuk 5.' }).waitFor(DEADLINE);
    expect(await leadThread.locator('.comment-author').allTextContents()).toEqual(['Jan De Smet', 'Sofie Claes']);
    await readerThread.locator('.comment-item', { hasText: 'De termijn staat in hoofdstuk 5.' }).waitFor(NEXT_POLL);
    // The reader wrote it and may resolve it too; another reader's remark could not be.
    expect(await readerThread.getByRole('button', { name: 'Oplossen' }).count()).toBe(1);

    // The lead resolves it: it leaves the open threads and its highlight goes.
    await leadThread.getByRole('button', { name: 'Oplossen' }).click();
    await lead.getByRole('button', { name: 'Opgelost (1)' }).waitFor(DEADLINE);
    await leadThread.waitFor({ state: 'detached', ...DEADLINE });
    await lead.waitForFunction(() => document.querySelectorAll('.ProseMirror .comment-highlight').length === 0, null, DEADLINE);
    await lead.getByRole('button', { name: 'Opgelost (1)' }).click();
    await leadThread.getByTestId('thread-resolved').waitFor(DEADLINE);
    expect(await leadThread.getByTestId('thread-resolved').textContent()).toMatch(/^Opgelost door Sofie Claes op \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    expect(await leadThread.getByRole('button', { name: 'Heropenen' }).count()).toBe(1);
    expect(await leadThread.getByLabel('Uw antwoord').count()).toBe(0);
    expect(await leadThread.getByTestId('passage-deleted').count()).toBe(0);

    // The lead deletes the passage: the thread says so, in both browsers and on the session.server. The
    // lead's browser notices it from its own text: its list is not refreshed meanwhile.
    const threadList = '**/api/comment-threads?room=*';
    await lead.route(threadList, (route) => route.abort());
    await lead.locator(PARAGRAPH).first().click();
    await selectText(lead, PARAGRAPH, phrase);
    await lead.keyboard.press('Backspace');
    await lead.waitForFunction(
      ([css, text]) => document.querySelector(css)?.textContent?.includes(text) === false,
      [PARAGRAPH, phrase] as const,
      DEADLINE,
    );
    await leadThread.getByTestId('passage-deleted').waitFor(DEADLINE);
    expect(await leadThread.getByTestId('passage-deleted').textContent()).toBe('passage verwijderd');
    await lead.unroute(threadList);
    await lead.waitForFunction(() => document.querySelector('[data-testid="save-status"]')?.textContent === 'Opgeslagen', null, DEADLINE);
    const listed = await lead.request.get('/api/comment-threads?room=doc:kiv');
    const threads = ((await listed.json()) as CommentThreadList).threads;
    expect(threads.map((thread) => [thread.quote, thread.passageDeleted, thread.resolved])).toEqual([[phrase, true, true]]);
    await reader.getByRole('button', { name: /^Opgelost/ }).click();
    await readerThread.getByTestId('passage-deleted').waitFor(NEXT_POLL);

    expect(problems).toEqual([]);
  }, 150_000);
});
