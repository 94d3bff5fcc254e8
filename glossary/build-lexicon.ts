/**
 * A lexicon that compiles what it needs itself: the forms' trie (unless one
 * came with the source) and the cue words of its ambiguous terms. This is
 * the background's, the CLI's, the benchmark harness's and the tests'
 * lexicon; the content script's (lexiconFromMatchData) compiles nothing.
 */
import { createLexicon, type FormEntry, type Lexicon, type LexiconSource } from './lexicon';
import type { MatchTerm } from './match-data';
import { compileTrie, type MatcherTrie } from './matcher';
import { trieFromWire } from './matcher-wire';
import { canonicalForm, isCaseSensitiveForm } from './normalize';
import { senseCuesOf } from './sense-cue-compile';

export function buildLexicon(pack: LexiconSource): Lexicon<MatchTerm> {
  return createLexicon(pack.terms, receivedTrie(pack) ?? formTrie(pack), senseCuesOf);
}

/** The trie that came with the source, or null (with a warning) when there is none or it is refused. */
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
          patterns.push({ form: variant, value: { termId: term.id, ambiguous } });
        }
      }
    }
  }
  return compileTrie(patterns);
}

/**
 * English forms also match in the plural the matcher cannot derive by adding
 * "s": therapy → therapies. Acronyms and mixed-case forms are left alone.
 */
function derivedForms(form: string): string[] {
  if (/[a-z]y$/.test(form) && !/[A-Z]{2}/.test(form)) return [form.slice(0, -1) + 'ies'];
  return [];
}
