/**
 * The terms of a page scan as the popup's "On this page" lists them, and the
 * occurrence to show when the reader picks one. Pure over the matches.
 */
import type { PageMatch } from './scan-page';
import type { PageTerm } from '../utils/messages';

/** What this module reads of a match. */
export type ListedMatch = Pick<PageMatch, 'termId' | 'sense' | 'painted' | 'container'>;

/** Terms in order of first occurrence, one entry per term and sense. */
export function listPageTerms(matches: readonly ListedMatch[]): PageTerm[] {
  const byKey = new Map<string, PageTerm>();
  for (const match of matches) {
    const key = `${match.termId}\u0000${match.sense.id}`;
    let entry = byKey.get(key);
    if (!entry) {
      entry = {
        termId: match.termId,
        senseId: match.sense.id,
        domain: match.sense.domain,
        expansion: match.sense.expansion,
        count: 0,
        painted: 0,
      };
      byKey.set(key, entry);
    }
    entry.count++;
    if (match.painted) entry.painted++;
  }
  return [...byKey.values()];
}

/** The occurrence to show: the first painted one still in the document, else the first one there. */
export function pickOccurrence<M extends ListedMatch>(
  matches: readonly M[],
  termId: string,
  senseId?: string,
): M | undefined {
  const candidates = matches.filter(
    (m) => m.termId === termId && (senseId === undefined || m.sense.id === senseId) && m.container.isConnected,
  );
  return candidates.find((m) => m.painted) ?? candidates[0];
}
