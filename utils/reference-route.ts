/**
 * Deep links into the reference page: `glossary.html#term/cmo`,
 * `glossary.html#compare/outsourcing-models`. The tooltip's "Open full
 * comparison" and the popup build these; the page reads them.
 */
export type ReferenceRoute =
  { kind: 'home' } | { kind: 'term'; id: string } | { kind: 'compare'; id: string } | { kind: 'category'; id: string };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The route of a location hash ("#term/cmo"); anything unknown is home. */
export function parseRoute(hash: string): ReferenceRoute {
  const [kind, rawId = '', ...rest] = hash.replace(/^#\/?/, '').split('/');
  let id: string;
  try {
    id = decodeURIComponent(rawId).trim().toLowerCase();
  } catch {
    return { kind: 'home' }; // a malformed %-escape
  }
  if (rest.length > 0 || !ID.test(id)) return { kind: 'home' };
  if (kind === 'term' || kind === 'compare' || kind === 'category') return { kind, id };
  return { kind: 'home' };
}

/** The hash for a route, with the leading "#". */
export function formatRoute(route: ReferenceRoute): string {
  return route.kind === 'home' ? '#' : `#${route.kind}/${encodeURIComponent(route.id)}`;
}

/** Path of the reference page inside the extension, for `browser.runtime.getURL`. */
export function referencePath(route: ReferenceRoute): `/glossary.html${string}` {
  return `/glossary.html${route.kind === 'home' ? '' : formatRoute(route)}`;
}
