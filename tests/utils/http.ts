/** HTTP helpers for tests: sign in as a demo account and get the session cookie. */
import { DEMO_PASSWORD } from '../../server/seed/demoAccounts.js';

/** Signs in and returns the `name=value` session cookie. */
export async function signIn(server: { url: string; origin: string }, email: string, password = DEMO_PASSWORD): Promise<string> {
  const response = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.origin },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${email} failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.get('set-cookie');
  if (!cookie) throw new Error('no session cookie');
  return cookie.split(';')[0]!;
}
