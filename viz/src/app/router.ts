/**
 * The hash router: the app's pages are `#/scenario`, `#/run`, `#/results/<runId>`,
 * `#/compare`, `#/sizing`, `#/portfolio/<jobId>`, `#/twin` and `#/gallery`. Hash routes need no server rewrite
 * rules, so the built app works from any static mount.
 */

/** The pages of the app. */
export const pages = ['scenario', 'run', 'results', 'compare', 'sizing', 'portfolio', 'validation', 'twin', 'gallery'] as const;

/** One page name. */
export type Page = (typeof pages)[number];

/** A parsed route: the page and its path parameters (e.g. a run id). */
export interface Route {
  page: Page;
  params: string[];
}

/** The page shown for an empty or unknown hash. */
export const defaultPage: Page = 'scenario';

/** Parse `location.hash` (`#/results/abc`) into a route; unknown pages fall back to the default. */
export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter((p) => p !== '').map(decodeURIComponent);
  const head = parts[0] as Page | undefined;
  if (head === undefined || !pages.includes(head)) return { page: defaultPage, params: [] };
  return { page: head, params: parts.slice(1) };
}

/** The hash for a route, the inverse of {@link parseHash}. */
export function toHash(route: Route): string {
  return `#/${[route.page, ...route.params].map(encodeURIComponent).join('/')}`;
}

/** Call `show` with the current route now and on every hash change; returns an unsubscribe. */
export function startRouter(win: Window, show: (route: Route) => void): () => void {
  const handler = (): void => show(parseHash(win.location.hash));
  win.addEventListener('hashchange', handler);
  handler();
  return () => win.removeEventListener('hashchange', handler);
}
