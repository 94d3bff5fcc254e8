import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalForm, foldChar, foldText, formKey, isCaseSensitiveForm } from '../../../glossary/normalize';

describe('foldChar', () => {
  it('folds full-width letters, spaces, dashes and curly apostrophes', () => {
    expect(foldText('ＣＭＯ　ｃＧＭＰ–x’s')).toBe("CMO cGMP-x's");
  });

  it('is idempotent and keeps the length', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const once = foldText(text);
        expect(once.length).toBe(text.length);
        expect(foldText(once)).toBe(once);
      }),
    );
  });

  it('maps every code unit to one code unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffff }), (code) => {
        const folded = foldChar(code);
        expect(folded).toBeGreaterThanOrEqual(0);
        expect(folded).toBeLessThanOrEqual(0xffff);
      }),
    );
  });
});

describe('forms', () => {
  it('canonicalises hyphens and space runs', () => {
    expect(canonicalForm('Contract-Manufacturing   Organization')).toBe('Contract Manufacturing Organization');
    expect(formKey('ＣＡＲ-T')).toBe('car t');
  });

  it('treats acronyms and mixed case as case-sensitive, full names not', () => {
    expect(isCaseSensitiveForm('CMO')).toBe(true);
    expect(isCaseSensitiveForm('cGMP')).toBe(true);
    expect(isCaseSensitiveForm('mAb')).toBe(true);
    expect(isCaseSensitiveForm('IQ/OQ/PQ')).toBe(true);
    expect(isCaseSensitiveForm('Contract Manufacturing Organization')).toBe(false);
    expect(isCaseSensitiveForm('biosimilar')).toBe(false);
    expect(isCaseSensitiveForm('原料药')).toBe(false);
  });

  it('normalising a form twice changes nothing', () => {
    fc.assert(
      fc.property(fc.string(), (form) => {
        expect(canonicalForm(canonicalForm(form))).toBe(canonicalForm(form));
      }),
    );
  });
});
