/**
 * Maps resolved matches in collected text back to DOM Ranges over the
 * page's own text nodes.
 */
import type { ResolvedMatch } from '../glossary/senses';
import { segmentAt, type CollectedText } from './collect-text';

export interface PageMatch extends ResolvedMatch {
  /** The matched text as it appears on the page. */
  text: string;
  range: Range;
  /** The text nodes the match covers (one, unless the term spans inline elements). */
  nodes: Text[];
}

/** Attaches ranges to resolved matches of one collected chunk. */
export function locateMatches(collected: CollectedText, resolved: readonly ResolvedMatch[]): PageMatch[] {
  const doc = collected.segments[0]?.node.ownerDocument;
  if (!doc) return [];
  return resolved.map((match) => ({
    ...match,
    text: collected.text.slice(match.start, match.end),
    range: rangeFor(doc, collected, match.start, match.end),
    nodes: nodesOf(collected, match.start, match.end),
  }));
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
