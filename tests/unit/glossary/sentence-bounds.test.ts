import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boundaryBetween,
  PARAGRAPH_END,
  SENTENCE_END,
  sentencePunctuationOf,
  type Boundary,
} from '../../../glossary/sentence-bounds';

/** The definition: the two patterns over the text between. */
function byPatterns(between: string): Boundary {
  if (PARAGRAPH_END.test(between)) return 'paragraph';
  return SENTENCE_END.test(between) ? 'sentence' : 'none';
}

const between = (text: string, from = 0, to = text.length) =>
  boundaryBetween(text, sentencePunctuationOf(text), from, to);

describe('boundaryBetween', () => {
  it('finds sentence and paragraph ends, not the full stops of abbreviations', () => {
    expect(between('the CDMO said. Manufacturing')).toBe('sentence');
    expect(between('the CMO, Dr. Wu, said')).toBe('none');
    expect(between('Acme Inc. signed with the CRO')).toBe('none');
    expect(between('terms, e.g. API and GMP')).toBe('none');
    expect(between('version 2.5 of the API')).toBe('none');
    expect(between('产能扩张。CDMO')).toBe('sentence');
    expect(between('first line\nsecond')).toBe('sentence');
    expect(between('first\n  \nsecond. third')).toBe('paragraph');
    expect(between('block\u2029block')).toBe('paragraph');
  });

  it('reads only text[from, to): a full stop at `to` ends the slice, a word before `from` is not seen', () => {
    const text = 'the CDMO said.Then';
    expect(between(text, 0, text.indexOf('.') + 1)).toBe('sentence');
    expect(between(text, 0, text.length)).toBe('none');
    // "xDr." is no abbreviation in the whole text; cut before "Dr", it is one.
    expect(between('xDr. y')).toBe('sentence');
    expect(between('xDr. y', 1)).toBe('none');
  });

  it('agrees with SENTENCE_END and PARAGRAPH_END on any text and span', () => {
    const pieces = [
      '.',
      '!',
      '?',
      '。',
      '；',
      ';',
      '\n',
      '\u2029',
      ' ',
      '\u3000',
      'Dr',
      'Inc',
      'e.g',
      'i.e',
      'x',
      'No',
      'CMO',
    ];
    const text = fc
      .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 })), { maxLength: 30 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (page, a, b) => {
        const from = a % (page.length + 1);
        const to = from + (b % (page.length - from + 1));
        expect(between(page, from, to)).toBe(byPatterns(page.slice(from, to)));
      }),
      { numRuns: 3000 },
    );
  });
});
