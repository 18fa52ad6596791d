/** Demo users signed in for a test, each with its cookie, an API client and its id. */
import { apiClient, type ApiClient } from './api.js';
import { signIn } from './http.js';
import type { TestServer } from './server.js';

/** One signed-in user. */
export interface SignedInAccount {
  cookie: string;
  api: ApiClient;
  id: string;
}

/** Signs in every user of `emails` (keyed by the name the test calls them), one after the other. */
export async function signInAll<Name extends string>(
  server: TestServer & { origin: string },
  emails: Record<Name, string>,
): Promise<Record<Name, SignedInAccount>> {
  const accounts: Partial<Record<Name, SignedInAccount>> = {};
  for (const [name, email] of Object.entries(emails) as [Name, string][]) {
    const cookie = await signIn(server, email);
    const user = server.services.users.findByEmail(email);
    if (!user) throw new Error(`no demo user ${email}`);
    accounts[name] = { cookie, api: apiClient(server, cookie), id: user.id };
  }
  return accounts as Record<Name, SignedInAccount>;
}
