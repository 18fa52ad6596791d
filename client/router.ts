/**
 * History-based routing. Small on purpose: a location store (path and query), `navigate`, and a
 * matcher; links are ordinary `<a href>` elements whose clicks `interceptLinkClick` takes over.
 */
import { createStore } from './store.js';
import { mayLeave } from './unsavedChanges.js';

/** The pages of the app and their parameters. */
export type Route =
  | { page: 'login' }
  | { page: 'dossier' }
  | { page: 'editor'; documentId: string }
  | { page: 'amendment'; amendmentId: string }
  | { page: 'amendmentTable'; amendmentId: string }
  | { page: 'documentAmendmentTable'; documentId: string; query: URLSearchParams }
  // Versions (client/versions): one version read-only; a comparison of two sides (`?from=&to=`)
  | { page: 'version'; versionId: string }
  | { page: 'versionCompare'; documentId: string; query: URLSearchParams }
  // Contribution rounds (client/rounds): the list (`?new` opens the lead's form), one round, one package
  | { page: 'rounds'; query: URLSearchParams }
  | { page: 'round'; roundId: string }
  | { page: 'contribution'; contributionId: string }
  // Advice rounds (client/advice): the list with the lead's form (`?documentId=&versionId=` prefill it), one round
  | { page: 'adviceRounds'; query: URLSearchParams }
  | { page: 'adviceRound'; roundId: string }
  // Notifications (client/notifications) and the admin's outbox and audit log (client/admin)
  | { page: 'notifications' }
  | { page: 'admin' }
  | { page: 'notFound' };

const currentLocation = (): string => location.pathname + location.search;

/** The current location: pathname plus query string (filters live in the query). */
export const pathStore = createStore<string>(currentLocation());

addEventListener('popstate', () => {
  // The browser has already moved back or forward; a user who stays is put back where the text is.
  if (!mayLeave()) {
    history.pushState(null, '', pathStore.get());
    return;
  }
  pathStore.set(currentLocation());
});

/**
 * Goes to `path` (may carry a query) inside the app; `replace` keeps the history from growing. With
 * a form's text unsaved it asks first (client/unsavedChanges.ts) and stays when the user says no.
 */
export function navigate(path: string, { replace = false }: { replace?: boolean } = {}): void {
  if (path === currentLocation()) return;
  if (!mayLeave()) return;
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  pathStore.set(currentLocation());
}

const ROUTES: readonly [RegExp, (id: string, query: URLSearchParams) => Route][] = [
  [/^\/documents\/([^/]+)\/?$/, (documentId) => ({ page: 'editor', documentId })],
  [/^\/documents\/([^/]+)\/amendments\/table\/?$/, (documentId, query) => ({ page: 'documentAmendmentTable', documentId, query })],
  [/^\/amendments\/([^/]+)\/?$/, (amendmentId) => ({ page: 'amendment', amendmentId })],
  [/^\/amendments\/([^/]+)\/table\/?$/, (amendmentId) => ({ page: 'amendmentTable', amendmentId })],
  // Versions (client/versions)
  [/^\/versions\/([^/]+)\/?$/, (versionId) => ({ page: 'version', versionId })],
  [/^\/documents\/([^/]+)\/compare\/?$/, (documentId, query) => ({ page: 'versionCompare', documentId, query })],
  // Contribution rounds (client/rounds)
  [/^\/rounds\/([^/]+)\/?$/, (roundId) => ({ page: 'round', roundId })],
  [/^\/contributions\/([^/]+)\/?$/, (contributionId) => ({ page: 'contribution', contributionId })],
  // Advice rounds (client/advice)
  [/^\/advice-rounds\/([^/]+)\/?$/, (roundId) => ({ page: 'adviceRound', roundId })],
];

/** The route a location (path, optionally with a query) stands for. */
export function matchRoute(path: string): Route {
  const queryStart = path.indexOf('?');
  const pathname = queryStart < 0 ? path : path.slice(0, queryStart);
  const search = queryStart < 0 ? '' : path.slice(queryStart + 1);
  if (pathname === '/login') return { page: 'login' };
  if (pathname === '/' || pathname === '') return { page: 'dossier' };
  if (pathname === '/rounds' || pathname === '/rounds/') return { page: 'rounds', query: new URLSearchParams(search) };
  if (pathname === '/advice-rounds' || pathname === '/advice-rounds/') return { page: 'adviceRounds', query: new URLSearchParams(search) };
  if (pathname === '/notifications' || pathname === '/notifications/') return { page: 'notifications' };
  if (pathname === '/admin' || pathname === '/admin/') return { page: 'admin' };
  for (const [pattern, route] of ROUTES) {
    const match = pattern.exec(pathname);
    if (match?.[1] !== undefined) return route(decodeURIComponent(match[1]), new URLSearchParams(search));
  }
  return { page: 'notFound' };
}

/** The path of a document's editor. */
export function editorPath(documentId: string): string {
  return `/documents/${encodeURIComponent(documentId)}`;
}

/** The path of a contribution round's page. */
export function roundPath(roundId: string): string {
  return `/rounds/${encodeURIComponent(roundId)}`;
}

/** The path of an entity's package (insteek) in a round. */
export function contributionPath(contributionId: string): string {
  return `/contributions/${encodeURIComponent(contributionId)}`;
}

/** The path of an advice round's page. */
export function adviceRoundPath(roundId: string): string {
  return `/advice-rounds/${encodeURIComponent(roundId)}`;
}

/** The list of advice rounds; with a document (and a version), the lead's form opens prefilled. */
export function adviceRoundsPath(prefill: { documentId?: string; versionId?: string } = {}): string {
  const query = new URLSearchParams();
  if (prefill.documentId !== undefined) query.set('documentId', prefill.documentId);
  if (prefill.versionId !== undefined) query.set('versionId', prefill.versionId);
  const search = query.toString();
  return `/advice-rounds${search === '' ? '' : `?${search}`}`;
}

/** The path of an amendment's page. */
export function amendmentPath(amendmentId: string): string {
  return `/amendments/${encodeURIComponent(amendmentId)}`;
}

/** The two-column view of one amendment. */
export function amendmentTablePath(amendmentId: string): string {
  return `${amendmentPath(amendmentId)}/table`;
}

/** The two-column view of a document's amendments, with the list's filters as the query. */
export function documentAmendmentTablePath(documentId: string, filters: Readonly<Record<string, string | undefined>>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value !== undefined && value !== '') query.set(key, value);
  const search = query.toString();
  return `${editorPath(documentId)}/amendments/table${search === '' ? '' : `?${search}`}`;
}

/**
 * Click handler for in-app links: plain left clicks navigate without a page load; modified clicks
 * (new tab, new window) are left to the browser.
 */
export function interceptLinkClick(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const anchor = event.currentTarget;
  if (!(anchor instanceof HTMLAnchorElement) || anchor.origin !== location.origin) return;
  event.preventDefault();
  navigate(anchor.pathname + anchor.search);
}
