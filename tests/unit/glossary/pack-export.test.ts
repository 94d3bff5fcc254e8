import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledPack } from '../../../glossary/data';
import { exportPack, exportPackCsv, exportPackJson } from '../../../glossary/pack-export';
import { importPack } from '../../../glossary/pack-import';
import type { Pack } from '../../../glossary/schema';

const encode = (text: string) => new TextEncoder().encode(text);

function reimport(text: string, fileName: string): Pack {
  const result = importPack(encode(text), { fileName });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.pack;
}

/** A deep copy with every object's keys in alphabetical order, as browser storage hands objects back. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
  return Object.fromEntries(entries.map(([key, item]) => [key, sortKeys(item)]));
}

const sample = reimport(
  readFileSync(resolve(import.meta.dirname, '../../../glossary/data/samples/sample-pack.csv'), 'utf8'),
  'sample-pack.csv',
);

describe('export, then import: the same pack', () => {
  it('JSON round-trips the sample pack exactly, and its export is byte-for-byte stable', () => {
    const text = exportPackJson(sample);
    const again = reimport(text, 'sample-pack.json');
    expect(again).toEqual(sample);
    expect(exportPackJson(again)).toBe(text);
  });

  it('CSV round-trips the sample pack exactly, and its export is byte-for-byte stable', () => {
    const text = exportPackCsv(sample);
    const again = reimport(text, 'sample-pack.csv');
    expect(again).toEqual(sample);
    expect(exportPackCsv(again)).toBe(text);
  });

  it('writes JSON keys in the schema’s order, whatever order the object has', () => {
    const shuffled = sortKeys(sample) as Pack;
    expect(JSON.stringify(shuffled)).not.toBe(JSON.stringify(sample));
    expect(exportPackJson(shuffled)).toBe(exportPackJson(sample));
  });

  it('JSON round-trips the bundled glossary exactly, comparisons included', () => {
    const again = reimport(exportPackJson(bundledPack), 'termlens-pharma.json');
    expect(again).toEqual(bundledPack);
  });

  it('CSV round-trips the bundled glossary’s terms and categories (other senses, differences and notes too)', () => {
    const text = exportPackCsv(bundledPack);
    const again = reimport(text, 'termlens-pharma.csv');
    expect(again.terms).toEqual(bundledPack.terms);
    expect(again.categories).toEqual(bundledPack.categories);
    expect(again.comparisons).toEqual([]); // a table of terms has no place for them; JSON keeps them
    expect(exportPackCsv(again)).toBe(text);
  });
});

describe('exportPackCsv', () => {
  it('writes every column, a byte order mark and CRLF line ends', () => {
    const text = exportPackCsv(sample);
    expect(text.startsWith('\uFEFFid,category,forms_en,forms_zh,name_en,name_zh,short_en,short_zh,')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(sample.terms.length + 2); // header, rows, and the empty rest after the last CRLF
  });

  it('guards cells a spreadsheet would run as formulas, and the guard is undone on import', () => {
    const risky: Pack = {
      ...sample,
      terms: [{ ...sample.terms[1], short: { en: '=HYPERLINK("http://x")', zh: '-80 °C 保存' } }],
    };
    const text = exportPackCsv(risky);
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(text).toContain("'-80 °C 保存");
    expect(reimport(text, 'sample-pack.csv').terms[0].short).toEqual(risky.terms[0].short);
  });

  it('names the file after the pack', () => {
    expect(exportPack(sample, 'csv')).toMatchObject({
      fileName: 'sample-pack.csv',
      mimeType: 'text/csv;charset=utf-8',
    });
    expect(exportPack(sample, 'json')).toMatchObject({ fileName: 'sample-pack.json', mimeType: 'application/json' });
  });
});
