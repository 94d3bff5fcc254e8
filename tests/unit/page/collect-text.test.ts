import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { blockText } from '../../../page/block-text';
import {
  BLOCK_SEPARATOR,
  collectText,
  createCollector,
  keepSegmentsOf,
  segmentAt,
  type CollectedText,
  type SegmentPlace,
} from '../../../page/collect-text';

function documentOf(html: string): Document {
  const window = new Window();
  window.document.body.innerHTML = html;
  return window.document as unknown as Document;
}

/** The text node at this offset of a segment's block's own text, found again there. */
function nodeAt(segment: SegmentPlace, ownOffset = segment.ownStart): Text {
  const own = blockText(segment.container);
  return own.segments[segmentAt(own, ownOffset)].node;
}

/** What the collector read for each segment: up to the next one, or to the end of its block. */
function readOf(collected: CollectedText, segment: SegmentPlace): string {
  const next = collected.segments[collected.segments.indexOf(segment) + 1]?.start ?? collected.text.length;
  return collected.text.slice(segment.start, next).split(BLOCK_SEPARATOR)[0];
}

describe('collectText', () => {
  it('keeps inline text together and separates blocks', () => {
    const doc = documentOf('<p>The <b>CMO</b> said</p><p>Next</p>');
    const { text } = collectText(doc.body);
    expect(text).toBe(`The CMO said${BLOCK_SEPARATOR}Next`);
  });

  it('skips code, inputs, editable areas, hidden elements and the excluded host', () => {
    const doc = documentOf(
      `<p>keep</p><pre>pre</pre><code>code</code><textarea>ta</textarea><div contenteditable="true">edit</div>
       <div hidden>hidden</div><script>var x</script><style>p{}</style><svg><text>svg</text></svg><termlens-ui>ours</termlens-ui>`,
    );
    const { text } = collectText(doc.body, { exclude: doc.querySelector('termlens-ui') });
    expect(text).toBe('keep');
  });

  it('reads tag names written in capitals as the parser does', () => {
    const doc = documentOf(
      '<P>The <B>CMO</B> said<SCRIPT>var CRO</SCRIPT></P><PRE>GMP</PRE><P HIDDEN>API</P><P>Next</P>',
    );
    expect(collectText(doc.body).text).toBe(`The CMO said${BLOCK_SEPARATOR}Next`);
  });

  it('enters open shadow roots', () => {
    const doc = documentOf('<p>outside</p><div id="host"></div>');
    const shadow = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>inside CDMO</p>';
    expect(collectText(doc.body).text).toContain('inside CDMO');
  });

  it('skips what is hidden or editable inside shadow roots as outside them, and reads what is not editable', () => {
    const parts =
      '<p>read CDMO</p><p aria-hidden="true">icon GMP</p><div hidden><p>hidden CRO</p></div>' +
      '<div contenteditable><p>draft API</p></div><div contenteditable="false">fixed CMO</div>';
    const doc = documentOf(`${parts}<div id="host"></div>`);
    doc.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = parts;
    const read = collectText(doc.body).text.split(BLOCK_SEPARATOR);
    expect(read).toEqual(['read CDMO', 'fixed CMO', 'read CDMO', 'fixed CMO']);
  });

  it('maps offsets back to their block and the offset in its own text, and holds no text node', () => {
    const doc = documentOf('<p>ab<i>cd</i></p><p>ef<b>gh</b></p>');
    const collected = collectText(doc.body);
    const offset = collected.text.indexOf('g');
    const segment = collected.segments[segmentAt(collected, offset)];
    expect(segment.container).toBe(doc.querySelectorAll('p')[1]);
    const ownOffset = segment.ownStart + (offset - segment.start);
    expect(ownOffset).toBe(2);
    expect(nodeAt(segment, ownOffset).data).toBe('gh');
    // A text node held when the garbage collector runs keeps its wrapper for as long as it lives (SegmentPlace).
    const isTextNode = (value: unknown) => (value as Node | null)?.nodeType === 3;
    expect(collected.segments.filter((place) => Object.values(place).some(isTextNode))).toEqual([]);
  });

  it('reads a block with only inline elements in one piece, the blank text between them included', () => {
    const doc = documentOf('<p><b>CMO</b> <i>CRO</i></p>');
    const collected = collectText(doc.body);
    expect(collected.text).toBe('CMO CRO');
    expect(collected.segments).toHaveLength(1);
  });

  it('reads blank text after an inline element in a block read node by node, not after a block', () => {
    const doc = documentOf(
      '<div><b>CMO</b> <i>Jane</i>\n<p>API</p>\n<p>GMP</p><b>CRO</b><span hidden>x</span> <i>Lee</i></div>',
    );
    const collected = collectText(doc.body);
    expect(collected.text).toBe(`CMO Jane\n${BLOCK_SEPARATOR}API${BLOCK_SEPARATOR}GMP${BLOCK_SEPARATOR}CRO Lee`);
    expect(collected.segments.map((segment) => readOf(collected, segment))).toEqual([
      'CMO',
      ' ',
      'Jane',
      '\n',
      'API',
      'GMP',
      'CRO',
      ' ',
      'Lee',
    ]);
    // blockText finds the same text nodes at the same offsets.
    const own = blockText(doc.querySelector('div')!).segments.map(({ node }) => node.data);
    expect(own).toEqual(['CMO', ' ', 'Jane', '\n', 'CRO', ' ', 'Lee']);
  });

  it('reads a block node by node where an element in it hosts a shadow root, is hidden or is skipped', () => {
    const doc = documentOf('<p>a <span id="host">CMO</span></p><p>b <i hidden>x</i>CRO</p><p>c <code>x</code>GMP</p>');
    doc.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<b>shadow</b>';
    const collected = collectText(doc.body);
    expect(collected.segments.map((segment) => readOf(collected, segment))).toEqual([
      'a ',
      'CMO',
      'b ',
      'CRO',
      'c ',
      'GMP',
      'shadow',
    ]);
  });

  it('reads a block re-scanned on its own as the walk over the page read it', () => {
    const doc = documentOf('<div><p><b>CMO</b> <i>CRO</i></p></div>');
    const alone = collectText(doc.querySelector('p')!);
    expect(alone.text).toBe(collectText(doc.body).text);
    expect(alone.segments).toEqual(collectText(doc.body).segments);
  });

  it('stops at the character cap', () => {
    const doc = documentOf('<p>aaaa</p><p>bbbb</p><p>cccc</p>');
    expect(collectText(doc.body, { maxChars: 6 }).text.length).toBeLessThanOrEqual(9);
  });
});

describe('createCollector', () => {
  it('reads a page in chunks that end between blocks and add up to the whole', () => {
    const doc = documentOf('<p>one <b>CMO</b></p><p>two</p><div id="h"></div><p>three</p><p>four</p>');
    doc.getElementById('h')!.attachShadow({ mode: 'open' }).innerHTML = '<p>shadow</p>';
    const collector = createCollector(doc.body);
    const chunks: string[] = [];
    for (let chunk = collector.next(3); chunk; chunk = collector.next(3)) chunks.push(chunk.text);
    expect(chunks).toEqual(['one CMO', 'two', 'three', 'four', 'shadow']);
  });
});

describe('keepSegmentsOf', () => {
  const doc = documentOf(
    '<p>none here</p><p>a CMO <i>and</i> more</p><p>the <b>CD</b><i>M</i>O plant <code>x</code></p><p>none</p><p>GMP</p><p>x</p>',
  );
  const collected = collectText(doc.body);
  const spanOf = (form: string) => {
    const start = collected.text.indexOf(form);
    return { start, end: start + form.length };
  };
  // Inside a block read whole; across three nodes of a block read node by node (its code); a whole block,
  // ending where the next block starts.
  const spans = [spanOf('CMO'), spanOf('CDMO'), spanOf('GMP')];

  it('keeps only the places of the text the spans touch, in order, with the same text', () => {
    const kept = keepSegmentsOf(collected, spans);
    expect(kept.text).toBe(collected.text);
    expect(kept.segments.map((segment) => readOf(collected, segment))).toEqual([
      'a CMO and more',
      'CD',
      'M',
      'O plant ',
      'GMP',
    ]);
    expect(kept.segments.every((segment) => collected.segments.includes(segment))).toBe(true);
  });

  it('locates each span in the same nodes and at the same offsets as the full list', () => {
    const kept = keepSegmentsOf(collected, spans);
    for (const { start, end } of spans) {
      for (const offset of [start, end - 1]) {
        const inKept = kept.segments[segmentAt(kept, offset)];
        const inFull = collected.segments[segmentAt(collected, offset)];
        expect(inKept).toEqual({ start: inFull.start, container: inFull.container, ownStart: inFull.ownStart });
      }
    }
  });

  it('keeps nothing for no spans', () => {
    expect(keepSegmentsOf(collected, []).segments).toEqual([]);
  });
});
