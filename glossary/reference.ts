/**
 * What the popup and the reference page show, as plain data in one
 * language: a term's full entry, a comparison table, the categories with
 * their terms. Views render these strings as text; nothing here is markup.
 */
import { describeTerm, otherLang, type SenseView, type TermIndex, type TermView } from './describe';
import type { Lang, Pack } from './schema';

/** A term in a list: enough to recognise it and pick it. */
export interface TermSummary {
  termId: string;
  name: string;
  /** Full name of an acronym, empty otherwise. */
  expansion: string;
  short: string;
}

/** Everything the term view shows, in one language. */
export interface TermEntry {
  /** The term, with the comparison tables it is in (`term.comparisons`). */
  term: TermView;
  categoryName: string;
  /** Meanings of the acronym outside the glossary's domain (CMO as Chief Marketing Officer). */
  otherMeanings: SenseView[];
}

export interface ComparisonColumn {
  termId: string;
  name: string;
  expansion: string;
}

export interface ComparisonRow {
  dimensionId: string;
  label: string;
  /** One cell per column, in column order; empty text when the pack has no cell. */
  cells: { termId: string; text: string }[];
}

export interface ComparisonSheet {
  id: string;
  title: string;
  summary: string;
  columns: ComparisonColumn[];
  rows: ComparisonRow[];
}

export interface CategoryGroup {
  id: string;
  name: string;
  terms: TermSummary[];
}

export function summarizeTerm(pack: Pack, termId: string, lang: Lang): TermSummary | null {
  const term = pack.terms.find((t) => t.id === termId);
  if (!term) return null;
  return { termId, name: term.name[lang], expansion: term.expansion?.[lang] ?? '', short: term.short[lang] };
}

/** `index` is `indexTerms([pack])`, built once: it resolves the names of differences and related terms. */
export function describeTermEntry(pack: Pack, index: TermIndex, termId: string, lang: Lang): TermEntry | null {
  const term = index.terms.get(termId);
  if (!term) return null;
  const other = otherLang(lang);
  return {
    term: describeTerm(index, term, lang),
    categoryName: pack.categories.find((c) => c.id === term.category)?.name[lang] ?? term.category,
    otherMeanings: term.otherSenses.map((sense) => ({
      id: sense.id,
      domain: false,
      expansion: sense.expansion[lang],
      expansionOther: sense.expansion[other],
      short: sense.short[lang],
    })),
  };
}

export function describeComparison(pack: Pack, comparisonId: string, lang: Lang): ComparisonSheet | null {
  const comparison = pack.comparisons.find((c) => c.id === comparisonId);
  if (!comparison) return null;
  const columns = comparison.terms.map((termId): ComparisonColumn => {
    const term = pack.terms.find((t) => t.id === termId);
    return { termId, name: term?.name[lang] ?? termId, expansion: term?.expansion?.[lang] ?? '' };
  });
  return {
    id: comparison.id,
    title: comparison.title[lang],
    summary: comparison.summary?.[lang] ?? '',
    columns,
    rows: comparison.dimensions.map((dimension) => ({
      dimensionId: dimension.id,
      label: dimension.label[lang],
      cells: columns.map(({ termId }) => ({ termId, text: dimension.cells[termId]?.[lang] ?? '' })),
    })),
  };
}

/** The categories in pack order, each with its terms sorted by name in the reader's language. */
export function groupByCategory(pack: Pack, lang: Lang): CategoryGroup[] {
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en', { sensitivity: 'base', numeric: true });
  return pack.categories.map((category) => ({
    id: category.id,
    name: category.name[lang],
    terms: pack.terms
      .filter((term) => term.category === category.id)
      .map((term) => ({
        termId: term.id,
        name: term.name[lang],
        expansion: term.expansion?.[lang] ?? '',
        short: term.short[lang],
      }))
      .sort((a, b) => collator.compare(a.name, b.name)),
  }));
}

/** A comparison in a list: its title, summary and the terms it compares. */
export interface ComparisonSummary {
  id: string;
  title: string;
  summary: string;
  termNames: string[];
}

export function listComparisons(pack: Pack, lang: Lang): ComparisonSummary[] {
  return pack.comparisons.map((comparison) => ({
    id: comparison.id,
    title: comparison.title[lang],
    summary: comparison.summary?.[lang] ?? '',
    termNames: comparison.terms.map((id) => pack.terms.find((t) => t.id === id)?.name[lang] ?? id),
  }));
}
