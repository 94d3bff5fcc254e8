/**
 * The background's side of the glossary: holds the full packs, hands the
 * content script its compact match data, and turns a match reference into
 * what the tooltip shows.
 */
import { describeMatch, indexTerms, type MatchView, type TermIndex } from '../glossary/describe';
import { buildLexicon } from '../glossary/build-lexicon';
import { domainSenseOf, type Lexicon, type Sense } from '../glossary/lexicon';
import { toMatchData, toPageMatchData, type MatchData, type MatchTerm, type PageTerm } from '../glossary/match-data';
import type { Lang, Pack, Term } from '../glossary/schema';
import { createSearchIndex, type SearchIndex } from '../glossary/search';
import { compileSenseCues } from '../glossary/sense-cue-compile';
import { senseCuesToWire, type SenseCuesWire } from '../glossary/sense-cues-wire';
import type { MatchRef } from './background-requests';
import type { Suggestion } from './runtime-messages';

export interface GlossaryService {
  matchData(): MatchData;
  /** What a page gets of it (toPageMatchData). */
  pageMatchData(): MatchData<PageTerm>;
  /**
   * The cue words of these terms compiled for a page, in the order given (the order the page would
   * gather them in); null when the page's match data `version` is not the current one.
   */
  senseCues(version: string, termIds: readonly string[]): SenseCuesWire | null;
  describe(match: MatchRef, lang: Lang): MatchView | null;
  /** The nearest glossary entries for a text that is not a term. */
  suggest(query: string, lang: Lang, max?: number): Suggestion[];
}

function senseOf(term: Term, senseId: string): Sense | null {
  const own = domainSenseOf(term);
  if (own.id === senseId) return own;
  const other = term.otherSenses.find((s) => s.id === senseId);
  return other ? { id: other.id, termId: term.id, domain: false, expansion: other.expansion } : null;
}

/** Compiled cue sets kept for pages that ask alike (30 KB for one term, 170 KB for ten, as JSON). */
const RECENT_CUES = 16;

export function createGlossaryService(packs: () => readonly Pack[]): GlossaryService {
  // What is derived from the packs is made on first need and kept until they change: the match data
  // compiles the forms' trie (~20 ms) and the search index reads every term, and a background that
  // has just woken up should answer a page's request for match data, or a tooltip's question, without
  // building the other.
  let derived: {
    packs: readonly Pack[];
    data?: MatchData;
    pageData?: MatchData<PageTerm>;
    lexicon?: Lexicon<MatchTerm>;
    /** Recent pages' cues by their terms: tabs of one site, or one page in several frames, ask alike. */
    cues?: Map<string, SenseCuesWire>;
    index?: TermIndex;
    search?: SearchIndex[];
  } | null = null;
  const current = () => {
    const list = packs();
    if (derived?.packs !== list) derived = { packs: list };
    return derived;
  };
  const matchData = () => {
    const now = current();
    return (now.data ??= toMatchData(now.packs));
  };
  const termIndex = () => {
    const now = current();
    return (now.index ??= indexTerms(now.packs));
  };
  const searchIndexes = () => {
    const now = current();
    return (now.search ??= now.packs.map((p) => createSearchIndex(p)));
  };
  return {
    matchData,
    pageMatchData() {
      const now = current();
      return (now.pageData ??= toPageMatchData(matchData()));
    },
    senseCues(version, termIds) {
      const now = current();
      if (matchData().version !== version) return null;
      const cues = (now.cues ??= new Map<string, SenseCuesWire>());
      const key = termIds.join(' ');
      let wire = cues.get(key);
      if (!wire) {
        wire = senseCuesToWire(compileSenseCues((now.lexicon ??= buildLexicon(matchData())), termIds));
        const oldest = cues.keys().next().value;
        if (cues.size >= RECENT_CUES && oldest !== undefined) cues.delete(oldest);
      }
      // Most recently asked last, so that the oldest goes first.
      cues.delete(key);
      cues.set(key, wire);
      return wire;
    },
    describe(match, lang) {
      const index = termIndex();
      const term = index.terms.get(match.termId);
      const sense = term && senseOf(term, match.senseId);
      if (!term || !sense) return null;
      const alternatives = match.alternatives.flatMap((alt) => {
        const altTerm = index.terms.get(alt.termId);
        const altSense = altTerm && senseOf(altTerm, alt.senseId);
        return altSense ? [{ sense: altSense, confidence: alt.confidence }] : [];
      });
      return describeMatch(index, { ...match, sense, alternatives }, lang);
    },
    suggest(query, lang, max = 5) {
      const index = termIndex();
      const hits = searchIndexes()
        .flatMap((s) => s.search(query, { maxResults: max }))
        .sort((a, b) => b.score - a.score);
      const seen = new Set<string>();
      const suggestions: Suggestion[] = [];
      for (const hit of hits) {
        const term = index.terms.get(hit.termId);
        if (!term || seen.has(term.id)) continue;
        seen.add(term.id);
        suggestions.push({
          termId: term.id,
          name: term.name[lang],
          expansion: term.expansion?.[lang] ?? '',
          short: term.short[lang],
        });
        if (suggestions.length >= max) break;
      }
      return suggestions;
    },
  };
}
