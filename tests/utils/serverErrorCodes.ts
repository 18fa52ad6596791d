/**
 * The error codes an API can send, read from the server's source: every module reachable from a route
 * file inside server/domain, server/export and server/http, however deep, with the codes of its
 * `ruleBroken` / `conflict` / `new AppError` calls and of the helpers of server/errors.ts. A unit test
 * then checks a client's table of sentences has one for each.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Codes of the error helpers in server/errors.ts, by the helper's name. */
const HELPER_CODES: Record<string, string> = {
  validationFailed: 'validation_failed',
  unauthenticated: 'unauthenticated',
  forbidden: 'forbidden',
  notFound: 'not_found',
};

/** Codes every request may meet outside the routes: the app's body limit, and no server at all. */
export const EVERY_REQUEST_CODES = ['payload_too_large', 'network_error'] as const;

/** The codes thrown by the modules reachable from `entry` (a path from the repository root), each with a file that throws it. */
export function serverErrorCodes(entry: string): Map<string, string> {
  const codes = new Map<string, string>();
  const seen = new Set<string>();
  const queue = [resolve(ROOT, entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    const where = relative(ROOT, file);
    for (const [, path] of source.matchAll(/from '(\.[^']+)\.js'/g)) {
      const target = resolve(dirname(file), `${path!}.ts`);
      if (/^server\/(domain|export|http)\//.test(relative(ROOT, target))) queue.push(target);
    }
    for (const [, ruled, constructed] of source.matchAll(/(?:ruleBroken|conflict)\(\s*'([a-z_]+)'|new AppError\(\s*\d+,\s*'([a-z_]+)'/g)) {
      codes.set((ruled ?? constructed)!, where);
    }
    for (const [, helper] of source.matchAll(/\b(validationFailed|unauthenticated|forbidden|notFound)\(/g)) codes.set(HELPER_CODES[helper!]!, where);
  }
  return codes;
}
