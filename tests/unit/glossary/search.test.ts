import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledPack } from '../../../glossary/data';
import { createSearchIndex, searchKey, withinOneEdit, type SearchTier } from '../../../glossary/search';
import { miniPack } from '../../fixtures/mini-pack';

const index = createSearchIndex(bundledPack);
const all = { maxResults: Infinity };
const ids = (query: string) => index.search(query).map((hit) => hit.termId);

/** ＡＢＣ for ABC: what a Chinese input method types in full-width mode. */
function toFullWidth(text: string): string {
  return text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');
}

const TIER_ORDER: SearchTier[] = ['exact', 'prefix', 'words', 'text'];

describe('search: what readers type', () => {
  it.each(['合同研究', 'contract research', 'ＣＲＯ', 'CRO', 'cro', 'CROs', 'Contract Research Organisation'])(
    'finds CRO first for %j',
    (query) => {
      expect(ids(query)[0]).toBe('cro');
    },
  );

  it('puts the exact acronym before terms that merely contain it', () => {
    const hits = index.search('API');
    expect(hits[0]).toMatchObject({ termId: 'api', tier: 'exact' });
    expect(hits.slice(1).every((hit) => hit.tier !== 'exact')).toBe(true);
  });

  it('ranks the closer prefix first: 合同研究组织 before 合同研究开发生产组织', () => {
    const hits = index.search('合同研究');
    expect(hits.map((h) => h.termId).slice(0, 2)).toEqual(['cro', 'crdmo']);
    expect(hits[0]).toMatchObject({ tier: 'prefix', lang: 'zh', text: '合同研究组织' });
  });

  it('finds Chinese fragments anywhere in a form, with no word boundaries', () => {
    expect(ids('研究组织')[0]).toBe('cro');
    expect(ids('原料')[0]).toBe('api');
    expect(ids('生产质量')).toContain('gmp');
    expect(ids('研发生产')[0]).toBe('cdmo');
  });

  it('tolerates one typo in words of four letters or more', () => {
    expect(ids('cmdo')[0]).toBe('cdmo'); // swapped letters
    expect(ids('contract reserch organization')[0]).toBe('cro'); // a missing letter
    expect(ids('contract research orgnization')[0]).toBe('cro');
    expect(ids('manufacturinq')).toContain('cmo'); // a changed letter
  });

  it('does not stretch short acronyms into typos: "cso" is not CRO', () => {
    expect(ids('cso')[0]).toBe('cso');
    expect(index.search('cso').find((hit) => hit.termId === 'cro')).toBeUndefined();
  });

  it('matches word prefixes of expansions and forms', () => {
    expect(ids('contr res org')[0]).toBe('cro');
    expect(ids('good manuf')[0]).toBe('gmp');
  });

  it('finds an acronym through its other meanings, below its own names', () => {
    const hits = index.search('chief marketing officer');
    expect(hits[0]).toMatchObject({ termId: 'cmo', field: 'other-sense' });
    expect(hits[0].tier).not.toBe('exact');
  });

  it('falls back to definition text', () => {
    const hits = createSearchIndex(miniPack).search('details cro');
    expect(hits[0]).toMatchObject({ termId: 'cro', tier: 'text', field: 'definition' });
    expect(createSearchIndex(miniPack).search('details cro', { searchDefinitions: false })).toEqual([]);
  });

  it('takes options: a filter and a result limit', () => {
    const mini = createSearchIndex(miniPack);
    expect(mini.search('c', { maxResults: 2 })).toHaveLength(2);
    expect(mini.search('c', { filter: (term) => term.id === 'cdmo' }).map((h) => h.termId)).toEqual(['cdmo']);
  });

  it('returns nothing for blank or punctuation-only queries', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('  \u3000 ')).toEqual([]);
    expect(index.search('—/,')).toEqual([]);
  });
});

describe('search keys', () => {
  it('folds width and case, turns punctuation into spaces, and joins Chinese', () => {
    expect(searchKey('ＣＲＯ')).toBe('cro');
    expect(searchKey('IQ/OQ/PQ')).toBe('iq oq pq');
    expect(searchKey('合同研究、开发与生产组织')).toBe('合同研究开发与生产组织');
    expect(searchKey('Contract  Research, Development')).toBe('contract research development');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(searchKey(searchKey(text))).toBe(searchKey(text));
      }),
    );
  });
});

describe('withinOneEdit', () => {
  const word = fc.string({ minLength: 2, maxLength: 12, unit: fc.constantFrom(...'abcdefgh') });

  it('accepts one insertion, deletion, substitution or swap, and is symmetric', () => {
    fc.assert(
      fc.property(word, fc.nat(), fc.constantFrom(...'xyz'), (w, at, letter) => {
        const i = at % w.length;
        const edits = [
          w.slice(0, i) + w.slice(i + 1),
          w.slice(0, i) + letter + w.slice(i),
          w.slice(0, i) + letter + w.slice(i + 1),
          i + 1 < w.length ? w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2) : w,
        ];
        for (const edited of edits) {
          expect(withinOneEdit(w, edited)).toBe(true);
          expect(withinOneEdit(edited, w)).toBe(true);
        }
      }),
    );
  });

  it('rejects two edits apart', () => {
    expect(withinOneEdit('contract', 'cotnarct')).toBe(false);
    expect(withinOneEdit('abcd', 'ab')).toBe(false);
    expect(withinOneEdit('abcd', 'badc')).toBe(false);
  });
});

describe('search properties over the bundled glossary', () => {
  const term = fc.constantFrom(...bundledPack.terms);
  const termAndForm = term.chain((t) =>
    fc.tuple(fc.constant(t), fc.constantFrom(t.name.en, t.name.zh, ...t.forms.en, ...t.forms.zh)),
  );

  it('finds every name and form of every term as an exact hit, in the top tier', () => {
    for (const t of bundledPack.terms) {
      for (const form of [t.name.en, t.name.zh, ...t.forms.en, ...t.forms.zh]) {
        const hits = index.search(form, all);
        expect(hits[0]?.tier, form).toBe('exact');
        expect(hits.find((hit) => hit.termId === t.id)?.tier, `${t.id}: ${form}`).toBe('exact');
      }
    }
  });

  it('finds a term from any prefix of its forms', () => {
    fc.assert(
      fc.property(termAndForm, fc.nat(), ([t, form], cut) => {
        const key = searchKey(form);
        const prefix = key.slice(0, 1 + (cut % key.length));
        expect(index.search(prefix, all).map((hit) => hit.termId)).toContain(t.id);
      }),
    );
  });

  it('finds a term when one letter is dropped from a word of its English expansion', () => {
    const words = bundledPack.terms.flatMap((t) =>
      (t.expansion?.en ?? '')
        .split(/[^A-Za-z]+/)
        .filter((w) => w.length >= 5)
        .map((w) => [t.id, w.toLowerCase()] as const),
    );
    fc.assert(
      fc.property(fc.constantFrom(...words), fc.nat(), ([termId, w], at) => {
        const i = 1 + (at % (w.length - 1));
        const typo = w.slice(0, i) + w.slice(i + 1);
        expect(index.search(typo, all).map((hit) => hit.termId)).toContain(termId);
      }),
    );
  });

  it('gives the same hits for full-width and for any letter case', () => {
    fc.assert(
      fc.property(termAndForm, fc.string({ maxLength: 3 }), ([, form], noise) => {
        const query = form + noise;
        const expected = index.search(query);
        expect(index.search(toFullWidth(query))).toEqual(expected);
        expect(index.search(query.toUpperCase())).toEqual(index.search(query.toLowerCase()));
      }),
    );
  });

  it('returns unique terms, best first, tiers in order, within the limit', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          termAndForm.map(([, form]) => form.slice(0, 4)),
        ),
        (query) => {
          const hits = index.search(query, { maxResults: 10 });
          expect(hits.length).toBeLessThanOrEqual(10);
          expect(new Set(hits.map((hit) => hit.termId)).size).toBe(hits.length);
          for (let i = 1; i < hits.length; i++) {
            expect(hits[i - 1].score).toBeGreaterThanOrEqual(hits[i].score);
            expect(TIER_ORDER.indexOf(hits[i - 1].tier)).toBeLessThanOrEqual(TIER_ORDER.indexOf(hits[i].tier));
          }
        },
      ),
    );
  });
});
