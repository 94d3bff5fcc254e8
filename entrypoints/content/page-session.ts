/**
 * One page's TermLens state: the scan, the painted highlights and the
 * text-node index used by hover. Rebuilt when settings change.
 */
import type { Lexicon } from '../../glossary/lexicon';
import { collectText, type CollectedText } from '../../page/collect-text';
import { canPaint, createPainter, removeAllHighlights, type Painter } from '../../page/highlight-painter';
import { matchAtPoint } from '../../page/hit-test';
import { nodesOf, scanCollected, type PageMatch } from '../../page/scan-page';
import type { Settings } from '../../utils/settings';

/** Hostile pages can hold megabytes of text; past this we stop collecting. */
const MAX_CHARS = 20_000_000;

export interface PageSession {
  scan(settings: Settings): void;
  clear(): void;
  matchAt(x: number, y: number): PageMatch | null;
  readonly matches: readonly PageMatch[];
}

export function createPageSession(lexicon: Lexicon, uiHost: () => Element | null): PageSession {
  let painter: Painter | null = null;
  let matches: PageMatch[] = [];
  let byNode = new WeakMap<Text, PageMatch[]>();

  const index = (collected: CollectedText, list: PageMatch[]) => {
    byNode = new WeakMap();
    for (const match of list) {
      if (!match.painted) continue;
      for (const node of nodesOf(collected, match.start, match.end)) {
        const entry = byNode.get(node);
        if (entry) entry.push(match);
        else byNode.set(node, [match]);
      }
    }
  };

  return {
    scan(settings) {
      const started = performance.now();
      const collected = collectText(document.body ?? document.documentElement, {
        exclude: uiHost(),
        maxChars: MAX_CHARS,
      });
      const result = scanCollected(lexicon, collected, {
        minConfidence: settings.minConfidence,
        firstOnly: settings.occurrences === 'first',
        hiddenCategories: settings.hiddenCategories,
        title: document.title,
      });
      matches = result.matches;
      index(collected, matches);
      if (canPaint()) {
        painter ??= createPainter(settings.highlightStyle);
        painter.clear();
        painter.setStyle(settings.highlightStyle);
        painter.add(matches);
      }
      // Read by the benchmark from the page: how long a full scan took.
      performance.measure('termlens:scan', { start: started, end: performance.now() });
    },
    clear() {
      matches = [];
      byNode = new WeakMap();
      painter?.clear();
      removeAllHighlights();
      painter = null;
    },
    matchAt: (x, y) => matchAtPoint(document, byNode, x, y),
    get matches() {
      return matches;
    },
  };
}
