/**
 * Generated benchmark pages: our own English and Chinese sentences around
 * the glossary's surface forms, in the shapes that stress a page scan (a lot
 * of text, many tiny text nodes, deep nesting, dense terms). Deterministic:
 * the same seed gives the same pages, so runs compare.
 */
import type { MatchData } from '../../glossary/match-data';
import type { BenchPage } from './types';

/** A small, fast, seeded PRNG (mulberry32). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)];

// General news prose with no glossary term in it (generatePages checks that with the lexicon).
const EN_SUBJECTS = [
  'The city council',
  'A local bakery',
  'The museum board',
  'Volunteers from the harbour club',
  'The regional rail operator',
  'A group of teachers',
  'The weather office',
  'Shop owners on the high street',
  'The football club',
  'A family-run hotel',
];
const EN_VERBS = [
  'announced',
  'postponed',
  'reviewed',
  'celebrated',
  'questioned',
  'finished',
  'described',
  'welcomed',
  'repaired',
  'published',
];
const EN_OBJECTS = [
  'a new timetable for the summer',
  'the spring festival in the old square',
  'plans for a wider cycle lane',
  'the results of the annual survey',
  'a long-delayed bridge repair',
  'the reopening of the public library',
  'a photo exhibition about the coast',
  'higher parking fees near the station',
  'the first harvest of the season',
  'a charity run along the river',
];
const EN_TAILS = [
  'on Tuesday morning',
  'after a long debate',
  'despite the heavy rain',
  'to the surprise of many residents',
  'in a short statement',
  'for the third year in a row',
  'before the holidays',
  'with little fanfare',
];

const ZH_SUBJECTS = [
  '市政府',
  '一家老字号面包店',
  '博物馆理事会',
  '港口志愿者协会',
  '地铁运营公司',
  '几位中学老师',
  '气象台',
  '步行街的商户',
  '本地足球俱乐部',
  '一家家庭旅馆',
];
const ZH_TIMES = [
  '周二上午',
  '经过长时间讨论后',
  '冒着大雨',
  '在一份简短声明中',
  '连续第三年',
  '节假日前夕',
  '出人意料地',
  '在社区座谈会上',
];
const ZH_VERBS = ['宣布了', '推迟了', '审议了', '庆祝了', '质疑了', '完成了', '介绍了', '欢迎了', '修复了', '公布了'];
const ZH_OBJECTS = [
  '夏季新时刻表',
  '老城广场的春节庙会',
  '拓宽自行车道的方案',
  '年度问卷调查的结果',
  '拖延已久的桥梁维修',
  '公共图书馆重新开放的安排',
  '一场关于海岸风光的摄影展',
  '车站附近停车费上调的计划',
  '当季第一批收成',
  '沿江慈善跑活动',
];

// Industry sentences: {a} {b} {c} are filled with glossary forms of the matching language.
const EN_INDUSTRY = [
  'The biotech said it had signed a supply agreement with a {a} to scale up {b} for its late-stage programme.',
  'Analysts expect the {a} market to keep growing as more sponsors hand {b} work to outside partners.',
  'Inspectors found gaps in {a} records at the plant, and the company promised a fix before the next {b} review.',
  'Under the deal, the partner takes over {a} and {b}, while the sponsor keeps control of the clinical data.',
  'Its chief executive told investors that {a} capacity, not demand, limits how fast {b} can grow.',
  "The company's CMO said the brand campaign would launch next quarter, alongside a new {a} partnership.",
  'Developers can call the API to fetch {a} status updates, according to the vendor’s documentation.',
  'A mid-sized {a} in Suzhou reported higher orders for {b} and {c} from overseas clients.',
];
const ZH_INDUSTRY = [
  '这家生物技术公司表示，已与一家{a}签订供货协议，为后期项目扩大{b}产能。',
  '分析人士预计，随着更多申办方把{a}业务交给外部伙伴，{b}市场将继续增长。',
  '检查人员发现工厂的{a}记录存在缺口，公司承诺在下一次{b}检查前整改。',
  '根据协议，合作方负责{a}和{b}，申办方保留对临床数据的控制。',
  '公司首席执行官对投资者表示，限制{a}增长速度的是产能而不是需求。',
  '公司任命的CMO将负责品牌推广，同时推进与{a}的合作。',
  '苏州一家中型{a}企业表示，来自海外客户的{b}和{c}订单明显增加。',
];

interface Vocabulary {
  en: string[];
  zh: string[];
}

/** The glossary's own surface forms, by language. */
export function glossaryForms(data: MatchData): Vocabulary {
  const en = new Set<string>();
  const zh = new Set<string>();
  for (const term of data.terms) {
    for (const form of term.forms.en) en.add(form);
    for (const form of term.forms.zh) zh.add(form);
  }
  return { en: [...en], zh: [...zh] };
}

function fill(random: Random, template: string, forms: readonly string[]): string {
  return template.replace(/\{[abc]\}/g, () => pick(random, forms));
}

function generalSentence(random: Random, lang: 'en' | 'zh'): string {
  if (lang === 'en') {
    return `${pick(random, EN_SUBJECTS)} ${pick(random, EN_VERBS)} ${pick(random, EN_OBJECTS)} ${pick(random, EN_TAILS)}.`;
  }
  return `${pick(random, ZH_SUBJECTS)}${pick(random, ZH_TIMES)}${pick(random, ZH_VERBS)}${pick(random, ZH_OBJECTS)}。`;
}

function industrySentence(random: Random, lang: 'en' | 'zh', vocabulary: Vocabulary): string {
  return lang === 'en'
    ? fill(random, pick(random, EN_INDUSTRY), vocabulary.en)
    : fill(random, pick(random, ZH_INDUSTRY), vocabulary.zh);
}

/** Wraps one glossary form per paragraph in inline markup now and then, as articles do. */
function withInlineMarkup(random: Random, sentence: string): string {
  const roll = random();
  if (roll < 0.15) return sentence.replace(/^(\S+ \S+)/, '<b>$1</b>');
  if (roll < 0.25) return sentence.replace(/(\S+)([.。])$/, '<a href="#">$1</a>$2');
  if (roll < 0.3) return sentence.replace(/^(\S+)/, '<em>$1</em>');
  return sentence;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function document(title: string, body: string, lang = 'en'): string {
  return (
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
    '<style>body{font:16px/1.5 system-ui,"WenQuanYi Micro Hei",sans-serif;max-width:900px;margin:24px auto;padding:0 16px}</style>' +
    `</head><body>${body}</body></html>`
  );
}

/**
 * A long mixed-language article page of about `bytes` bytes of HTML.
 * `industryShare` of the sentences are industry news with glossary forms.
 */
function articlePage(random: Random, vocabulary: Vocabulary, bytes: number, industryShare: number): string {
  const parts: string[] = [];
  let size = 0;
  let section = 0;
  while (size < bytes) {
    const lang = random() < 0.5 ? 'en' : 'zh';
    let html = '';
    if (random() < 0.08) html += `<h2>${lang === 'en' ? `Section ${++section}` : `第${++section}节`}</h2>`;
    const sentences: string[] = [];
    const count = 3 + Math.floor(random() * 5);
    for (let i = 0; i < count; i++) {
      const sentence =
        random() < industryShare ? industrySentence(random, lang, vocabulary) : generalSentence(random, lang);
      sentences.push(withInlineMarkup(random, escapeHtml(sentence)));
    }
    html +=
      random() < 0.1
        ? `<ul>${sentences.map((s) => `<li>${s}</li>`).join('')}</ul>`
        : `<p>${sentences.join(lang === 'en' ? ' ' : '')}</p>`;
    parts.push(html);
    size += Buffer.byteLength(html);
  }
  return parts.join('\n');
}

/** 50,000 text nodes of one or two words each, ten to a row, as in big tables and tag clouds. */
function smallNodesPage(random: Random, vocabulary: Vocabulary, nodes: number): string {
  const words = ['alpha', 'river', 'north', 'green', 'table', 'seven', '东方', '城市', '公园', '天气', '会议', '晚报'];
  const rows: string[] = [];
  for (let row = 0; row < nodes / 10; row++) {
    const cells: string[] = [];
    for (let cell = 0; cell < 10; cell++) {
      const roll = random();
      const word =
        roll < 0.03 ? pick(random, vocabulary.en) : roll < 0.06 ? pick(random, vocabulary.zh) : pick(random, words);
      cells.push(`<td>${escapeHtml(word)}</td>`);
    }
    rows.push(`<tr>${cells.join('')}</tr>`);
  }
  return `<table>${rows.join('')}</table>`;
}

/**
 * Deep nesting: towers of nested blocks with text at every level, and towers
 * of nested inline elements (a worst case for finding a text node's block).
 * The HTML parser caps depth at 512, so towers stay below that.
 */
function deepPage(random: Random, vocabulary: Vocabulary, towers: number, depth: number): string {
  const parts: string[] = [];
  for (let tower = 0; tower < towers; tower++) {
    const inline = tower % 4 === 3;
    const open = inline ? '<span>' : '<div>';
    const close = inline ? '</span>' : '</div>';
    let html = inline ? '<p>' : '';
    for (let level = 0; level < depth; level++) {
      const lang = level % 2 === 0 ? 'en' : 'zh';
      const text = random() < 0.1 ? industrySentence(random, lang, vocabulary) : generalSentence(random, lang);
      html += `${open}${escapeHtml(text)}`;
    }
    html += close.repeat(depth) + (inline ? '</p>' : '');
    parts.push(html);
  }
  return parts.join('\n');
}

/** Industry news only: a term in nearly every sentence, both languages, ambiguous acronyms in both senses. */
function densePage(random: Random, vocabulary: Vocabulary, bytes: number): string {
  return articlePage(random, vocabulary, bytes, 0.92);
}

/** General prose only; the caller checks that no glossary form is in it. */
function noTermPage(random: Random, bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const lang = random() < 0.5 ? 'en' : 'zh';
    const sentences = Array.from({ length: 4 }, () => escapeHtml(generalSentence(random, lang)));
    const html = `<p>${sentences.join(lang === 'en' ? ' ' : '')}</p>`;
    parts.push(html);
    size += Buffer.byteLength(html);
  }
  return parts.join('\n');
}

export interface GenerateOptions {
  quick: boolean;
}

/** The generated pages of a run: big mixed pages, many nodes, deep nesting, dense terms, and the two probes. */
export function generatePages(data: MatchData, options: GenerateOptions): BenchPage[] {
  const vocabulary = glossaryForms(data);
  const random = createRandom(20250601);
  const page = (name: string, title: string, body: string, kind: BenchPage['kind']): BenchPage => ({
    name,
    source: 'generated',
    lang: 'en+zh',
    kind,
    html: document(title, body),
  });
  const pages: BenchPage[] = [];
  if (options.quick) {
    // Small: mark.js needs seconds for even a few thousand characters.
    pages.push(page('gen-pharma-dense', 'CDMO and CRO weekly', densePage(random, vocabulary, 20_000), 'measure'));
  } else {
    pages.push(page('gen-mixed-1mb', 'Weekly digest', articlePage(random, vocabulary, 1_000_000, 0.25), 'measure'));
    pages.push(page('gen-mixed-5mb', 'Monthly digest', articlePage(random, vocabulary, 5_000_000, 0.25), 'measure'));
    pages.push(page('gen-50k-nodes', 'Word table', smallNodesPage(random, vocabulary, 50_000), 'measure'));
    pages.push(page('gen-deep', 'Nested notes', deepPage(random, vocabulary, 40, 400), 'measure'));
    pages.push(page('gen-pharma-dense', 'CDMO and CRO weekly', densePage(random, vocabulary, 300_000), 'measure'));
  }
  pages.push(page('gen-blank', 'Blank', '', 'blank'));
  pages.push(page('gen-no-terms', 'Town news', noTermPage(random, options.quick ? 20_000 : 60_000), 'no-terms'));
  return pages;
}
