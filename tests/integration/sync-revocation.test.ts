/** Revocation is immediate: disabling an account or changing a role closes or downgrades open sockets. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode } from '../../shared/protocol/closeCodes.js';
import { signIn } from '../utils/http.js';
import { startTestServer, type TestServer } from '../utils/server.js';
import { connectClient } from '../utils/syncClient.js';
import { waitFor } from '../utils/waitFor.js';

let server: TestServer & { origin: string };
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('revocation', () => {
  it('closes the sockets of a disabled account within seconds', async () => {
    const cookie = await signIn(server, 'lead@politie.example');
    const client = connectClient(server, 'doc:nvp', cookie);
    try {
      await waitFor(() => client.provider.synced, 'sync');
      const user = server.services.users.findByEmail('lead@politie.example')!;
      server.services.users.disable(user.id);
      await waitFor(() => client.closes.some((c) => c.code === CloseCode.SessionEnded), 'closed after disable', 10_000);
      expect((await fetch(`${server.url}/api/me`, { headers: { cookie } })).status).toBe(401);
    } finally {
      client.destroy();
    }
  });

  it('downgrades a writer whose role changes to reader', async () => {
    const cookie = await signIn(server, 'lead@justitie.example');
    const client = connectClient(server, 'doc:kiv', cookie);
    try {
      await waitFor(() => client.provider.synced && !client.readOnly(), 'writable sync');
      const user = server.services.users.findByEmail('lead@justitie.example')!;
      server.services.users.setRole(user.id, 'reader');
      await waitFor(() => client.closes.some((c) => c.code === CloseCode.AccessChanged), 'closed on role change', 10_000);
      // y-websocket reconnects by itself; the server now admits it read-only.
      await waitFor(() => client.readOnly(), 'read-only after reconnect', 10_000);
    } finally {
      client.destroy();
    }
  });
});
