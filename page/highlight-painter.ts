/**
 * Paints matches with the CSS Custom Highlight API. The page's DOM is never
 * touched: Ranges are registered in `CSS.highlights`, and the look comes
 * from the manifest stylesheet `public/highlight.css`.
 *
 * Only matches near the viewport are painted. Chromium keeps ~350 bytes of
 * highlight markers for every registered range (measured: 40,000 ranges add
 * 14 MB), and a 5 MB page has tens of thousands of terms nobody is looking
 * at. IntersectionObservers (which change nothing on the page) watch the
 * blocks that hold matches (near-blocks.ts: a long page's far blocks in
 * runs, through their ends) and a block's terms are painted a few screens
 * before it scrolls into view.
 *
 * The same lists of matches by block answer the hover: the match under the
 * pointer is among those of the block under it.
 */
import type { Settings } from '../utils/settings';
import { containerOf, type TextContainer } from './collect-text';
import { watchNearBlocks } from './near-blocks';

/** Below this confidence an ambiguous match gets the "less sure" look. */
export const LOW_CONFIDENCE = 0.85;

export type HighlightStyle = Settings['highlightStyle'];

/** Highlight names; each has rules in public/highlight.css. */
export function highlightNames(style: Exclude<HighlightStyle, 'none'>) {
  return { sure: `termlens-${style}`, unsure: `termlens-${style}-unsure` } as const;
}

export const FLASH_HIGHLIGHT = 'termlens-flash';

export interface PaintableMatch {
  /** A new StaticRange over the match, each time: the painter keeps the one it shows. */
  staticRange(): StaticRange;
  /** Its block (or the shadow root its text lies straight in): the block decides when it is painted. */
  readonly container: TextContainer;
  readonly confidence: number;
  painted: boolean;
  /**
   * The painter's own record of whether the match is added, and of the next
   * match of its block: the block's list is linked through its matches.
   * Fields of the match rather than a Map and a list per block in the
   * painter: a huge page has tens of thousands of matches in thousands of
   * blocks, and a Map entry or a list costs several times a field.
   */
  watched: boolean;
  nextInBlock?: PaintableMatch;
}

export interface Painter<M extends PaintableMatch = PaintableMatch> {
  /** Adds matches to the painted set. */
  add(matches: readonly M[]): void;
  /** Drops these matches' ranges. */
  remove(matches: readonly M[]): void;
  /** The painted matches in the block of this text node (some may touch other nodes of the block). */
  matchesIn(node: Node): Iterable<M>;
  /** Drops every painted range. */
  clear(): void;
  setStyle(style: HighlightStyle): void;
  /** Briefly marks one range (the popup's "show me where"). */
  flash(range: Range): void;
  /** Paints every match, near the viewport or not (a printout shows them all), or again only those near it. */
  paintEverywhere(on: boolean): void;
  /** Ranges currently painted (near the viewport). */
  readonly size: number;
}

/** How far outside the viewport blocks are painted ahead of scrolling: two screens up and down. */
const PAINT_AHEAD = '200% 50%';
/**
 * The lead inside scrollable boxes of the page and inside cross-origin frames
 * (Chromium 120+), where the root's margin does not reach. In pixels: it
 * applies to the page's own scroller too, on top of PAINT_AHEAD, and there a
 * percentage came to about ten thousand pixels on a long page (every term
 * within a dozen screens painted, and none hidden while scrolling).
 */
const SCROLL_AHEAD = '400px 200px';

/** The shortest time between two changes of the painted set while blocks keep coming near (scrolling). */
const REPAINT_MS = 250;

export function createPainter<M extends PaintableMatch>(initialStyle: HighlightStyle): Painter<M> {
  let style = initialStyle;
  // One Highlight per look, holding many ranges; the registry is the page's.
  const sure = new Highlight();
  const unsure = new Highlight();
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  // The last match added in each watched block, from which the block's list runs through nextInBlock
  // (each match's block follows from its container); null for a block emptied by clear(). And the blocks near
  // the viewport now.
  const lastOfBlock = new Map<Element, M | null>();
  const nearBlocks = new Set<Element>();
  let everywhere = false;
  // The range of each match shown now: only those near the viewport have one (a field in every match
  // of a huge page would cost more than this map of a few hundred).
  const shown = new Map<M, StaticRange>();

  const show = (match: M) => {
    if (shown.has(match)) return;
    const span = match.staticRange();
    shown.set(match, span);
    (match.confidence >= LOW_CONFIDENCE ? sure : unsure).add(span);
  };
  const hide = (match: M) => {
    const span = shown.get(match);
    if (!span) return;
    shown.delete(match);
    sure.delete(span);
    unsure.delete(span);
  };

  // Blocks that came near or went far since the highlights last changed. Any change to a registered
  // Highlight makes Chromium repaint the whole document in the next frame (20-60 ms on the bench's
  // 5 MB page), and a scroll brings blocks near in frame after frame: changes are applied at once after
  // a quiet spell, then at most every REPAINT_MS while they keep coming. The two screens of lead cover
  // the wait at reading speed.
  const movedBlocks = new Set<Element>();
  let repaintTimer: ReturnType<typeof setTimeout> | undefined;
  let lastRepaint = -Infinity;
  const repaintMoved = () => {
    repaintTimer = undefined;
    lastRepaint = performance.now();
    if (!everywhere) {
      for (const block of movedBlocks) {
        const near = nearBlocks.has(block);
        for (const match of matchesOf(block)) (near ? show : hide)(match);
      }
    }
    movedBlocks.clear();
  };

  const watcher = watchNearBlocks(
    { rootMargin: PAINT_AHEAD, scrollMargin: SCROLL_AHEAD },
    (block, near) => {
      const last = lastOfBlock.get(block);
      if (last === null) unwatch(block);
      if (!last || near === nearBlocks.has(block)) return;
      if (near) nearBlocks.add(block);
      else nearBlocks.delete(block);
      movedBlocks.add(block);
    },
    () => {
      if (movedBlocks.size > 0) repaintTimer ??= setTimeout(repaintMoved, lastRepaint + REPAINT_MS - performance.now());
    },
  );

  /** The matches of a block, the last added first. */
  function* matchesOf(block: Element): Generator<M> {
    for (let match = lastOfBlock.get(block); match; match = match.nextInBlock as M | undefined) yield match;
  }

  const unwatch = (block: Element) => {
    lastOfBlock.delete(block);
    nearBlocks.delete(block);
    watcher.unwatch(block);
  };

  const register = () => {
    unregisterStyles();
    if (style === 'none') return;
    const names = highlightNames(style);
    CSS.highlights.set(names.sure, sure);
    CSS.highlights.set(names.unsure, unsure);
  };
  register();

  return {
    add(matches) {
      const added: Element[] = [];
      for (const match of matches) {
        if (!match.painted || match.watched) continue;
        const block = blockToWatch(match.container);
        match.watched = true;
        const last = lastOfBlock.get(block);
        if (last === undefined) added.push(block);
        match.nextInBlock = last ?? undefined;
        lastOfBlock.set(block, match);
        if (everywhere || nearBlocks.has(block)) show(match);
      }
      watcher.watch(added);
    },
    remove(matches) {
      // Each block's list is filtered once, however many of its matches go (a re-scan drops them all).
      const touched = new Set<Element>();
      for (const match of matches) {
        if (!match.watched) continue;
        match.watched = false;
        hide(match);
        touched.add(blockToWatch(match.container));
      }
      for (const block of touched) {
        // The list again, through the matches that stay, in the same order.
        let last: M | undefined;
        let tail: M | undefined;
        for (const match of [...matchesOf(block)]) {
          match.nextInBlock = undefined;
          if (!match.watched) continue;
          if (tail) tail.nextInBlock = match;
          else last = match;
          tail = match;
        }
        if (last) lastOfBlock.set(block, last);
        else unwatch(block);
      }
    },
    matchesIn(node) {
      const container = containerOf(node);
      return container ? matchesOf(blockToWatch(container)) : [];
    },
    clear() {
      // Blocks still on the page stay watched (emptied): a re-scan's terms in a block known to be near
      // are painted at once, without waiting a frame for the observer. The rest are let go now, and
      // blocks left empty when the observer next reports them.
      for (const block of [...lastOfBlock.keys()]) {
        for (const match of [...matchesOf(block)]) {
          match.watched = false;
          match.nextInBlock = undefined;
        }
        if (block.isConnected) lastOfBlock.set(block, null);
        else unwatch(block);
      }
      shown.clear();
      sure.clear();
      unsure.clear();
    },
    setStyle(next) {
      style = next;
      register();
    },
    flash(range) {
      const flash = new Highlight(range);
      CSS.highlights.set(FLASH_HIGHLIGHT, flash);
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => CSS.highlights.delete(FLASH_HIGHLIGHT), 1600);
    },
    paintEverywhere(on) {
      if (on === everywhere) return;
      everywhere = on;
      for (const block of lastOfBlock.keys()) {
        if (!nearBlocks.has(block)) for (const match of matchesOf(block)) (on ? show : hide)(match);
      }
    },
    get size() {
      return sure.size + unsure.size;
    },
  };
}

/** The block a container's matches are watched through. Text straight inside a shadow root has none: the root element stands in (always near). */
function blockToWatch(container: TextContainer): Element {
  return container.nodeType === 1 ? (container as Element) : document.documentElement;
}

/**
 * Drops the highlights of every style from the page's registry. By name: a
 * Firefox content script cannot iterate the registry ("Xray wrapping of
 * iterators not supported").
 */
function unregisterStyles(): void {
  for (const style of ['underline', 'background'] as const) {
    const names = highlightNames(style);
    CSS.highlights.delete(names.sure);
    CSS.highlights.delete(names.unsure);
  }
}

/** Removes everything TermLens registered (extension reloaded or turned off). */
export function removeAllHighlights(): void {
  unregisterStyles();
  CSS.highlights.delete(FLASH_HIGHLIGHT);
}
