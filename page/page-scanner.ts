/**
 * Scans a page in idle-time slices and keeps the result current as the page
 * changes. Two passes: the first reads and matches the text (and learns how
 * much the page is about pharma); the second resolves meanings with that
 * page prior, maps matches to Ranges and paints them.
 */
import type { Lexicon, LexiconHit } from '../glossary/lexicon';
import { resolveMatches, scorePage } from '../glossary/senses';
import { BLOCK_SEPARATOR, blockOf, createCollector, isInlineElement, type CollectedText } from './collect-text';
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
  painter: Painter | null;
  /** Milliseconds of work per slice. */
  sliceMs?: number;
  /** Characters read per chunk before a block boundary may end it. */
  chunkChars?: number;
  /** Safety cap on the characters read from one page. */
  maxChars?: number;
  /** Called when the set of matches changed (counts for the badge, the popup). */
  onChange?: () => void;
}

export interface PageScanner {
  /** Scans the whole page from scratch; resolves when done (or superseded) with what it cost. */
  scanAll(settings: ScanSettings): Promise<ScanStats | null>;
  /** Re-scans these subtrees (changed by the page) with the current page prior. */
  rescan(roots: readonly Node[], settings: ScanSettings): void;
  /** Drops matches whose text left the document. */
  dropDisconnected(): void;
  clear(): void;
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
}

const SUPERSEDED = 'superseded by a newer scan';

export function createPageScanner(options: PageScannerOptions): PageScanner {
  const { lexicon, painter } = options;
  const sliceMs = options.sliceMs ?? 8;
  const chunkChars = options.chunkChars ?? 16_000;
  let matches: PageMatch[] = [];
  let byNode = new WeakMap<Text, PageMatch[]>();
  let paintedTerms = new Set<string>();
  let domainScore = 0;
  let run = new AbortController();

  const index = (match: PageMatch) => {
    for (const node of match.nodes) {
      const list = byNode.get(node);
      if (list) list.push(match);
      else byNode.set(node, [match]);
    }
  };

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
      if (match.painted) {
        index(match);
        paint.push(match);
      }
    }
    painter?.add(paint);
  };

  const resolveChunk = (chunk: Chunk, settings: ScanSettings) => {
    const resolved = resolveMatches(
      lexicon,
      chunk.collected.text,
      chunk.hits,
      { title: options.title(), domainScore },
      { minConfidence: settings.minConfidence },
    );
    accept(locateMatches(chunk.collected, resolved), settings);
  };

  const reset = () => {
    // With a reason given, abort() does not build an AbortError (a DOMException with a stack: 0.3 ms each time).
    run.abort(SUPERSEDED);
    run = new AbortController();
    matches = [];
    byNode = new WeakMap();
    paintedTerms = new Set();
    painter?.clear();
  };

  return {
    async scanAll(settings) {
      reset();
      const { signal } = run;
      const root = options.root();
      if (!root) return null;
      const collector = createCollector(root, { exclude: options.exclude(), maxChars: options.maxChars });
      const chunks: Chunk[] = [];

      // Pass 1: read and match.
      let chars = 0;
      const read = await runInSlices(
        (outOfTime) => {
          const collected = collector.next(chunkChars, outOfTime);
          if (!collected) return true;
          // Chunks without terms are kept too (text only) until the page prior is known: it reads the whole page.
          chunks.push({ collected, hits: lexicon.findTerms(collected.text) });
          chars += collected.text.length;
          return false;
        },
        signal,
        sliceMs,
      );
      if (signal.aborted) return null;
      domainScore = pagePrior(lexicon, chunks, options.title());

      // Pass 2: resolve, locate and paint, chunk by chunk.
      let next = 0;
      const painted = await runInSlices(
        () => {
          if (next >= chunks.length) return true;
          if (chunks[next].hits.length > 0) resolveChunk(chunks[next], settings);
          // Let the chunk's text go as soon as it is painted.
          chunks[next++] = { collected: { text: '', segments: [] }, hits: [] };
          return false;
        },
        signal,
        sliceMs,
      );
      if (signal.aborted) return null;
      options.onChange?.();
      return {
        busyMs: read.busyMs + painted.busyMs,
        slices: read.slices + painted.slices,
        longestSliceMs: Math.max(read.longestSliceMs, painted.longestSliceMs),
        chars,
        matches: matches.length,
        painted: matches.filter((m) => m.painted).length,
        domainScore,
      };
    },

    rescan(roots, settings) {
      if (roots.length === 0) return;
      const inRoots = (node: Node) => roots.some((root) => root.contains(node));
      const kept: PageMatch[] = [];
      const dropped: PageMatch[] = [];
      for (const match of matches) (inRoots(match.nodes[0]) ? dropped : kept).push(match);
      if (dropped.length > 0) {
        painter?.remove(dropped);
        for (const match of dropped) for (const node of match.nodes) byNode.delete(node);
      }
      matches = kept;
      for (const root of roots) {
        const collector = createCollector(root, { exclude: options.exclude(), maxChars: options.maxChars });
        for (let collected = collector.next(chunkChars); collected; collected = collector.next(chunkChars)) {
          const hits = lexicon.findTerms(collected.text);
          if (hits.length > 0) resolveChunk({ collected, hits }, settings);
        }
      }
      options.onChange?.();
    },

    dropDisconnected() {
      const gone = matches.filter((match) => !match.nodes[0].isConnected);
      if (gone.length === 0) return;
      painter?.remove(gone);
      const goneSet = new Set(gone);
      matches = matches.filter((match) => !goneSet.has(match));
      options.onChange?.();
    },

    clear: reset,
    matchAt: (x, y) => matchAtPoint(document, byNode, x, y),
    get matches() {
      return matches;
    },
    get domainScore() {
      return domainScore;
    },
  };
}

/**
 * The page prior over all chunks. scorePage wants one text with its hits,
 * so the chunks are laid end to end with hits shifted to match.
 */
function pagePrior(lexicon: Lexicon, chunks: readonly Chunk[], title: string): number {
  const texts: string[] = [];
  const hits: LexiconHit[] = [];
  let offset = 0;
  for (const chunk of chunks) {
    texts.push(chunk.collected.text);
    for (const hit of chunk.hits) hits.push({ ...hit, start: hit.start + offset, end: hit.end + offset });
    offset += chunk.collected.text.length + BLOCK_SEPARATOR.length;
  }
  return scorePage(lexicon, texts.join(BLOCK_SEPARATOR), hits, title);
}

/** The element to re-scan when `node` changed: its block, so terms across inline tags are seen whole. */
export function rescanRootOf(node: Node): Node | null {
  if (node.nodeType === 1 && !isInlineElement(node as Element)) return node;
  if (node.nodeType === 1 || node.nodeType === 3) return blockOf(node);
  return null;
}
