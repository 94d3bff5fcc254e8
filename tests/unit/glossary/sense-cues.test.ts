import { describe, expect, it } from 'vitest';
import { bundledPack } from '../../../glossary/data';
import { buildLexicon } from '../../../glossary/build-lexicon';
import { lexiconFromMatchData, type Lexicon } from '../../../glossary/lexicon';
import { toMatchData, toPageMatchData, type MatchTerm } from '../../../glossary/match-data';
import { compileSenseCues, senseCuesOf } from '../../../glossary/sense-cue-compile';
import { adoptSenseCues, findCues, senseCueTermsToCompile, type SenseCues } from '../../../glossary/sense-cues';

const data = toMatchData([bundledPack]);

/** A lexicon of its own: compiled cues are cached per lexicon. */
const freshLexicon = () => buildLexicon(data);

function ambiguousTerms(lexicon: Lexicon): string[] {
  return [...lexicon.terms.keys()].filter((id) => lexicon.sensesOf(id).length > 1);
}

/** A text holding one English cue word of every sense of these terms, and the sense keys it should bring. */
function cueText(lexicon: Lexicon<MatchTerm>, termIds: readonly string[]) {
  const words = termIds.flatMap((id) => {
    const term = lexicon.terms.get(id)!;
    return [term.cues.en[0], ...term.otherSenses.map((other) => other.cues.en[0])];
  });
  return words.filter((word) => word !== undefined).join('. ');
}

/**
 * What the cues find in a text for these terms, as comparable strings: "cue → sense keys". A cue word
 * shared with terms compiled alongside also names their senses, which the resolver never asks about.
 */
function found(cues: SenseCues, text: string, termIds: readonly string[]): string[] {
  const ours = (key: string) => termIds.some((id) => key.startsWith(`${id}/`));
  return findCues(cues, text, 0, text.length)
    .flatMap((hit) =>
      hit.values.map(
        (ref) =>
          `${text.slice(hit.start, hit.end)} → ${[...ref.senses]
            .map(([key]) => key)
            .filter(ours)
            .sort()
            .join(',')}`,
      ),
    )
    .filter((entry) => !entry.endsWith('→ '))
    .sort();
}

describe('compiling the cue words of ambiguous terms', () => {
  it('is cached per lexicon once complete, and grows when new terms are asked for', () => {
    const lexicon = freshLexicon();
    const [first, second] = ambiguousTerms(lexicon);
    const once = senseCuesOf(lexicon, [first]);
    expect(senseCuesOf(lexicon, [first])).toBe(once);

    const text = cueText(lexicon, [second]);
    expect(found(once, text, [second])).toEqual([]);
    const grown = senseCuesOf(lexicon, [second]);
    expect(grown).not.toBe(once);
    expect(found(grown, text, [second]).length).toBeGreaterThan(0);
    const firstText = cueText(lexicon, [first]);
    expect(found(grown, firstText, [first])).toEqual(found(once, firstText, [first]));
  });

  it('finds the same grown term by term as compiled at once', () => {
    const lexicon = freshLexicon();
    const terms = ambiguousTerms(lexicon).slice(0, 12);
    for (const term of terms) senseCuesOf(lexicon, [term]);
    const text = cueText(lexicon, terms);
    const grown = found(senseCuesOf(lexicon, terms), text, terms);
    expect(grown.length).toBeGreaterThan(terms.length);
    expect(grown).toEqual(found(compileSenseCues(freshLexicon(), terms), text, terms));
  });

  it('is what a lexicon resolves with: compiled by buildLexicon, adopted by the page’s own', () => {
    const built = freshLexicon();
    const page = lexiconFromMatchData(toPageMatchData(data));
    const terms = ambiguousTerms(built).slice(0, 3);
    const text = cueText(built, terms);
    const compiled = found(built.senseCues(new Set(terms)), text, terms);
    expect(compiled.length).toBeGreaterThan(0);

    // The page's lexicon compiles nothing: no cue words until the background's are adopted.
    expect(found(page.senseCues(new Set(terms)), text, terms)).toEqual([]);
    expect(senseCueTermsToCompile(page, terms)).toEqual(terms);
    adoptSenseCues(page, terms, compileSenseCues(built, terms));
    expect(found(page.senseCues(new Set(terms)), text, terms)).toEqual(compiled);
    expect(senseCueTermsToCompile(page, terms)).toBeNull();
    // A new term asks for every term adopted so far too; a late answer for fewer terms is not adopted.
    const more = ambiguousTerms(built)[3];
    expect(senseCueTermsToCompile(page, [more])).toEqual([...terms, more]);
    adoptSenseCues(page, [terms[0]], compileSenseCues(built, [terms[0]]));
    expect(found(page.senseCues(new Set(terms)), text, terms)).toEqual(compiled);
  });
});
