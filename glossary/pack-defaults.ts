import type { Pack, PackInput, Term, TermInput } from './schema';

/**
 * Fills a pack's optional fields with the schema's defaults without
 * validating it: for the bundled pack, which tests validate, so the content
 * script does not pay for a schema parse on every page. Packs from users go
 * through `packSchema.parse` instead. A unit test checks both agree.
 */
export function withDefaults(input: PackInput): Pack {
  return {
    ...input,
    terms: input.terms.map(termWithDefaults),
    comparisons: (input.comparisons ?? []).map((c) => ({ ...c })),
  };
}

function termWithDefaults(term: TermInput): Term {
  return {
    ...term,
    differences: term.differences ?? [],
    related: term.related ?? [],
    references: term.references ?? [],
    cues: term.cues ?? { en: [], zh: [] },
    otherSenses: term.otherSenses ?? [],
    sharedForms: term.sharedForms ?? [],
    formNotes: term.formNotes ?? [],
  };
}
