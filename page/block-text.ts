/**
 * A block's own text: the text nodes whose nearest block is this one (not
 * those of blocks inside it), as the collector reads them, with where each
 * starts in that text. A match keeps its block and offsets in this text
 * rather than its text node: in an extension's isolated world, a page node
 * the script holds when the garbage collector runs keeps a wrapper for the
 * script's world and an entry in a table of Blink's (about 70 bytes, measured)
 * for as long as the node lives, referenced or not; a long page has ten
 * thousand text nodes with terms. The nodes are found again when they are
 * needed, for a block at a time: painting a block that comes near, the hover
 * over it, the tooltip.
 *
 * The collector (collect-text.ts) counts the same offsets as it reads, and
 * both skip the same things; the tests check that they agree. The collector
 * reads a plain block (isPlainBlock) whole, blank text included, and so
 * does this.
 */
import {
  isBlank,
  isInlineElement,
  isPlainBlock,
  pastSubtree,
  separatesInline,
  SKIPPED_SELECTOR,
  type TextContainer,
} from './collect-text';

export interface BlockText {
  /** Its text nodes in order, with where each starts in the block's own text (segmentAt finds them). */
  segments: { node: Text; start: number }[];
}

const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;

/*
 * The last block read, until the end of the task: painting shows a block's
 * matches one after another, and the hover measures those of one block.
 * Never longer: the page may change the block in its next task.
 */
let cached: { container: TextContainer; text: BlockText } | null = null;

/** The container's own text nodes, read once per task. */
export function blockText(container: TextContainer): BlockText {
  if (cached?.container === container) return cached.text;
  const text = readBlockText(container);
  if (!cached) queueMicrotask(() => (cached = null));
  cached = { container, text };
  return text;
}

function readBlockText(container: TextContainer): BlockText {
  const doc = container.ownerDocument ?? document;
  const skipped = new Set(container.querySelectorAll(SKIPPED_SELECTOR));
  // The collector read a plain block whole, its blank text included. (The walk below passes over nothing
  // in one but br and img, which hold no text.)
  const plain = container.nodeType === 1 && isPlainBlock(container as Element, skipped);
  const walker = doc.createTreeWalker(container, SHOW_ELEMENT_AND_TEXT);
  const segments: BlockText['segments'] = [];
  let length = 0;
  let node = walker.nextNode();
  while (node) {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data.length > 0 && (plain || !isBlank(data) || separatesInline(node as Text))) {
        segments.push({ node: node as Text, start: length });
        length += data.length;
      }
      node = walker.nextNode();
      continue;
    }
    const element = node as Element;
    // Another block's text (the tags the collector skips are blocks too), or hidden or editable: over it.
    node = !isInlineElement(element) || skipped.has(element) ? pastSubtree(walker, element) : walker.nextNode();
  }
  return { segments };
}
