/**
 * Functions that run inside a test page (passed to `evaluate` by Playwright
 * in Chromium and by Puppeteer in Firefox), so both browsers' tests measure
 * the page the same way. Each is self-contained: no closure over this module.
 */

/** The centre of the `nth` occurrence of `word` under `selector`, scrolled into view; null when absent. */
export function textPointInPage(args: {
  selector: string;
  word: string;
  nth: number;
}): { x: number; y: number } | null {
  const root = document.querySelector(args.selector);
  if (!root) return null;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (let i = text.indexOf(args.word); i >= 0; i = text.indexOf(args.word, i + 1)) {
      if (seen++ !== args.nth) continue;
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + args.word.length);
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
  }
  return null;
}

/** Ranges over every TermLens highlight of the page's registry. */
export function paintedCountInPage(): number {
  let total = 0;
  for (const [name, highlight] of CSS.highlights) if (name.startsWith('termlens-')) total += highlight.size;
  return total;
}

/**
 * The text of every painted TermLens span (not the flash) that starts under
 * `selector` (or its shadow root), or on the whole page without one. Spans
 * are StaticRanges, which have no text: each is read through a live Range.
 */
export function paintedTextsInPage(selector: string | null): string[] {
  const root = selector === null ? null : document.querySelector(selector);
  if (selector !== null && !root) return [];
  const texts: string[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('termlens-') || name === 'termlens-flash') continue;
    for (const span of highlight) {
      const start = span.startContainer;
      if (root && !root.contains(start) && (start.getRootNode() as ShadowRoot).host !== root) continue;
      const live = document.createRange();
      live.setStart(start, span.startOffset);
      live.setEnd(span.endContainer, span.endOffset);
      texts.push(live.toString());
    }
  }
  return texts;
}
