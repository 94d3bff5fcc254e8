/**
 * Finds the match under the pointer without any per-term listener: ask the
 * browser for the caret position at the point, look the text node up, then
 * confirm the point lies inside one of the match's line boxes (the caret API
 * also answers for points in the margin next to a line).
 */

export interface CaretPoint {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The one place that knows caretPositionFromPoint (standard, Firefox, Chrome 128+) from caretRangeFromPoint (older WebKit/Blink). */
export function caretFromPoint(doc: Document, x: number, y: number): CaretPoint | null {
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const position = d.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

export interface LocatedMatch {
  /** Its line boxes on screen now. */
  clientRects(): DOMRectList;
  /** Every text node it covers (more than one when it spans inline elements). */
  nodes: readonly Node[];
}

/** Whether (x, y) lies in one of these rects, give or take `slop` pixels. */
function rectsContainPoint(rects: DOMRectList, x: number, y: number, slop = 1): boolean {
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i];
    if (x >= r.left - slop && x <= r.right + slop && y >= r.top - slop && y <= r.bottom + slop) return true;
  }
  return false;
}

/**
 * The match under (x, y), if any. `candidatesAt` gives the matches that may
 * touch a text node (the painter's: those of its block); only those that do
 * are measured, since a live Range costs the page something for as long as
 * it lives.
 */
export function matchAtPoint<M extends LocatedMatch>(
  doc: Document,
  candidatesAt: (node: Text) => Iterable<M>,
  x: number,
  y: number,
): M | null {
  const caret = caretFromPoint(doc, x, y);
  if (!caret || caret.node.nodeType !== 3) return null;
  const node = caret.node as Text;
  for (const match of candidatesAt(node)) {
    if (match.nodes.includes(node) && rectsContainPoint(match.clientRects(), x, y)) return match;
  }
  return null;
}
