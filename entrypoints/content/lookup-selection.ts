/**
 * "Look up “…” in TermLens": explains the selected text, marked or not. A
 * selection on a painted term gets that term's tooltip; any other glossary
 * form is resolved in its context; anything else gets the nearest entries.
 */
import type { Lexicon } from '../../glossary/lexicon';
import { resolveMatches } from '../../glossary/senses';
import type { PageMatch } from '../../page/scan-page';

export type LookupResult =
  | {
      kind: 'match';
      match: Pick<PageMatch, 'termId' | 'sense' | 'confidence' | 'evidence' | 'alternatives' | 'text'>;
      anchor: Range;
    }
  | { kind: 'miss'; query: string; anchor: Range };

/** Longest text we look up; a selected paragraph is not a term. */
const MAX_QUERY = 120;

/** `cuesFor` fetches the cue words of the ambiguous terms in a text, which the page may not have met yet. */
export async function lookUpSelection(
  selection: Selection | null,
  lexicon: Lexicon,
  matches: readonly PageMatch[],
  domainScore: number,
  cuesFor: (text: string) => Promise<void>,
): Promise<LookupResult | null> {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const anchor = selection.getRangeAt(0).cloneRange();
  const query = selection.toString().trim().slice(0, MAX_QUERY);
  if (!query) return null;

  // A live Range only for the few matches in the selection's text nodes: one for every match of a
  // huge page would slow each of its DOM changes while they lived.
  const onPage = matches.find(
    (m) =>
      anchor.intersectsNode(m.container) &&
      m.nodes.some((node) => anchor.intersectsNode(node)) &&
      rangesOverlap(m.liveRange(), anchor),
  );
  if (onPage) return { kind: 'match', match: onPage, anchor };

  const hits = lexicon.findTerms(query);
  if (hits.length > 0) {
    // Resolve in the selection's own paragraph, so the cues around it count.
    const context =
      anchor.startContainer.parentElement?.closest('p, li, td, div, section, article')?.textContent ?? query;
    const offset = context.indexOf(query);
    await cuesFor(offset >= 0 ? context : query);
    const [resolved] =
      offset >= 0
        ? resolveMatches(
            lexicon,
            context,
            lexicon.findTerms(context).filter((h) => h.start >= offset && h.end <= offset + query.length),
            {
              domainScore,
            },
          )
        : resolveMatches(lexicon, query, hits, { domainScore });
    if (resolved) {
      // The reader asked: show the best meaning even when it would not be painted.
      const text = (offset >= 0 ? context : query).slice(resolved.start, resolved.end);
      return { kind: 'match', match: { ...resolved, text }, anchor };
    }
  }
  return { kind: 'miss', query, anchor };
}

function rangesOverlap(a: Range, b: Range): boolean {
  return a.compareBoundaryPoints(Range.END_TO_START, b) < 0 && a.compareBoundaryPoints(Range.START_TO_END, b) > 0;
}
