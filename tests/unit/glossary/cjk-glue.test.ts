import { describe, expect, it } from 'vitest';
import { gluedToWordBefore } from '../../../glossary/cjk-glue';
import { bundledPack } from '../../../glossary/data';
import { buildLexicon } from '../../../glossary/build-lexicon';
import { toMatchData } from '../../../glossary/match-data';

const lexicon = buildLexicon(toMatchData([bundledPack]));

/** The terms found in a text, as "form:termId". */
function found(text: string): string[] {
  return lexicon.findTerms(text).map((hit) => `${text.slice(hit.start, hit.end)}:${hit.entries[0].termId}`);
}

describe('short Chinese forms inside other words', () => {
  it.each([
    ['记者对该公司进行了密集采访。', '集采'],
    ['这是一个简单抗拒的反应。', '单抗'],
    ['研究了许多肽类物质。', '多肽'],
    ['该体系的复杂质量问题。', '杂质'],
    ['病毒理化性质稳定。', '毒理'],
    ['样品经过还原液处理。', '原液'],
  ])('are not the term across a word boundary: %s', (text, form) => {
    // The matcher alone would find it: the check is what leaves it out.
    expect(text).toContain(form);
    expect(found(text).some((hit) => hit.startsWith(`${form}:`))).toBe(false);
  });

  it.each([
    ['国家第七批集采结果公布。', '集采:volume-based-procurement'],
    ['公司的PD-1单抗获批。', '单抗:mab'],
    ['药品质控体系', '质控:qc'],
    ['药物质控中心', '质控:qc'],
    ['毒理学研究完成。', '毒理:toxicology'],
    ['原料药杂质控制', '杂质:impurity'],
    ['集采', '集采:volume-based-procurement'],
  ])('are found where they stand as words: %s', (text, hit) => {
    expect(found(text)).toContain(hit);
  });

  it('checks short Chinese forms only', () => {
    // The same two characters before a longer form, or before Latin letters, change nothing.
    expect(gluedToWordBefore('密集采访', 1, 3)).toBe(true);
    expect(gluedToWordBefore('密集采访', 1, 5)).toBe(false);
    expect(gluedToWordBefore('简单API', 2, 5)).toBe(false);
    expect(gluedToWordBefore('集采', 0, 2)).toBe(false);
  });
});
