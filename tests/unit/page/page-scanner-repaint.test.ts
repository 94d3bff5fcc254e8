import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { bundledPack } from '../../../glossary/data';
import { buildLexicon } from '../../../glossary/build-lexicon';
import { toMatchData } from '../../../glossary/match-data';
import type { Painter } from '../../../page/highlight-painter';
import { createPageScanner } from '../../../page/page-scanner';
import type { PageMatch } from '../../../page/scan-page';
import { explanationPoolOf } from '../../../glossary/shared-explanations';

const lexicon = buildLexicon(toMatchData([bundledPack]));
const settings = { minConfidence: 0.6, firstOnly: false, hiddenCategories: [] };
const PAGE = Array.from(
  { length: 40 },
  (_, i) => `<p>Batch ${i}: the CDMO passed its GMP inspection, and the CRO filed the IND.</p>`,
).join('');

/** A painter that keeps what is painted in a set, and what was painted when each batch arrived. */
function recordingPainter() {
  const painted = new Set<PageMatch>();
  const calls: string[] = [];
  const onAdd: ((batch: readonly PageMatch[]) => void)[] = [];
  const painter: Painter<PageMatch> = {
    add(batch) {
      for (const listener of onAdd) listener(batch);
      for (const match of batch) if (match.painted) painted.add(match);
      calls.push('add');
    },
    remove(batch) {
      for (const match of batch) painted.delete(match);
      calls.push('remove');
    },
    clear() {
      painted.clear();
      calls.push('clear');
    },
    matchesIn: (node) => [...painted].filter((match) => match.nodes.includes(node as Text)),
    setStyle: () => undefined,
    flash: () => undefined,
    paintEverywhere: () => undefined,
    get size() {
      return painted.size;
    },
  };
  return { painter, painted, calls, onAdd };
}

function setup() {
  const window = new Window();
  const document = window.document as unknown as Document;
  window.document.body.innerHTML = PAGE;
  const recorder = recordingPainter();
  const scannerOf = (scanned: typeof lexicon) =>
    createPageScanner({
      lexicon: scanned,
      root: () => window.document.body as unknown as Node,
      exclude: () => null,
      title: () => 'Outsourcing news',
      painter: recorder.painter,
      // Small chunks: the scan paints in several batches, as on a long page.
      chunkChars: 500,
    });
  return { scanner: scannerOf(lexicon), scannerOf, document, ...recorder };
}

describe('a full re-scan (new settings, a storm of page changes)', () => {
  it('leaves the terms painted until it has painted them again, then drops the old ones', async () => {
    const { scanner, painted, calls, onAdd } = setup();
    await scanner.scanAll(settings);
    const first = new Set(painted);
    expect(first.size).toBe(160);

    const oldPaintedAtEachBatch: boolean[] = [];
    onAdd.push(() => oldPaintedAtEachBatch.push([...first].every((match) => painted.has(match))));
    calls.length = 0;
    await scanner.scanAll(settings);

    expect(oldPaintedAtEachBatch.length).toBeGreaterThan(1);
    expect(oldPaintedAtEachBatch.every(Boolean)).toBe(true);
    expect(calls).not.toContain('clear');
    expect(calls.at(-1)).toBe('remove');
    expect(painted.size).toBe(160);
    expect([...painted].some((match) => first.has(match))).toBe(false);
  });

  it('passes the old terms on when it is itself superseded, so none is left behind', async () => {
    const { scanner, painted } = setup();
    await scanner.scanAll(settings);
    const first = new Set(painted);
    const superseded = scanner.scanAll(settings);
    const last = scanner.scanAll(settings);
    expect(await superseded).toBeNull();
    await last;
    expect(painted.size).toBe(160);
    expect(new Set(scanner.matches)).toEqual(painted);
    expect([...painted].some((match) => first.has(match))).toBe(false);
  });

  it('leaves the page to a new glossary: the old scanner takes back only its own terms', async () => {
    const { scanner, scannerOf, painted } = setup();
    await scanner.scanAll(settings);
    const old = new Set(painted);
    const next = scannerOf(buildLexicon(toMatchData([bundledPack])));
    await next.scanAll(settings);
    expect(painted.size).toBe(320);
    scanner.retire();
    expect(new Set(painted)).toEqual(new Set(next.matches));
    expect([...painted].some((match) => old.has(match))).toBe(false);
  });

  it('is not what turning TermLens off does: clear() drops every term at once, old ones included', async () => {
    const { scanner, painted } = setup();
    await scanner.scanAll(settings);
    void scanner.scanAll(settings);
    scanner.clear();
    expect(painted.size).toBe(0);
    expect(scanner.matches).toHaveLength(0);
  });
});

describe('a block the page changes while a full scan runs', () => {
  /** Where each match is: the start of its block's text, and its offset there. */
  const spans = (matches: readonly PageMatch[]) =>
    matches.map((match) => `${(match.container.textContent ?? '').slice(0, 12)}@${match.containerOffset}`);

  it('is re-scanned when the full scan is done, so its terms are counted once and as they are now', async () => {
    const { scanner, document, painted } = setup();
    const scanning = scanner.scanAll(settings);
    // The page changes two blocks (one of them twice) after the scan's first pass has read them (its first
    // slice runs at once) and before the second places their terms.
    const [first, second] = document.querySelectorAll('p');
    first.textContent = 'Rewritten: the CDMO and the CMO signed.';
    second.textContent = 'Rewritten too: a GMP audit.';
    scanner.rescan([first], settings);
    scanner.rescan([second, first], settings);
    await scanning;
    const all = spans(scanner.matches);
    expect(new Set(all).size).toBe(all.length);
    expect(scanner.matches.length).toBe(38 * 4 + 2 + 1);
    expect(painted.size).toBe(scanner.matches.filter((m) => m.painted).length);
    expect(scanner.matches.filter((m) => m.container === first).map((m) => m.termId)).toEqual(['cdmo', 'cmo']);
  });

  it('is forgotten when the block left the page before the full scan ended', async () => {
    const { scanner, document } = setup();
    const scanning = scanner.scanAll(settings);
    const [first] = document.querySelectorAll('p');
    first.remove();
    scanner.rescan([first], settings);
    await scanning;
    expect(scanner.matches.some((m) => !m.container.isConnected)).toBe(false);
  });
});

describe('the explanations a scan shares', () => {
  it('are shared between the matches of a scan, and the pool keeps no index of them after it', async () => {
    const { scanner } = setup();
    await scanner.scanAll(settings);
    const withReasons = scanner.matches.filter((match) => match.evidence.length > 0);
    expect(withReasons.length).toBeGreaterThan(10);
    const lists = new Set(withReasons.map((match) => match.evidence));
    expect(lists.size).toBeLessThan(withReasons.length / 2);
    // What the scan found is forgotten: the same reasons now make a new list.
    const pool = explanationPoolOf(lexicon);
    const sample = withReasons[5].evidence;
    expect(pool.evidence([...sample])).not.toBe(sample);
    expect(withReasons[5].evidence).toEqual(sample);
  });
});
