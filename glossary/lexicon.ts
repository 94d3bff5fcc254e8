/**
 * A lexicon is a pack made ready for matching: the compiled matcher over
 * every surface form, plus the terms and senses by id. Build it once per
 * glossary version and share it. The costly part, the trie of the forms,
 * is compiled by the background and arrives with the match data.
 */
import { gluedToWordBefore } from './cjk-glue';
import type { MatchSense, MatchTerm } from './match-data';
import { compileTrie, matcherFromTrie, type MatcherTrie } from './matcher';
import { trieFromWire, type TrieWire } from './matcher-wire';
import { canonicalForm, isCaseSensitiveForm } from './normalize';
import type { Lang, LocalizedText } from './schema';

/** A meaning a match can have: the term's own (domain) sense, or one of its other senses. */
export interface Sense {
  /** snake_case of the English expansion: `contract_manufacturing_organization`. */
  id: string;
  termId: string;
  /** True for the glossary's own (pharma) meaning of the term. */
  domain: boolean;
  expansion: LocalizedText;
  cues: { en: string[]; zh: string[] };
  /** Present for other senses. */
  other?: MatchSense;
}

/** Which terms a surface form may stand for. */
export interface FormEntry {
  termId: string;
  lang: Lang;
  form: string;
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
  /** The forms' trie, compiled by the background (`formTrie`); compiled here when absent or refused. */
  formTrie?: TrieWire<FormEntry>;
}

export interface Lexicon {
  terms: Map<string, MatchTerm>;
  /** Every sense of a term, domain sense first. */
  sensesOf(termId: string): Sense[];
  /** Leftmost-longest, non-overlapping term forms in a text. */
  findTerms(text: string): LexiconHit[];
  readonly formCount: number;
  /** Whether the forms were compiled here: no trie came with the source, or it was refused. */
  readonly compiledHere: boolean;
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
export function domainSenseOf(term: MatchTerm): Sense {
  const expansion = term.expansion ?? term.name;
  return {
    id: toSenseId(expansion.en),
    termId: term.id,
    domain: true,
    expansion,
    cues: term.cues,
  };
}

/**
 * English forms also match in the plural the matcher cannot derive by adding
 * "s": therapy → therapies. Acronyms and mixed-case forms are left alone.
 */
function derivedForms(form: string): string[] {
  if (/[a-z]y$/.test(form) && !/[A-Z]{2}/.test(form)) return [form.slice(0, -1) + 'ies'];
  return [];
}

export function buildLexicon(pack: LexiconSource): Lexicon {
  const terms = new Map<string, MatchTerm>(pack.terms.map((term) => [term.id, term]));
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
      cues: other.cues,
      other,
    }));
    senses.set(termId, (list = [domainSenseOf(term), ...others]));
    return list;
  };

  const received = receivedTrie(pack);
  const matcher = matcherFromTrie(received ?? formTrie(pack));

  return {
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
    compiledHere: !received,
  };
}

/** The background's compiled trie, or null (with a warning) when there is none or it is refused. */
function receivedTrie(pack: LexiconSource): MatcherTrie<FormEntry> | null {
  if (!pack.formTrie) return null;
  try {
    return trieFromWire(pack.formTrie);
  } catch (error) {
    console.warn('TermLens: compiling the glossary here;', error instanceof Error ? error.message : error);
    return null;
  }
}

/** The trie of every surface form of every term, and their plurals the matcher cannot derive. */
export function formTrie(pack: LexiconSource): MatcherTrie<FormEntry> {
  const patterns: { form: string; value: FormEntry }[] = [];
  const seen = new Set<string>();
  for (const term of pack.terms) {
    for (const lang of ['en', 'zh'] as const) {
      for (const form of term.forms[lang]) {
        for (const variant of [form, ...derivedForms(form)]) {
          const key = `${term.id}\u0000${canonicalForm(variant)}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const ambiguous =
            term.sharedForms.includes(form) || (term.otherSenses.length > 0 && isCaseSensitiveForm(form));
          patterns.push({ form: variant, value: { termId: term.id, lang, form, ambiguous } });
        }
      }
    }
  }
  return compileTrie(patterns);
}

/** One entry per term: a form and its case variant may both match the same span. */
function dedupe(entries: FormEntry[]): FormEntry[] {
  if (entries.length < 2) return entries;
  const byTerm = new Map<string, FormEntry>();
  for (const entry of entries) if (!byTerm.has(entry.termId)) byTerm.set(entry.termId, entry);
  return [...byTerm.values()];
}
