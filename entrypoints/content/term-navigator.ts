/**
 * Keyboard users reach every term: "next" and "previous" walk the painted
 * matches in document order, starting from what is on screen.
 */
import type { PageMatch } from '../../page/scan-page';

export interface TermNavigator {
  step(direction: 1 | -1): PageMatch | null;
}

/**
 * By where the matches start, not by Ranges: comparing Ranges would make one
 * for every match on the page (painted spans are made only near the
 * viewport), and throws for matches in different shadow trees. By their
 * blocks, and within a block by offset; the text nodes are found only for
 * a block and a block inside it, whose texts interleave.
 */
function byDocumentOrder(a: PageMatch, b: PageMatch): number {
  const x = a.container;
  const y = b.container;
  if (x === y) return a.containerOffset - b.containerOffset;
  const position = x.compareDocumentPosition(y);
  if (position & (Node.DOCUMENT_POSITION_CONTAINS | Node.DOCUMENT_POSITION_CONTAINED_BY)) {
    const [p] = a.nodes;
    const [q] = b.nodes;
    if (p && q && p !== q) return p.compareDocumentPosition(q) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  }
  return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

export function createTermNavigator(matches: () => readonly PageMatch[]): TermNavigator {
  let current: PageMatch | null = null;
  let sorted: PageMatch[] = [];
  let sortedFrom: readonly PageMatch[] | null = null;
  let sortedLength = -1;

  const ordered = () => {
    const list = matches();
    if (list !== sortedFrom || list.length !== sortedLength) {
      sorted = list.filter((m) => m.painted && m.container.isConnected).sort(byDocumentOrder);
      sortedFrom = list;
      sortedLength = list.length;
    }
    return sorted;
  };

  return {
    step(direction) {
      const list = ordered();
      if (list.length === 0) return null;
      let index = current ? list.indexOf(current) : -1;
      if (index < 0) {
        // Start from the screen: the first term below its top, or the last one above its bottom.
        // Its first line box, measured without a Range per match (a huge page has tens of thousands); a
        // match with no box (hidden) is on no screen.
        const box = (m: PageMatch): DOMRect | undefined => m.clientRects()[0];
        index =
          direction === 1
            ? list.findIndex((m) => (box(m)?.top ?? -1) >= 0) - 1
            : list.findLastIndex((m) => (box(m)?.bottom ?? Infinity) <= window.innerHeight) + 1;
        if (direction === 1 && index < -1) index = list.length - 1;
      }
      const next = (index + direction + list.length) % list.length;
      current = list[next];
      return current;
    },
  };
}
