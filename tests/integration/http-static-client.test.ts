/**
 * The built client's caching: index.html (at `/` and at every deep link) must be revalidated, so an
 * upgrade reaches tabs left open; the hashed assets may be kept for good.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../utils/server.js';

const INDEX = '<!doctype html><title>Akkoord</title><script type="module" src="/assets/app-abc123.js"></script>';

let clientDir: string;
let server: TestServer;
beforeAll(async () => {
  clientDir = mkdtempSync(join(tmpdir(), 'akkoord-client-'));
  mkdirSync(join(clientDir, 'assets'));
  writeFileSync(join(clientDir, 'index.html'), INDEX);
  writeFileSync(join(clientDir, 'assets', 'app-abc123.js'), 'console.log("akkoord");');
  server = await startTestServer({ env: { AKKOORD_CLIENT_DIR: clientDir } });
});
afterAll(async () => {
  await server.close();
  rmSync(clientDir, { recursive: true, force: true });
});

describe('the built client', () => {
  it('serves index.html at / with Cache-Control: no-cache', async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(INDEX);
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('serves index.html by name and at a deep link with Cache-Control: no-cache', async () => {
    for (const path of ['/index.html', '/documents/kiv']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(await response.text(), path).toBe(INDEX);
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
    }
  });

  it('lets the browser keep the hashed assets', async () => {
    const response = await fetch(`${server.url}/assets/app-abc123.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });
});
