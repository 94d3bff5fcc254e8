import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../../glossary/build-lexicon';
import { compileTrie, matcherFromTrie } from '../../../glossary/matcher';
import { miniPack } from '../../fixtures/mini-pack';

const lexicon = buildLexicon(miniPack);

/** The matched substrings and their term ids, in order. */
function found(text: string): string[] {
  return lexicon
    .findTerms(text)
    .map((hit) => `${text.slice(hit.start, hit.end)}=${hit.entries.map((e) => e.termId).join('|')}`);
}

describe('Latin forms', () => {
  it('match acronyms on word boundaries', () => {
    expect(found('A CMO and a CDMO, not a CRO.')).toEqual(['CMO=cmo', 'CDMO=cdmo', 'CRO=cro']);
  });

  it('match acronyms case-sensitively, with mixed-case exceptions', () => {
    expect(found('api, Api and API; cgmp, CGMP and cGMP')).toEqual(['API=api', 'cGMP=cgmp']);
  });

  it('match full names in any case, across line breaks and hyphens', () => {
    expect(found('a contract\n  manufacturer and a Contract-Manufacturing organization')).toEqual([
      'contract\n  manufacturer=cmo',
      'Contract-Manufacturing organization=cmo',
    ]);
  });

  it('take plurals and possessives', () => {
    expect(found("CMOs, CDMOs' margins, the CRO's lab, CRO’s team")).toEqual([
      'CMOs=cmo',
      "CDMOs'=cdmo",
      "CRO's=cro",
      'CRO’s=cro',
    ]);
  });

  it('derive -ies plurals of word forms', () => {
    expect(found('two cell therapies')).toEqual(['cell therapies=therapy']);
  });

  it('never match inside a longer token', () => {
    const text =
      'CMOS sensor; getAPI(); API_KEY=1; api.example.com; see https://x.io/API/v1 or /v1/API; mail cmo@acme.com; #CMO; report.API; APIs2';
    expect(found(text)).toEqual([]);
  });

  it('do not take an acronym that is part of a numbered name', () => {
    expect(found('GMP-1 and CRO-2b, PD-L1 style; but a CRO-led study')).toEqual(['CRO=cro']);
  });

  it('keep prose slashes between terms', () => {
    expect(found('CRO/CMO/CDMO services')).toEqual(['CRO=cro', 'CMO=cmo', 'CDMO=cdmo']);
  });

  it('match full-width forms at the same offsets', () => {
    const text = '全球ＣＭＯ与ＧＭＰ';
    const hits = lexicon.findTerms(text);
    expect(hits.map((h) => [h.start, h.end, text.slice(h.start, h.end)])).toEqual([
      [2, 5, 'ＣＭＯ'],
      [6, 9, 'ＧＭＰ'],
    ]);
  });
});

describe('CJK text', () => {
  it('treats neighbouring CJK characters as boundaries for Latin forms', () => {
    expect(found('中国的CDMO企业与CRO项目')).toEqual(['CDMO=cdmo', 'CRO=cro']);
  });

  it('matches CJK forms without boundaries, longest first', () => {
    expect(found('一家合同研发生产组织，签了合同研发协议和合同')).toEqual([
      '合同研发生产组织=cdmo',
      '合同研发=contract-dev',
      '合同=contract',
    ]);
  });

  it('matches forms that start with a Latin letter inside Chinese', () => {
    expect(found('进入I期临床')).toEqual(['I期临床=phase-1']);
  });
});

describe('shared forms', () => {
  it('return every term of a shared form', () => {
    expect(found('PV data')).toEqual(['PV=pv|process-validation']);
  });
});

describe('tries of any size', () => {
  // The matcher keeps its trie's columns in two bytes a number where they fit; a pack big enough for
  // more than 65,535 nodes keeps four, and must match the same.
  it('match the same whether the columns fit two bytes or not', () => {
    let seed = 7;
    const letter = () => String.fromCharCode(0x61 + ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % 26));
    const words = new Set<string>();
    while (words.size < 20_000) words.add(Array.from({ length: 8 }, letter).join(''));
    const all = [...words];
    const big = compileTrie(all.map((form, value) => ({ form, value })));
    expect(big.childStart.length - 1).toBeGreaterThan(0xffff);
    const picked = [all[0], all[9_999], all[19_999]];
    const small = compileTrie(picked.map((form) => ({ form, value: all.indexOf(form) })));
    expect(small.childStart.length - 1).toBeLessThan(0xffff);
    const text = `${picked[0]} and ${picked[1]}, not x${picked[2]} but ${picked[2]}.`;
    const hits = (trie: typeof big) =>
      matcherFromTrie(trie)
        .findAll(text)
        .map((hit) => `${text.slice(hit.start, hit.end)}=${hit.values.join()}`);
    const expected = picked.map((form) => `${form}=${all.indexOf(form)}`);
    expect(hits(big)).toEqual(expected);
    expect(hits(small)).toEqual(expected);
  });
});
