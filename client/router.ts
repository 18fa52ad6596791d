/**
 * History-based routing for the three pages. Small on purpose: a path store, `navigate`, and a
 * matcher; links are ordinary `<a href>` elements whose clicks `interceptLinkClick` takes over.
 */
import { createStore } from './store.js';

/** The pages of the app and their parameters. */
export type Route =
  | { page: 'login' }
  | { page: 'dossier' }
  | { page: 'editor'; documentId: string }
  | { page: 'notFound' };

/** The current path (pathname only). */
export const pathStore = createStore<string>(location.pathname);

addEventListener('popstate', () => pathStore.set(location.pathname));

/** Goes to `path` inside the app; `replace` keeps the history from growing (redirects). */
export function navigate(path: string, { replace = false }: { replace?: boolean } = {}): void {
  if (path === location.pathname) return;
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  pathStore.set(location.pathname);
}

/** The route a path stands for. */
export function matchRoute(path: string): Route {
  if (path === '/login') return { page: 'login' };
  if (path === '/' || path === '') return { page: 'dossier' };
  const editor = /^\/documents\/([^/]+)\/?$/.exec(path);
  if (editor?.[1] !== undefined) return { page: 'editor', documentId: decodeURIComponent(editor[1]) };
  return { page: 'notFound' };
}

/** The path of a document's editor. */
export function editorPath(documentId: string): string {
  return `/documents/${encodeURIComponent(documentId)}`;
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
  navigate(anchor.pathname);
}
