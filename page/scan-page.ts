/**
 * Maps resolved matches in collected text back to ranges over the page's
 * own text nodes.
 *
 * Why StaticRange for painting: a live Range is registered with its
 * document and updated on every DOM mutation of the page, so thousands of
 * them make each of the page's own changes slower; a StaticRange costs one
 * call to make and nothing afterwards. The watcher re-scans the blocks that
 * change, so a painted span never lives long past an edit. The few places
 * that need geometry (hover, the tooltip, scrolling) get a live Range made
 * on first use.
 */
import type { ResolvedMatch } from '../glossary/senses';
import { segmentAt, type CollectedText, type TextSegment } from './collect-text';

export interface PageMatch extends ResolvedMatch {
  /** The matched text as the page shows it. */
  readonly text: string;
  /** Where the match is, as painted. */
  readonly span: StaticRange;
  /** A live Range over the match, made on first use. */
  readonly range: Range;
  /** The text nodes the match covers (one, unless the term spans inline elements). */
  readonly nodes: Text[];
  /** Where the match starts in the first of them. */
  readonly startOffset: number;
}

/**
 * A resolved match located on the page. A class, and no copy of its text: a
 * huge page has tens of thousands of these, and a slice of the collected
 * text would keep the whole chunk it came from in memory.
 */
class LocatedMatch implements PageMatch {
  declare readonly start: number;
  declare readonly end: number;
  declare readonly termId: string;
  declare readonly sense: ResolvedMatch['sense'];
  declare readonly confidence: number;
  declare painted: boolean;
  declare readonly evidence: ResolvedMatch['evidence'];
  declare readonly alternatives: ResolvedMatch['alternatives'];
  private painting: StaticRange | undefined;
  private live: Range | undefined;

  constructor(
    match: ResolvedMatch,
    readonly nodes: Text[],
    readonly startOffset: number,
    private readonly endOffset: number,
  ) {
    Object.assign(this, match);
  }

  // Made when the match is first painted: most matches of a huge page are never near the viewport.
  get span(): StaticRange {
    return (this.painting ??= new StaticRange({
      startContainer: this.nodes[0],
      startOffset: this.startOffset,
      endContainer: this.nodes[this.nodes.length - 1],
      endOffset: this.endOffset,
    }));
  }

  get range(): Range {
    return (this.live ??= liveRange(this.span));
  }

  get text(): string {
    return this.range.toString();
  }
}

/** Attaches ranges to resolved matches of one collected chunk. */
export function locateMatches(collected: CollectedText, resolved: readonly ResolvedMatch[]): PageMatch[] {
  return resolved.map((match) => {
    // One lookup per match for both ends of the span and the hover table.
    const segments = segmentsOf(collected, match.start, match.end);
    return new LocatedMatch(
      match,
      segments.map((segment) => segment.node),
      match.start - segments[0].start,
      match.end - segments[segments.length - 1].start,
    );
  });
}

/** A live Range over the same span. */
export function liveRange(span: AbstractRange): Range {
  const range = (span.startContainer.ownerDocument ?? document).createRange();
  // Spans start and end in text nodes. The page may have shortened one since the scan (the watcher
  // re-scans it shortly): clamp, never throw.
  range.setStart(span.startContainer, Math.min(span.startOffset, (span.startContainer as Text).length));
  range.setEnd(span.endContainer, Math.min(span.endOffset, (span.endContainer as Text).length));
  return range;
}

/** The segments of collected text [start, end) (several when a term spans inline elements of one block). */
function segmentsOf(collected: CollectedText, start: number, end: number): TextSegment[] {
  const from = segmentAt(collected, start);
  let to = from + 1;
  while (to < collected.segments.length && collected.segments[to].start < end) to++;
  return collected.segments.slice(from, to);
}
