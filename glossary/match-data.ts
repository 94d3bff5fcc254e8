/**
 * The slice of a pack that finding and resolving terms needs: forms, cues,
 * expansions, and the forms' trie compiled once by the background. The
 * content script runs on every page, so it carries only this (370 KB of
 * JSON for the bundled glossary, two thirds of it the trie) and asks the
 * background for the reader-facing text of a term when a tooltip opens.
 */
import { formTrie } from './build-lexicon';
import type { FormEntry } from './lexicon';
import { trieToWire, type TrieWire } from './matcher-wire';
import type { LocalizedText, Pack, Term } from './schema';

export type MatchSense = {
  id: string;
  expansion: LocalizedText;
  cues: { en: string[]; zh: string[] };
};

export type MatchTerm = Pick<Term, 'id' | 'category' | 'name' | 'expansion' | 'forms' | 'cues' | 'sharedForms'> & {
  otherSenses: MatchSense[];
};

export interface MatchData {
  /** Changes whenever any pack changes, so a compiled lexicon can be cached by it. */
  version: string;
  terms: MatchTerm[];
  /** Every form of `terms`, compiled: pages decode it instead of compiling their own. */
  formTrie: TrieWire<FormEntry>;
}

export function toMatchData(packs: readonly Pack[]): MatchData {
  const terms: MatchTerm[] = packs.flatMap((pack) =>
    pack.terms.map((term) => ({
      id: term.id,
      category: term.category,
      name: term.name,
      expansion: term.expansion,
      forms: term.forms,
      cues: term.cues,
      sharedForms: term.sharedForms,
      otherSenses: term.otherSenses.map(({ id, expansion, cues }) => ({ id, expansion, cues })),
    })),
  );
  return {
    version: packs.map((p) => `${p.id}@${p.version}:${p.terms.length}`).join('+'),
    terms,
    formTrie: trieToWire(formTrie({ terms })),
  };
}
