/**
 * Reads a user's glossary pack file — JSON in the pack schema, or CSV with
 * one term per row (columns in pack-csv.ts, documented in the README) — into
 * a validated pack. Pure: bytes in, a pack or a list of problems out.
 *
 * The file comes from anyone, so everything is checked before the extension
 * keeps any of it, and an import is all or nothing: one error refuses the
 * whole file. Every message names the place: `Row 4 (acme-bio), forms_en: …`
 * for a CSV (row 1 is the header), `terms[3] (acme-bio).forms.en[0]: …` for
 * JSON, as `npm run glossary -- --check` does.
 *
 * Refused: files over the size limit (checked before anything else), text
 * that is not UTF-8, invalid JSON or CSV, missing columns, schema
 * violations, duplicate ids, empty forms, forms that would match ordinary
 * words ("the", "的", single letters), too many terms, and the keys
 * `__proto__`, `constructor` and `prototype` (JSON.parse keeps them as plain
 * keys, but code that copies objects may not). Neutralised, with a warning:
 * invisible and text-direction control characters (a right-to-left override
 * can make a definition read differently from what it says) are removed;
 * HTML in a definition is kept as text — views render text only.
 *
 * Issue: "User glossary packs" (issues show 8).
 */
import { categories as bundledCategories } from './data/categories';
import { lintPack } from './lint';
import { canonicalForm, formKey, isCaseSensitiveForm, isCjk } from './normalize';
import { ALL_COLUMNS, REQUIRED_COLUMNS, readCsv, splitList, unprotectCell, type CsvColumn } from './pack-csv';
import { decodeUtf8, describeJsonError, stripInvisible } from './pack-text';
import {
  kebabId,
  packSchema,
  termSchema,
  type Category,
  type LocalizedText,
  type Pack,
  type Term,
  type TermInput,
} from './schema';

export type PackFormat = 'json' | 'csv';

export interface ImportOptions {
  /** The file's name: its extension picks the format (else the content does), and a CSV pack takes its id and name from it. */
  fileName: string;
  /** Larger files are refused before they are read. Default 5 MB. */
  maxBytes: number;
  /** Packs with more terms (CSV: rows) are refused. Default 10,000. */
  maxTerms: number;
  /** At most this many errors (and warnings) are listed; the rest are counted. Default 20. */
  maxMessages: number;
  /**
   * CSV: the pack's id (default: from the file name). JSON: the id the pack
   * must have — set when a file updates an installed pack.
   */
  packId?: string;
  /** CSV: the pack's name (default: the file name). */
  packName?: LocalizedText;
  /** CSV: the pack's version. Default "1.0.0". */
  packVersion: string;
  /** CSV: the pack's domain. Default "custom". */
  domain: string;
  /** Categories a pack may use without defining them (the bundled glossary's); others become the pack's own. */
  knownCategories: readonly Category[];
  /** Pack ids a user pack may not take (the bundled glossary's). Default none. */
  reservedPackIds: readonly string[];
  /** Case-insensitive forms refused as too common (compared by formKey). Default COMMON_WORDS. */
  commonWords: ReadonlySet<string>;
  /** Case-sensitive forms refused as too common (US, IT …). Default COMMON_CAPITALS. */
  commonCapitals: ReadonlySet<string>;
}

export type PackImportResult =
  | { ok: true; pack: Pack; format: PackFormat; warnings: string[] }
  | { ok: false; format?: PackFormat; errors: string[] };

/**
 * Words a form may not be: they would mark most sentences. Single letters,
 * single Chinese characters and forms without letters are refused by rule,
 * so they are not listed.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  (
    'an the and or but nor if of in on at to for from by with as is are was were be been being am it its ' +
    'this that these those he she they we you me my our your their his her them us not no yes so do does did ' +
    'done have has had will would can could should may might must shall than then there here what which who ' +
    'whom whose when where why how all any each both few more most other some such only own same too very just ' +
    'also into over under about after before between through during up down out off again once new one two ' +
    'per via said says say inc ltd co corp company news today year years day week month ' +
    '我们 你们 他们 她们 它们 一个 没有 可以 这个 那个 这些 那些 因为 所以 但是 如果 已经 进行 表示 以及 ' +
    '其中 目前 今年 去年 明年 中国 公司 企业 市场 产品 发展 合作 项目 同时 通过 相关 主要 方面 问题 工作 ' +
    '我国 记者 报道 新闻 今天 昨天'
  ).split(' '),
);

/** Acronyms that are ordinary words in capitals (headlines, "US", "IT"): refused even as case-sensitive forms. */
export const COMMON_CAPITALS: ReadonlySet<string> = new Set(
  'US UK EU UN IT OK AM PM TV NO OR IF IS IN ON TO OF AT BY AN AS THE AND FOR NOT ALL NEW'.split(' '),
);

export const defaultImportOptions: Readonly<Omit<ImportOptions, 'fileName'>> = Object.freeze({
  maxBytes: 5 * 1024 * 1024,
  maxTerms: 10_000,
  maxMessages: 20,
  packVersion: '1.0.0',
  domain: 'custom',
  knownCategories: bundledCategories,
  reservedPackIds: [],
  commonWords: COMMON_WORDS,
  commonCapitals: COMMON_CAPITALS,
});

/** Keys that must never become object keys in our code (prototype pollution). */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Deeper JSON is not a pack (a pack nests about eight levels); refusing it bounds the recursion. */
const MAX_DEPTH = 32;

/** A form longer than this is a sentence, not a term. */
const MAX_FORM_LENGTH = 100;

/** Markup a definition should not contain: tags, comments, javascript: URLs. */
const MARKUP = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!--|javascript:/i;

const MB = 1024 * 1024;

/** The size check on its own, so a caller can refuse a large file before reading it. */
export function checkPackFileSize(bytes: number, maxBytes = defaultImportOptions.maxBytes): string | null {
  if (bytes > maxBytes) {
    return `The file is ${(bytes / MB).toFixed(1)} MB; a pack can be at most ${formatMb(maxBytes)} MB.`;
  }
  return bytes === 0 ? 'The file is empty.' : null;
}

function formatMb(bytes: number): string {
  return String(Math.round((bytes / MB) * 10) / 10);
}

/** Reads a pack file. See the module comment for what is refused and what is neutralised. */
export function importPack(
  data: Uint8Array | ArrayBuffer,
  options: Partial<ImportOptions> & Pick<ImportOptions, 'fileName'>,
): PackImportResult {
  // An option given as undefined means "the default", not "none".
  const given = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  const opts = { ...defaultImportOptions, ...given } as ImportOptions;
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const sizeProblem = checkPackFileSize(bytes.byteLength, opts.maxBytes);
  if (sizeProblem) return { ok: false, errors: [sizeProblem] };

  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { ok: false, errors: [decoded.error] };
  const format = detectFormat(opts.fileName, decoded.text);
  const result = format === 'json' ? importJson(decoded.text, opts) : importCsv(decoded.text, opts);
  if (!result.ok) return { ok: false, format, errors: capMessages(result.errors, opts.maxMessages) };
  return { ok: true, format, pack: result.pack, warnings: capMessages(result.warnings, opts.maxMessages) };
}

type Outcome = { ok: true; pack: Pack; warnings: string[] } | { ok: false; errors: string[] };

function detectFormat(fileName: string, text: string): PackFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'json') return 'json';
  if (extension === 'csv') return 'csv';
  return /^\s*[[{]/.test(text) ? 'json' : 'csv';
}

// ---------------------------------------------------------------------------
// Shared checks

function invisibleWarning(where: string, removed: number): string {
  return removed === 1
    ? `${where}: removed 1 invisible control character (such as a right-to-left override)`
    : `${where}: removed ${removed} invisible control characters (such as right-to-left overrides)`;
}

/** Why a form would mark ordinary text, or null when it is specific enough. */
function tooCommon(form: string, opts: ImportOptions): boolean {
  const canonical = canonicalForm(form);
  if (!/\p{L}/u.test(canonical)) return true; // digits and punctuation: numbers, dates
  const cjk = [...canonical].every((char) => isCjk(char.charCodeAt(0)));
  if (cjk) return canonical.length < 2 || opts.commonWords.has(canonical);
  if (canonical.length < 2) return true;
  return isCaseSensitiveForm(form) ? opts.commonCapitals.has(canonical) : opts.commonWords.has(formKey(form));
}

/** Where a problem is: "Row 4 (acme), forms_en" or "terms[2] (acme).forms.en[0]". */
interface Locator {
  /** A field of the term at `index`; path as in the schema (`['forms', 'en', 0]`). */
  term(index: number, path: readonly (string | number)[]): string;
  /** A short reference to another term ("row 3", "terms[1]"). */
  ref(index: number): string;
}

/**
 * Checks that the schema cannot express and user packs need: ids unique and
 * not reserved, forms specific enough, markup flagged. Runs on a parsed pack.
 */
function checkUserTerms(pack: Pack, locate: Locator, opts: ImportOptions): { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  const firstIndex = new Map<string, number>();
  pack.terms.forEach((term, index) => {
    const seen = firstIndex.get(term.id);
    if (seen !== undefined) errors.push(`${locate.term(index, ['id'])}: already used in ${locate.ref(seen)}`);
    else firstIndex.set(term.id, index);
    if (FORBIDDEN_KEYS.has(term.id)) {
      errors.push(`${locate.term(index, ['id'])}: "${term.id}" is a reserved name; choose another id`);
    }
    if (term.forms.en.length + term.forms.zh.length === 0) {
      errors.push(
        `${locate.term(index, ['forms', 'en'])}: the term has no forms; give at least one in English or Chinese`,
      );
    }
    for (const lang of ['en', 'zh'] as const) {
      term.forms[lang].forEach((form, k) => {
        if (form.length > MAX_FORM_LENGTH) {
          errors.push(
            `${locate.term(index, ['forms', lang, k])}: "${form.slice(0, 20)}…" is longer than ${MAX_FORM_LENGTH} characters`,
          );
        } else if (tooCommon(form, opts)) {
          errors.push(
            `${locate.term(index, ['forms', lang, k])}: "${form}" would match too much ordinary text; use a longer or more specific form`,
          );
        }
      });
    }
    for (const [path, text] of textFields(term)) {
      if (MARKUP.test(text)) {
        warnings.push(`${locate.term(index, path)}: looks like HTML; it is kept as plain text and never run`);
      }
    }
  });
  for (const category of pack.categories) {
    if (FORBIDDEN_KEYS.has(category.id))
      errors.push(`category "${category.id}": is a reserved name; choose another id`);
  }
  return { errors, warnings };
}

/** The reader-facing texts of a term, with their schema paths. */
function textFields(term: Term): [(string | number)[], string][] {
  const fields: [(string | number)[], string][] = [];
  for (const field of ['name', 'expansion', 'short', 'details'] as const) {
    const text = term[field];
    if (text) for (const lang of ['en', 'zh'] as const) fields.push([[field, lang], text[lang]]);
  }
  return fields;
}

/**
 * Adds the categories a pack uses but does not define: a known (bundled)
 * one with its names, any other as the pack's own, named after its id.
 */
function withUsedCategories(categories: Category[], terms: readonly unknown[], known: readonly Category[]): Category[] {
  const defined = new Set(categories.map((c) => (isRecord(c) ? c.id : undefined)));
  const added: Category[] = [];
  for (const term of terms) {
    const id = isRecord(term) ? term.category : undefined;
    if (typeof id !== 'string' || defined.has(id) || !kebabId.safeParse(id).success) continue;
    const category = known.find((c) => c.id === id);
    added.push({ id, name: category ? { ...category.name } : nameFromId(id) });
    defined.add(id);
  }
  return [...categories, ...added];
}

function capMessages(messages: string[], max: number): string[] {
  if (messages.length <= max) return messages;
  const rest = messages.length - max;
  return [...messages.slice(0, max), `…and ${rest} more ${rest === 1 ? 'problem' : 'problems'}.`];
}

function tooManyTerms(count: number, max: number): string {
  return `The pack has ${count} terms; a pack can have at most ${max}. Split it into smaller packs.`;
}

function reservedPackId(id: string): string {
  return `The pack id "${id}" belongs to the bundled glossary; choose another id (for a CSV, rename the file).`;
}

// ---------------------------------------------------------------------------
// JSON

function importJson(text: string, opts: ImportOptions): Outcome {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, errors: [describeJsonError(text)] };
  }
  const warnings: string[] = [];
  const errors: string[] = [];
  const input = sanitizeJson(raw, '', 0, errors, warnings);
  if (errors.length > 0) return { ok: false, errors };
  if (!isRecord(input) || !Array.isArray(input.terms)) {
    return {
      ok: false,
      errors: [
        'The file does not hold a glossary pack: expected a JSON object with id, name, version, domain, categories and terms.',
      ],
    };
  }
  if (input.terms.length > opts.maxTerms)
    return { ok: false, errors: [tooManyTerms(input.terms.length, opts.maxTerms)] };
  if (typeof input.id === 'string' && opts.reservedPackIds.includes(input.id)) {
    return { ok: false, errors: [reservedPackId(input.id)] };
  }
  if (opts.packId !== undefined && input.id !== opts.packId) {
    return {
      ok: false,
      errors: [`The file holds the pack "${String(input.id)}", not "${opts.packId}"; import it as a new pack instead.`],
    };
  }
  if (Array.isArray(input.categories)) {
    input.categories = withUsedCategories(input.categories as Category[], input.terms, opts.knownCategories);
  }

  const linted = lintPack(input);
  if (!linted.pack) return { ok: false, errors: linted.errors };
  const terms = linted.pack.terms;
  const locate: Locator = {
    term: (index, path) => `terms[${index}] (${terms[index].id}).${jsonPath(path)}`,
    ref: (index) => `terms[${index}]`,
  };
  const checked = checkUserTerms(linted.pack, locate, opts);
  if (checked.errors.length > 0) return { ok: false, errors: checked.errors };
  if (linted.errors.length > 0) return { ok: false, errors: linted.errors };
  return { ok: true, pack: linted.pack, warnings: [...warnings, ...checked.warnings] };
}

function jsonPath(path: readonly (string | number)[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

/**
 * Copies parsed JSON into fresh objects, refusing forbidden keys and deep
 * nesting, and removing invisible characters from strings (with a warning
 * naming the place, in lintPack's notation).
 */
function sanitizeJson(value: unknown, where: string, depth: number, errors: string[], warnings: string[]): unknown {
  if (depth > MAX_DEPTH) {
    if (!errors.some((e) => e.startsWith('The file nests'))) {
      errors.push(`The file nests values more than ${MAX_DEPTH} levels deep; it is not a glossary pack.`);
    }
    return null;
  }
  if (typeof value === 'string') {
    const { text, removed } = stripInvisible(value);
    if (removed > 0) warnings.push(invisibleWarning(where || '(pack)', removed));
    return text;
  }
  if (Array.isArray(value)) {
    return value.map((item, index) => {
      const id = isRecord(item) && typeof item.id === 'string' ? ` (${stripInvisible(item.id).text})` : '';
      return sanitizeJson(item, `${where}[${index}]${id}`, depth + 1, errors, warnings);
    });
  }
  if (isRecord(value)) {
    const entries: [string, unknown][] = [];
    for (const key of Object.keys(value)) {
      const at = where ? `${where}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) {
        errors.push(`${where || '(pack)'}: the key "${key}" is not allowed`);
        continue;
      }
      entries.push([key, sanitizeJson(value[key], at, depth + 1, errors, warnings)]);
    }
    // Object.fromEntries defines properties; it never runs a __proto__ setter.
    return Object.fromEntries(entries);
  }
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---------------------------------------------------------------------------
// CSV

/** The texts a CSV gives in two columns, `<field>_en` and `<field>_zh`. */
type TextPair = 'name' | 'short' | 'details' | 'expansion';

function importCsv(text: string, opts: ImportOptions): Outcome {
  const read = readCsv(text, { maxRecords: opts.maxTerms + 1 });
  if (!read.ok) {
    if (read.problem === 'too-many-rows') {
      return {
        ok: false,
        errors: [`The file has more than ${opts.maxTerms} terms (row ${read.row}); split it into smaller packs.`],
      };
    }
    // Name the column when the header was read before the problem.
    const header = read.row > 1 ? read.records[0]?.fields[read.field! - 1]?.trim() : undefined;
    const where = `Row ${read.row}, ${header ? header : `field ${read.field}`}`;
    const problem =
      read.problem === 'unclosed-quote' ? 'the quoted field is never closed' : 'text after a closing quote';
    return { ok: false, errors: [`${where}: ${problem}; a quote (") inside a quoted field must be doubled ("")`] };
  }
  const [header, ...records] = read.records;
  if (!header) return { ok: false, errors: ['The file is empty.'] };

  const columns = readHeader(header.fields);
  if (!columns.ok) return { ok: false, errors: columns.errors };
  const warnings = [...columns.warnings];
  const errors: string[] = [];
  const rowOf: number[] = [];
  const terms: Term[] = [];

  for (const record of records) {
    const cells = readCells(record, columns, errors, warnings);
    if (!cells) continue;
    const id = cells.get('id') ?? '';
    const at = (column: string) => `Row ${record.row}${id ? ` (${id})` : ''}, ${column}`;
    const term = termFromCells(cells, at, errors);
    if (!term) continue;
    const parsed = termSchema.safeParse(term);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push(`${csvWhere(at, issue.path)}: ${issue.message}`);
      continue;
    }
    rowOf.push(record.row);
    terms.push(parsed.data);
  }
  if (errors.length > 0) return { ok: false, errors };
  if (terms.length === 0) return { ok: false, errors: ['The file has a header row but no terms.'] };

  const categories = csvCategories(records, columns.index, terms, rowOf, opts, errors);
  if (errors.length > 0) return { ok: false, errors };

  const id = opts.packId ?? packIdFromFileName(opts.fileName);
  if (opts.reservedPackIds.includes(id)) return { ok: false, errors: [reservedPackId(id)] };
  const name = opts.packName ?? packNameFromFileName(opts.fileName, id);
  // The terms are parsed already, row by row; parse the rest without parsing them again.
  const parsed = packSchema.safeParse({
    id,
    name,
    version: opts.packVersion,
    domain: opts.domain,
    categories,
    terms: [],
    comparisons: [],
  });
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map(
        (issue) => `(pack) ${jsonPath(issue.path as (string | number)[])}: ${issue.message}`,
      ),
    };
  }
  const pack: Pack = { ...parsed.data, terms };
  const locate: Locator = {
    term: (index, path) => csvWhere((column) => `Row ${rowOf[index]} (${pack.terms[index].id}), ${column}`, path),
    ref: (index) => `row ${rowOf[index]}`,
  };
  const checked = checkUserTerms(pack, locate, opts);
  if (checked.errors.length > 0) return { ok: false, errors: checked.errors };
  const lint = lintPack(pack);
  if (lint.errors.length > 0) {
    const rowsById = new Map(pack.terms.map((term, index) => [term.id, rowOf[index]]));
    return { ok: false, errors: lint.errors.map((message) => csvLintMessage(message, rowsById)) };
  }
  return { ok: true, pack, warnings: [...warnings, ...checked.warnings] };
}

type ColumnIndex = Map<CsvColumn, number>;

function readHeader(
  fields: string[],
): { ok: true; index: ColumnIndex; width: number; warnings: string[] } | { ok: false; errors: string[] } {
  const names = fields.map((field) => stripInvisible(field).text.trim().toLowerCase());
  if (names.length === 1 && /[;\t]/.test(names[0])) {
    const separator = names[0].includes(';') ? ';' : 'tab';
    return {
      ok: false,
      errors: [
        `Row 1: the columns are separated by ${separator === ';' ? '";"' : 'tabs'}; use commas (in Excel: "CSV UTF-8")`,
      ],
    };
  }
  const index: ColumnIndex = new Map();
  const errors: string[] = [];
  const warnings: string[] = [];
  names.forEach((name, i) => {
    if (name === '') return;
    if (!(ALL_COLUMNS as readonly string[]).includes(name)) {
      warnings.push(`Row 1: column "${name}" is not a pack column and was ignored`);
      return;
    }
    const column = name as CsvColumn;
    if (index.has(column)) errors.push(`Row 1: column "${name}" appears twice`);
    else index.set(column, i);
  });
  const missing = REQUIRED_COLUMNS.filter((column) => !index.has(column));
  if (missing.length > 0) {
    errors.push(
      `Row 1: missing ${missing.length === 1 ? 'column' : 'columns'} ${missing.join(', ')} ` +
        `(required: ${REQUIRED_COLUMNS.join(', ')})`,
    );
  }
  // Spreadsheets may end the header with empty fields, as they do rows.
  let width = names.length;
  while (width > 0 && names[width - 1] === '') width--;
  return errors.length > 0 ? { ok: false, errors } : { ok: true, index, width, warnings };
}

/** The cells of one row by column, cleaned: apostrophe guard removed, invisible characters stripped. */
function readCells(
  record: { row: number; fields: string[] },
  { index, width }: { index: ColumnIndex; width: number },
  errors: string[],
  warnings: string[],
): Map<CsvColumn, string> | null {
  const extra = record.fields.slice(width);
  if (record.fields.length < width || extra.some((field) => field.trim() !== '')) {
    // Trailing empty fields are what spreadsheets add; anything else is a shifted row.
    errors.push(`Row ${record.row}: has ${record.fields.length} fields, but the header has ${width}`);
    return null;
  }
  const rawId = record.fields[index.get('id')!]?.trim() ?? '';
  const cells = new Map<CsvColumn, string>();
  for (const [column, i] of index) {
    // Line breaks inside a cell become \n, whichever the file's records end with.
    const { text, removed } = stripInvisible(unprotectCell(record.fields[i] ?? '').replace(/\r\n?/g, '\n'));
    if (removed > 0) {
      const id = stripInvisible(rawId).text;
      warnings.push(invisibleWarning(`Row ${record.row}${id ? ` (${id})` : ''}, ${column}`, removed));
    }
    cells.set(column, column === 'id' || column === 'category' ? text.trim() : text);
  }
  return cells;
}

/** A term from a row's cells; problems go to `errors`, located by `at(column)`. */
function termFromCells(
  cells: Map<CsvColumn, string>,
  at: (column: string) => string,
  errors: string[],
): TermInput | null {
  const before = errors.length;
  const cell = (column: CsvColumn) => cells.get(column) ?? '';
  const list = (column: CsvColumn): string[] => {
    const items = splitList(cell(column));
    items.forEach((item, k) => {
      if (item === '')
        errors.push(`${at(column)}: item ${k + 1} of ${items.length} is empty (two "|" in a row, or one at an end)`);
    });
    return items;
  };
  const json = (column: 'differences' | 'other_senses' | 'form_notes'): unknown[] => {
    const text = cell(column).trim();
    if (text === '') return [];
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      errors.push(`${at(column)}: is not valid JSON`);
      return [];
    }
    const problems: string[] = [];
    const clean = sanitizeJson(value, column, 0, problems, []);
    for (const problem of problems) errors.push(`${at(column)}: ${problem.replace(/^[^:]*: /, '')}`);
    if (!Array.isArray(clean)) {
      errors.push(`${at(column)}: must be a JSON array`);
      return [];
    }
    return clean;
  };
  /** A text in both languages; one given alone serves for both. */
  const pair = (field: TextPair, required: boolean): LocalizedText | undefined => {
    const en = cell(`${field}_en`).trim();
    const zh = cell(`${field}_zh`).trim();
    if (!en && !zh) {
      if (required) errors.push(`${at(`${field}_en`)}: is empty, and so is ${field}_zh; give at least one`);
      return undefined;
    }
    return { en: en || zh, zh: zh || en };
  };

  const id = cell('id');
  if (id === '') errors.push(`${at('id')}: is empty`);
  const category = cell('category');
  if (category === '') errors.push(`${at('category')}: is empty`);
  const name = pair('name', true);
  const short = pair('short', true);
  const forms = { en: list('forms_en'), zh: list('forms_zh') };
  const term: TermInput = {
    id,
    category,
    name: name ?? { en: '', zh: '' },
    forms,
    short: short ?? { en: '', zh: '' },
    details: pair('details', false) ?? short ?? { en: '', zh: '' },
    related: list('related'),
    references: list('references'),
    cues: { en: list('cues_en'), zh: list('cues_zh') },
    sharedForms: list('shared_forms'),
    differences: json('differences') as TermInput['differences'],
    otherSenses: json('other_senses') as TermInput['otherSenses'],
    formNotes: json('form_notes') as TermInput['formNotes'],
  };
  const expansion = pair('expansion', false);
  if (expansion) term.expansion = expansion;
  if (forms.en.length + forms.zh.length === 0) {
    errors.push(`${at('forms_en')}: is empty, and so is forms_zh; give at least one form`);
  }
  return errors.length > before ? null : term;
}

/** Schema paths to CSV columns: ['forms', 'en', 2] → "forms_en, item 3"; ['otherSenses', 0, 'id'] → "other_senses[0].id". */
function csvWhere(at: (column: string) => string, path: readonly PropertyKey[]): string {
  const [head, second, ...rest] = path.map((key) => (typeof key === 'number' ? key : String(key)));
  const column = String(head).replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  if (second === 'en' || second === 'zh') {
    const item = typeof rest[0] === 'number' ? `, item ${rest[0] + 1}` : '';
    return `${at(`${column}_${second}`)}${item}`;
  }
  if (second === undefined) return at(column);
  if (typeof second === 'number' && rest.length === 0) return `${at(column)}, item ${second + 1}`;
  return at(`${column}${jsonPath(['', second, ...rest])}`);
}

/** Categories of a CSV pack: a category's names come from its rows, else from the known categories, else from its id. */
function csvCategories(
  records: readonly { row: number; fields: string[] }[],
  index: ColumnIndex,
  terms: readonly TermInput[],
  rowOf: readonly number[],
  opts: ImportOptions,
  errors: string[],
): Category[] {
  const named = new Map<string, { name: LocalizedText; row: number }>();
  const order: string[] = [];
  const rowsByNumber = new Map(records.map((record) => [record.row, record]));
  terms.forEach((term, i) => {
    const row = rowOf[i];
    const record = rowsByNumber.get(row)!;
    const value = (column: CsvColumn) => {
      const at = index.get(column);
      return at === undefined ? '' : stripInvisible(unprotectCell(record.fields[at] ?? '')).text.trim();
    };
    const id = term.category;
    if (!order.includes(id)) order.push(id);
    const en = value('category_en');
    const zh = value('category_zh');
    if (!en && !zh) return;
    const name = { en: en || zh, zh: zh || en };
    const earlier = named.get(id);
    if (!earlier) {
      named.set(id, { name, row });
      return;
    }
    for (const lang of ['en', 'zh'] as const) {
      if (earlier.name[lang] !== name[lang]) {
        errors.push(
          `Row ${row} (${term.id}), category_${lang}: "${name[lang]}" differs from "${earlier.name[lang]}" ` +
            `given for category "${id}" in row ${earlier.row}`,
        );
      }
    }
  });
  return order.map((id) => {
    const name = named.get(id)?.name ?? opts.knownCategories.find((c) => c.id === id)?.name ?? nameFromId(id);
    return { id, name: { ...name } };
  });
}

/** "partner-companies" → "Partner companies", in both languages. */
function nameFromId(id: string): LocalizedText {
  const words = id.replace(/-/g, ' ');
  const name = words.charAt(0).toUpperCase() + words.slice(1);
  return { en: name, zh: name };
}

/** lintPack's messages name terms by id; a CSV reader wants rows. */
function csvLintMessage(message: string, rowsById: ReadonlyMap<string, number>): string {
  const rename = (text: string) =>
    text
      .replace(/\bsharedForms\b/g, 'shared_forms')
      .replace(/\botherSenses\b/g, 'other_senses')
      .replace(/\bformNotes\b/g, 'form_notes');
  const term = /^term "([^"]+)"(?:\.(\w+))?: (.*)$/.exec(message);
  if (term) {
    const [, id, field, rest] = term;
    const row = rowsById.get(id);
    const column = field ? rename(field) : 'id';
    return `${row ? `Row ${row} (${id})` : `Term "${id}"`}, ${column}: ${rename(rest)}`;
  }
  const form = /^form "[^"]*" is claimed by (.*?); /.exec(message);
  if (form) {
    const rows = [...form[1].matchAll(/"([^"]+)"/g)].map((m) => rowsById.get(m[1])).filter((r) => r !== undefined);
    if (rows.length > 0) return `Rows ${rows.join(' and ')}: ${rename(message)}`;
  }
  return rename(message);
}

/** A kebab-case id from a file name: "Acme Partners (2).csv" → "acme-partners-2". */
export function packIdFromFileName(fileName: string): string {
  const id = baseName(fileName)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return id || 'user-pack';
}

/** The file name as the pack's name; "sample-pack" reads better as "Sample pack". */
function packNameFromFileName(fileName: string, id: string): LocalizedText {
  let name = stripInvisible(baseName(fileName)).text.trim().slice(0, 80);
  if (!/\s/.test(name)) name = name.replace(/[-_]+/g, ' ').trim();
  name = name.charAt(0).toUpperCase() + name.slice(1);
  return name ? { en: name, zh: name } : nameFromId(id);
}

/** The file name without folders (browsers may report C:\fakepath\…) and without its extension. */
function baseName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
}
