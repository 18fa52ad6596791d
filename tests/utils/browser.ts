/**
 * Chromium for browser tests (Debian's /usr/bin/chromium through playwright-core, never a downloaded
 * browser) and the built client those tests load from the real server.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

/** Where CI (and `.ci/run`) installs Chromium. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Whether browser tests should run. Without Chromium they are skipped with a loud warning, except
 * under CI=true, where they run (and fail in launchChromium) so a broken install cannot pass silently.
 */
export function browserTestsEnabled(): boolean {
  if (existsSync(CHROMIUM_PATH) || process.env.CI === 'true') return true;
  console.warn(`!!! Chromium not found at ${CHROMIUM_PATH}: browser tests SKIPPED !!!`);
  return false;
}

/** Launches headless Chromium; null (with a loud warning) when it is missing outside CI, throws in CI. */
export async function launchChromium(): Promise<Browser | null> {
  if (!existsSync(CHROMIUM_PATH)) {
    if (process.env.CI === 'true') {
      throw new Error(`Chromium not found at ${CHROMIUM_PATH} (CI=true: browser tests must run)`);
    }
    console.warn(`!!! Chromium not found at ${CHROMIUM_PATH}: browser tests SKIPPED !!!`);
    return null;
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: LAUNCH_ARGS });
}

/** Newest modification time of the files under `dir` (0 when it does not exist). */
function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the client with Vite when dist/client is missing or older than its sources. */
export function ensureClientBuilt(): void {
  const index = join(REPO_ROOT, 'dist/client/index.html');
  const builtAt = existsSync(index) ? statSync(index).mtimeMs : 0;
  const sourcesAt = Math.max(
    newestMtime(join(REPO_ROOT, 'client')),
    newestMtime(join(REPO_ROOT, 'shared')),
    statSync(join(REPO_ROOT, 'vite.config.ts')).mtimeMs,
  );
  if (builtAt >= sourcesAt) return;
  execFileSync(join(REPO_ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
  });
}
