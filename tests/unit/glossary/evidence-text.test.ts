import { describe, expect, it } from 'vitest';
import { localizeEvidence } from '../../../glossary/evidence-text';

describe('localizeEvidence', () => {
  it('keeps English reasons as they are', () => {
    expect(localizeEvidence('“batch” nearby', 'en')).toBe('“batch” nearby');
  });

  it('puts every kind of reason into Chinese, keeping the page’s own words', () => {
    expect(localizeEvidence('“商业化生产” nearby', 'zh')).toBe('附近出现“商业化生产”');
    expect(localizeEvidence('written out as “Chief Marketing Officer”', 'zh')).toBe(
      '紧邻处写明为“Chief Marketing Officer”',
    );
    expect(localizeEvidence('written out as “合同研究组织” earlier on the page', 'zh')).toBe(
      '前文写明为“合同研究组织”',
    );
    expect(localizeEvidence('“marketing” in the page title', 'zh')).toBe('网页标题含“marketing”');
    expect(localizeEvidence('pharma terms nearby (GMP, FDA)', 'zh')).toBe('附近有医药术语（GMP、FDA）');
    expect(localizeEvidence('used as a person’s title', 'zh')).toBe('用作人物职衔');
    expect(localizeEvidence('the page is about pharma', 'zh')).toBe('本页内容与医药相关');
  });

  it('leaves a reason it does not know in English rather than dropping it', () => {
    expect(localizeEvidence('something new', 'zh')).toBe('something new');
  });
});

describe('every reason the resolver gives', () => {
  it('has a Chinese rendering', async () => {
    const { readFileSync } = await import('node:fs');
    const { bundledPack } = await import('../../../glossary/data');
    const { buildLexicon } = await import('../../../glossary/build-lexicon');
    const { scanText } = await import('../../../glossary/scan-text');
    const lexicon = buildLexicon(bundledPack);
    const lines = readFileSync(new URL('../../fixtures/senses/dev-set.jsonl', import.meta.url), 'utf8')
      .trim()
      .split('\n');
    const reasons = new Set<string>();
    for (const line of lines) {
      const { text, title } = JSON.parse(line) as { text: string; title?: string };
      for (const match of scanText(lexicon, text, { title }).matches)
        for (const reason of match.evidence) reasons.add(reason);
    }
    expect(reasons.size).toBeGreaterThan(10);
    const untranslated = [...reasons].filter((reason) => localizeEvidence(reason, 'zh') === reason);
    expect(untranslated).toEqual([]);
  });
});
