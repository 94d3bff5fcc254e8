import { Window } from 'happy-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledPack } from '../../../glossary/data';
import { buildLexicon } from '../../../glossary/build-lexicon';
import { lexiconFromMatchData } from '../../../glossary/lexicon';
import { toMatchData, toPageMatchData, type MatchData, type PageTerm } from '../../../glossary/match-data';
import { compileSenseCues } from '../../../glossary/sense-cue-compile';
import { senseCuesToWire, type SenseCuesWire } from '../../../glossary/sense-cues-wire';
import { createPageScanner, type PageScannerOptions } from '../../../page/page-scanner';

const data = toMatchData([bundledPack]);
const background = buildLexicon(data);
const settings = { minConfidence: 0.6, firstOnly: false, hiddenCategories: [] };

const page = `
  <p>Acme hired a CMO to fill its tablets; the contract manufacturer holds a GMP certificate for the API.</p>
  <p>Separately, the retailer named a new CMO to run its marketing and brand campaigns.</p>
  <p>光伏企业的PV组件出货量增长，药物警戒（PV）体系也在完善。</p>`;

/** What the background answers: the cues of exactly these terms, over JSON. */
const answer = (termIds: string[]): Promise<SenseCuesWire | null> =>
  Promise.resolve(JSON.parse(JSON.stringify(senseCuesToWire(compileSenseCues(background, termIds)))));

/** The content script's lexicon, which compiles nothing, when cue words come from elsewhere; else one that does. */
const lexiconFor = (fetchCompiledCues?: PageScannerOptions['fetchCompiledCues']) =>
  fetchCompiledCues
    ? lexiconFromMatchData(JSON.parse(JSON.stringify(toPageMatchData(data))) as MatchData<PageTerm>)
    : buildLexicon(data);

async function scan(fetchCompiledCues?: PageScannerOptions['fetchCompiledCues']) {
  const window = new Window();
  window.document.body.innerHTML = page;
  const scanner = createPageScanner({
    lexicon: lexiconFor(fetchCompiledCues),
    root: () => window.document.body as unknown as Node,
    exclude: () => null,
    title: () => 'Industry news',
    painter: null,
    fetchCompiledCues,
  });
  await scanner.scanAll(settings);
  return scanner.matches.map((m) => [m.termId, m.sense.id, m.confidence, m.painted]);
}

afterEach(() => vi.restoreAllMocks());

describe('a scan with cue words compiled by the background', () => {
  it('asks once, for the ambiguous terms on the page, and decides as a scan that compiles its own', async () => {
    const fetch = vi.fn(answer);
    const withBackground = await scan(fetch);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect([...fetch.mock.calls[0][0]].sort()).toEqual([
      'api',
      'cmo',
      'gmp',
      'pharmacovigilance',
      'process-validation',
    ]);
    expect(withBackground).toEqual(await scan());
    // CMO means different things in the two paragraphs: the cues decided something.
    expect(new Set(withBackground.filter(([term]) => term === 'cmo').map(([, sense]) => sense)).size).toBeGreaterThan(
      1,
    );
  });

  it('decides with the cues the background sent', async () => {
    // Cue words that argue for nothing: a scan that used them decides otherwise than one with real cues.
    const mute = async (termIds: string[]) => {
      const wire = (await answer(termIds))!;
      return { ...wire, cues: wire.cues.map(([cue]): [string, [string, number][]] => [cue, []]) };
    };
    expect(await scan(mute)).not.toEqual(await scan());
  });

  it('decides without cue words, and compiles none, when the background has no answer or a damaged one', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const withoutCues = await scan(() => Promise.resolve(null));
    expect(withoutCues).not.toEqual(await scan());
    // The same matches, decided otherwise (PV may then be either of its two terms).
    expect(withoutCues.length).toBe((await scan()).length);
    expect(await scan(() => Promise.reject(new Error('Extension context invalidated.')))).toEqual(withoutCues);
    expect(await scan(async (termIds) => ({ ...(await answer(termIds))!, cjk: [['光伏', 10_000]] }))).toEqual(
      withoutCues,
    );
    expect(warn).toHaveBeenCalledWith(
      'TermLens: the cue words from the background are refused;',
      expect.stringMatching(/^compiled cues point to cue 10000 of \d+$/),
    );
  });

  it('asks again when a changed part of the page brings a new ambiguous term, then reads that part', async () => {
    /** A scan of a page that later gains a paragraph with PV, re-scanned as the mutation watcher would. */
    const withFeed = async (fetchCompiledCues?: PageScannerOptions['fetchCompiledCues']) => {
      const window = new Window();
      const body = window.document.body;
      body.innerHTML = '<p>Acme hired a CMO to fill its tablets under GMP.</p>';
      const scanner = createPageScanner({
        lexicon: lexiconFor(fetchCompiledCues),
        root: () => body as unknown as Node,
        exclude: () => null,
        title: () => 'Industry news',
        painter: null,
        fetchCompiledCues,
      });
      await scanner.scanAll(settings);
      const next = window.document.createElement('p');
      next.textContent = '药物警戒（PV）体系也在完善，PV报告按期提交。';
      body.append(next);
      scanner.rescan([next as unknown as Node], settings);
      await new Promise((resolve) => setTimeout(resolve, 0));
      return scanner.matches.map((m) => [m.termId, m.sense.id, m.confidence, m.painted]);
    };
    const fetch = vi.fn(answer);
    const fetched = await withFeed(fetch);
    expect(fetched).toEqual(await withFeed());
    expect(fetched.filter(([term]) => term === 'pharmacovigilance').length).toBeGreaterThan(1);
    const [first, second] = fetch.mock.calls.map(([termIds]) => termIds);
    expect(fetch).toHaveBeenCalledTimes(2);
    // Every term compiled for the page so far, then the new ones.
    expect(second.slice(0, first.length)).toEqual(first);
    expect(second).toContain('pharmacovigilance');

    // No answer for the new part: asked once, then read without its cue words; the first part is as it was.
    const once = vi.fn((termIds: string[]) =>
      termIds.includes('pharmacovigilance') ? Promise.resolve(null) : answer(termIds),
    );
    const unanswered = await withFeed(once);
    expect(once).toHaveBeenCalledTimes(2);
    const firstPart = (matches: typeof fetched) => matches.filter(([term]) => term === 'cmo' || term === 'gmp');
    expect(unanswered.length).toBe(fetched.length);
    expect(firstPart(unanswered)).toEqual(firstPart(fetched));
    expect(firstPart(fetched).length).toBe(2);
    expect(unanswered).not.toEqual(fetched);
  });
});
