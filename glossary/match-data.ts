/**
 * The slice of a pack that finding and resolving terms needs: forms, cues,
 * expansions, and the forms' trie compiled once by the background. The
 * content script runs on every page, so it gets less still
 * (toPageMatchData): the trie, and each term's name, category and meanings
 * (265 KB of JSON for the bundled glossary, most of it the trie). The
 * background compiles the cue words a page needs, and sends the
 * reader-facing text of a term when a tooltip opens.
 */
import { formTrie } from './build-lexicon';
import type { FormEntry } from './lexicon';
import { trieToWire, type TrieWire } from './matcher-wire';
import type { LocalizedText, Pack, Term } from './schema';

/** Another meaning of a term, as a page needs it: its id and how it is written out. */
export type PageSense = {
  id: string;
  expansion: LocalizedText;
};

type TermBasics = Pick<Term, 'id' | 'category' | 'name' | 'expansion'>;

/** A term as a page needs it: to hide its category, name it, and tell its meanings apart. */
export type PageTerm = TermBasics & {
  otherSenses: PageSense[];
};

/** Another meaning with its cue words, which the background compiles for pages. */
export type MatchSense = PageSense & {
  cues: { en: string[]; zh: string[] };
};

/** A term with what compiling its forms' trie and its cue words needs too (the background, the CLI). */
export type MatchTerm = TermBasics &
  Pick<Term, 'forms' | 'cues' | 'sharedForms'> & {
    otherSenses: MatchSense[];
  };

export interface MatchData<T extends PageTerm = MatchTerm> {
  /** Changes whenever any pack changes, so a compiled lexicon can be cached by it. */
  version: string;
  terms: T[];
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

/**
 * What the background sends a page: the trie and the cue words are
 * compiled for it, so the forms and cue words stay behind. They were a
 * quarter of the message (356 → 265 KB of JSON for the bundled glossary)
 * and 0.2 MB of heap on every page with text.
 */
export function toPageMatchData(data: MatchData): MatchData<PageTerm> {
  return {
    version: data.version,
    terms: data.terms.map((term) => ({
      id: term.id,
      category: term.category,
      name: term.name,
      expansion: term.expansion,
      otherSenses: term.otherSenses.map(({ id, expansion }) => ({ id, expansion })),
    })),
    formTrie: data.formTrie,
  };
}
