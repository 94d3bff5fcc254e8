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
import { blockText, type BlockText } from './block-text';
import { segmentAt, segmentsEnd, type CollectedText, type TextContainer } from './collect-text';
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
  /** Where it starts in its container's own text: orders the matches of one container. */
  readonly containerOffset: number;
  /**
   * The text nodes the match covers (one, unless the term spans inline
   * elements), found again in its container: a new list each time, empty
   * if the page has emptied the container since.
   */
  readonly nodes: readonly Text[];
}

/*
 * Where a match is in its container's own text, whether it is painted and
 * whether the painter has it, in one small integer (a V8 "Smi", kept in the
 * object's field with no box): bit 0 painted, bit 1 watched, bits 2-11 the
 * length, bits 12-29 the start. Four fields cost 12 bytes more in each of
 * the tens of thousands of matches of a huge page. Offsets that do not fit
 * (a block of more than 260,000 characters, a match across a long gap) are
 * kept in fields of their own by a subclass.
 */
const PAINTED_BIT = 1;
const WATCHED_BIT = 2;
const LENGTH_SHIFT = 2;
const LENGTH_MASK = 0x3ff;
const START_SHIFT = 12;
const START_LIMIT = 1 << 18;

/**
 * A resolved match located on the page. A class, with no copy of its text,
 * no text node (its container and offsets in the container's own text; see
 * block-text.ts), and the verdict shared with every match that has the same
 * one: a huge page has tens of thousands of these, each field is 4 bytes of
 * every one, and a slice of the collected text would keep the whole chunk
 * it came from in memory.
 */
class LocatedMatch implements PageMatch {
  nextInBlock: PaintableMatch | undefined = undefined;
  private bits: number;

  /** The offsets must fit the bits (see `fitsInBits`); MatchWithOffsets keeps those that do not. */
  constructor(
    private readonly verdict: Verdict,
    painted: boolean,
    readonly container: TextContainer,
    start: number,
    end: number,
  ) {
    this.bits = (start << START_SHIFT) | ((end - start) << LENGTH_SHIFT) | (painted ? PAINTED_BIT : 0);
  }

  static fitsInBits(start: number, end: number): boolean {
    return start < START_LIMIT && end >= start && end - start <= LENGTH_MASK;
  }

  get painted(): boolean {
    return (this.bits & PAINTED_BIT) !== 0;
  }

  set painted(on: boolean) {
    this.bits = on ? this.bits | PAINTED_BIT : this.bits & ~PAINTED_BIT;
  }

  get watched(): boolean {
    return (this.bits & WATCHED_BIT) !== 0;
  }

  set watched(on: boolean) {
    this.bits = on ? this.bits | WATCHED_BIT : this.bits & ~WATCHED_BIT;
  }

  get containerOffset(): number {
    return this.bits >>> START_SHIFT;
  }

  /** Where the match ends in its container's own text. */
  protected get containerEnd(): number {
    return this.containerOffset + ((this.bits >>> LENGTH_SHIFT) & LENGTH_MASK);
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

  /** The segments of its container's own text that the match covers: empty if the page emptied the container. */
  private ownSegments(): BlockText['segments'] {
    const own = blockText(this.container);
    if (own.segments.length === 0) return [];
    const start = this.containerOffset;
    const from = segmentAt(own, start);
    const to = segmentAt(own, Math.max(start, this.containerEnd - 1));
    return own.segments.slice(from, to + 1);
  }

  get nodes(): Text[] {
    return this.ownSegments().map((segment) => segment.node);
  }

  // Made when the painter shows the match: most matches of a huge page are never near the viewport.
  staticRange(): StaticRange {
    const covered = this.ownSegments();
    if (covered.length === 0) {
      return new StaticRange({
        startContainer: this.container,
        startOffset: 0,
        endContainer: this.container,
        endOffset: 0,
      });
    }
    const first = covered[0];
    const last = covered[covered.length - 1];
    return new StaticRange({
      startContainer: first.node,
      startOffset: this.containerOffset - first.start,
      endContainer: last.node,
      endOffset: this.containerEnd - last.start,
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

/** A match whose offsets do not fit LocatedMatch's bits: they are fields here, and the bits keep only its two flags. */
class MatchWithOffsets extends LocatedMatch {
  constructor(
    verdict: Verdict,
    painted: boolean,
    container: TextContainer,
    private readonly start: number,
    private readonly end: number,
  ) {
    super(verdict, painted, container, 0, 0);
  }

  override get containerOffset(): number {
    return this.start;
  }

  protected override get containerEnd(): number {
    return this.end;
  }
}

/** Attaches resolved matches of one collected chunk to their containers; their verdicts come from `explanations`. */
export function locateMatches(
  collected: CollectedText,
  resolved: readonly ResolvedMatch[],
  explanations: ExplanationPool,
): PageMatch[] {
  return resolved.map((match) => {
    // One lookup per match for both ends. Both lie in one container: the collected text has a
    // separator between containers, which no term spans.
    const from = segmentAt(collected, match.start);
    const to = segmentsEnd(collected, from, match.end);
    const first = collected.segments[from];
    const last = collected.segments[to - 1];
    const verdict = explanations.verdict(match);
    const start = first.ownStart + (match.start - first.start);
    const end = last.ownStart + (match.end - last.start);
    return LocatedMatch.fitsInBits(start, end)
      ? new LocatedMatch(verdict, match.painted, first.container, start, end)
      : new MatchWithOffsets(verdict, match.painted, first.container, start, end);
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
  range.setStart(span.startContainer, Math.min(span.startOffset, lengthOf(span.startContainer)));
  range.setEnd(span.endContainer, Math.min(span.endOffset, lengthOf(span.endContainer)));
  return range;
}

/** A node's length as a Range counts it: characters of text, children of anything else. */
function lengthOf(node: Node): number {
  return node.nodeType === 3 ? (node as Text).length : node.childNodes.length;
}
