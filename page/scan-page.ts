/**
 * Maps resolved matches in collected text back to ranges over the page's
 * own text nodes.
 *
 * Why StaticRange for painting: a live Range is registered with its
 * document and updated on every DOM mutation of the page, so thousands of
 * them make each of the page's own changes slower; a StaticRange costs one
 * call to make and nothing afterwards. The watcher re-scans the blocks that
 * change, so a painted span never lives long past an edit. What needs
 * geometry reads it through one Range moved from span to span (the hover's
 * hit test, the term navigator), or makes a live Range and lets it go (the
 * tooltip's anchor, scrolling to a term): a hover that kept one for every
 * term the pointer crossed would slow the page's DOM changes more the
 * longer it is read.
 */
import type { ResolvedMatch } from '../glossary/senses';
import type { ExplanationPool, Verdict } from '../glossary/shared-explanations';
import { segmentAt, segmentsEnd, type CollectedText } from './collect-text';
import type { PaintableMatch } from './highlight-painter';

export interface PageMatch extends Verdict, PaintableMatch {
  /** Whether the extension paints this match (the resolver's choice, less hidden categories and repeats). */
  painted: boolean;
  /** The matched text as the page shows it. */
  readonly text: string;
  /**
   * A new live Range over the match, for geometry (hover, the tooltip,
   * scrolling to it). Keep it only while it is needed: every live Range
   * is updated on every change to the page's DOM for as long as it lives.
   */
  liveRange(): Range;
  /** Where the match is on screen now: its line boxes, measured without leaving a Range behind. */
  clientRects(): DOMRectList;
  /** The text node the match starts in. */
  readonly node: Text;
  /** The text nodes the match covers (one, unless the term spans inline elements); a new list each time. */
  readonly nodes: readonly Text[];
  /** Where the match starts in its first text node. */
  readonly startOffset: number;
}

/*
 * Where a match is, and whether it is painted, in one small integer (a
 * V8 "Smi", kept in the object's field with no box): bit 0 painted, bits
 * 1-10 the length, bits 11-29 the start offset. Three fields cost 8 bytes
 * more in each of the tens of thousands of matches of a huge page. Offsets
 * that do not fit (a text node longer than half a million characters, a
 * match across nodes) are kept in fields of their own by a subclass.
 */
const PAINTED_BIT = 1;
const LENGTH_SHIFT = 1;
const LENGTH_MASK = 0x3ff;
const START_SHIFT = 11;
const START_LIMIT = 1 << 19;

/**
 * A resolved match located on the page. A class, with no copy of its text,
 * no list of its nodes (a match that spans inline elements is a
 * SpanningMatch), and the verdict shared with every match that has the same
 * one: a huge page has tens of thousands of these, each field is 4 bytes of
 * every one, and a slice of the collected text would keep the whole chunk
 * it came from in memory.
 */
class LocatedMatch implements PageMatch {
  watchedIn: Element | undefined = undefined;
  nextInBlock: PaintableMatch | undefined = undefined;
  private bits: number;

  /** The offsets must fit the bits (see `fitsInBits`); MatchWithOffsets keeps those that do not. */
  constructor(
    private readonly verdict: Verdict,
    painted: boolean,
    readonly node: Text,
    startOffset: number,
    endOffset: number,
  ) {
    this.bits =
      (startOffset << START_SHIFT) | ((endOffset - startOffset) << LENGTH_SHIFT) | (painted ? PAINTED_BIT : 0);
  }

  static fitsInBits(startOffset: number, endOffset: number): boolean {
    return startOffset < START_LIMIT && endOffset >= startOffset && endOffset - startOffset <= LENGTH_MASK;
  }

  get painted(): boolean {
    return (this.bits & PAINTED_BIT) !== 0;
  }

  set painted(on: boolean) {
    this.bits = on ? this.bits | PAINTED_BIT : this.bits & ~PAINTED_BIT;
  }

  get startOffset(): number {
    return this.bits >>> START_SHIFT;
  }

  /** Where the match ends in its last text node. */
  protected get endOffset(): number {
    return this.startOffset + ((this.bits >>> LENGTH_SHIFT) & LENGTH_MASK);
  }

  get termId(): string {
    return this.verdict.termId;
  }

  get sense(): Verdict['sense'] {
    return this.verdict.sense;
  }

  get confidence(): number {
    return this.verdict.confidence;
  }

  get evidence(): Verdict['evidence'] {
    return this.verdict.evidence;
  }

  get alternatives(): Verdict['alternatives'] {
    return this.verdict.alternatives;
  }

  get nodes(): Text[] {
    return [this.node];
  }

  /** The text node the match ends in. */
  protected get lastNode(): Text {
    return this.node;
  }

  // Made when the painter shows the match: most matches of a huge page are never near the viewport.
  staticRange(): StaticRange {
    return new StaticRange({
      startContainer: this.node,
      startOffset: this.startOffset,
      endContainer: this.lastNode,
      endOffset: this.endOffset,
    });
  }

  liveRange(): Range {
    return liveRangeOver(this.staticRange());
  }

  clientRects(): DOMRectList {
    return probeOver(this.staticRange()).getClientRects();
  }

  get text(): string {
    return probeOver(this.staticRange()).toString();
  }
}

/** A match whose offsets do not fit LocatedMatch's bits: they are fields here, and the bits keep only `painted`. */
class MatchWithOffsets extends LocatedMatch {
  constructor(
    verdict: Verdict,
    painted: boolean,
    node: Text,
    private readonly start: number,
    private readonly end: number,
  ) {
    super(verdict, painted, node, 0, 0);
  }

  override get startOffset(): number {
    return this.start;
  }

  protected override get endOffset(): number {
    return this.end;
  }
}

/** A match over several text nodes: a term written across inline elements (<b>C</b>DMO). */
class SpanningMatch extends MatchWithOffsets {
  constructor(
    verdict: Verdict,
    painted: boolean,
    node: Text,
    /** The nodes after the first. */
    private readonly more: Text[],
    startOffset: number,
    endOffset: number,
  ) {
    super(verdict, painted, node, startOffset, endOffset);
  }

  override get nodes(): Text[] {
    return [this.node, ...this.more];
  }

  protected override get lastNode(): Text {
    return this.more[this.more.length - 1];
  }
}

/** Attaches ranges to resolved matches of one collected chunk; their verdicts come from `explanations`. */
export function locateMatches(
  collected: CollectedText,
  resolved: readonly ResolvedMatch[],
  explanations: ExplanationPool,
): PageMatch[] {
  return resolved.map((match) => {
    // One lookup per match for both ends of the span.
    const from = segmentAt(collected, match.start);
    const to = segmentsEnd(collected, from, match.end);
    const first = collected.segments[from];
    const last = collected.segments[to - 1];
    const verdict = explanations.verdict(match);
    const startOffset = match.start - first.start;
    const endOffset = match.end - last.start;
    if (to - from === 1) {
      return LocatedMatch.fitsInBits(startOffset, endOffset)
        ? new LocatedMatch(verdict, match.painted, first.node, startOffset, endOffset)
        : new MatchWithOffsets(verdict, match.painted, first.node, startOffset, endOffset);
    }
    const more = collected.segments.slice(from + 1, to).map((segment) => segment.node);
    return new SpanningMatch(verdict, match.painted, first.node, more, startOffset, endOffset);
  });
}

/** A live Range over the same span. */
export function liveRangeOver(span: AbstractRange): Range {
  return setSpan((span.startContainer.ownerDocument ?? document).createRange(), span);
}

/**
 * One live Range per document, moved over a span to read or measure it at
 * once (the hover's hit test, the term navigator, a match's text), never
 * kept. A new Range each time would stay registered with the page, updated
 * on its every DOM change, until the garbage collector took it: hundreds
 * after the pointer crossed a long page.
 */
const probes = new WeakMap<Document, Range>();

function probeOver(span: AbstractRange): Range {
  const doc = span.startContainer.ownerDocument ?? document;
  let probe = probes.get(doc);
  if (!probe) probes.set(doc, (probe = doc.createRange()));
  return setSpan(probe, span);
}

function setSpan(range: Range, span: AbstractRange): Range {
  // Spans start and end in text nodes. The page may have shortened one since the scan (the watcher
  // re-scans it shortly): clamp, never throw.
  range.setStart(span.startContainer, Math.min(span.startOffset, (span.startContainer as Text).length));
  range.setEnd(span.endContainer, Math.min(span.endOffset, (span.endContainer as Text).length));
  return range;
}
