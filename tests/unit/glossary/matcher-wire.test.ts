import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledPack } from '../../../glossary/data';
import { buildLexicon, formTrie } from '../../../glossary/build-lexicon';
import { lexiconFromMatchData, type Lexicon } from '../../../glossary/lexicon';
import { toMatchData, toPageMatchData, type MatchData } from '../../../glossary/match-data';
import { compileTrie } from '../../../glossary/matcher';
import { TRIE_WIRE_FORMAT, trieFromWire, trieToWire } from '../../../glossary/matcher-wire';
import { miniPack } from '../../fixtures/mini-pack';

/** What a page receives: Chrome sends extension messages as JSON. */
const overTheWire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const data = toMatchData([bundledPack]);
const compiledHere = buildLexicon({ terms: data.terms });

const found = (lexicon: Lexicon, text: string) =>
  lexicon.findTerms(text).map((hit) => [hit.start, hit.end, hit.entries.map((e) => `${e.termId}/${e.ambiguous}`)]);

// Every form of the glossary, and pieces that test the edges of a match.
const pieces = [
  ...bundledPack.terms.flatMap((term) => [...term.forms.en, ...term.forms.zh]),
  // In other cases too: acronyms match only in their own case.
  ...bundledPack.terms.flatMap((term) => term.forms.en.flatMap((form) => [form.toLowerCase(), form.toUpperCase()])),
  ...[' ', 's', "'s", '-', '.', '/', 'x', '中', 'ＣＭＯ', '\n', '1'],
];
const pageText = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(''));

afterEach(() => vi.restoreAllMocks());

describe('the compiled trie sent to pages', () => {
  it('finds what a lexicon compiled on the page finds', () => {
    const warn = vi.spyOn(console, 'warn');
    const received = lexiconFromMatchData(overTheWire(toPageMatchData(data)));
    expect(received.formCount).toBe(compiledHere.formCount);
    fc.assert(
      fc.property(pageText, (text) => {
        expect(found(received, text)).toEqual(found(compiledHere, text));
      }),
    );
    expect(warn).not.toHaveBeenCalled();
  });

  it('is what the page matches with, not compiled again', () => {
    // The mini pack's forms with the bundled pack's trie: the trie decides what is found.
    const mixed: MatchData = { ...toMatchData([miniPack]), formTrie: overTheWire(data.formTrie) };
    const text = 'An ADC developed with a CDMO.';
    for (const lexicon of [lexiconFromMatchData(mixed), buildLexicon(mixed)])
      expect(found(lexicon, text)).toEqual(found(compiledHere, text));
    expect(found(buildLexicon(miniPack), text)).not.toEqual(found(compiledHere, text));
  });

  it('decodes the same with the engine’s own base64 (Uint8Array.fromBase64, as in browsers)', () => {
    // Node 20 has no native base64 on Uint8Array, so the tests give it one; browsers bring theirs.
    const native = Uint8Array as unknown as { fromBase64?: unknown };
    const proto = Uint8Array.prototype as unknown as { toBase64?: unknown };
    const hadNative = 'fromBase64' in native;
    if (!hadNative) {
      native.fromBase64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));
      proto.toBase64 = function (this: Uint8Array) {
        return Buffer.from(this.buffer, this.byteOffset, this.byteLength).toString('base64');
      };
    }
    try {
      const wire = trieToWire(formTrie(miniPack));
      expect(wire).toEqual(trieToWire(trieFromWire(overTheWire(wire))));
      expect(wire.childStart).toBe(Buffer.from(formTrie(miniPack).childStart.buffer).toString('base64'));
    } finally {
      if (!hadNative) {
        delete native.fromBase64;
        delete proto.toBase64;
      }
    }
  });

  it('is refused, with an error that says why, when it is stale or damaged; buildLexicon then compiles its own', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const text = 'The CDMO ran the CMC work; 合同研发生产组织 and ＣＭＯ.';
    const damaged = [
      { ...data.formTrie, format: TRIE_WIRE_FORMAT + 1 },
      { ...data.formTrie, childStart: data.formTrie.childStart.slice(0, 48) },
      { ...data.formTrie, childStart: data.formTrie.childStart.slice(0, 40) },
      { ...data.formTrie, childNodes: trieToWire(formTrie(miniPack)).childNodes },
      { ...data.formTrie, formExact: data.formTrie.formExact.slice(1) },
      { ...data.formTrie, formNodes: trieToWire(formTrie(miniPack)).formNodes },
      { ...data.formTrie, childChars: '%%not base64%%' },
    ];
    const errors = damaged.map((formTrie) => {
      expect(found(buildLexicon({ ...data, formTrie }), text)).toEqual(found(compiledHere, text));
      try {
        lexiconFromMatchData({ ...data, formTrie });
      } catch (error) {
        return (error as Error).message;
      }
      return 'accepted';
    });
    // The page's lexicon compiles nothing: it refuses with the same reason.
    expect(errors).toEqual(warn.mock.calls.map((call) => String(call[1])));
    expect(errors).toEqual([
      `compiled trie has format ${TRIE_WIRE_FORMAT + 1}, expected ${TRIE_WIRE_FORMAT}`,
      expect.stringMatching(/^compiled trie's rows \(\d+\) do not cover its \d+ edges$/),
      "compiled trie's childStart has 30 bytes, not whole 4-byte numbers",
      expect.stringMatching(/^compiled trie has \d+ edge characters but \d+ edge targets$/),
      "compiled trie's forms have columns of different lengths",
      "compiled trie's forms have columns of different lengths",
      expect.any(String),
    ]);
  });

  it('refuses a trie whose forms lie beyond its nodes or out of order', () => {
    const trie = compileTrie([
      { form: 'CMO', value: 1 },
      { form: 'CRO', value: 2 },
    ]);
    const wire = trieToWire(trie);
    const withNodes = (nodes: number[]) => ({
      ...wire,
      formNodes: Buffer.from(new Int32Array(nodes).buffer).toString('base64'),
    });
    expect(() => trieFromWire(withNodes([3, 99]))).toThrow(
      `compiled trie accepts a form at node 99, out of order or beyond its ${trie.childStart.length - 1} nodes`,
    );
    expect(() => trieFromWire(withNodes([5, 3]))).toThrow('compiled trie accepts a form at node 3, out of order');
  });
});
