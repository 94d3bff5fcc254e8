/**
 * Paints matches with the CSS Custom Highlight API. The page's DOM is never
 * touched: Ranges are registered in `CSS.highlights`, and the look comes
 * from the manifest stylesheet `public/highlight.css`.
 */
import type { Settings } from '../utils/settings';

/** Below this confidence an ambiguous match gets the "less sure" look. */
export const LOW_CONFIDENCE = 0.85;

export type HighlightStyle = Settings['highlightStyle'];

/** Highlight names; each has rules in public/highlight.css. */
export function highlightNames(style: Exclude<HighlightStyle, 'none'>) {
  return { sure: `termlens-${style}`, unsure: `termlens-${style}-unsure` } as const;
}

export const FLASH_HIGHLIGHT = 'termlens-flash';

export interface PaintableMatch {
  span: AbstractRange;
  confidence: number;
  painted: boolean;
}

export interface Painter {
  /** Adds matches to the painted set. */
  add(matches: readonly PaintableMatch[]): void;
  /** Drops these matches' ranges. */
  remove(matches: readonly PaintableMatch[]): void;
  /** Drops every painted range. */
  clear(): void;
  setStyle(style: HighlightStyle): void;
  /** Briefly marks one range (the popup's "show me where"). */
  flash(range: Range): void;
  /** Ranges currently painted, for tests and counts. */
  readonly size: number;
}

/** Whether this browser can paint highlights at all (Chrome 105+, Firefox 140+). */
export function canPaint(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function createPainter(initialStyle: HighlightStyle): Painter {
  let style = initialStyle;
  // One Highlight per look, holding many ranges; the registry is the page's.
  const sure = new Highlight();
  const unsure = new Highlight();
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

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
      for (const match of matches) {
        if (!match.painted) continue;
        (match.confidence >= LOW_CONFIDENCE ? sure : unsure).add(match.span);
      }
    },
    remove(matches) {
      for (const match of matches) {
        sure.delete(match.span);
        unsure.delete(match.span);
      }
    },
    clear() {
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
    get size() {
      return sure.size + unsure.size;
    },
  };
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
  if (!canPaint()) return;
  unregisterStyles();
  CSS.highlights.delete(FLASH_HIGHLIGHT);
}
