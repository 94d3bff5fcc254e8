import { describe, expect, it } from 'vitest';
import { bundledPack, bundledPackInput } from '../../../glossary/data';
import { lintPack } from '../../../glossary/lint';
import { packSchema } from '../../../glossary/schema';
import { miniPackInput } from '../../fixtures/mini-pack';

/** A deep copy of the mini pack, changed by `edit`. */
function packWith(edit: (pack: typeof miniPackInput) => void): unknown {
  const pack = structuredClone(miniPackInput);
  edit(pack);
  return pack;
}

describe('the bundled glossary', () => {
  it('passes the schema and the linter', () => {
    expect(lintPack(bundledPackInput).errors).toEqual([]);
  });

  it('has at least 150 terms and 6 comparisons, all in both languages', () => {
    expect(bundledPack.terms.length).toBeGreaterThanOrEqual(150);
    expect(bundledPack.comparisons.length).toBeGreaterThanOrEqual(6);
    for (const term of bundledPack.terms) {
      for (const field of [term.name, term.short, term.details]) {
        expect(field.en.trim(), term.id).not.toBe('');
        expect(field.zh.trim(), term.id).not.toBe('');
      }
    }
  });

  it('fills defaults exactly as the schema would (the content path skips the parse)', () => {
    expect(bundledPack).toEqual(packSchema.parse(bundledPackInput));
  });
});

describe('lintPack', () => {
  it('accepts a good pack', () => {
    expect(lintPack(miniPackInput).errors).toEqual([]);
  });

  it('names the term and field of a schema error', () => {
    const { errors } = lintPack(packWith((p) => (p.terms[0].short.zh = '  ')));
    expect(errors).toEqual(['terms[0] (cmo).short.zh: must not be empty']);
  });

  it('refuses ids that are not kebab-case', () => {
    const { errors } = lintPack(packWith((p) => (p.terms[1].id = 'CDMO_Term')));
    expect(errors).toEqual(['terms[1] (CDMO_Term).id: must be kebab-case (a-z, 0-9, single hyphens)']);
  });

  it('refuses a short definition too long for a tooltip', () => {
    const { errors } = lintPack(packWith((p) => (p.terms[2].short.en = 'x'.repeat(241))));
    expect(errors).toEqual(['terms[2] (cro).short.en: must be at most 240 characters']);
  });

  it('reports references to terms that do not exist', () => {
    const { errors } = lintPack(
      packWith((p) => {
        p.terms[0].related = ['cdmo', 'nope'];
        p.terms[0].differences = [{ term: 'ghost', en: 'x', zh: '甲' }];
      }),
    );
    expect(errors).toEqual(['term "cmo".related: unknown term "nope"', 'term "cmo".differences: unknown term "ghost"']);
  });

  it('reports a form claimed by two terms unless both declare it shared', () => {
    const { errors } = lintPack(packWith((p) => p.terms[2].forms.en.push('CDMO')));
    expect(errors).toEqual([
      'form "CDMO" is claimed by "cdmo" and "cro"; list it in sharedForms of each term if it truly belongs to both',
    ]);
  });

  it('reports duplicate ids and unknown categories', () => {
    const { errors } = lintPack(
      packWith((p) => {
        p.terms[3].id = 'cmo';
        p.terms[4].category = 'nowhere';
      }),
    );
    expect(errors).toContain('term "cmo": id used twice');
    expect(errors).toContain('term "gmp".category: unknown category "nowhere"');
  });

  it('reports comparison cells that are missing or not compared', () => {
    const { errors } = lintPack(
      packWith((p) => {
        (p.comparisons as unknown[]).push({
          id: 'models',
          title: { en: 'Models', zh: '模式' },
          terms: ['cmo', 'cdmo'],
          dimensions: [
            {
              id: 'what',
              label: { en: 'What', zh: '是什么' },
              cells: { cmo: { en: 'a', zh: '甲' }, cro: { en: 'b', zh: '乙' } },
            },
          ],
        });
      }),
    );
    expect(errors).toEqual([
      'comparison "models".dimensions "what": no cell for "cdmo"',
      'comparison "models".dimensions "what": cell for "cro", which is not compared',
    ]);
  });
});
