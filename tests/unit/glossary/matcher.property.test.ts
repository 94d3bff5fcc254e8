import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../../glossary/build-lexicon';
import { foldText, isWordChar } from '../../../glossary/normalize';
import { miniPack } from '../../fixtures/mini-pack';

const lexicon = buildLexicon(miniPack);
const pieces = [
  'CMO',
  'CDMO',
  'CRO',
  'cGMP',
  '合同研发生产组织',
  '合同',
  ' ',
  '，',
  'x',
  '-',
  "'s",
  's',
  'ＣＭＯ',
  '中',
  '.',
  '/',
  'PV',
  '\n',
];
const pageText = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe('matcher properties', () => {
  it('returns matches that lie inside the text, in order, never overlapping', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        let previousEnd = 0;
        for (const hit of lexicon.findTerms(text)) {
          expect(hit.start).toBeGreaterThanOrEqual(previousEnd);
          expect(hit.end).toBeGreaterThan(hit.start);
          expect(hit.end).toBeLessThanOrEqual(text.length);
          previousEnd = hit.end;
        }
      }),
    );
  });

  it('never starts a match inside a Latin word', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        for (const hit of lexicon.findTerms(text)) {
          if (hit.start > 0 && isWordChar(text.charCodeAt(hit.start))) {
            expect(isWordChar(text.charCodeAt(hit.start - 1)), `${JSON.stringify(text)} at ${hit.start}`).toBe(false);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the same matches in the width-folded text', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        const simplify = (t: string) =>
          lexicon.findTerms(t).map((h) => [h.start, h.end, h.entries.map((e) => e.termId)]);
        expect(simplify(foldText(text))).toEqual(simplify(text));
      }),
    );
  });
});
