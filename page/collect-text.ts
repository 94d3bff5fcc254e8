/**
 * Collects the readable text of a page (or of one subtree) into one string,
 * remembering which text node each stretch came from. The content script
 * and the scan CLI (under happy-dom) share this code, so both see the same
 * text at the same offsets.
 */

/** Between blocks: not a space (so no form runs across two paragraphs), not a word character. */
export const BLOCK_SEPARATOR = '\u2029';

/** Elements whose text is not prose a reader would want explained, or that the user edits. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'VIDEO',
  'AUDIO',
]);

/** Inline elements: their text joins the surrounding block (so "<b>CMO</b> John Smith" is one context). */
const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'LABEL',
  'MARK',
  'Q',
  'RUBY',
  'RT',
  'S',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  'INS',
  'DEL',
]);

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the collected text. */
  start: number;
}

export interface CollectedText {
  text: string;
  /** In document order, by increasing `start`. */
  segments: TextSegment[];
}

export interface CollectOptions {
  /** An element to leave out, with its subtree (our own UI host). */
  exclude?: Element | null;
  /** Stop after this many characters (a safety cap for hostile pages). */
  maxChars?: number;
}

/** Whether an element's subtree is skipped: code, inputs, editable areas, hidden. */
export function isSkippedElement(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag)) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return false;
}

/**
 * Walks the text nodes under `root`, including open shadow roots, in
 * document order. Blocks are separated by BLOCK_SEPARATOR.
 */
export function collectText(root: Node, options: CollectOptions = {}): CollectedText {
  const segments: TextSegment[] = [];
  const parts: string[] = [];
  let length = 0;
  let lastBlock: Element | null = null;
  const maxChars = options.maxChars ?? Infinity;
  const doc = root.ownerDocument ?? (root as Document);

  const visit = (subtree: Node): boolean => {
    // The walker does not enter shadow roots; note their hosts on the way and visit them after.
    const hosts: Element[] = [];
    const walker = doc.createTreeWalker(subtree, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
      acceptNode(node) {
        if (node.nodeType === 3) return 1; // FILTER_ACCEPT
        const element = node as Element;
        if (element === options.exclude || isSkippedElement(element)) return 2; // FILTER_REJECT
        if (element.shadowRoot) hosts.push(element);
        return 3; // FILTER_SKIP: descend, but elements are not results
      },
    });
    let node = walker.nextNode();
    while (node) {
      const textNode = node as Text;
      const data = textNode.data;
      if (data.length > 0 && !isBlank(data)) {
        const block = blockOf(textNode);
        if (lastBlock !== null && block !== lastBlock) {
          parts.push(BLOCK_SEPARATOR);
          length += 1;
        }
        lastBlock = block;
        segments.push({ node: textNode, start: length });
        parts.push(data);
        length += data.length;
        if (length >= maxChars) return false;
      }
      node = walker.nextNode();
    }
    for (const host of hosts) {
      if (host.shadowRoot && !visit(host.shadowRoot)) return false;
    }
    return true;
  };

  visit(root);
  return { text: parts.join(''), segments };
}

function isBlank(data: string): boolean {
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}

/** The nearest ancestor that is not an inline element. */
function blockOf(node: Node): Element | null {
  let element = node.parentElement;
  while (element && INLINE_TAGS.has(element.tagName.toUpperCase())) element = element.parentElement;
  return element;
}

/** Finds the segment holding a collected-text offset (binary search). */
export function segmentAt(collected: CollectedText, offset: number): number {
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
