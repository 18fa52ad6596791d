/** Who is signed in, and the transitions between signed in and signed out. */
import type { Me } from '../shared/api/schemas.js';
import { ApiError, fetchMe, logout } from './api.js';
import { navigate } from './router.js';
import { createStore } from './store.js';
import { destroyAllConnections } from './sync/openConnections.js';

/** The session as the page knows it. */
export type AuthState = { status: 'loading' } | { status: 'signedOut' } | { status: 'signedIn'; user: Me };

/** The current session. */
export const authStore = createStore<AuthState>({ status: 'loading' });

/** The login page's path, remembering where to go afterwards. */
export function loginPath(next: string = location.pathname + location.search): string {
  return next === '/' || next === '/login' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
}

/** Where to go after signing in: the remembered page if it is one of ours, else the dossier. */
export function pathAfterLogin(search: string = location.search): string {
  const next = new URLSearchParams(search).get('next');
  // Only same-site paths: "//evil.example" or "/\evil" would leave the site.
  return next !== null && /^\/(?![/\\])/.test(next) ? next : '/';
}

/** Asks the server whether the browser has a session. */
export async function loadSession(): Promise<void> {
  const user = await fetchMe();
  authStore.set(user === null ? { status: 'signedOut' } : { status: 'signedIn', user });
}

/** Records a successful login. */
export function signedIn(user: Me): void {
  authStore.set({ status: 'signedIn', user });
}

/** The server no longer accepts the session (401, or a 4401/4440 close): back to the login page. */
export function sessionEnded(): void {
  destroyAllConnections();
  authStore.set({ status: 'signedOut' });
  navigate(loginPath(), { replace: true });
}

/** Signs out: sockets first, so none reconnects on a dead session, then the server, then the page. */
export async function signOut(): Promise<void> {
  destroyAllConnections();
  try {
    await logout();
  } catch (error) {
    // A session the server already forgot is signed out all the same.
    if (!(error instanceof ApiError)) throw error;
  }
  authStore.set({ status: 'signedOut' });
  navigate('/login');
}

/** Turns a 401 from any API call into a return to the login page; other errors are rethrown. */
export function handleUnauthenticated(error: unknown): void {
  if (error instanceof ApiError && error.status === 401) {
    sessionEnded();
    return;
  }
  throw error;
}
