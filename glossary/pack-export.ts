/**
 * A pack as a file: JSON (the pack schema, lossless) or CSV (one term per
 * row, the columns of pack-csv.ts). Importing an export gives the same pack
 * back; for CSV that holds for the terms and categories, while the pack's
 * id, name and version come from the file name (`<id>.csv`) and comparisons,
 * which have no place in a table of terms, are left out.
 */
import { ALL_COLUMNS, joinList, protectCell, writeCsv, type CsvColumn } from './pack-csv';
import { packSchema, type Pack, type Term } from './schema';

export type ExportFormat = 'json' | 'csv';

export interface PackFile {
  fileName: string;
  mimeType: string;
  text: string;
}

/**
 * The pack in the pack schema, two-space indented, with a final newline.
 * Keys come in the schema's order whatever order the object has (storage
 * hands objects back with sorted keys), so the same pack always gives the
 * same bytes.
 */
export function exportPackJson(pack: Pack): string {
  return JSON.stringify(packSchema.parse(pack), null, 2) + '\n';
}

/** The pack's terms, one per row, every column present (see the README's "Glossary packs"). */
export function exportPackCsv(pack: Pack): string {
  const categories = new Map(pack.categories.map((category) => [category.id, category]));
  const rows = pack.terms.map((term) => {
    const category = categories.get(term.category);
    const cells = termCells(term);
    cells.category_en = category?.name.en ?? '';
    cells.category_zh = category?.name.zh ?? '';
    return ALL_COLUMNS.map((column) => protectCell(cells[column] ?? ''));
  });
  return writeCsv([[...ALL_COLUMNS], ...rows]);
}

function termCells(term: Term): Partial<Record<CsvColumn, string>> {
  const json = (items: readonly unknown[]) => (items.length > 0 ? JSON.stringify(items) : '');
  return {
    id: term.id,
    category: term.category,
    forms_en: joinList(term.forms.en),
    forms_zh: joinList(term.forms.zh),
    name_en: term.name.en,
    name_zh: term.name.zh,
    short_en: term.short.en,
    short_zh: term.short.zh,
    expansion_en: term.expansion?.en ?? '',
    expansion_zh: term.expansion?.zh ?? '',
    details_en: term.details.en,
    details_zh: term.details.zh,
    related: joinList(term.related),
    references: joinList(term.references),
    cues_en: joinList(term.cues.en),
    cues_zh: joinList(term.cues.zh),
    shared_forms: joinList(term.sharedForms),
    differences: json(term.differences),
    other_senses: json(term.otherSenses),
    form_notes: json(term.formNotes),
  };
}

/** The file to offer for download: `<pack id>.json` or `<pack id>.csv`. */
export function exportPack(pack: Pack, format: ExportFormat): PackFile {
  return format === 'json'
    ? { fileName: `${pack.id}.json`, mimeType: 'application/json', text: exportPackJson(pack) }
    : { fileName: `${pack.id}.csv`, mimeType: 'text/csv;charset=utf-8', text: exportPackCsv(pack) };
}
