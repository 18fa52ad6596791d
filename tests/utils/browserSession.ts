/**
 * One test server and one Chromium for a suite of browser tests, and signed-in pages that record
 * every Content Security Policy violation and page error (a suite asserts there are none).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { DEMO_PASSWORD } from '../../server/seed/demoAccounts.js';
import { ensureClientBuilt, launchChromium } from './browser.js';
import type { Clock } from '../../server/clock.js';
import { PAGE_DEADLINE } from './pageWaits.js';
import { startTestServer } from './server.js';

type TestServer = Awaited<ReturnType<typeof startTestServer>>;

/** What a suite gets; `server` is set once the suite has started. */
export interface BrowserSession {
  readonly server: TestServer;
  /** CSP violations and page errors seen on any page so far. */
  readonly problems: string[];
  newContext(): Promise<BrowserContext>;
  newPage(context: BrowserContext): Promise<Page>;
  /** A fresh context signed in as `email`, on the dossier page. */
  signedIn(email: string): Promise<Page>;
}


/** Registers the suite's start and end (call at the top of a `describe`). */
export function useBrowserSession(viewport = { width: 1440, height: 900 }, { clock }: { clock?: Clock } = {}): BrowserSession {
  let server: TestServer | null = null;
  let browser: Browser | null = null;
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer(clock ? { clock } : {});
    browser = await launchChromium();
    if (browser === null) throw new Error('Chromium disappeared after the check');
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  const session: BrowserSession = {
    get server() {
      if (!server) throw new Error('the browser session has not started');
      return server;
    },
    problems,
    async newContext() {
      if (!browser) throw new Error('the browser session has not started');
      const context = await browser.newContext({ baseURL: session.server.url, viewport });
      contexts.push(context);
      return context;
    },
    async newPage(context) {
      const page = await context.newPage();
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      return page;
    },
    async signedIn(email) {
      const page = await session.newPage(await session.newContext());
      await page.goto('/login');
      await page.getByLabel('E-mailadres').fill(email);
      await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Aanmelden' }).click();
      await page.locator('.document-card[data-document-id="kiv"]').waitFor(PAGE_DEADLINE);
      return page;
    },
  };
  return session;
}
