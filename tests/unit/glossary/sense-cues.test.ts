import { describe, expect, it } from 'vitest';
import { bundledPack } from '../../../glossary/data';
import { buildLexicon } from '../../../glossary/build-lexicon';
import { lexiconFromMatchData, type Lexicon } from '../../../glossary/lexicon';
import { toMatchData, toPageMatchData, type MatchTerm } from '../../../glossary/match-data';
import { compileSenseCues, senseCuesOf } from '../../../glossary/sense-cue-compile';
import type { MatcherHit } from '../../../glossary/matcher';
import {
  adoptSenseCues,
  findCues,
  senseCueTermsToCompile,
  type CueRef,
  type SenseCues,
} from '../../../glossary/sense-cues';

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

describe('finding cue words', () => {
  const lexicon = freshLexicon();
  const cues = compileSenseCues(lexicon, ambiguousTerms(lexicon));
  const chineseCues = [...cues.cjk.values()].flat();

  /** Every Chinese cue at every place in text[from, to), the slow way: what the character pairs' shortcut must not lose. */
  function everyChineseCue(text: string, from: number, to: number): string[] {
    const hits: string[] = [];
    const lower = text.slice(0, to).replace(/[A-Z]/g, (c) => c.toLowerCase());
    for (let i = from; i < to; i++)
      for (const { key } of chineseCues)
        if (lower.startsWith(key, i)) hits.push(`${i}:${text.slice(i, i + key.length)}`);
    return hits;
  }

  it('finds every Chinese cue, one-character cues and cues with Latin letters (K线) among them, in text order', () => {
    const oneCharacter = chineseCues.filter((cue) => cue.key.length === 1);
    const withLatin = chineseCues.filter((cue) => /[a-z]/.test(cue.key));
    expect(oneCharacter.length).toBeGreaterThan(0);
    expect(withLatin.length).toBeGreaterThan(0);
    let seed = 7;
    const random = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
    const pieces: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const cue = chineseCues[random(chineseCues.length)].key;
      const pick = random(6);
      // Whole cues, their first character or two (which the shortcut must turn away), the rare kinds, and filler.
      pieces.push(
        pick === 0
          ? cue.slice(0, 1)
          : pick === 1
            ? cue.slice(0, 2) + '的'
            : pick === 2
              ? oneCharacter[random(oneCharacter.length)].key + '表'
              : pick === 3
                ? withLatin[random(withLatin.length)].key.toUpperCase() + ' and clinical supply '
                : cue,
      );
    }
    const text = pieces.join('');
    // Read in windows that end anywhere, even inside a cue, as the resolver's windows may.
    const cuts = [0];
    while (cuts[cuts.length - 1] < text.length)
      cuts.push(Math.min(text.length, cuts[cuts.length - 1] + 1 + random(400)));
    const hits: MatcherHit<CueRef>[] = [];
    const expected: string[] = [];
    for (let w = 1; w < cuts.length; w++) {
      findCues(cues, text, cuts[w - 1], cuts[w], hits);
      expected.push(...everyChineseCue(text, cuts[w - 1], cuts[w]));
    }

    const chinese = hits.filter((hit) => /[\u3400-\u9fff]/.test(text.slice(hit.start, hit.end)));
    expect(chinese.map((hit) => `${hit.start}:${text.slice(hit.start, hit.end)}`)).toEqual(expected);
    expect(chinese.length).toBeGreaterThan(2000);
    expect(hits.length).toBeGreaterThan(chinese.length);
    expect(hits.every((hit, i) => i === 0 || hits[i - 1].start <= hit.start)).toBe(true);
  });

  it('adds to a list it is given, window by window, and keeps offsets in the whole text', () => {
    const text = '签订订单后，the CMO scaled up manufacturing; 产能扩张。';
    const whole = findCues(cues, text, 0, text.length).map((hit) => `${hit.start}-${hit.end}`);
    // Split at a word boundary (after "the CMO"), the windows find the same cues.
    const into = findCues(cues, text, 0, 13);
    findCues(cues, text, 13, text.length, into);
    expect(whole.length).toBeGreaterThan(3);
    expect(into.map((hit) => `${hit.start}-${hit.end}`)).toEqual(whole);
  });
});
