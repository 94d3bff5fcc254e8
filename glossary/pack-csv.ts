/**
 * The CSV side of glossary packs: a small RFC 4180 reader and writer, and the
 * columns a pack's CSV has. Import (pack-import.ts) and export
 * (pack-export.ts) share the column list and the cell conventions here, so
 * an exported file always reads back.
 *
 * RFC 4180: https://www.rfc-editor.org/rfc/rfc4180
 */

/** Columns every pack CSV must have (in this order on export). */
export const REQUIRED_COLUMNS = [
  'id',
  'category',
  'forms_en',
  'forms_zh',
  'name_en',
  'name_zh',
  'short_en',
  'short_zh',
] as const;

/**
 * Columns a pack CSV may have. The last three hold JSON (arrays of objects,
 * as in the pack schema): they exist so that every term survives a CSV round
 * trip; people writing a pack by hand rarely need them.
 */
export const OPTIONAL_COLUMNS = [
  'expansion_en',
  'expansion_zh',
  'details_en',
  'details_zh',
  'related',
  'references',
  'cues_en',
  'cues_zh',
  'category_en',
  'category_zh',
  'shared_forms',
  'differences',
  'other_senses',
  'form_notes',
] as const;

export type CsvColumn = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];

export const ALL_COLUMNS: readonly CsvColumn[] = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS];

/** Separates the items of a list cell (forms, cues, related, references): `CMO|contract manufacturer`. */
export const LIST_SEPARATOR = '|';

/**
 * Splits a list cell on `|`. `\|` is a literal pipe and `\\` a literal
 * backslash; any other backslash is kept as written. Items are trimmed; an
 * empty cell is an empty list, but an empty item between separators is kept
 * (as "") so the importer can point at it.
 */
export function splitList(cell: string): string[] {
  if (cell.trim() === '') return [];
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const char = cell[i];
    const next = cell[i + 1];
    if (char === '\\' && (next === LIST_SEPARATOR || next === '\\')) {
      current += next;
      i++;
    } else if (char === LIST_SEPARATOR) {
      items.push(current.trim());
      current = '';
    } else {
      current += char;
    }
  }
  items.push(current.trim());
  return items;
}

/** The inverse of splitList. */
export function joinList(items: readonly string[]): string {
  return items.map((item) => item.replace(/\\(?=\||\\|$)/g, '\\\\').replace(/\|/g, '\\|')).join(LIST_SEPARATOR);
}

/**
 * Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` as a formula
 * (CSV injection, https://owasp.org/www-community/attacks/CSV_Injection).
 * Export puts an apostrophe in front of such cells, which spreadsheets treat
 * as "this is text"; import takes it off again.
 */
const FORMULA = /^'*[=+\-@\t\r]/;

/** Cells that start like a formula, after any apostrophes, get one more apostrophe. */
export function protectCell(cell: string): string {
  return FORMULA.test(cell) ? `'${cell}` : cell;
}

/** The inverse of protectCell: one apostrophe goes when a formula start follows. */
export function unprotectCell(cell: string): string {
  return cell.startsWith("'") && FORMULA.test(cell) ? cell.slice(1) : cell;
}

/** One record of a CSV file. */
export interface CsvRecord {
  /** 1-based, counting the header and blank lines, as a spreadsheet numbers its rows. */
  row: number;
  fields: string[];
}

export type CsvReadResult =
  | { ok: true; records: CsvRecord[] }
  | {
      ok: false;
      row: number;
      /** 1-based field of the row, for quote problems. */
      field?: number;
      problem: 'unclosed-quote' | 'text-after-quote' | 'too-many-rows';
      /** The records before the problem (the header, to name the column). */
      records: CsvRecord[];
    };

export interface CsvReadOptions {
  /** Stop with `too-many-rows` once a file has more records than this (the header included). */
  maxRecords: number;
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;

/**
 * Reads CSV text into records: fields separated by commas, records by CRLF,
 * LF or CR; a field in double quotes may hold commas, line breaks and
 * doubled quotes (`""`). A quote inside an unquoted field is kept as text,
 * as spreadsheets do. Blank lines are skipped (but counted in row numbers).
 */
export function readCsv(text: string, options: CsvReadOptions): CsvReadResult {
  const records: CsvRecord[] = [];
  const length = text.length;
  let row = 1; // the physical row we are on
  let recordRow = 1; // the row the current record started on
  let fields: string[] = [];
  let i = 0;

  /** Closes the current record; false when the file has too many. */
  const endRecord = (): boolean => {
    const blank = fields.length === 1 && fields[0] === '';
    if (!blank) records.push({ row: recordRow, fields });
    fields = [];
    return records.length <= options.maxRecords;
  };

  while (i < length) {
    if (fields.length === 0) recordRow = row;
    let value: string;
    if (text.charCodeAt(i) === QUOTE) {
      const contentStart = i + 1;
      value = '';
      let from = contentStart;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0)
          return { ok: false, row: recordRow, field: fields.length + 1, problem: 'unclosed-quote', records };
        value += text.slice(from, quote);
        if (text.charCodeAt(quote + 1) === QUOTE) {
          value += '"';
          from = quote + 2;
          continue;
        }
        // Line breaks inside quotes belong to the field, but a spreadsheet shows them as rows.
        row += countLineBreaks(text, contentStart, quote);
        i = quote + 1;
        break;
      }
      const after = text.charCodeAt(i);
      if (i < length && after !== COMMA && after !== CR && after !== LF) {
        return { ok: false, row: recordRow, field: fields.length + 1, problem: 'text-after-quote', records };
      }
    } else {
      let end = i;
      while (end < length) {
        const code = text.charCodeAt(end);
        if (code === COMMA || code === CR || code === LF) break;
        end++;
      }
      value = text.slice(i, end);
      i = end;
    }
    fields.push(value);

    const code = text.charCodeAt(i);
    if (code === COMMA) {
      i++;
      // A comma at the very end leaves one more (empty) field.
      if (i === length) fields.push('');
      else continue;
    } else if (code === CR || code === LF) {
      i += code === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    }
    // A line break or the end of the text closes the record.
    if (!endRecord()) return { ok: false, row: recordRow, problem: 'too-many-rows', records };
    row++;
  }
  return { ok: true, records };
}

/** Line breaks (CRLF, LF or CR each count once) in text[from, to). */
function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === LF) count++;
    else if (code === CR) {
      count++;
      if (text.charCodeAt(i + 1) === LF) i++;
    }
  }
  return count;
}

/** Quotes a field when it must be quoted: it holds a comma, quote or line break, or starts or ends with a space. */
export function formatField(field: string): string {
  return /[",\r\n]|^\s|\s$/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/**
 * Writes records as CSV with CRLF line ends (RFC 4180), after a UTF-8 byte
 * order mark: without it, Excel reads UTF-8 as the local code page and
 * garbles Chinese.
 */
export function writeCsv(records: readonly (readonly string[])[]): string {
  return '\uFEFF' + records.map((fields) => fields.map(formatField).join(',') + '\r\n').join('');
}
