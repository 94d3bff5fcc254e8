import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { categories as bundledCategories } from '../../../glossary/data/categories';
import { exportPackJson } from '../../../glossary/pack-export';
import {
  checkPackFileSize,
  importPack,
  packIdFromFileName,
  type ImportOptions,
  type PackImportResult,
} from '../../../glossary/pack-import';
import { firstInvalidUtf8, jsonErrorOffset } from '../../../glossary/pack-text';
import type { Pack } from '../../../glossary/schema';

const SAMPLE_PATH = resolve(import.meta.dirname, '../../../glossary/data/samples/sample-pack.csv');
const sampleBytes = readFileSync(SAMPLE_PATH);

const HEADER = 'id,category,forms_en,forms_zh,name_en,name_zh,short_en,short_zh';
const encode = (text: string) => new TextEncoder().encode(text);

/** Imports CSV text (header added unless the text starts with "id"). */
function csv(body: string, options: Partial<ImportOptions> = {}): PackImportResult {
  const text = body.startsWith('id') ? body : `${HEADER}\n${body}`;
  return importPack(encode(text), { fileName: 'team-terms.csv', ...options });
}

function json(value: unknown, options: Partial<ImportOptions> = {}): PackImportResult {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return importPack(encode(text), { fileName: 'team-terms.json', ...options });
}

function ok(result: PackImportResult): { pack: Pack; warnings: string[] } {
  if (!result.ok) throw new Error(`expected the import to succeed:\n${result.errors.join('\n')}`);
  return result;
}

function errors(result: PackImportResult): string[] {
  if (result.ok) throw new Error('expected the import to fail');
  return result.errors;
}

const term = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  category: 'partners',
  name: { en: 'Acme', zh: '艾克米' },
  forms: { en: ['Acme Bio'], zh: ['艾克米'] },
  short: { en: 'A partner.', zh: '合作伙伴。' },
  details: { en: 'A partner.', zh: '合作伙伴。' },
  ...extra,
});

const jsonPack = (terms: unknown[], extra: Record<string, unknown> = {}) => ({
  id: 'team-terms',
  name: { en: 'Team terms', zh: '团队术语' },
  version: '1.0.0',
  domain: 'custom',
  categories: [{ id: 'partners', name: { en: 'Partners', zh: '合作伙伴' } }],
  terms,
  ...extra,
});

describe('importPack: the sample pack', () => {
  const { pack, warnings } = ok(importPack(sampleBytes, { fileName: 'sample-pack.csv' }));

  it('reads every row into a term, with no warnings', () => {
    expect(warnings).toEqual([]);
    expect(pack.id).toBe('sample-pack');
    expect(pack.name).toEqual({ en: 'Sample pack', zh: 'Sample pack' });
    expect(pack.version).toBe('1.0.0');
    expect(pack.terms.map((t) => t.id)).toEqual([
      'northwind-biologics',
      'larkspur-analytics',
      'quillon-pharma',
      'project-aurora',
      'project-kestrel',
      'core-team-meeting',
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const northwind = pack.terms[0];
    expect(northwind.short.en).toBe(
      'A fictional CDMO partner that fills and finishes our monoclonal antibodies, at two sites.',
    );
    expect(northwind.details.en).toBe(
      'Partner since 2021, under a master services agreement.\nAsk the "external supply" team before sharing forecasts.',
    );
    expect(northwind.forms).toEqual({ en: ['Northwind Biologics', 'Northwind Bio'], zh: ['北风生物'] });
    expect(northwind.cues).toEqual({ en: ['fill-finish', 'batch'], zh: ['灌装', '批次'] });
    expect(northwind.related).toEqual(['project-kestrel']);
  });

  it('takes details from the short text when the row has none', () => {
    const larkspur = pack.terms[1];
    expect(larkspur.details).toEqual(larkspur.short);
    expect(larkspur.expansion).toBeUndefined();
  });

  it('gives known categories their bundled names and keeps the pack’s own', () => {
    const outsourcing = bundledCategories.find((c) => c.id === 'outsourcing')!;
    expect(pack.categories).toEqual([
      { id: 'partners', name: { en: 'Partner companies', zh: '合作伙伴' } },
      outsourcing,
      { id: 'projects', name: { en: 'Internal projects', zh: '内部项目' } },
    ]);
  });

  it('reads the same with a byte order mark and with CRLF line ends', () => {
    const text = sampleBytes.toString('utf8');
    const withBom = importPack(encode('\uFEFF' + text), { fileName: 'sample-pack.csv' });
    const crlf = importPack(encode(text.replace(/\n/g, '\r\n')), { fileName: 'sample-pack.csv' });
    expect(ok(withBom).pack).toEqual(pack);
    expect(ok(crlf).pack).toEqual(pack);
  });

  it('reads the JSON of the same pack, which names its own id', () => {
    const fromJson = ok(json(exportPackJson(pack)));
    expect(fromJson.pack).toEqual(pack);
  });

  it('takes the pack id, name and version from options', () => {
    const named = ok(
      importPack(sampleBytes, {
        fileName: 'whatever.csv',
        packId: 'acme-team',
        packName: { en: 'Acme team', zh: '艾克米团队' },
        packVersion: '2.1.0',
      }),
    );
    expect([named.pack.id, named.pack.name.zh, named.pack.version]).toEqual(['acme-team', '艾克米团队', '2.1.0']);
  });
});

describe('importPack: CSV conveniences', () => {
  it('uses a text given in one language for both', () => {
    const { pack } = ok(csv('acme,partners,Acme Bio,,Acme,,A partner.,'));
    expect(pack.terms[0].name).toEqual({ en: 'Acme', zh: 'Acme' });
    expect(pack.terms[0].short).toEqual({ en: 'A partner.', zh: 'A partner.' });
  });

  it('accepts columns in any order, in any case, and trailing empty fields', () => {
    const text =
      'SHORT_EN,short_zh,Name_En,name_zh,forms_zh,forms_en,category,id\nA partner.,,Acme,,,Acme Bio,partners,acme,,\n';
    expect(ok(importPack(encode(text), { fileName: 't.csv' })).pack.terms[0].forms.en).toEqual(['Acme Bio']);
  });

  it('reads `\\|` as a pipe inside a list item', () => {
    const { pack } = ok(csv('acme,partners,Acme Bio,,Acme,,A partner.,,', {}));
    expect(pack.terms[0].forms.en).toEqual(['Acme Bio']);
    const withRefs = ok(csv(`${HEADER},references\nacme,partners,Acme Bio,,Acme,,A partner.,,SOP 12 \\| rev 3|ICH Q7`));
    expect(withRefs.pack.terms[0].references).toEqual(['SOP 12 | rev 3', 'ICH Q7']);
  });

  it('derives the pack id and name from the file name', () => {
    expect(packIdFromFileName('C:\\fakepath\\Acme Partners (2).csv')).toBe('acme-partners-2');
    expect(packIdFromFileName('销售术语.csv')).toBe('user-pack');
    expect(ok(csv('acme,partners,Acme Bio,,Acme,,A partner.,', { fileName: 'Acme partners.csv' })).pack.name.en).toBe(
      'Acme partners',
    );
  });

  it('warns about, and ignores, columns it does not know', () => {
    const result = ok(csv(`${HEADER},notes,__proto__\nacme,partners,Acme Bio,,Acme,,A partner.,,mine,x`));
    expect(result.warnings).toEqual([
      'Row 1: column "notes" is not a pack column and was ignored',
      'Row 1: column "__proto__" is not a pack column and was ignored',
    ]);
  });

  it('turns an unknown category into one of the pack’s own, named after its id', () => {
    const { pack } = ok(csv('acme,partner-companies,Acme Bio,,Acme,,A partner.,'));
    expect(pack.categories).toEqual([
      { id: 'partner-companies', name: { en: 'Partner companies', zh: 'Partner companies' } },
    ]);
  });
});

describe('importPack: JSON conveniences', () => {
  it('adds the categories its terms use but it does not define: bundled ones by name, others as its own', () => {
    const { pack } = ok(
      json(
        jsonPack([
          term('acme'),
          term('beta', { category: 'outsourcing', forms: { en: ['Beta Labs'], zh: [] } }),
          term('gamma', { category: 'lab-partners', forms: { en: ['Gamma Labs'], zh: [] } }),
        ]),
      ),
    );
    expect(pack.categories).toEqual([
      { id: 'partners', name: { en: 'Partners', zh: '合作伙伴' } },
      bundledCategories.find((c) => c.id === 'outsourcing'),
      { id: 'lab-partners', name: { en: 'Lab partners', zh: 'Lab partners' } },
    ]);
  });
});

describe('importPack: bad input is refused with a message naming the place', () => {
  it('a file over the size limit, before anything else', () => {
    const big = new Uint8Array(20 * 1024 * 1024);
    expect(errors(importPack(big, { fileName: 'huge.csv' }))).toEqual([
      'The file is 20.0 MB; a pack can be at most 5 MB.',
    ]);
    expect(checkPackFileSize(20 * 1024 * 1024)).toBe('The file is 20.0 MB; a pack can be at most 5 MB.');
    expect(checkPackFileSize(1000)).toBeNull();
  });

  it('an empty file', () => {
    expect(errors(importPack(new Uint8Array(0), { fileName: 'empty.csv' }))).toEqual(['The file is empty.']);
    expect(errors(importPack(encode('\uFEFF \n'), { fileName: 'blank.csv' }))).toEqual(['The file is empty.']);
  });

  it('UTF-16 text (with a byte order mark)', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'id,category'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(errors(importPack(utf16, { fileName: 'excel.csv' }))).toEqual([
      'The file is UTF-16 text; save it as UTF-8 (in Excel: "CSV UTF-8").',
    ]);
  });

  it('UTF-16 text without a byte order mark (NUL bytes)', () => {
    const utf16 = new Uint8Array([...'id,category'].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(errors(importPack(utf16, { fileName: 'excel.csv' }))).toEqual([
      'The file is not valid UTF-8 text (line 1); save it as UTF-8 (in Excel: "CSV UTF-8").',
    ]);
  });

  it('Latin-1 text, naming the line', () => {
    const text = encode(`${HEADER}\nacme,partners,Acme Bio,,Acme,,A partner.,\ncafe,partners,Caf`);
    const latin1 = new Uint8Array([...text, 0xe9, ...encode(' Bio,,Cafe,,A cafe.,\n')]);
    expect(errors(importPack(latin1, { fileName: 'latin1.csv' }))).toEqual([
      'The file is not valid UTF-8 text (line 3); save it as UTF-8 (in Excel: "CSV UTF-8").',
    ]);
  });

  it('invalid JSON, with the line and column', () => {
    expect(errors(json('{\n  "id": "team-terms",\n  "name" 5\n}'))).toEqual([
      'The file is not valid JSON (line 3, column 10).',
    ]);
    expect(errors(json('{"id": "x", '))).toEqual(['The file is not valid JSON (line 1, column 13).']);
  });

  it('JSON that is not a pack', () => {
    expect(errors(json([1, 2]))).toEqual([
      'The file does not hold a glossary pack: expected a JSON object with id, name, version, domain, categories and terms.',
    ]);
  });

  it('a schema violation in JSON, naming the term and field', () => {
    const result = json(jsonPack([term('acme', { short: { en: '', zh: '简介' } }), term('beta', { category: 7 })]));
    expect(errors(result)).toEqual([
      'terms[0] (acme).short.en: must not be empty',
      'terms[1] (beta).category: Invalid input: expected string, received number',
    ]);
  });

  it('a schema violation in CSV, naming the row and column', () => {
    expect(errors(csv('acme,Partners,Acme Bio,,Acme,,A partner.,'))).toEqual([
      'Row 2 (acme), category: must be kebab-case (a-z, 0-9, single hyphens)',
    ]);
    const long = 'x'.repeat(121);
    expect(errors(csv(`acme,partners,Acme Bio,,Acme,,A partner.,${long}`))).toEqual([
      'Row 2 (acme), short_zh: must be at most 120 characters',
    ]);
  });

  it('a CSV with a missing column', () => {
    expect(
      errors(csv('id,category,forms_en,forms_zh,name_en,name_zh,short_en\nacme,partners,Acme Bio,,Acme,,A partner.')),
    ).toEqual([
      'Row 1: missing column short_zh (required: id, category, forms_en, forms_zh, name_en, name_zh, short_en, short_zh)',
    ]);
  });

  it('a CSV separated by semicolons', () => {
    expect(errors(csv('id;category;forms_en\nacme;partners;Acme'))).toEqual([
      'Row 1: the columns are separated by ";"; use commas (in Excel: "CSV UTF-8")',
    ]);
  });

  it('a column given twice', () => {
    expect(errors(csv(`${HEADER},name_en\nacme,partners,Acme Bio,,Acme,,A partner.,,Acme`))).toEqual([
      'Row 1: column "name_en" appears twice',
    ]);
  });

  it('a row with a different number of fields', () => {
    expect(errors(csv('acme,partners,Acme Bio,,Acme,,A partner.\nbeta,partners,Beta Bio,,Beta,,B,,x'))).toEqual([
      'Row 2: has 7 fields, but the header has 8',
      'Row 3: has 9 fields, but the header has 8',
    ]);
  });

  it('a quoted field that is never closed, or has text after its closing quote', () => {
    expect(errors(csv('acme,partners,Acme Bio,,Acme,,"A partner.,\nbeta,partners,Beta,,Beta,,B,'))).toEqual([
      'Row 2, short_en: the quoted field is never closed; a quote (") inside a quoted field must be doubled ("")',
    ]);
    expect(errors(csv('acme,partners,Acme Bio,,Acme,,"A partner" they said,'))).toEqual([
      'Row 2, short_en: text after a closing quote; a quote (") inside a quoted field must be doubled ("")',
    ]);
  });

  it('duplicate ids, naming both places', () => {
    expect(errors(csv('acme,partners,Acme Bio,,Acme,,A.,\nacme,partners,Acme Two,,Acme,,B.,'))).toEqual([
      'Row 3 (acme), id: already used in row 2',
    ]);
    expect(errors(json(jsonPack([term('acme'), term('acme', { forms: { en: ['Acme Two'], zh: [] } })])))).toEqual([
      'terms[1] (acme).id: already used in terms[0]',
    ]);
  });

  it('an empty form between separators, and a term with no forms at all', () => {
    expect(errors(csv('acme,partners,Acme Bio||Acme,,Acme,,A partner.,'))).toEqual([
      'Row 2 (acme), forms_en: item 2 of 3 is empty (two "|" in a row, or one at an end)',
    ]);
    expect(errors(csv('acme,partners,,,Acme,,A partner.,'))).toEqual([
      'Row 2 (acme), forms_en: is empty, and so is forms_zh; give at least one form',
    ]);
    expect(errors(json(jsonPack([term('acme', { forms: { en: ['Acme Bio', ' '], zh: [] } })])))).toEqual([
      'terms[0] (acme).forms.en[1]: must not be empty',
    ]);
  });

  it('an empty id or name', () => {
    expect(errors(csv(',partners,Acme Bio,,,,A partner.,'))).toEqual([
      'Row 2, id: is empty',
      'Row 2, name_en: is empty, and so is name_zh; give at least one',
    ]);
  });

  it('more terms than the limit: 50,000 CSV rows, and a JSON pack of 10,001 terms', () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => `t${i},partners,Term ${i},,Term ${i},,Short.,`).join('\n');
    expect(errors(csv(rows))).toEqual(['The file has more than 10000 terms (row 10002); split it into smaller packs.']);
    const terms = Array.from({ length: 10_001 }, (_, i) => term(`t${i}`));
    expect(errors(json(jsonPack(terms)))).toEqual([
      'The pack has 10001 terms; a pack can have at most 10000. Split it into smaller packs.',
    ]);
  });

  it('`__proto__` and `constructor` keys, without touching any prototype', () => {
    const text =
      '{"__proto__": {"polluted": true}, ' +
      JSON.stringify(jsonPack([{ ...term('acme'), constructor: { prototype: { polluted: true } } }])).slice(1);
    expect(errors(json(text))).toEqual([
      '(pack): the key "__proto__" is not allowed',
      'terms[0] (acme): the key "constructor" is not allowed',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('`constructor` and `prototype` as ids', () => {
    expect(errors(csv('constructor,partners,Acme Bio,,Acme,,A partner.,'))).toEqual([
      'Row 2 (constructor), id: "constructor" is a reserved name; choose another id',
    ]);
    expect(errors(json(jsonPack([term('prototype')])))).toEqual([
      'terms[0] (prototype).id: "prototype" is a reserved name; choose another id',
    ]);
  });

  it('JSON nested deeper than any pack', () => {
    const deep = '['.repeat(100) + ']'.repeat(100);
    expect(errors(json(`{"id": ${deep}}`))).toEqual([
      'The file nests values more than 32 levels deep; it is not a glossary pack.',
    ]);
  });

  it('forms that would match ordinary text: stop words, single letters and characters, numbers', () => {
    expect(errors(csv('acme,partners,the|A|US|2024|The Acme|IT,的|药|公司,Acme,,A partner.,'))).toEqual([
      'Row 2 (acme), forms_en, item 1: "the" would match too much ordinary text; use a longer or more specific form',
      'Row 2 (acme), forms_en, item 2: "A" would match too much ordinary text; use a longer or more specific form',
      'Row 2 (acme), forms_en, item 3: "US" would match too much ordinary text; use a longer or more specific form',
      'Row 2 (acme), forms_en, item 4: "2024" would match too much ordinary text; use a longer or more specific form',
      'Row 2 (acme), forms_en, item 6: "IT" would match too much ordinary text; use a longer or more specific form',
      'Row 2 (acme), forms_zh, item 1: "的" would match too much ordinary text; use a longer or more specific form',
      'Row 2 (acme), forms_zh, item 2: "药" would match too much ordinary text; use a longer or more specific form',
      'Row 2 (acme), forms_zh, item 3: "公司" would match too much ordinary text; use a longer or more specific form',
    ]);
    expect(errors(json(jsonPack([term('acme', { forms: { en: ['an'], zh: [] } })])))).toEqual([
      'terms[0] (acme).forms.en[0]: "an" would match too much ordinary text; use a longer or more specific form',
    ]);
  });

  it('keeps acronyms that only look like short words (BE, PI)', () => {
    expect(ok(csv('be-study,clinical,BE|PI,,BE,,Bioequivalence study.,')).pack.terms[0].forms.en).toEqual(['BE', 'PI']);
  });

  it('cross-references and forms claimed twice, by row', () => {
    expect(
      errors(csv(`${HEADER},related\nacme,partners,Acme,,Acme,,A.,,nope\nacme-two,partners,Acme,,Acme 2,,B.,,`)),
    ).toEqual([
      'Row 2 (acme), related: unknown term "nope"',
      'Rows 2 and 3: form "Acme" is claimed by "acme" and "acme-two"; list it in shared_forms of each term if it truly belongs to both',
    ]);
  });

  it('the bundled glossary’s pack id, and a JSON file updating another pack', () => {
    expect(
      errors(
        csv('acme,partners,Acme Bio,,Acme,,A.,', {
          fileName: 'termlens-pharma.csv',
          reservedPackIds: ['termlens-pharma'],
        }),
      ),
    ).toEqual([
      'The pack id "termlens-pharma" belongs to the bundled glossary; choose another id (for a CSV, rename the file).',
    ]);
    expect(errors(json(jsonPack([term('acme')]), { packId: 'other-pack' }))).toEqual([
      'The file holds the pack "team-terms", not "other-pack"; import it as a new pack instead.',
    ]);
  });

  it('is all or nothing: one bad row among good ones refuses the file', () => {
    const rows = [
      'acme,partners,Acme Bio,,Acme,,A.,',
      'beta,partners,the,,Beta,,B.,',
      'gamma,partners,Gamma Bio,,Gamma,,C.,',
    ];
    const result = csv(rows.join('\n'));
    expect(result.ok).toBe(false);
    expect(result).not.toHaveProperty('pack');
  });

  it('lists at most maxMessages problems, and counts the rest', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `t${i},partners,the,,T,,S.,`).join('\n');
    const list = errors(csv(rows, { maxMessages: 5 }));
    expect(list).toHaveLength(6);
    expect(list[5]).toBe('…and 25 more problems.');
  });
});

describe('importPack: text that is neutralised, with a warning', () => {
  it('removes right-to-left overrides and other invisible controls, everywhere', () => {
    const result = ok(csv('acme,partners,\u202EAcme Bio,,Ac\u202Eme\u200B,,A partner.,'));
    expect(result.pack.terms[0].forms.en).toEqual(['Acme Bio']);
    expect(result.pack.terms[0].name.en).toBe('Acme');
    expect(result.warnings).toEqual([
      'Row 2 (acme), forms_en: removed 1 invisible control character (such as a right-to-left override)',
      'Row 2 (acme), name_en: removed 2 invisible control characters (such as right-to-left overrides)',
    ]);
    const fromJson = ok(json(jsonPack([term('acme', { short: { en: 'A \u2067partner\u2069.', zh: '合作伙伴。' } })])));
    expect(fromJson.pack.terms[0].short.en).toBe('A partner.');
    expect(fromJson.warnings).toEqual([
      'terms[0] (acme).short.en: removed 2 invisible control characters (such as right-to-left overrides)',
    ]);
  });

  it('keeps HTML and script in definitions as plain text, and says so', () => {
    const script = '<script>alert(1)</script> A partner.';
    const result = ok(csv(`acme,partners,Acme Bio,,Acme,,"${script}",<img src=x onerror=alert(1)>`));
    expect(result.pack.terms[0].short).toEqual({ en: script, zh: '<img src=x onerror=alert(1)>' });
    expect(result.warnings).toEqual([
      'Row 2 (acme), short_en: looks like HTML; it is kept as plain text and never run',
      'Row 2 (acme), short_zh: looks like HTML; it is kept as plain text and never run',
      'Row 2 (acme), details_en: looks like HTML; it is kept as plain text and never run',
      'Row 2 (acme), details_zh: looks like HTML; it is kept as plain text and never run',
    ]);
  });
});

describe('firstInvalidUtf8', () => {
  it('finds the first byte of a malformed sequence, by the WHATWG decoder’s rules', () => {
    const bytes = (...values: number[]) => new Uint8Array(values);
    expect(firstInvalidUtf8(new TextEncoder().encode('CMO 合同生产 ✓'))).toBe(-1);
    expect(firstInvalidUtf8(bytes(0x61, 0xe9, 0x62))).toBe(1); // Latin-1 é
    expect(firstInvalidUtf8(bytes(0xc0, 0xaf))).toBe(0); // overlong
    expect(firstInvalidUtf8(bytes(0x61, 0xed, 0xa0, 0x80))).toBe(1); // a surrogate
    expect(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0); // above U+10FFFF
    expect(firstInvalidUtf8(bytes(0x61, 0xe5, 0x90))).toBe(1); // cut short
  });
});

describe('jsonErrorOffset', () => {
  it('agrees with JSON.parse on what is valid', () => {
    for (const text of ['{}', '[]', '"a"', '-1.5e3', '{"a":[1,{"b":null}],"c":"\\u00e9\\n"}', ' true ']) {
      expect(jsonErrorOffset(text)).toBe(-1);
      expect(() => JSON.parse(text) as unknown).not.toThrow();
    }
    for (const [text, offset] of [
      ['', 0],
      ['{"a":1', 6],
      ['[1,]', 3],
      ['01', 1],
      ['"a\tb"', 2],
      ["{'a':1}", 1],
    ] as const) {
      expect(jsonErrorOffset(text)).toBe(offset);
      expect(() => JSON.parse(text) as unknown).toThrow();
    }
  });
});
