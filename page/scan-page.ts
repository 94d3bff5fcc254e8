/**
 * Turns collected page text into located matches: match, resolve senses,
 * and map each match back to a DOM Range over the page's own text nodes.
 */
import type { Lexicon } from '../glossary/lexicon';
import { resolveMatches, scorePage, type ResolvedMatch } from '../glossary/senses';
import { segmentAt, type CollectedText } from './collect-text';

export interface PageMatch extends ResolvedMatch {
  /** The matched text as it appears on the page. */
  text: string;
  range: Range;
}

export interface ScanOptions {
  minConfidence: number;
  /** Paint only the first painted occurrence of each term. */
  firstOnly: boolean;
  /** Category ids not to paint. */
  hiddenCategories: readonly string[];
  title: string;
}

export interface PageScan {
  matches: PageMatch[];
  domainScore: number;
}

/** Matches and resolves collected text; does not paint. */
export function scanCollected(lexicon: Lexicon, collected: CollectedText, options: ScanOptions): PageScan {
  const { text } = collected;
  const hits = lexicon.findTerms(text);
  const domainScore = scorePage(lexicon, text, hits, options.title);
  const resolved = resolveMatches(
    lexicon,
    text,
    hits,
    { title: options.title, domainScore },
    {
      minConfidence: options.minConfidence,
    },
  );
  const hidden = new Set(options.hiddenCategories);
  const seenTerms = new Set<string>();
  const matches: PageMatch[] = [];
  const doc = collected.segments[0]?.node.ownerDocument;
  if (!doc) return { matches, domainScore };
  for (const match of resolved) {
    let painted = match.painted && !hidden.has(lexicon.terms.get(match.termId)?.category ?? '');
    if (painted && options.firstOnly) {
      if (seenTerms.has(match.termId)) painted = false;
      seenTerms.add(match.termId);
    }
    matches.push({
      ...match,
      painted,
      text: text.slice(match.start, match.end),
      range: rangeFor(doc, collected, match.start, match.end),
    });
  }
  return { matches, domainScore };
}

/** A Range from collected-text offsets; it may span several text nodes of one block. */
export function rangeFor(doc: Document, collected: CollectedText, start: number, end: number): Range {
  const range = doc.createRange();
  const first = collected.segments[segmentAt(collected, start)];
  const last = collected.segments[segmentAt(collected, end - 1)];
  range.setStart(first.node, start - first.start);
  range.setEnd(last.node, end - last.start);
  return range;
}

/** The text nodes a match touches, for the hover lookup table. */
export function nodesOf(collected: CollectedText, start: number, end: number): Text[] {
  const nodes: Text[] = [];
  for (let i = segmentAt(collected, start); i < collected.segments.length; i++) {
    const segment = collected.segments[i];
    if (segment.start >= end) break;
    nodes.push(segment.node);
  }
  return nodes;
}
