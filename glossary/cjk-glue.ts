/**
 * Chinese has no spaces between words, so a short form can be found across
 * two words: 集采 (volume-based procurement) in 密集采访 ("intensive
 * interviews"), 单抗 in 简单抗拒, 多肽 in 许多肽类. 密集, 简单 and 许多 are
 * common words ending with the first character of a short form; when such a
 * word stands right before a match, the match's first character belongs to
 * it, and the match is not the term.
 *
 * A list rather than a word segmenter: Intl.Segmenter took ~8 ms to start
 * (its dictionary; measured in Node), and its guesses break real terms: it reads
 * 药品质控 as 药/品质/控, where 质控 (quality control) is meant. The list
 * leaves such words out (品质, 物质), and words whose split keeps the meaning
 * (冷冻 before 冻干: 冷冻干燥 is freeze-drying). It is checked only for short
 * forms, all Chinese characters: longer forms are specific enough.
 */
import { isCjk } from './normalize';

/** Common words ending with the first character of a short form, by that character. */
const WORDS_BEFORE = new Set([
  // 集 (集采)
  '密集',
  '收集',
  '采集',
  '汇集',
  '聚集',
  '募集',
  '召集',
  '搜集',
  '征集',
  '云集',
  // 单 (单抗)
  '简单',
  '清单',
  '菜单',
  '名单',
  '账单',
  '订单',
  '传单',
  '保单',
  '下单',
  '买单',
  '孤单',
  // 多 (多肽)
  '许多',
  '众多',
  '诸多',
  '很多',
  '更多',
  '较多',
  '最多',
  '过多',
  '太多',
  '增多',
  '居多',
  '颇多',
  '繁多',
  '大多',
  // 杂 (杂质)
  '复杂',
  '混杂',
  '夹杂',
  '嘈杂',
  '繁杂',
  // 原 (原液)
  '还原',
  '复原',
  '草原',
  '平原',
  '高原',
  '中原',
  '病原',
  // 质 (质控); not 品质 or 物质: 药品质控 and 药物质控 are 药品/药物 + 质控
  '性质',
  '本质',
  '实质',
  '材质',
  '体质',
  '水质',
  '资质',
  '优质',
  '素质',
  '介质',
  '变质',
  // 毒 (毒理)
  '病毒',
  '消毒',
  '中毒',
  '有毒',
  '剧毒',
]);

/** Longest form checked, in characters. */
const SHORT_FORM = 3;

/** Whether the match [start, end) of `text` begins inside a word ending just before it ("集采" in 密集采访). */
export function gluedToWordBefore(text: string, start: number, end: number): boolean {
  if (start === 0 || end - start > SHORT_FORM) return false;
  for (let i = start; i < end; i++) if (!isCjk(text.charCodeAt(i))) return false;
  return WORDS_BEFORE.has(text.slice(start - 1, start + 1));
}
