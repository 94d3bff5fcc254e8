import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { blockText } from '../../../page/block-text';
import {
  BLOCK_SEPARATOR,
  collectText,
  createCollector,
  segmentAt,
  type CollectedText,
} from '../../../page/collect-text';

function documentOf(html: string): Document {
  const window = new Window();
  window.document.body.innerHTML = html;
  return window.document as unknown as Document;
}

/**
 * Each collected segment where blockText finds its container's own text: text nodes from the segment's
 * offset there on, whose text is what the collector read for the segment (a text node, or a block read
 * whole); or a mismatch.
 */
function disagreements({ text, segments }: CollectedText): string[] {
  return segments.flatMap((segment, i) => {
    const next = segments[i + 1]?.start ?? text.length;
    const read = text.slice(segment.start, next).split(BLOCK_SEPARATOR)[0];
    const own = blockText(segment.container).segments;
    const from = own.findIndex((node) => node.start === segment.ownStart);
    if (from < 0) return [`"${read}": collector ${segment.ownStart}, block has no such node`];
    let found = '';
    for (let k = from; k < own.length && found.length < read.length; k++) found += own[k].node.data;
    return found === read ? [] : [`"${read}": block has "${found}"`];
  });
}

// Blocks inside blocks, inline elements, skipped and hidden parts, blank text (between blocks, and between
// inline elements of a block read whole, at its start and after a br), an emptied block.
const TRICKY = `
  <div id="outer">Before the list, a CDMO
    <ul><li>first <b>item</b> with <code>code()</code> in it</li><li id="second">second</li></ul>
    after the list, the <span hidden>hidden</span>CRO <em>and <i>the</i> CMO</em>
    <p>inside <span>a <a href="#">link</a></span></p>   
    and the last words of the outer block.
    <pre>skipped entirely</pre>
    <span contenteditable>edited by the reader</span> tail
  </div>
  <p id="empty"> </p>
  <p>plain</p>
  <p><b>CMO</b> <i>CRO</i> <a href="#">and</a>\n<strong>GMP</strong></p>
  <p>\n  <b>API</b><br> <i>supply</i></p>`;

describe("a block's own text", () => {
  it('starts each text node where the collector counted it, in blocks inside blocks', () => {
    const doc = documentOf(TRICKY);
    const collected = collectText(doc.body);
    expect(collected.segments.length).toBeGreaterThan(15);
    expect(disagreements(collected)).toEqual([]);
    // The outer block's text resumes after the list and the paragraph inside it. Its blank text is read
    // where it follows an inline element (the em), not after a block (the p, the pre).
    const outer = blockText(doc.getElementById('outer')!);
    expect(outer.segments.map(({ node }) => node.data.trim())).toEqual([
      'Before the list, a CDMO',
      'after the list, the',
      'CRO',
      'and',
      'the',
      'CMO',
      '',
      'and the last words of the outer block.',
      'tail',
    ]);
  });

  it('agrees with a collector that reads in small chunks, and from a block inside the page', () => {
    const doc = documentOf(TRICKY.repeat(3));
    const collector = createCollector(doc.body);
    let chunks = 0;
    for (let chunk = collector.next(40); chunk; chunk = collector.next(40), chunks++) {
      expect(disagreements(chunk)).toEqual([]);
    }
    expect(chunks).toBeGreaterThan(3);
    // A re-scan reads one block: the same offsets.
    expect(disagreements(collectText(doc.getElementById('outer')!))).toEqual([]);
  });

  it('counts text straight inside a shadow root as the root’s own', () => {
    const doc = documentOf('<div id="host"><p>light</p></div>');
    const root = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = 'the <b>CDMO</b> in the shadow<p>a GMP block</p> after';
    const collected = collectText(doc.body);
    expect(collected.segments.map((segment) => segment.container === root)).toEqual([
      false,
      true,
      true,
      true,
      false,
      true,
    ]);
    expect(disagreements(collected)).toEqual([]);
  });

  it('finds the node holding an offset, the later one at a boundary', () => {
    const doc = documentOf('<p>ab<b>cd</b>ef</p>');
    const own = blockText(doc.querySelector('p')!);
    expect([0, 1, 2, 3, 4, 5].map((offset) => own.segments[segmentAt(own, offset)].node.data)).toEqual([
      'ab',
      'ab',
      'cd',
      'cd',
      'ef',
      'ef',
    ]);
  });

  it('reads the block again in a later task, after the page changed it', async () => {
    const doc = documentOf('<p>one</p>');
    const block = doc.querySelector('p')!;
    const texts = () => blockText(block).segments.map(({ node }) => node.data);
    expect(texts()).toEqual(['one']);
    block.append(' two');
    // Within the task the block read before is reused; in the next it is read anew.
    expect(texts()).toEqual(['one']);
    await Promise.resolve();
    expect(texts()).toEqual(['one', ' two']);
  });
});
