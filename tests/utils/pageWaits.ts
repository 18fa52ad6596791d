/** Waits of browser tests, each on a condition in the page with a deadline (never on the clock). */
import type { Page } from 'playwright-core';

/** How long a browser test waits for something to show. */
export const PAGE_DEADLINE = { timeout: 15_000 };

/** Waits until an element matching `selector` holds `text`. */
export async function waitForText(page: Page, selector: string, text: string): Promise<void> {
  await page.waitForFunction(
    ([css, expected]) => [...document.querySelectorAll(css)].some((element) => element.textContent?.includes(expected)),
    [selector, text] as const,
    PAGE_DEADLINE,
  );
}
