import { describe, expect, it } from 'vitest';
import { pageReplySchemas, parsePageMessage } from '../../../utils/messages';

const { pageTermsReply } = pageReplySchemas();

describe('page messages', () => {
  it('accepts the popup’s two questions', () => {
    expect(parsePageMessage({ type: 'termlens:get-page-terms' })).toEqual({ type: 'termlens:get-page-terms' });
    expect(
      parsePageMessage({ type: 'termlens:reveal-term', termId: 'gmp', senseId: 'good_manufacturing_practice' }),
    ).toEqual({ type: 'termlens:reveal-term', termId: 'gmp', senseId: 'good_manufacturing_practice' });
    expect(parsePageMessage({ type: 'termlens:reveal-term', termId: 'gmp' })).toEqual({
      type: 'termlens:reveal-term',
      termId: 'gmp',
    });
  });

  it('ignores anything else, including messages for other listeners', () => {
    for (const raw of [
      null,
      'termlens:get-page-terms',
      { type: 'termlens:command', command: 'next-term' },
      { type: 'termlens:reveal-term' },
      { type: 'termlens:reveal-term', termId: 'GMP; drop' },
      { type: 'termlens:get-page-terms', extra: 1 },
    ]) {
      expect(parsePageMessage(raw)).toBeNull();
    }
  });

  it('validates replies from the page', () => {
    const term = {
      termId: 'cmo',
      senseId: 'contract_manufacturing_organization',
      domain: true,
      expansion: { en: 'Contract Manufacturing Organization', zh: '合同生产组织' },
      count: 2,
      painted: 1,
    };
    expect(pageTermsReply.safeParse({ host: 'example.com', active: true, terms: [term] }).success).toBe(true);
    expect(
      pageTermsReply.safeParse({ host: 'example.com', active: true, terms: [{ ...term, count: 0 }] }).success,
    ).toBe(false);
    expect(pageTermsReply.safeParse({ host: 'example.com', terms: [] }).success).toBe(false);
  });
});
