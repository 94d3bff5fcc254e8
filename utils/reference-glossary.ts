/**
 * The glossary as the popup and the reference page use it. The search index
 * and the term index are built on first use, not at load, so the popup
 * paints before any of that work; `warmUp` builds them when the page is idle.
 * No matcher: nothing here scans text.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { indexTerms, type TermIndex } from '../glossary/describe';
import {
  describeComparison,
  describeTermEntry,
  groupByCategory,
  listComparisons,
  type CategoryGroup,
  type ComparisonSheet,
  type ComparisonSummary,
  type TermEntry,
} from '../glossary/reference';
import type { Lang, Pack } from '../glossary/schema';
import { usePacks } from './use-packs';
import { createSearchIndex, type SearchHit, type SearchIndex } from '../glossary/search';
import type { Translate } from './i18n';

/** One search result as the result list shows it. */
export interface SearchResultItem {
  termId: string;
  name: string;
  expansion: string;
  /** Why it matched, when the name does not show it ("合同研究组织", "in the definition"). */
  hint?: string;
}

export interface ReferenceGlossary {
  readonly pack: Pack;
  search(query: string): SearchHit[];
  /** The term's entry in both languages, or null when the pack has no such term. */
  entry(termId: string): Record<Lang, TermEntry> | null;
  comparison(comparisonId: string): Record<Lang, ComparisonSheet> | null;
  categories(lang: Lang): CategoryGroup[];
  comparisons(lang: Lang): ComparisonSummary[];
  /** Builds the indexes now, so the first keystroke does not wait. */
  warmUp(): void;
}

export function createReferenceGlossary(pack: Pack): ReferenceGlossary {
  let index: SearchIndex | null = null;
  let terms: TermIndex | null = null;
  const getIndex = () => (index ??= createSearchIndex(pack));
  const getTerms = () => (terms ??= indexTerms([pack]));
  const categories = new Map<Lang, CategoryGroup[]>();

  return {
    pack,
    search: (query) => getIndex().search(query),
    entry(termId) {
      const en = describeTermEntry(pack, getTerms(), termId, 'en');
      const zh = describeTermEntry(pack, getTerms(), termId, 'zh');
      return en && zh ? { en, zh } : null;
    },
    comparison(comparisonId) {
      const en = describeComparison(pack, comparisonId, 'en');
      const zh = describeComparison(pack, comparisonId, 'zh');
      return en && zh ? { en, zh } : null;
    },
    categories(lang) {
      let groups = categories.get(lang);
      if (!groups) categories.set(lang, (groups = groupByCategory(pack, lang)));
      return groups;
    },
    comparisons: (lang) => listComparisons(pack, lang),
    warmUp() {
      getIndex();
      getTerms();
    },
  };
}

let bundled: Promise<ReferenceGlossary> | null = null;

/**
 * The bundled glossary, imported on demand: its data is most of the popup's
 * code, and the popup paints its frame (search field, tabs, switches) first.
 */
export function loadBundledGlossary(): Promise<ReferenceGlossary> {
  bundled ??= import('../glossary/data').then(({ bundledPack }) => createReferenceGlossary(bundledPack));
  return bundled;
}

/** `loadBundledGlossary` for a view: null until the data is there, then warmed up when the page is idle. */
export function useBundledGlossary(): ReferenceGlossary | null {
  const [glossary, setGlossary] = useState<ReferenceGlossary | null>(null);
  useEffect(() => {
    let current = true;
    void loadBundledGlossary().then((loaded) => {
      if (!current) return;
      setGlossary(loaded);
      whenIdle(() => loaded.warmUp());
    });
    return () => {
      current = false;
    };
  }, []);
  return glossary;
}

/** Search hits as the result list shows them, with why each matched when its name does not show it. */
export function toResultItems(pack: Pack, hits: readonly SearchHit[], lang: Lang, t: Translate): SearchResultItem[] {
  const items: SearchResultItem[] = [];
  for (const hit of hits) {
    const term = pack.terms.find((candidate) => candidate.id === hit.termId);
    if (!term) continue;
    const name = term.name[lang];
    const expansion = term.expansion?.[lang] ?? '';
    let hint: string | undefined;
    if (hit.field === 'definition') hint = t('matchedInDefinition');
    else if (hit.field === 'other-sense') hint = t('matchedOtherMeaning', hit.text);
    else if (hit.text !== name && hit.text !== expansion) hint = hit.text;
    items.push({ termId: term.id, name, expansion, hint });
  }
  return items;
}

/** Runs `work` when the page is idle (soon after the first paint). */
export function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout: 500 });
  else setTimeout(work, 50);
}

/**
 * The glossary the reader has: the bundled pack plus their enabled packs
 * (kept current as packs change), for the popup and the reference page.
 */
export function useEffectiveGlossary(): ReferenceGlossary | null {
  const effective = usePacks();
  const glossary = useMemo(() => effective && createReferenceGlossary(effective.combined), [effective]);
  useEffect(() => {
    if (glossary) whenIdle(() => glossary.warmUp());
  }, [glossary]);
  return glossary;
}
