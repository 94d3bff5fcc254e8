/**
 * A lexicon is a pack made ready for matching and resolving: the compiled
 * matcher over every surface form, the terms and senses by id, and the cue
 * words of its ambiguous terms. Build it once per glossary version and
 * share it. What is costly to compile, the trie of the forms and the cue
 * words, the background compiles for the content script, whose lexicon
 * (lexiconFromMatchData) compiles nothing; buildLexicon (build-lexicon.ts)
 * compiles its own.
 */
import { gluedToWordBefore } from './cjk-glue';
import type { MatchData, MatchTerm, PageTerm } from './match-data';
import { matcherFromTrie, type MatcherTrie } from './matcher';
import { trieFromWire, type TrieWire } from './matcher-wire';
import type { LocalizedText } from './schema';
import { adoptedSenseCues, type SenseCues } from './sense-cues';

/** A meaning a match can have: the term's own (domain) sense, or one of its other senses. */
export interface Sense {
  /** snake_case of the English expansion: `contract_manufacturing_organization`. */
  id: string;
  termId: string;
  /** True for the glossary's own (pharma) meaning of the term. */
  domain: boolean;
  expansion: LocalizedText;
}

/**
 * Which term a surface form may stand for. Nothing about the form itself:
 * the matcher knows it, and the forms of one term share their entries (a
 * page keeps one object per term, not one per form with its own strings).
 */
export interface FormEntry {
  termId: string;
  /**
   * Whether this form can mean something else: acronyms of terms with other
   * senses (CMO), and forms shared by two terms (PV). A written-out name
   * ("contract manufacturing organization", 合同生产组织) means the term itself.
   */
  ambiguous: boolean;
}

export interface LexiconHit {
  start: number;
  end: number;
  /** The terms whose form matched (two for shared forms such as PV). */
  entries: FormEntry[];
}

/** What a lexicon is built from: a pack, or the match data the content script receives. */
export interface LexiconSource {
  terms: readonly MatchTerm[];
  /** The forms' trie, compiled by the background (`formTrie`); buildLexicon compiles it when absent or refused. */
  formTrie?: TrieWire<FormEntry>;
}

/** A lexicon of the terms a page gets (PageTerm), or of whole ones (MatchTerm: buildLexicon's, which compiles). */
export interface Lexicon<T extends PageTerm = PageTerm> {
  terms: Map<string, T>;
  /** Every sense of a term, domain sense first. */
  sensesOf(termId: string): Sense[];
  /** Leftmost-longest, non-overlapping term forms in a text. */
  findTerms(text: string): LexiconHit[];
  readonly formCount: number;
  /**
   * The cue words of these ambiguous terms, compiled (build-lexicon.ts) or
   * adopted from the background (a page's lexicon: those it has adopted).
   */
  senseCues(termIds: ReadonlySet<string>): SenseCues;
}

/** snake_case of an English phrase: "Contract Manufacturing Organization" → contract_manufacturing_organization. */
export function toSenseId(english: string): string {
  return english
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** The domain sense of a term, derived from its expansion (or its name when it has none). */
export function domainSenseOf(term: PageTerm): Sense {
  const expansion = term.expansion ?? term.name;
  return { id: toSenseId(expansion.en), termId: term.id, domain: true, expansion };
}

/**
 * The content script's lexicon: the match data as the background sent it,
 * trie included; its cue words are those the background compiled for the
 * page (adoptSenseCues). Throws when the trie is refused.
 */
export function lexiconFromMatchData(data: MatchData<PageTerm>): Lexicon {
  return createLexicon(data.terms, trieFromWire(data.formTrie), adoptedSenseCues);
}

/** A lexicon over these terms, matched with this trie of their forms. */
export function createLexicon<T extends PageTerm>(
  termList: readonly T[],
  trie: MatcherTrie<FormEntry>,
  senseCues: (lexicon: Lexicon<T>, termIds: ReadonlySet<string>) => SenseCues,
): Lexicon<T> {
  const terms = new Map<string, T>(termList.map((term) => [term.id, term]));
  // Made on first use: a page asks for the senses of the few terms it has, and toSenseId is not free.
  const senses = new Map<string, Sense[]>();
  const sensesOf = (termId: string): Sense[] => {
    let list = senses.get(termId);
    if (list) return list;
    const term = terms.get(termId);
    if (!term) return [];
    const others = term.otherSenses.map((other): Sense => ({
      id: other.id,
      termId: term.id,
      domain: false,
      expansion: other.expansion,
    }));
    senses.set(termId, (list = [domainSenseOf(term), ...others]));
    return list;
  };
  // One entry per term and ambiguity, with the term's own id string: decoded from the wire, each of the
  // 1,200 forms came with its own copies.
  const sharedEntries = new Map<string, FormEntry>();
  const shareEntry = ({ termId, ambiguous }: FormEntry): FormEntry => {
    const key = (ambiguous ? '?' : '=') + termId;
    let entry = sharedEntries.get(key);
    if (!entry) sharedEntries.set(key, (entry = { termId: terms.get(termId)?.id ?? termId, ambiguous }));
    return entry;
  };
  const matcher = matcherFromTrie({ ...trie, formValues: trie.formValues.map(shareEntry) });

  const lexicon: Lexicon<T> = {
    terms,
    sensesOf,
    findTerms: (text) => {
      const hits: LexiconHit[] = [];
      for (const hit of matcher.findAll(text)) {
        if (!gluedToWordBefore(text, hit.start, hit.end))
          hits.push({ start: hit.start, end: hit.end, entries: dedupe(hit.values) });
      }
      return hits;
    },
    formCount: matcher.size,
    senseCues: (termIds) => senseCues(lexicon, termIds),
  };
  return lexicon;
}

/** One entry per term: a form and its case variant may both match the same span. */
function dedupe(entries: FormEntry[]): FormEntry[] {
  if (entries.length < 2) return entries;
  const byTerm = new Map<string, FormEntry>();
  for (const entry of entries) if (!byTerm.has(entry.termId)) byTerm.set(entry.termId, entry);
  return [...byTerm.values()];
}
