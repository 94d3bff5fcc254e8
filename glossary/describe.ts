/**
 * Builds what a reader sees about a term or a match (tooltip, popup card)
 * from the lexicon, in the reader's language. Pure data, no markup: views
 * render these strings as text.
 */
import { localizeEvidence } from './evidence-text';
import type { Sense } from './lexicon';
import type { Comparison, Lang, Pack, Term } from './schema';

/** Full terms by id: the reader-facing text lives here, not in the lexicon. */
export interface TermIndex {
  terms: ReadonlyMap<string, Term>;
  /** The comparison tables each term appears in. */
  comparisonsOf?: ReadonlyMap<string, readonly Comparison[]>;
}

export function indexTerms(packs: readonly Pack[]): TermIndex {
  const comparisonsOf = new Map<string, Comparison[]>();
  for (const comparison of packs.flatMap((pack) => pack.comparisons)) {
    for (const termId of comparison.terms) {
      const list = comparisonsOf.get(termId) ?? [];
      list.push(comparison);
      comparisonsOf.set(termId, list);
    }
  }
  return { terms: new Map(packs.flatMap((pack) => pack.terms.map((term) => [term.id, term] as const))), comparisonsOf };
}

export interface SenseView {
  id: string;
  domain: boolean;
  /** Expansion in the reader's language, and in the other language. */
  expansion: string;
  expansionOther: string;
  short: string;
  confidence?: number;
}

export interface TermView {
  termId: string;
  category: string;
  name: string;
  /** Full name in the reader's language (empty when the term is not an acronym). */
  expansion: string;
  /** The name in the other language, shown alongside. */
  otherLanguageName: string;
  short: string;
  /** The short definition in the other language (for readers who want both). */
  shortOther: string;
  details: string;
  differences: { termId: string; name: string; text: string }[];
  related: { termId: string; name: string }[];
  references: string[];
  /** Remarks on the matched form (e.g. CFDA is a former name of NMPA). */
  formNote?: string;
  /** Comparison tables that include the term. */
  comparisons: { id: string; title: string }[];
}

export interface MatchView {
  term: TermView;
  /** The meaning chosen here; for a domain sense it is the term itself. */
  sense: SenseView;
  /** Why this meaning was chosen (empty for unambiguous terms). */
  evidence: string[];
  /** Other meanings the form can have, best first. */
  otherMeanings: SenseView[];
}

export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'zh' : 'en';
}

/** The reader's language from a BCP 47 tag: Chinese for zh-*, English otherwise. */
export function langFromLocale(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function describeTerm(lexicon: TermIndex, term: Term, lang: Lang, matchedForm?: string): TermView {
  const other = otherLang(lang);
  const nameOf = (id: string) => lexicon.terms.get(id)?.name[lang] ?? id;
  const expansionOther = term.expansion?.[other] ?? term.name[other];
  const note = matchedForm ? term.formNotes.find((n) => n.form === matchedForm) : undefined;
  return {
    termId: term.id,
    category: term.category,
    name: term.name[lang],
    expansion: term.expansion?.[lang] ?? '',
    otherLanguageName: expansionOther === (term.expansion?.[lang] ?? term.name[lang]) ? '' : expansionOther,
    short: term.short[lang],
    shortOther: term.short[other],
    details: term.details[lang],
    differences: term.differences
      .filter((d) => lexicon.terms.has(d.term))
      .map((d) => ({ termId: d.term, name: nameOf(d.term), text: d[lang] })),
    related: term.related.filter((id) => lexicon.terms.has(id)).map((id) => ({ termId: id, name: nameOf(id) })),
    references: term.references,
    formNote: note?.[lang],
    comparisons: (lexicon.comparisonsOf?.get(term.id) ?? []).map((c) => ({ id: c.id, title: c.title[lang] })),
  };
}

export function describeSense(lexicon: TermIndex, sense: Sense, lang: Lang, confidence?: number): SenseView {
  const other = otherLang(lang);
  const term = lexicon.terms.get(sense.termId);
  const short = sense.domain
    ? (term?.short[lang] ?? '')
    : (term?.otherSenses.find((s) => s.id === sense.id)?.short[lang] ?? '');
  return {
    id: sense.id,
    domain: sense.domain,
    expansion: sense.expansion[lang],
    expansionOther: sense.expansion[other],
    short,
    confidence,
  };
}

export interface DescribableMatch {
  termId: string;
  sense: Sense;
  confidence: number;
  evidence: string[];
  alternatives: { sense: Sense; confidence: number }[];
  text?: string;
}

export function describeMatch(lexicon: TermIndex, match: DescribableMatch, lang: Lang): MatchView | null {
  const term = lexicon.terms.get(match.termId);
  if (!term) return null;
  return {
    term: describeTerm(lexicon, term, lang, match.text),
    sense: describeSense(lexicon, match.sense, lang, match.confidence),
    evidence: match.evidence.map((reason) => localizeEvidence(reason, lang)),
    otherMeanings: match.alternatives.map((a) => describeSense(lexicon, a.sense, lang, a.confidence)),
  };
}
