/**
 * Collects the readable text of a page (or of one subtree) into one string,
 * remembering where each stretch came from: its block, and its offset in
 * the block's own text (block-text.ts finds the text nodes again from
 * those). The content script and the scan CLI (under happy-dom) share this
 * code, so both see the same text at the same offsets.
 */

/** Between blocks: not a space (so no form runs across two paragraphs), not a word character. */
export const BLOCK_SEPARATOR = '\u2029';

/** Elements whose text is not prose a reader would want explained, or that the user edits (by localName). */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'video',
  'audio',
]);

/** Hidden, hidden from assistive technology, or editable by the user. */
export const SKIPPED_SELECTOR = '[hidden],[aria-hidden="true"],[contenteditable]:not([contenteditable="false"])';

/** Inline elements: their text joins the surrounding block (so "<b>CMO</b> John Smith" is one context). */
const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'data',
  'dfn',
  'em',
  'font',
  'i',
  'label',
  'mark',
  'q',
  'ruby',
  'rt',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'ins',
  'del',
]);

/*
 * A plain block: one whose every element inside is inline (or holds no text:
 * br, img), none hidden, editable or hosting a shadow root. Its own text is
 * then all the text in it, which the browser hands over in one string
 * (`textContent`), blank text between its inline elements included, with no
 * text node of it passed to this script. Why it matters: a node this script
 * touches gets a wrapper in the extension's world, and one still in V8's
 * young generation when a full garbage collection runs stays for as long as
 * the node lives. Walking a long page node by node, a collection during the
 * scan kept the wrappers of 2,000-18,000 text nodes (0.5-1.9 MB, heap
 * snapshots of the bench's 5 MB page), depending only on when it came.
 */
const PLAIN_INSIDE = new Set([...INLINE_TAGS, 'br', 'img']);

/**
 * Whether this block (an element that is not inline) is plain (see above). `skipped`: the elements of
 * its subtree that SKIPPED_SELECTOR matches. Asks only for elements, never for text nodes.
 */
export function isPlainBlock(block: Element, skipped: ReadonlySet<Node>): boolean {
  let element = block.firstElementChild;
  while (element) {
    const tag = element.localName;
    // Of these tags only span may host a shadow root.
    if (!PLAIN_INSIDE.has(tag) || skipped.has(element) || (tag === 'span' && element.shadowRoot)) return false;
    // The next element in document order inside the block.
    let next = element.firstElementChild ?? element.nextElementSibling;
    while (!next) {
      const parent: Element | null = element.parentElement;
      if (!parent || parent === block) return true;
      element = parent;
      next = element.nextElementSibling;
    }
    element = next;
  }
  return true;
}

/**
 * Where a stretch of the collected text is (a text node's text, or a plain
 * block's whole text): in the collected text, and in its container's own
 * text. Not the node itself, which nothing read once matches kept their
 * block and offsets (block-text.ts): in an extension's isolated world a page
 * node held when the garbage collector runs keeps its wrapper for this
 * script's world, and Blink's record of it, for as long as the node lives,
 * referenced or not.
 */
export interface SegmentPlace {
  /** Offset of the stretch's first character in the collected text. */
  start: number;
  /** Its nearest block, or the shadow root it lies straight in (see block-text.ts). */
  container: TextContainer;
  /** Offset of its first character in its container's own text, as blockText() counts it. */
  ownStart: number;
}

export interface CollectedText {
  text: string;
  /** In document order, by increasing `start`; all of them, or those keepSegmentsOf kept. */
  segments: SegmentPlace[];
}

export interface CollectOptions {
  /** An element to leave out, with its subtree (our own UI host). */
  exclude?: Element | null;
  /** Stop after this many characters (a safety cap for hostile pages). */
  maxChars?: number;
}

/*
 * Tag names are compared as `localName` gives them, without lower-casing:
 * an HTML document's parser lower-cases HTML elements' names already, and in
 * an XML document <SCRIPT> is not a script. The collector asks this of every
 * element of a page, and the copy took 7% of its time (side by side on the
 * 50 corpus pages in Chromium, median).
 */

/** Whether an element's subtree is skipped: code, inputs, editable areas, hidden. */
export function isSkippedElement(element: Element): boolean {
  return SKIPPED_TAGS.has(element.localName) || element.matches(SKIPPED_SELECTOR);
}

export interface TextCollector {
  /**
   * Collects the next stretch of text, ending at a block boundary once
   * `chunkChars` characters are gathered or `outOfTime()` says so. Returns
   * null when the whole tree has been read.
   */
  next(chunkChars: number, outOfTime?: () => boolean): CollectedText | null;
}

/*
 * Why the walker has no NodeFilter: a filter is a call from the browser into
 * JavaScript for every element, which measured 10–30 times the cost of the
 * walk itself (`npm run bench -- --profile`). Unfiltered, the walker returns
 * elements too, and a skipped element's subtree is jumped over by hand.
 */
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;

/**
 * What holds a text node's own text: its nearest block, or the shadow root
 * (or fragment) it lies straight in when no element is around it there.
 */
export type TextContainer = Element | DocumentFragment;

/**
 * A resumable walk over the text under `root`, including open shadow
 * roots (visited after their host's light DOM). The content script reads a
 * page in slices with it; `collectText` reads it in one go.
 */
export function createCollector(root: Node, options: CollectOptions = {}): TextCollector {
  const doc = root.ownerDocument ?? (root as Document);
  const maxChars = options.maxChars ?? Infinity;
  let total = 0;
  // Subtrees still to walk; shadow roots are queued as their hosts are passed.
  const queue: Node[] = [root];
  let walker: TreeWalker | null = null;
  // The walked subtree's elements that SKIPPED_SELECTOR matches, found by the browser in one call: asking
  // each element `matches()` made the collector 11% slower (median of the 45 corpus pages in Chromium, old
  // and new in turns). What the page hides or makes editable while a scan reads it in slices is seen by
  // its next scan, as is what it hides after one.
  let skippedHere: ReadonlySet<Node> = new Set();

  // The node the walker is at and has not yet looked at (null: ask it for the next one).
  let unseen: Node | null = null;
  // The last node the walk came to as the next sibling of a block it passed over: a blank text node
  // there is not read (separatesInline), and the commonest one of a page needs no look at its sibling.
  let afterBlock: Node | null = null;

  /** The walker's next node after `element`'s subtree; the walker is at `element`. */
  const passOver = (tree: TreeWalker, element: Element): Node | null => {
    const sibling = tree.nextSibling();
    if (!sibling) return pastSubtree(tree, element);
    if (!INLINE_TAGS.has(element.localName)) afterBlock = sibling;
    return sibling;
  };

  /**
   * The next text to read: a text node, or a plain block whose text is read whole (see isPlainBlock),
   * in document order.
   */
  const nextPiece = (): Text | Element | null => {
    for (;;) {
      if (!walker) {
        const subtree = queue.shift();
        if (!subtree) return null;
        skippedHere =
          'querySelectorAll' in subtree
            ? new Set((subtree as ParentNode).querySelectorAll(SKIPPED_SELECTOR))
            : new Set();
        // A block re-scanned on its own is read as the whole walk would read it.
        if (
          subtree.nodeType === 1 &&
          !isInlineElement(subtree as Element) &&
          isPlainBlock(subtree as Element, skippedHere)
        )
          return subtree as Element;
        walker = doc.createTreeWalker(subtree, SHOW_ELEMENT_AND_TEXT);
      }
      let node = unseen ?? walker.nextNode();
      unseen = null;
      while (node && node.nodeType !== 3) {
        const element = node as Element;
        if (element === options.exclude || SKIPPED_TAGS.has(element.localName) || skippedHere.has(element))
          node = passOver(walker, element);
        else {
          if (element.shadowRoot) queue.push(element.shadowRoot);
          // (An element with no children, such as br or img, has no text to read either way.)
          if (!INLINE_TAGS.has(element.localName) && element.hasChildNodes() && isPlainBlock(element, skippedHere)) {
            unseen = passOver(walker, element);
            if (!unseen) walker = null;
            return element;
          }
          node = walker.nextNode();
        }
      }
      if (node) return node as Text;
      walker = null;
    }
  };

  /** A piece read but not yet taken: it starts the next chunk. */
  let carried: Text | Element | null = null;

  /** The last text node's parent and its container: most text nodes share a parent with the one before. */
  let lastParent: Node | null = null;
  let lastParentContainer: TextContainer | null = null;
  const containerOfText = (text: Text): TextContainer | null => {
    const parent = text.parentNode;
    if (parent !== lastParent) {
      lastParent = parent;
      lastParentContainer = parent && containerOf(parent);
    }
    return lastParentContainer;
  };

  // The containers around the one being read, with how much of their own text has been read: a
  // block's text resumes after a block inside it. Only those: a reference to every block of the page,
  // held for the length of a scan, would keep Blink's record of each for this script's world for as
  // long as the block lives (see keepSegmentsOf).
  const openContainers: { container: TextContainer; ownLength: number }[] = [];

  /** How much of `to`'s own text was read before the walk went from `from` (read up to `fromLength`) to it. */
  const enter = (from: TextContainer | null, fromLength: number, to: TextContainer): number => {
    if (from) {
      // Most steps go to the next paragraph or into a block inside, where no other block is left behind.
      const parent = to.parentNode;
      if (parent === from.parentNode) return 0;
      if (parent === from || from.contains(to)) {
        openContainers.push({ container: from, ownLength: fromLength });
        return 0;
      }
    }
    // Out of blocks: those the walk has left for good are dropped, and `to` resumes if it was open.
    let top = openContainers.at(-1);
    while (top && top.container !== to && !top.container.contains(to)) {
      openContainers.pop();
      top = openContainers.at(-1);
    }
    return top?.container === to ? openContainers.pop()!.ownLength : 0;
  };

  return {
    next(chunkChars, outOfTime) {
      const segments: SegmentPlace[] = [];
      const parts: string[] = [];
      let length = 0;
      let lastContainer: TextContainer | null = null;
      let ownLength = 0;
      let blocksSinceClockCheck = 0;
      for (;;) {
        const piece = carried ?? nextPiece();
        carried = null;
        if (!piece) break;
        const isText = piece.nodeType === 3;
        const data = isText ? (piece as Text).data : (piece.textContent ?? '');
        if (data.length === 0) continue;
        if (isBlank(data) && !(isText && piece !== afterBlock && separatesInline(piece as Text))) continue;
        const container = isText ? containerOfText(piece as Text) : (piece as Element);
        if (!container) continue;
        if (container !== lastContainer) {
          if (lastContainer !== null) {
            // A chunk ends only between blocks, so no term is cut in two.
            const checkClock = ++blocksSinceClockCheck >= 32;
            if (checkClock) blocksSinceClockCheck = 0;
            if (length >= chunkChars || (checkClock && outOfTime?.())) {
              carried = piece;
              break;
            }
            parts.push(BLOCK_SEPARATOR);
            length += 1;
          }
          ownLength = enter(lastContainer, ownLength, container);
          lastContainer = container;
        }
        segments.push({ start: length, container, ownStart: ownLength });
        parts.push(data);
        length += data.length;
        ownLength += data.length;
        total += data.length;
        if (total >= maxChars) {
          queue.length = 0;
          walker = null;
          break;
        }
      }
      if (lastContainer !== null) openContainers.push({ container: lastContainer, ownLength });
      return segments.length > 0 ? { text: parts.join(''), segments } : null;
    },
  };
}

/** Reads all the text under `root` at once (the scan CLI, tests). Blocks are separated by BLOCK_SEPARATOR. */
export function collectText(root: Node, options: CollectOptions = {}): CollectedText {
  return createCollector(root, options).next(Infinity) ?? { text: '', segments: [] };
}

export function isBlank(data: string): boolean {
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}

/**
 * Whether a blank text node is read: where it follows an inline element
 * (the space in "<b>CMO</b> <i>Jane</i>"), as a plain block's is. The blank
 * text between blocks is not, so that it adds no stretch of spaces to the
 * text of the block around them. One look, at the node before it: its node
 * after has no wrapper yet, and a blank node is the commonest node of a page.
 */
export function separatesInline(text: Text): boolean {
  const before = text.previousSibling;
  return before !== null && before.nodeType === 1 && isInlineElement(before as Element);
}

export function isInlineElement(element: Element): boolean {
  return INLINE_TAGS.has(element.localName);
}

/** The walker's next node after `element`'s subtree (and within the walker's root). */
export function pastSubtree(tree: TreeWalker, element: Node): Node | null {
  tree.currentNode = element;
  let next = tree.nextSibling();
  while (!next && tree.parentNode()) next = tree.nextSibling();
  return next;
}

/** The container of the text in `node` (an element or fragment; see TextContainer), or null when it is in none. */
export function containerOf(node: Node): TextContainer | null {
  let at: Node | null = node.nodeType === 3 ? node.parentNode : node;
  while (at && at.nodeType === 1 && isInlineElement(at as Element)) at = at.parentNode;
  return at && (at.nodeType === 1 || at.nodeType === 11) ? (at as TextContainer) : null;
}

/**
 * The same text with only the places of the segments that these spans
 * touch, as segmentAt and segmentsEnd find them (locateMatches places
 * matches with those two). Spans in text order. A scan holds every chunk
 * of the page between its two passes: dropping the segments without terms
 * took a megabyte off the bench's 5 MB page, when segments still held
 * their text nodes (see SegmentPlace).
 */
export function keepSegmentsOf(
  collected: CollectedText,
  spans: Iterable<{ readonly start: number; readonly end: number }>,
): CollectedText {
  const { segments } = collected;
  const kept: SegmentPlace[] = [];
  let at = 0; // the segment holding the span's start (as segmentAt finds it; spans come in order)
  let next = 0; // the first segment not kept yet
  for (const { start, end } of spans) {
    while (at + 1 < segments.length && segments[at + 1].start <= start) at++;
    const after = segmentsEnd(collected, at, end);
    for (let i = Math.max(at, next); i < after; i++) kept.push(segments[i]);
    next = Math.max(next, after);
  }
  return { text: collected.text, segments: kept };
}

/** Finds the segment holding an offset of the text (binary search): the later one at a boundary. */
export function segmentAt(collected: { readonly segments: readonly { start: number }[] }, offset: number): number {
  const { segments } = collected;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * One past the last segment of a span that starts in segment `from` and ends
 * at `end`: the span covers each segment after `from` that starts before `end`.
 */
export function segmentsEnd(collected: CollectedText, from: number, end: number): number {
  const { segments } = collected;
  let to = from + 1;
  while (to < segments.length && segments[to].start < end) to++;
  return to;
}
