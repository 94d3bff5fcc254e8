import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolve } from 'node:path';
import { bundledPack } from '../../../glossary/data';
import { buildLexicon } from '../../../glossary/build-lexicon';
import { lexiconFromMatchData, type Lexicon } from '../../../glossary/lexicon';
import { toMatchData, toPageMatchData } from '../../../glossary/match-data';
import { scanText } from '../../../glossary/scan-text';
import { compileSenseCues } from '../../../glossary/sense-cue-compile';
import { adoptSenseCues, senseCueTermsToCompile } from '../../../glossary/sense-cues';
import { SENSE_CUES_WIRE_FORMAT, senseCuesFromWire, senseCuesToWire } from '../../../glossary/sense-cues-wire';
import { ambiguousTermsIn } from '../../../glossary/senses';
import { loadLabelledSet } from './sense-eval';

const data = toMatchData([bundledPack]);
/** The background's lexicon: it compiles every page's cues afresh. */
const background = buildLexicon(data);
const overTheWire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const labelled = ['dev-set', 'holdout-set'].flatMap((name) =>
  loadLabelledSet(resolve(import.meta.dirname, `../../fixtures/senses/${name}.jsonl`)),
);

/** What a page asks the background for before resolving a text, and adopts. */
function fetchCues(page: Lexicon, text: string): void {
  const terms = senseCueTermsToCompile(page, ambiguousTermsIn(page, page.findTerms(text)));
  if (terms)
    adoptSenseCues(page, terms, senseCuesFromWire(overTheWire(senseCuesToWire(compileSenseCues(background, terms)))));
}

afterEach(() => vi.restoreAllMocks());

describe('cue words compiled by the background', () => {
  it('resolve every labelled sentence as cues compiled on the page do, as the set of terms grows', () => {
    // One lexicon per side for all the sentences: the cues compiled so far grow as a long page's would.
    const compiledHere = buildLexicon(data);
    const fetched = lexiconFromMatchData(overTheWire(toPageMatchData(data)));
    let asked = 0;
    for (const entry of labelled) {
      const options = { title: entry.title ?? '', lang: entry.lang };
      if (senseCueTermsToCompile(fetched, ambiguousTermsIn(fetched, fetched.findTerms(entry.text)))) asked++;
      fetchCues(fetched, entry.text);
      expect(scanText(fetched, entry.text, options), entry.id).toEqual(scanText(compiledHere, entry.text, options));
    }
    // Asked again only when a sentence brought a term not compiled before.
    expect(asked).toBeGreaterThan(5);
    expect(asked).toBeLessThan(labelled.length / 2);
  });

  it('are all a page has: without them it decides from the rest of the text, and here paints nothing', () => {
    const text = 'The CMO signed a supply agreement for the commercial batches of the drug.';
    const page = lexiconFromMatchData(overTheWire(toPageMatchData(data)));
    const painted = (lexicon: Lexicon) =>
      scanText(lexicon, text)
        .matches.filter((match) => match.painted)
        .map((match) => `${match.text}: ${match.sense}`);
    // The background did not answer: nothing compiled here stands in for its cue words.
    expect(painted(page)).toEqual([]);
    fetchCues(page, text);
    expect(painted(page)).toEqual(['CMO: contract_manufacturing_organization']);
    expect(scanText(page, text)).toEqual(scanText(buildLexicon(data), text));
  });

  it('keep each cue once, with its senses', () => {
    const compiled = compileSenseCues(background, ['cmo', 'api']);
    const wire = overTheWire(senseCuesToWire(compiled));
    const cues = wire.cues.map(([cue]) => cue);
    expect(new Set(cues).size).toBe(cues.length);
    const decoded = senseCuesFromWire(wire);
    expect([...decoded.medical]).toEqual([...compiled.medical]);
    const sample =
      'Manufacturing at the plant, with a marketing budget and an endpoint for developers; 生产 营销 接口.';
    const simplify = (c: typeof compiled) =>
      c.latin.findAll(sample).map((hit) => [hit.start, hit.end, hit.values.map((ref) => [ref.cue, [...ref.senses]])]);
    expect(simplify(decoded)).toEqual(simplify(compiled));
    expect(simplify(decoded).length).toBeGreaterThan(2);
    // Decoded weights are a flat list, looked up by sense key as the resolver does.
    for (const ref of decoded.latin.findAll(sample).flatMap((hit) => hit.values)) {
      for (const [key, weight] of ref.senses) expect(ref.senses.get(key)).toBe(weight);
      expect(ref.senses.get('cmo/no_such_sense')).toBeUndefined();
    }
  });

  it('are refused, with an error that says why, when stale or damaged', () => {
    const wire = senseCuesToWire(compileSenseCues(background, ['cmo']));
    expect(() => senseCuesFromWire({ ...wire, format: SENSE_CUES_WIRE_FORMAT + 1 })).toThrow(
      `compiled cues have format ${SENSE_CUES_WIRE_FORMAT + 1}, expected ${SENSE_CUES_WIRE_FORMAT}`,
    );
    expect(() => senseCuesFromWire({ ...wire, cjk: [['生产', wire.cues.length]] })).toThrow(
      `compiled cues point to cue ${wire.cues.length} of ${wire.cues.length}`,
    );
    expect(() => senseCuesFromWire({ ...wire, latin: { ...wire.latin, format: 0 } })).toThrow(
      'compiled trie has format 0',
    );
  });
});
