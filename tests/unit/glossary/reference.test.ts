import { describe, expect, it } from 'vitest';
import { bundledPack } from '../../../glossary/data';
import { indexTerms } from '../../../glossary/describe';
import { describeComparison, describeTermEntry, groupByCategory, listComparisons } from '../../../glossary/reference';
import { packSchema } from '../../../glossary/schema';
import { miniPackInput } from '../../fixtures/mini-pack';

const pack = packSchema.parse({
  ...miniPackInput,
  comparisons: [
    {
      id: 'makers',
      title: { en: 'Makers', zh: '生产方' },
      terms: ['cmo', 'cdmo'],
      dimensions: [
        {
          id: 'what',
          label: { en: 'What', zh: '做什么' },
          cells: { cmo: { en: 'Makes', zh: '生产' }, cdmo: { en: 'Develops and makes', zh: '研发和生产' } },
        },
        { id: 'gap', label: { en: 'Gap', zh: '空缺' }, cells: { cmo: { en: 'Only one', zh: '只有一个' } } },
      ],
    },
  ],
});

describe('describeTermEntry', () => {
  it('describes a term with its category, other meanings and comparisons, in one language', () => {
    const entry = describeTermEntry(pack, indexTerms([pack]), 'cmo', 'zh')!;
    expect(entry.term.name).toBe('CMO');
    expect(entry.categoryName).toBe('外包');
    expect(entry.otherMeanings).toEqual([
      {
        id: 'chief_marketing_officer',
        domain: false,
        expansion: '首席营销官',
        expansionOther: 'Chief Marketing Officer',
        short: '负责营销的高管。',
      },
    ]);
    expect(entry.term.comparisons).toEqual([{ id: 'makers', title: '生产方' }]);
    expect(describeTermEntry(pack, indexTerms([pack]), 'nope', 'en')).toBeNull();
  });
});

describe('describeComparison', () => {
  it('lays the table out as columns of terms and rows of aspects, gaps left empty', () => {
    const sheet = describeComparison(pack, 'makers', 'en')!;
    expect(sheet.columns.map((c) => c.termId)).toEqual(['cmo', 'cdmo']);
    expect(sheet.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Makes', 'Develops and makes'],
      ['Only one', ''],
    ]);
    expect(describeComparison(pack, 'makers', 'zh')!.rows[0].label).toBe('做什么');
    expect(listComparisons(pack, 'en')).toEqual([
      { id: 'makers', title: 'Makers', summary: '', termNames: ['CMO', 'CDMO'] },
    ]);
  });

  it('has a cell for every term and aspect of every bundled comparison, in both languages', () => {
    for (const comparison of bundledPack.comparisons) {
      for (const lang of ['en', 'zh'] as const) {
        const sheet = describeComparison(bundledPack, comparison.id, lang)!;
        for (const row of sheet.rows) expect(row.cells).toHaveLength(sheet.columns.length);
      }
    }
  });
});

describe('groupByCategory', () => {
  it('keeps category order and sorts terms by name', () => {
    const groups = groupByCategory(bundledPack, 'en');
    expect(groups.map((g) => g.id)).toEqual(bundledPack.categories.map((c) => c.id));
    for (const group of groups) {
      const names = group.terms.map((t) => t.name);
      expect(names).toEqual([...names].sort(new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare));
    }
    expect(groups.reduce((n, g) => n + g.terms.length, 0)).toBe(bundledPack.terms.length);
  });
});
