/**
 * Whether a document has any text for TermLens to read, and a wait for
 * the first text to arrive. The content script's loader asks this before it
 * starts the rest of TermLens: a frame without text (an ad slot, an empty
 * about:blank, a single-page app that has not rendered yet) then runs none
 * of the scanner's, the tooltip's or the schemas' set-up code.
 *
 * Deliberately generous: any visible-looking text, or any custom element
 * (its text may live in a shadow root, which is not walked here), counts.
 */

// Node types and walker masks by number: the scan CLI and unit tests run this under happy-dom, without DOM globals.
const ELEMENT = 1;
const TEXT = 3;
const DOCUMENT = 9;
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;

/** Elements whose text is never prose. */
const NOT_PROSE = new Set(['script', 'style', 'noscript', 'template', 'title']);

/** Whether this node, or anything under it, may hold text to read. */
export function holdsText(root: Node): boolean {
  if (root.nodeType === TEXT) return isProse(root as Text);
  if (root.nodeType !== ELEMENT && root.nodeType !== DOCUMENT) return false;
  if (root.nodeType === ELEMENT && mayHoldText(root as Element)) return true;
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === TEXT ? isProse(node as Text) : mayHoldText(node as Element)) return true;
  }
  return false;
}

function isProse(text: Text): boolean {
  const parent = text.parentElement;
  return !!parent && !NOT_PROSE.has(parent.localName) && /\S/.test(text.data);
}

/** A custom element, or one with an open shadow root: its text may be out of the walker's reach. */
function mayHoldText(element: Element): boolean {
  return element.localName.includes('-') || element.shadowRoot !== null;
}

/**
 * Resolves when text first appears in the document (at once if it has
 * some already); never, if `signal` aborts first. Only what was added or
 * changed is looked at, so a page that keeps changing costs little.
 */
export function whenTextAppears(doc: Document, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return;
    if (holdsText(doc)) {
      resolve();
      return;
    }
    const observer = new (doc.defaultView ?? window).MutationObserver((records) => {
      for (const record of records) {
        const found =
          record.type === 'characterData'
            ? holdsText(record.target)
            : Array.prototype.some.call(record.addedNodes, (node: Node) => holdsText(node));
        if (found) {
          observer.disconnect();
          resolve();
          return;
        }
      }
    });
    observer.observe(doc, { childList: true, characterData: true, subtree: true });
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  });
}
