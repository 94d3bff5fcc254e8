/**
 * The resolver writes its reasons in English ("“manufacturing” nearby");
 * this puts them in the reader's language for the tooltip. The quoted words
 * are the page's own and stay as they are.
 */
import type { Lang } from './schema';

const CHINESE: [RegExp, (...parts: string[]) => string][] = [
  [/^written out as “(.+)” earlier on the page$/, (x) => `前文写明为“${x}”`],
  [/^written out as “(.+)” later on the page$/, (x) => `后文写明为“${x}”`],
  [/^written out as “(.+)”$/, (x) => `紧邻处写明为“${x}”`],
  [/^“(.+)” nearby$/, (x) => `附近出现“${x}”`],
  [/^“(.+)” in the page title$/, (x) => `网页标题含“${x}”`],
  [/^the page title$/, () => '网页标题'],
  [/^the page is about pharma$/, () => '本页内容与医药相关'],
  [/^pharma terms nearby \((.+)\)$/, (x) => `附近有医药术语（${x.replace(/, /g, '、')}）`],
  [/^used as a person’s title$/, () => '用作人物职衔'],
];

export function localizeEvidence(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  for (const [pattern, render] of CHINESE) {
    const match = pattern.exec(text);
    if (match) return render(...match.slice(1));
  }
  return text;
}
