/**
 * Scans a page in idle-time slices and keeps the result current as the page
 * changes. Two passes: the first reads and matches the text (and learns how
 * much the page is about pharma); the second resolves meanings with that
 * page prior, maps matches to Ranges and paints them.
 */
import type { Lexicon, LexiconHit } from '../glossary/lexicon';
import { adoptSenseCues, senseCueTermsToCompile } from '../glossary/sense-cues';
import { senseCuesFromWire, type SenseCuesWire } from '../glossary/sense-cues-wire';
import { ambiguousTermsIn, prepareResolution, scoreHits, type Resolution } from '../glossary/senses';
import { explanationPoolOf } from '../glossary/shared-explanations';
import {
  BLOCK_SEPARATOR,
  containerOf,
  createCollector,
  isInlineElement,
  keepSegmentsOf,
  type CollectedText,
} from './collect-text';
import type { Painter } from './highlight-painter';
import { matchAtPoint } from './hit-test';
import { locateMatches, type PageMatch } from './scan-page';
import { runInSlices, type SliceStats } from './slices';

export interface ScanSettings {
  minConfidence: number;
  /** Paint only the first occurrence of each term. */
  firstOnly: boolean;
  hiddenCategories: readonly string[];
}

export interface PageScannerOptions {
  lexicon: Lexicon;
  root: () => Node | null;
  /** Our own UI host, never scanned. */
  exclude: () => Element | null;
  title: () => string;
  painter: Painter<PageMatch> | null;
  /** Milliseconds of work per slice. */
  sliceMs?: number;
  /** Characters read per chunk before a block boundary may end it. */
  chunkChars?: number;
  /** Safety cap on the characters read from one page. */
  maxChars?: number;
  /** Called when the set of matches changed (counts for the badge, the popup). */
  onChange?: () => void;
  /**
   * The cue words of these terms, compiled by the background, or null when
   * it cannot answer: the content script's lexicon compiles none of its own
   * (lexiconFromMatchData). Without this option the lexicon has its own.
   */
  fetchCompiledCues?: CueFetcher;
}

export interface PageScanner {
  /** Scans the whole page from scratch; resolves when done (or superseded) with what it cost. */
  scanAll(settings: ScanSettings): Promise<ScanStats | null>;
  /** Re-scans these subtrees (changed by the page) with the current page prior. */
  rescan(roots: readonly Node[], settings: ScanSettings): void;
  /** Drops matches whose text left the document. */
  dropDisconnected(): void;
  /** Stops and drops every painted term at once (TermLens turned off here). */
  clear(): void;
  /**
   * Stops, and takes back from the painter only the terms this scanner
   * painted: another scanner (a new glossary) shares the painter and has
   * painted the page again by now.
   */
  retire(): void;
  matchAt(x: number, y: number): PageMatch | null;
  readonly matches: readonly PageMatch[];
  readonly domainScore: number;
}

export interface ScanStats extends SliceStats {
  chars: number;
  matches: number;
  painted: number;
  domainScore: number;
}

interface Chunk {
  collected: CollectedText;
  hits: LexiconHit[];
  /** Its length, kept when the text is let go. */
  chars?: number;
}

const NO_TERMS: Chunk = { collected: { text: '', segments: [] }, hits: [] };

/** Characters read per chunk unless told otherwise (see PageScannerOptions.chunkChars). */
export const CHUNK_CHARS = 16_000;

/** Hits resolved between two looks at the clock: a batch of a dense chunk takes about a millisecond. */
const RESOLVE_BATCH = 32;

const SUPERSEDED = 'superseded by a newer scan';

/** Changed blocks re-scanned per step after a full scan: the watcher's batch. */
const RESCAN_BATCH = 16;

export function createPageScanner(options: PageScannerOptions): PageScanner {
  const { lexicon, painter } = options;
  const explanations = explanationPoolOf(lexicon);
  const sliceMs = options.sliceMs ?? 8;
  const chunkChars = options.chunkChars ?? CHUNK_CHARS;
  let matches: PageMatch[] = [];
  let paintedTerms = new Set<string>();
  let domainScore = 0;
  let run = new AbortController();

  const accept = (located: PageMatch[], settings: ScanSettings) => {
    const hidden = new Set(settings.hiddenCategories);
    const paint: PageMatch[] = [];
    for (const match of located) {
      if (match.painted && hidden.has(lexicon.terms.get(match.termId)?.category ?? '')) match.painted = false;
      if (match.painted && settings.firstOnly) {
        if (paintedTerms.has(match.termId)) match.painted = false;
        else paintedTerms.add(match.termId);
      }
      matches.push(match);
      if (match.painted) paint.push(match);
    }
    painter?.add(paint);
  };

  const prepareChunk = (chunk: Chunk, settings: ScanSettings) =>
    prepareResolution(
      lexicon,
      chunk.collected.text,
      chunk.hits,
      { title: options.title(), domainScore },
      { minConfidence: settings.minConfidence },
    );

  const resolveChunk = (chunk: Chunk, settings: ScanSettings) => {
    const resolution = prepareChunk(chunk, settings);
    accept(locateMatches(chunk.collected, resolution.resolve(0, resolution.size), explanations), settings);
  };

  /**
   * The terms whose cue words the background should compile before these
   * ambiguous terms' hits are resolved, or null: none are missing, or there
   * is no background.
   */
  const termsToFetch = (ambiguous: ReadonlySet<string>): string[] | null =>
    options.fetchCompiledCues ? senseCueTermsToCompile(lexicon, ambiguous) : null;

  const adoptCompiledCues = (terms: string[]) => adoptFetchedCues(lexicon, terms, options.fetchCompiledCues!);

  /** Re-scans these subtrees; first asks the background for cue words they need, unless `mayFetch` is false. */
  const rescanRoots = (roots: readonly Node[], settings: ScanSettings, mayFetch: boolean) => {
    if (roots.length === 0) return;
    const found: Chunk[] = [];
    for (const root of roots) {
      const collector = createCollector(root, { exclude: options.exclude(), maxChars: options.maxChars });
      for (let collected = collector.next(chunkChars); collected; collected = collector.next(chunkChars)) {
        const hits = lexicon.findTerms(collected.text);
        if (hits.length > 0) found.push({ collected, hits });
      }
    }
    const terms = mayFetch ? termsToFetch(ambiguousTermsIn(lexicon, allHits(found))) : null;
    if (terms) {
      // New ambiguous terms (an infinite feed's next article): their cue words from the background, then
      // these roots read again, since the page may change them meanwhile.
      const { signal } = run;
      void adoptCompiledCues(terms).then(() => {
        if (!signal.aborted)
          rescanRoots(
            roots.filter((root) => root.isConnected),
            settings,
            false,
          );
      });
      return;
    }
    const inRoots = (node: Node) => roots.some((root) => root.contains(node));
    const kept: PageMatch[] = [];
    const dropped: PageMatch[] = [];
    for (const match of matches) (inRoots(match.container) ? dropped : kept).push(match);
    if (dropped.length > 0) painter?.remove(dropped);
    matches = kept;
    for (const chunk of found) resolveChunk(chunk, settings);
    explanations.forget();
    options.onChange?.();
  };

  // The painted matches of a scan that a new full scan replaces: they stay on the page until the new
  // scan has painted its own, so that a change of settings or a storm of page changes makes nothing
  // blink. A scan that is itself superseded passes its matches on to the next.
  let outgoing: PageMatch[] = [];

  // While a full scan runs, blocks the page changes wait for its end: re-scanned at once, their matches
  // would be added a second time by the full scan, which reads (or has read) the same blocks. And what
  // it read before a change may be gone from the page by the time it places the matches.
  let fullScan: { deferred: Node[]; settings: ScanSettings; changed: boolean } | null = null;

  /** Drops the matches whose text left the page; whether there were any. */
  const dropGone = (): boolean => {
    const gone = matches.filter((match) => !match.container.isConnected);
    if (gone.length === 0) return false;
    painter?.remove(gone);
    const goneSet = new Set(gone);
    matches = matches.filter((match) => !goneSet.has(match));
    return true;
  };

  const restart = () => {
    fullScan = null;
    // With a reason given, abort() does not build an AbortError (a DOMException with a stack: 0.3 ms each time).
    run.abort(SUPERSEDED);
    run = new AbortController();
    outgoing = outgoing.length === 0 ? matches : outgoing.concat(matches);
    matches = [];
    paintedTerms = new Set();
  };

  const dropOutgoing = () => {
    if (outgoing.length > 0) painter?.remove(outgoing);
    outgoing = [];
  };

  const clear = () => {
    restart();
    outgoing = [];
    painter?.clear();
  };

  return {
    async scanAll(settings) {
      restart();
      const { signal } = run;
      const root = options.root();
      if (!root) {
        dropOutgoing();
        return null;
      }
      const scan = (fullScan = { deferred: [], settings, changed: false });
      const collector = createCollector(root, { exclude: options.exclude(), maxChars: options.maxChars });
      const chunks: Chunk[] = [];

      // Pass 1: read and match.
      let chars = 0;
      const read = await runInSlices(
        (outOfTime) => {
          const collected = collector.next(chunkChars, outOfTime);
          if (!collected) return true;
          const hits = lexicon.findTerms(collected.text);
          // A chunk without terms only counts towards the page's length (for the page prior).
          chunks.push(
            hits.length > 0
              ? { collected: keepSegmentsOf(collected, hits), hits }
              : { ...NO_TERMS, chars: collected.text.length },
          );
          chars += collected.text.length;
          return false;
        },
        signal,
        sliceMs,
      );
      if (signal.aborted) return null;
      domainScore = pagePrior(lexicon, chunks, options.title());

      // Pass 2: the cue words of the page's ambiguous terms, compiled by the background, then resolve,
      // locate and paint each chunk a batch of hits at a time: a dense chunk has hundreds.
      const terms = termsToFetch(ambiguousTermsIn(lexicon, allHits(chunks)));
      const adoptMs = terms ? await adoptCompiledCues(terms) : 0;
      if (signal.aborted) return null;
      let next = 0;
      let current: { chunk: Chunk; resolution: Resolution; at: number } | null = null;
      const painted = await runInSlices(
        () => {
          if (!current) {
            if (next >= chunks.length) return true;
            const chunk = chunks[next];
            // Let the chunk's text go as soon as it is painted.
            chunks[next++] = NO_TERMS;
            if (chunk.hits.length > 0) current = { chunk, resolution: prepareChunk(chunk, settings), at: 0 };
            return false;
          }
          const to = Math.min(current.at + RESOLVE_BATCH, current.resolution.size);
          const resolved = current.resolution.resolve(current.at, to);
          accept(locateMatches(current.chunk.collected, resolved, explanations), settings);
          current.at = to;
          if (to >= current.resolution.size) current = null;
          return false;
        },
        signal,
        sliceMs,
      );
      if (signal.aborted) return null;
      dropOutgoing();
      fullScan = null;
      if (scan.changed) dropGone();
      // The blocks changed meanwhile, a batch per step as the watcher hands them over.
      const deferred = outermostConnected(scan.deferred);
      const caughtUp = await runInSlices(
        () => {
          const batch = deferred.splice(0, RESCAN_BATCH).filter((root) => root.isConnected);
          if (batch.length > 0) rescanRoots(batch, scan.settings, true);
          return deferred.length === 0;
        },
        signal,
        sliceMs,
      );
      if (signal.aborted) return null;
      // The matches keep the explanations they were handed; the pool's index of them would serve no later scan.
      explanations.forget();
      options.onChange?.();
      return {
        busyMs: read.busyMs + adoptMs + painted.busyMs + caughtUp.busyMs,
        slices: read.slices + painted.slices + caughtUp.slices,
        longestSliceMs: Math.max(read.longestSliceMs, painted.longestSliceMs, caughtUp.longestSliceMs),
        chars,
        matches: matches.length,
        painted: matches.filter((m) => m.painted).length,
        domainScore,
      };
    },

    rescan(roots, settings) {
      if (fullScan) {
        fullScan.deferred.push(...roots);
        fullScan.settings = settings;
        fullScan.changed = true;
      } else rescanRoots(roots, settings, true);
    },

    dropDisconnected() {
      if (fullScan) fullScan.changed = true;
      if (dropGone()) options.onChange?.();
    },

    clear,
    retire() {
      restart();
      dropOutgoing();
    },
    // The painter's lists of matches by block are the hover's index too. They hold this scanner's
    // matches, and for the moments a new scan takes to replace them, the painted ones of the scan before.
    matchAt: (x, y) => (painter ? matchAtPoint(document, (node) => painter.matchesIn(node), x, y) : null),
    get matches() {
      return matches;
    },
    get domainScore() {
      return domainScore;
    },
  };
}

/** The page prior over all chunks, without joining their texts or copying their hits. */
function pagePrior(lexicon: Lexicon, chunks: readonly Chunk[], title: string): number {
  let length = 0;
  for (const chunk of chunks) length += (chunk.chars ?? chunk.collected.text.length) + BLOCK_SEPARATOR.length;
  return scoreHits(lexicon, allHits(chunks), Math.max(0, length - BLOCK_SEPARATOR.length), title);
}

function* allHits(chunks: readonly Chunk[]): Iterable<LexiconHit> {
  for (const chunk of chunks) yield* chunk.hits;
}

/** Asks for the cue words of these terms (see `fetchCompiledCues`). */
export type CueFetcher = (termIds: string[]) => Promise<SenseCuesWire | null>;

/**
 * Adopts the cue words the background compiled for these terms, if it
 * answers (else the lexicon resolves without them: such matches mostly stay
 * unpainted); returns the milliseconds it took here.
 */
export async function adoptFetchedCues(lexicon: Lexicon, terms: string[], fetch: CueFetcher): Promise<number> {
  const wire = await fetch(terms).catch(() => null);
  if (!wire) return 0;
  const started = performance.now();
  try {
    adoptSenseCues(lexicon, terms, senseCuesFromWire(wire));
    // For the end-to-end tests, which read it from the page: these cue words came from the background.
    performance.measure('termlens:cues', { start: started, detail: { terms: terms.length } });
  } catch (error) {
    console.warn(
      'TermLens: the cue words from the background are refused;',
      error instanceof Error ? error.message : error,
    );
  }
  return performance.now() - started;
}

/**
 * These nodes still on the page, each once and none inside another (re-scanning the outer one covers
 * them), in document order.
 */
export function outermostConnected(nodes: readonly Node[]): Node[] {
  const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, by number: the scan CLI has no DOM globals.
  const sorted = [...new Set(nodes)]
    .filter((node) => node.isConnected)
    .sort((a, b) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
  // A subtree is contiguous in document order: a node inside a kept one comes before the next kept one.
  const kept: Node[] = [];
  for (const node of sorted) if (kept.length === 0 || !kept[kept.length - 1].contains(node)) kept.push(node);
  return kept;
}

/** The element to re-scan when `node` changed: its block, so terms across inline tags are seen whole. */
export function rescanRootOf(node: Node): Node | null {
  if (node.nodeType === 1 && !isInlineElement(node as Element)) return node;
  if (node.nodeType !== 1 && node.nodeType !== 3) return null;
  // A block, or nothing: text straight inside a shadow root is not re-scanned on its own.
  const container = containerOf(node);
  return container?.nodeType === 1 ? container : null;
}
