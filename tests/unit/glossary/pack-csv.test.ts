import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatField,
  joinList,
  protectCell,
  readCsv,
  splitList,
  unprotectCell,
  writeCsv,
} from '../../../glossary/pack-csv';

const read = (text: string) => readCsv(text, { maxRecords: 100 });

describe('readCsv (RFC 4180)', () => {
  it('splits records and fields, with CRLF, LF or CR line ends', () => {
    for (const end of ['\r\n', '\n', '\r']) {
      expect(read(`a,b${end}c,d${end}`)).toEqual({
        ok: true,
        records: [
          { row: 1, fields: ['a', 'b'] },
          { row: 2, fields: ['c', 'd'] },
        ],
      });
    }
  });

  it('reads quoted fields with commas, doubled quotes and line breaks, counting rows as a spreadsheet does', () => {
    expect(read('id,text\r\n"a","x, ""y""\r\nz"\r\nb,plain\r\n')).toEqual({
      ok: true,
      records: [
        { row: 1, fields: ['id', 'text'] },
        { row: 2, fields: ['a', 'x, "y"\r\nz'] },
        { row: 4, fields: ['b', 'plain'] },
      ],
    });
  });

  it('keeps empty fields, a final field without a line break, and a trailing comma', () => {
    expect(read('a,,c\n,,\nx,')).toEqual({
      ok: true,
      records: [
        { row: 1, fields: ['a', '', 'c'] },
        { row: 2, fields: ['', '', ''] },
        { row: 3, fields: ['x', ''] },
      ],
    });
  });

  it('skips blank lines but counts them', () => {
    expect(read('a\n\n\nb\n')).toEqual({
      ok: true,
      records: [
        { row: 1, fields: ['a'] },
        { row: 4, fields: ['b'] },
      ],
    });
  });

  it('keeps a quote inside an unquoted field as text, as spreadsheets do', () => {
    expect(read('5" vial,x')).toEqual({ ok: true, records: [{ row: 1, fields: ['5" vial', 'x'] }] });
  });

  it('reports an unclosed quote at the row and field where it opens', () => {
    expect(read('a,b\nc,"d\ne,f')).toMatchObject({ ok: false, row: 2, field: 2, problem: 'unclosed-quote' });
  });

  it('reports text after a closing quote', () => {
    expect(read('a,"b"c')).toMatchObject({ ok: false, row: 1, field: 2, problem: 'text-after-quote' });
  });

  it('stops once the file has more records than allowed', () => {
    const text = Array.from({ length: 50 }, (_, i) => `r${i}`).join('\n');
    expect(readCsv(text, { maxRecords: 10 })).toMatchObject({ ok: false, row: 11, problem: 'too-many-rows' });
  });

  it('reads back whatever writeCsv wrote', () => {
    const field = fc.string({ unit: 'grapheme', maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const result = read(writeCsv(rows).slice(1)); // without the byte order mark
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.records.map((r) => r.fields)).toEqual(rows);
      }),
    );
  });
});

describe('writeCsv', () => {
  it('starts with a byte order mark, ends records with CRLF, and quotes only what needs it', () => {
    expect(
      writeCsv([
        ['id', 'text'],
        ['a', 'x, "y"'],
        ['b', ' padded'],
        ['c', 'two\nlines'],
      ]),
    ).toBe('\uFEFFid,text\r\na,"x, ""y"""\r\nb," padded"\r\nc,"two\nlines"\r\n');
    expect(formatField('plain text')).toBe('plain text');
  });
});

describe('list cells', () => {
  it('split on "|", trimmed, with \\| for a literal pipe', () => {
    expect(splitList('CMO | contract manufacturer')).toEqual(['CMO', 'contract manufacturer']);
    expect(splitList('')).toEqual([]);
    expect(splitList('a||b|')).toEqual(['a', '', 'b', '']);
    expect(splitList('SOP 12 \\| rev 3|C:\\path')).toEqual(['SOP 12 | rev 3', 'C:\\path']);
  });

  it('join back to the same items', () => {
    const item = fc
      .string({ maxLength: 10 })
      .map((s) => s.trim())
      .filter((s) => s !== '');
    fc.assert(
      fc.property(fc.array(item, { maxLength: 5 }), (items) => {
        expect(splitList(joinList(items))).toEqual(items);
      }),
    );
    expect(joinList(['a|b', 'c\\', 'd\\|e'])).toBe('a\\|b|c\\\\|d\\\\\\|e');
  });
});

describe('formula guard', () => {
  it('puts an apostrophe before cells a spreadsheet would run, and takes it off again', () => {
    expect(protectCell('=HYPERLINK("http://evil")')).toBe('\'=HYPERLINK("http://evil")');
    expect(protectCell('-80 °C storage')).toBe("'-80 °C storage");
    expect(protectCell('CMO')).toBe('CMO');
    expect(unprotectCell(protectCell("'=already quoted"))).toBe("'=already quoted");
    const cell = fc
      .tuple(fc.constantFrom('', "'", "''", '=', '+', '-', '@', '\t', 'a'), fc.string({ maxLength: 6 }))
      .map(([start, rest]) => start + rest);
    fc.assert(
      fc.property(cell, (text) => {
        expect(unprotectCell(protectCell(text))).toBe(text);
      }),
    );
  });
});
