/**
 * How long a 5,000-term user pack costs at each step, from the file to a
 * compiled matcher: printed, never asserted (timings vary by machine; the
 * issue asks that rebuilding stays fast, and this shows by how much).
 * Run alone: `npx vitest run --project unit tests/unit/glossary/pack-scale.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { bundledPack } from '../../../glossary/data';
import { buildLexicon } from '../../../glossary/build-lexicon';
import { lintPack } from '../../../glossary/lint';
import { toMatchData } from '../../../glossary/match-data';
import { mergePacks } from '../../../glossary/merge-packs';
import { exportPackCsv, exportPackJson } from '../../../glossary/pack-export';
import { importPack } from '../../../glossary/pack-import';
import type { Pack } from '../../../glossary/schema';

const TERMS = 5_000;
const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'tu', 'ven', 'zor', 'bel', 'qui', 'dax'];
const HANZI = ['安', '博', '晨', '德', '恩', '福', '冠', '恒', '嘉', '康'];

/** A made-up but plausible word per number: 1234 → "lomiratu". */
const word = (n: number, alphabet: string[]) =>
  String(n)
    .padStart(4, '0')
    .split('')
    .map((digit) => alphabet[Number(digit)])
    .join('');

function generatedPack(): Pack {
  const terms = Array.from({ length: TERMS }, (_, i) => {
    const name = word(i, SYLLABLES);
    const title = name.charAt(0).toUpperCase() + name.slice(1);
    return {
      id: `gen-${i}`,
      category: 'partners',
      name: { en: `${title} Therapeutics`, zh: `${word(i, HANZI)}医药` },
      forms: { en: [`${title} Therapeutics`, `XQ-${i}`], zh: [`${word(i, HANZI)}医药`] },
      short: { en: `A generated partner company, number ${i}.`, zh: `生成的合作公司，第 ${i} 号。` },
      details: { en: `A generated partner company, number ${i}.`, zh: `生成的合作公司，第 ${i} 号。` },
      differences: [],
      related: i > 0 ? [`gen-${i - 1}`] : [],
      references: [],
      cues: { en: ['partner'], zh: ['合作'] },
      otherSenses: [],
      sharedForms: [],
      formNotes: [],
    };
  });
  return {
    id: 'generated',
    name: { en: 'Generated', zh: '生成' },
    version: '1.0.0',
    domain: 'custom',
    categories: [{ id: 'partners', name: { en: 'Partners', zh: '合作伙伴' } }],
    terms,
    comparisons: [],
  };
}

function time<T>(label: string, rows: [string, string][], run: () => T): T {
  const started = performance.now();
  const value = run();
  rows.push([label, `${(performance.now() - started).toFixed(1)} ms`]);
  return value;
}

describe(`a ${TERMS}-term pack`, () => {
  it('imports, merges and compiles; prints what each step costs', () => {
    const rows: [string, string][] = [];
    const pack = generatedPack();
    const csvBytes = new TextEncoder().encode(exportPackCsv(pack));
    const jsonBytes = new TextEncoder().encode(exportPackJson(pack));
    rows.push(['CSV size', `${(csvBytes.length / 1024 / 1024).toFixed(2)} MB`]);
    rows.push(['JSON size', `${(jsonBytes.length / 1024 / 1024).toFixed(2)} MB`]);

    const fromCsv = time('import CSV (parse, validate, lint)', rows, () =>
      importPack(csvBytes, { fileName: 'generated.csv' }),
    );
    const fromJson = time('import JSON', rows, () => importPack(jsonBytes, { fileName: 'generated.json' }));
    expect(fromCsv.ok && fromJson.ok).toBe(true);
    time('lintPack (each time the store reads it)', rows, () => lintPack(pack));

    const bundledOnly = time('baseline: compile the bundled glossary alone', rows, () =>
      buildLexicon(toMatchData([bundledPack])),
    );
    const merged = time('merge with the bundled glossary', rows, () => mergePacks(bundledPack, [pack]));
    const data = time('toMatchData: compile the forms (once, in the background)', rows, () =>
      toMatchData(merged.packs),
    );
    const lexicon = time('buildLexicon from it (on each page)', rows, () => buildLexicon(data));
    rows.push(['match data sent to each tab', `${(JSON.stringify(data).length / 1024).toFixed(0)} KB`]);
    rows.push(['of which the trie', `${(JSON.stringify(data.formTrie).length / 1024).toFixed(0)} KB`]);
    rows.push(['compiled forms', `${bundledOnly.formCount} → ${lexicon.formCount}`]);

    const text = 'Lomiratu Therapeutics (XQ-1234) signed with a CDMO; 博晨德恩医药 will supply the API.';
    const hits = time('find terms in one paragraph', rows, () => lexicon.findTerms(text));
    expect(hits.map((hit) => text.slice(hit.start, hit.end))).toEqual([
      'Lomiratu Therapeutics',
      'XQ-1234',
      'CDMO',
      '博晨德恩医药',
      'API',
    ]);

    console.log(
      `\n${TERMS}-term pack, on this machine:\n` +
        rows.map(([label, value]) => `  ${label.padEnd(46)} ${value}`).join('\n'),
    );
  });
});
