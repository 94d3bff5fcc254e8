import { describe, expect, it } from 'vitest';
import { bundledPack } from '../../../glossary/data';
import { buildLexicon, type Lexicon } from '../../../glossary/lexicon';
import { toMatchData } from '../../../glossary/match-data';
import { findCues, senseCuesOf, senseCueSteps, type SenseCues } from '../../../glossary/sense-cues';

const data = toMatchData([bundledPack]);

/** A lexicon of its own: compiled cues are cached per lexicon. */
const freshLexicon = () => buildLexicon(data);

function ambiguousTerms(lexicon: Lexicon): string[] {
  return [...lexicon.terms.keys()].filter((id) => lexicon.sensesOf(id).length > 1);
}

/** A text holding one English cue word of every sense of these terms, and the sense keys it should bring. */
function cueText(lexicon: Lexicon, termIds: readonly string[]) {
  const words = termIds.flatMap((id) => lexicon.sensesOf(id).map((sense) => sense.cues.en[0]));
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

function run<T>(steps: Generator<void, T>): { result: T; steps: number } {
  for (let count = 0; ; count++) {
    const step = steps.next();
    if (step.done) return { result: step.value, steps: count };
  }
}

describe('compiling the cue words of ambiguous terms', () => {
  it('takes several short steps for many terms, and gives what one call gives', () => {
    const stepped = freshLexicon();
    const terms = ambiguousTerms(stepped);
    expect(terms.length).toBeGreaterThan(20);
    const { result, steps } = run(senseCueSteps(stepped, terms));
    // One step per 8 terms gathered, then the compile itself in three.
    expect(steps).toBeGreaterThanOrEqual(Math.floor(terms.length / 8) + 3);

    const text = cueText(stepped, terms);
    const whole = senseCuesOf(freshLexicon(), terms);
    expect(found(result, text, terms).length).toBeGreaterThan(terms.length);
    expect(found(result, text, terms)).toEqual(found(whole, text, terms));
  });

  it('is cached per lexicon once complete, and grows when new terms are asked for', () => {
    const lexicon = freshLexicon();
    const [first, second] = ambiguousTerms(lexicon);
    const once = senseCuesOf(lexicon, [first]);
    expect(senseCuesOf(lexicon, [first])).toBe(once);
    expect(run(senseCueSteps(lexicon, [first])).steps).toBe(0);

    const text = cueText(lexicon, [second]);
    expect(found(once, text, [second])).toEqual([]);
    const grown = senseCuesOf(lexicon, [second]);
    expect(grown).not.toBe(once);
    expect(found(grown, text, [second]).length).toBeGreaterThan(0);
    const firstText = cueText(lexicon, [first]);
    expect(found(grown, firstText, [first])).toEqual(found(once, firstText, [first]));
  });

  it('serves callers whose steps interleave, each with the cues of its own terms', () => {
    const lexicon = freshLexicon();
    const terms = ambiguousTerms(lexicon);
    // A short caller starts compiling while a longer one is still gathering terms, and ends first.
    const a = terms.slice(0, 2);
    const b = terms.slice(2, 12);
    const stepsA = senseCueSteps(lexicon, a);
    const stepsB = senseCueSteps(lexicon, b);
    let resultA: SenseCues | null = null;
    let resultB: SenseCues | null = null;
    const expected = (ids: string[]) => found(senseCuesOf(freshLexicon(), ids), cueText(lexicon, ids), ids);
    const both = [...a, ...b];
    while (!resultA) {
      const step = stepsA.next();
      if (step.done) resultA = step.value;
      else stepsB.next();
    }
    expect(found(resultA, cueText(lexicon, a), a)).toEqual(expected(a));
    // B has gathered all its terms by now, but A's compile began before it had: A's must not be the cached one.
    expect(found(senseCuesOf(lexicon, both), cueText(lexicon, both), both)).toEqual(expected(both));
    while (!resultB) {
      const step = stepsB.next();
      if (step.done) resultB = step.value;
    }
    expect(found(resultB, cueText(lexicon, b), b)).toEqual(expected(b));
  });
});
