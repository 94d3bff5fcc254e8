/**
 * Runs inside the benchmark page (main world of a browser without the
 * extension), bundled by ../harness-bundle.ts. It times, in the page:
 * - the floor: a TreeWalker over the text nodes that reads each node's text
 *   (and, for reference, the same walk reading every character, a walk that
 *   returns the elements too, and the term matcher alone over the text the
 *   collector reads);
 * - the collector alone (TermLens's filter and chunking, no matching);
 * - TermLens: the content script's own scanner (collect, match, resolve,
 *   paint) over the lexicon built from the same match data the background
 *   sends the content script.
 * TermLens's time is busy time: the scanner works in idle-time slices, and
 * the idle gaps between them are excluded (see `scan`). The painter paints
 * the terms near the viewport from an IntersectionObserver callback; that
 * callback's time is TermLens's too and is added.
 */
import { buildLexicon } from '../../../glossary/build-lexicon';
import type { Lexicon } from '../../../glossary/lexicon';
import type { MatchData } from '../../../glossary/match-data';
import { createCollector } from '../../../page/collect-text';
import { createPainter, type Painter } from '../../../page/highlight-painter';
import { CHUNK_CHARS, createPageScanner, type PageScanner, type ScanSettings } from '../../../page/page-scanner';
import type { PageMatch } from '../../../page/scan-page';

export interface FloorRun {
  ms: number;
  chars: number;
  nodes: number;
  /** The same walk, also reading every character (what any matcher must at least do). */
  charsMs: number;
  checksum: number;
}

/** The floor and two references, timed in turns (see walkWithElements and matchCollected). */
export interface ReferenceRun {
  floorMs: number;
  walkMs: number;
  matchMs: number;
  /** The terms the matcher found. */
  hits: number;
}

export interface CollectRun {
  ms: number;
  chars: number;
  chunks: number;
}

export interface ScanRun {
  /** Busy time: from the call to the end, minus the time spent waiting for idle callbacks. */
  busyMs: number;
  /** The scanner's own slice accounting. */
  slicesMs: number;
  slices: number;
  /** The longest stretch of work between two waits (one task). */
  longestRunMs: number;
  wallMs: number;
  chars: number;
  matches: number;
  painted: number;
}

export interface BenchHarness {
  init(data: MatchData): { buildMs: number; forms: number };
  floor(): FloorRun;
  references(): ReferenceRun;
  collect(): CollectRun;
  /** `chunkChars` (for experiments) builds a new scanner that reads chunks of that size. */
  scan(settings: ScanSettings, tuning?: { chunkChars?: number }): Promise<ScanRun>;
  clear(): void;
}

type IdleCallback = (deadline: IdleDeadline) => void;

/** Time spent in IntersectionObserver callbacks (the painter's) since the last reset. */
let observerMs = 0;
let observerLongestMs = 0;
const NativeIntersectionObserver = window.IntersectionObserver;
window.IntersectionObserver = class extends NativeIntersectionObserver {
  constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
    super((entries, observer) => {
      const started = performance.now();
      callback(entries, observer);
      const ms = performance.now() - started;
      observerMs += ms;
      observerLongestMs = Math.max(observerLongestMs, ms);
    }, options);
  }
};

/** Until the observer has reported the blocks observed last: it does so after the next rendering update. */
async function observerReported(): Promise<void> {
  for (let frame = 0; frame < 2; frame++) await new Promise(requestAnimationFrame);
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** The floor: a walk over the text nodes that reads each one's text. */
function walkText(): { chars: number; nodes: number } {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  let nodes = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    chars += (node as Text).data.length;
    nodes++;
  }
  return { chars, nodes };
}

/** The same walk, reading every character too; returns their sum. */
function readEveryCharacter(): number {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let sum = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    for (let i = 0; i < data.length; i++) sum += data.charCodeAt(i);
  }
  return sum;
}

/**
 * A walk that returns elements as well as text nodes and does nothing with the elements: the least a
 * collector pays that must look at every element (to skip code, inputs, hidden and editable parts, and
 * to find open shadow roots). Returns the characters read.
 */
function walkWithElements(): number {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) chars += (node as Text).data.length;
  }
  return chars;
}

/** The text the collector reads, in the scanner's chunks (collected before the matcher is timed). */
function collectedChunks(): string[] {
  const collector = createCollector(document.body);
  const chunks: string[] = [];
  for (let chunk = collector.next(CHUNK_CHARS); chunk; chunk = collector.next(CHUNK_CHARS)) chunks.push(chunk.text);
  return chunks;
}

/**
 * The term matcher alone over that text, as the scanner's first pass calls it: what TermLens pays per
 * character, however its collector walks the page (the floor pays per node). Returns the terms found.
 */
function matchCollected(lex: Lexicon, chunks: readonly string[]): number {
  let hits = 0;
  for (const chunk of chunks) hits += lex.findTerms(chunk).length;
  return hits;
}

function timed<T>(work: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = work();
  return { value, ms: performance.now() - started };
}

let referenceRounds = 0;
/** collectedChunks() of the page, read once: collected in every round, its garbage would fall into the timings. */
let referenceChunks: string[] | null = null;

let lexicon: Lexicon | null = null;
let scanner: PageScanner | null = null;
let painter: Painter<PageMatch> | null = null;

const harness: BenchHarness = {
  init(data) {
    const started = performance.now();
    lexicon = buildLexicon(data);
    return { buildMs: performance.now() - started, forms: lexicon.formCount };
  },

  floor() {
    const floor = timed(walkText);
    const chars = timed(readEveryCharacter);
    const { chars: read, nodes } = floor.value;
    // The checksum is returned so that the loop over the characters cannot be optimised away.
    return { ms: floor.ms, chars: read, nodes, charsMs: chars.ms, checksum: chars.value };
  },

  references() {
    if (!lexicon) throw new Error('init() first');
    const lex = lexicon;
    const chunks = (referenceChunks ??= collectedChunks());
    // Whatever comes first finds the caches colder, which on a small page is as much as the difference
    // between two walks: the three take turns at each place.
    const work = [() => walkText().chars, walkWithElements, () => matchCollected(lex, chunks)];
    const runs: { value: number; ms: number }[] = [];
    for (let i = 0; i < work.length; i++) {
      const k = (i + referenceRounds) % work.length;
      runs[k] = timed(work[k]);
    }
    referenceRounds++;
    const [floor, walk, match] = runs;
    if (walk.value !== floor.value) {
      throw new Error(`the walk with elements read ${walk.value} characters, the floor ${floor.value}`);
    }
    return { floorMs: floor.ms, walkMs: walk.ms, matchMs: match.ms, hits: match.value };
  },

  collect() {
    const started = performance.now();
    const collector = createCollector(document.body);
    let chars = 0;
    let chunks = 0;
    for (let chunk = collector.next(CHUNK_CHARS); chunk; chunk = collector.next(CHUNK_CHARS)) {
      chars += chunk.text.length;
      chunks++;
    }
    return { ms: performance.now() - started, chars, chunks };
  },

  async scan(settings, tuning) {
    if (!lexicon) throw new Error('init() first');
    painter ??= createPainter<PageMatch>('underline');
    if (tuning) scanner?.clear();
    const lex = lexicon;
    scanner =
      (tuning ? null : scanner) ??
      createPageScanner({
        lexicon: lex,
        root: () => document.body,
        exclude: () => null,
        title: () => document.title,
        painter,
        chunkChars: tuning?.chunkChars,
      });
    // Every wait of the scanner goes through requestIdleCallback (page/slices.ts):
    // count the time between a callback firing and the next request as work.
    const original = Object.getOwnPropertyDescriptor(window, 'requestIdleCallback');
    const request = window.requestIdleCallback.bind(window);
    let busy = 0;
    let longest = 0;
    observerMs = 0;
    observerLongestMs = 0;
    const started = performance.now();
    let resumed = started;
    const pause = () => {
      const now = performance.now();
      busy += now - resumed;
      longest = Math.max(longest, now - resumed);
    };
    window.requestIdleCallback = (callback: IdleCallback, options?: IdleRequestOptions) => {
      pause();
      return request((deadline) => {
        resumed = performance.now();
        callback(deadline);
      }, options);
    };
    let stats;
    try {
      stats = await scanner.scanAll(settings);
    } finally {
      if (original) Object.defineProperty(window, 'requestIdleCallback', original);
      else delete (window as Partial<Window>).requestIdleCallback;
    }
    pause();
    if (!stats) throw new Error('the scan was superseded');
    const wallMs = performance.now() - started;
    await observerReported();
    busy += observerMs;
    longest = Math.max(longest, observerLongestMs);
    return {
      busyMs: busy,
      slicesMs: stats.busyMs,
      slices: stats.slices,
      longestRunMs: longest,
      wallMs,
      chars: stats.chars,
      matches: stats.matches,
      painted: stats.painted,
    };
  },

  clear() {
    scanner?.clear();
  },
};

(window as unknown as { __termlensBench: BenchHarness }).__termlensBench = harness;
