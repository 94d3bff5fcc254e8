/**
 * Compiles the cue words of a lexicon's ambiguous terms (see sense-cues.ts):
 * the glossary's own, plus a few built-in vocabularies, and every way a
 * meaning is written out. The background compiles them for each page
 * (sense-cues-wire.ts); the CLI, the benchmark's harness and the tests
 * compile their own. The content script never imports this module.
 */
import type { Lexicon, Sense } from './lexicon';
import type { MatchTerm } from './match-data';
import { compileTrie } from './matcher';
import { isCjk } from './normalize';
import {
  assembleSenseCues,
  isOfficer,
  isPharmaOfficer,
  senseKey,
  type CueRef,
  type ExpansionRef,
  type SenseCues,
} from './sense-cues';

/** A cue gathered here: its weights grow as terms are added. */
interface GatheredCueRef extends CueRef {
  senses: Map<string, number>;
}

/**
 * Everyday words ("data", "project", 信息, 服务) appear near any acronym on
 * any page; as cues they count this much, so that a glossary entry listing
 * one cannot paint a match on a page that is not about pharma by itself.
 */
const COMMON_WORD_WEIGHT = 0.35;

/** A built-in vocabulary word counts as this fraction of one of the glossary's own cue words. */
const VOCABULARY_WEIGHT = 0.7;

/**
 * The cue words gathered for a lexicon so far, for which of its ambiguous
 * terms, and their compiled form (null when terms were added since).
 */
interface Compilation {
  terms: Set<string>;
  cueRefs: Map<string, GatheredCueRef>;
  expansionRefs: Map<string, ExpansionRef>;
  medical: Set<string>;
  compiled: SenseCues | null;
}

function newCompilation(): Compilation {
  return { terms: new Set(), cueRefs: new Map(), expansionRefs: new Map(), medical: new Set(), compiled: null };
}

const compilations = new WeakMap<Lexicon<MatchTerm>, Compilation>();

/**
 * The cues and expansions of the ambiguous terms a text needs, compiled and
 * cached per lexicon. Compiling every ambiguous term of the glossary costs
 * tens of milliseconds, while a page meets a handful of them; so only the
 * terms asked for are compiled, and the set grows (with one recompile of
 * the matchers) when a later text brings new ones. A sense's cues only ever
 * argue for that sense, so leaving out the terms a text does not contain
 * changes hardly any result; not none, since the matcher finds the longest
 * cue at a place, and another term's cue may overlap one of these. So a
 * page's set only grows, and the background compiles that same set for it
 * (senseCueTermsToCompile), never just the new terms.
 */
export function senseCuesOf(lexicon: Lexicon<MatchTerm>, termIds: Iterable<string>): SenseCues {
  let state = compilations.get(lexicon);
  if (!state) compilations.set(lexicon, (state = newCompilation()));
  return compile(state, lexicon, termIds);
}

/**
 * The cues of exactly these terms, compiled afresh rather than added to
 * what this lexicon has gathered: what the background compiles for a page.
 */
export function compileSenseCues(lexicon: Lexicon<MatchTerm>, termIds: Iterable<string>): SenseCues {
  return compile(newCompilation(), lexicon, termIds);
}

function compile(state: Compilation, lexicon: Lexicon<MatchTerm>, termIds: Iterable<string>): SenseCues {
  for (const termId of termIds) {
    if (state.terms.has(termId)) continue;
    gatherCues(state, lexicon, termId);
    state.terms.add(termId);
    state.compiled = null;
  }
  if (state.compiled) return state.compiled;
  const latin = [...state.cueRefs.values()].filter((ref) => !hasCjk(ref.cue));
  subsumeCues(new Map(latin.map((ref) => [ref.cue.toLowerCase(), ref])));
  const cjk = [...state.cueRefs.values()]
    .filter((ref) => hasCjk(ref.cue))
    .map((ref) => ({ key: ref.cue.replace(/[A-Z]/g, (c) => c.toLowerCase()), ref }));
  const tries = {
    latin: compileTrie(latin.map((ref) => ({ form: ref.cue, value: ref }))),
    expansions: compileTrie([...state.expansionRefs.entries()].map(([form, value]) => ({ form, value }))),
  };
  return (state.compiled = assembleSenseCues(tries, cjk, state.medical));
}

/** Adds the cue words and written-out meanings of one term's senses to what is gathered. */
function gatherCues(state: Compilation, lexicon: Lexicon<MatchTerm>, termId: string): void {
  const { cueRefs, expansionRefs, medical } = state;
  const addCue = ({ cue, id }: CueWord, key: string, weight: number) => {
    let ref = cueRefs.get(id);
    if (!ref) cueRefs.set(id, (ref = { cue, senses: new Map<string, number>() }));
    ref.senses.set(key, Math.max(ref.senses.get(key) ?? 0, weight));
  };
  const addExpansion = (written: string, key: string) => {
    for (const variant of spellingVariants(written)) {
      const id = variant.toLowerCase();
      const ref = expansionRefs.get(id) ?? { senseKeys: [] };
      if (!ref.senseKeys.includes(key)) ref.senseKeys.push(key);
      expansionRefs.set(id, ref);
    }
  };

  const term = lexicon.terms.get(termId);
  if (!term) return;
  const senses = lexicon.sensesOf(termId);
  if (senses.length < 2 && term.sharedForms.length === 0) return;
  for (const sense of senses) {
    const key = senseKey(sense);
    const cues = cueWordsOf(term, sense);
    const lowerCues = new Set(cues.map((cue) => cue.toLowerCase()));
    // Officers are weighed by their own rule (isPharmaOfficer), not as medical meanings.
    if (!sense.domain && !isOfficer(sense) && cues.some((cue) => MEDICAL_WORDS.has(cue.toLowerCase()))) {
      medical.add(key);
    }
    for (const cue of cues) {
      addCue(cueWord(cue), key, COMMON_WORDS.has(cue.toLowerCase()) ? COMMON_WORD_WEIGHT : 1);
    }
    addExpansion(sense.expansion.en, key);
    addExpansion(sense.expansion.zh, key);
    // Officer titles among the cues ("首席收入官", "chief science officer") are other ways to write the meaning.
    for (const cue of cues) if (/^chief .+ officer$|^首席.+官$/i.test(cue)) addExpansion(cue, key);
    if (sense.domain) {
      // The term's written-out forms ("contract manufacturer", 合同生产企业) define it too.
      for (const form of [...term.forms.en, ...term.forms.zh]) if (!isAcronym(form)) addExpansion(form, key);
    }
    for (const vocabulary of VOCABULARIES) {
      if (!vocabulary.applies(sense, lowerCues, medical.has(key))) continue;
      for (const word of vocabularyCues(vocabulary)) addCue(word, key, VOCABULARY_WEIGHT);
    }
  }
}

/**
 * The matcher finds the longest cue at a place, so "clinical trials" hides
 * "trials", and "trials" hides "trial". A longer Latin cue therefore also
 * carries the senses of every cue inside it, and a plural those of its singular.
 */
function subsumeCues(refs: Map<string, GatheredCueRef>): void {
  const inner = new Map<GatheredCueRef, GatheredCueRef[]>();
  for (const [id, ref] of refs) {
    const words = id.split(' ');
    const found: GatheredCueRef[] = [];
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 1; j <= words.length; j++) {
        const part = j - i < words.length ? refs.get(words.slice(i, j).join(' ')) : undefined;
        if (part && part !== ref) found.push(part);
      }
    }
    // The matcher reads "trials" for a cue "trial" too, but finds the cue "trials" when the glossary lists it.
    const singular = refs.get(id.replace(/(?:es|s)$/, ''));
    if (singular && singular !== ref && /s$/.test(id)) found.push(singular);
    if (found.length > 0) inner.set(ref, found);
  }
  for (const [ref, found] of inner) {
    for (const other of found) {
      for (const [key, weight] of other.senses) ref.senses.set(key, Math.max(ref.senses.get(key) ?? 0, weight));
    }
  }
}

/** The glossary's cue words for one of a term's senses, in English and Chinese. */
function cueWordsOf(term: MatchTerm, sense: Sense): string[] {
  const cues = sense.domain ? term.cues : term.otherSenses.find((other) => other.id === sense.id)?.cues;
  return cues ? [...cues.en, ...cues.zh] : [];
}

function hasCjk(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isCjk(text.charCodeAt(i))) return true;
  return false;
}

/** An acronym form (CMO, PoC, sNDA) is what we resolve, not a written-out meaning. */
function isAcronym(form: string): boolean {
  return !/\s/.test(form) && /[A-Z].*[A-Z]/.test(form) && !hasCjk(form);
}

/** A cue word as it is matched (see cueForm), and its identity: the same word in any case is one cue. */
interface CueWord {
  cue: string;
  id: string;
}

function cueWord(word: string): CueWord {
  const cue = cueForm(word);
  return { cue, id: cue.toLowerCase() };
}

/** A vocabulary's words as cues, made once: every sense a vocabulary applies to adds the same hundred words. */
const vocabularyCueWords = new Map<Vocabulary, readonly CueWord[]>();

function vocabularyCues(vocabulary: Vocabulary): readonly CueWord[] {
  let cues = vocabularyCueWords.get(vocabulary);
  if (!cues) vocabularyCueWords.set(vocabulary, (cues = vocabulary.words.map(cueWord)));
  return cues;
}

/**
 * The form a cue word is matched in. The glossary writes cues in lower case,
 * and most match any case; but a lower-case cue of two or three letters is
 * nearly always an acronym ("who", "ai", "hr", "md"), and matching it in any
 * case would find the English words "who" and "ai" everywhere, so it matches
 * in upper case only. A few real short words keep matching in any case. A
 * word written with capitals (the built-in "REST", "SDK") keeps its case.
 */
function cueForm(word: string): string {
  const cue = word.trim();
  if (/[A-Z]/.test(cue)) return cue;
  if (/^[a-z]{2,3}$/.test(cue) && !SHORT_WORDS.has(cue)) return cue.toUpperCase();
  return cue;
}

const SHORT_WORDS = new Set(words('vs|mg|ml|kg|ad|app|key|lab|ink|gum|run|bit|oil|tax|ph|day|car|pay|he|she|his|her'));

/** British and American spellings of written-out meanings (organisation, organization), without notes in brackets. */
function spellingVariants(written: string): string[] {
  // "问答（自然语言处理任务）": the note in brackets is not part of what writers write.
  const variants = new Set([written, written.replace(/\s*[（(][^）)]*[）)]\s*/g, '')]);
  for (const v of [...variants]) {
    variants.add(v.replace(/is(ation|e|ed|ing)\b/gi, 'iz$1'));
    variants.add(v.replace(/iz(ation|e|ed|ing)\b/gi, 'is$1'));
  }
  return [...variants].filter((v) => v.trim().length > 1);
}

/** A list written as one string, "a|b|c", to keep long word lists short on the page. */
function words(list: string): string[] {
  return list.split('|');
}

/**
 * Words that mark a kind of page the glossary's cue lists cannot be expected
 * to cover in full. A vocabulary joins a sense's cues when the sense already
 * lists two of its words (or, for executive roles, when it is an officer):
 * so the web-interface sense of API gains "endpoint", "curl" and "SDK"
 * without the glossary listing every one, and pharma senses gain nothing.
 */
interface Vocabulary {
  words: readonly string[];
  applies: (sense: Sense, cues: Set<string>, medical: boolean) => boolean;
}

const VOCABULARIES: Vocabulary[] = [
  {
    // Pharma at large: for the pharma meanings, for the medical meanings pharma news shares (PD: Parkinson's),
    // and for the officers of medicine and science a biotech has.
    words: words(
      'pharma|pharmaceutical|pharmaceuticals|drugmaker|drugmakers|biotech|biotechs|biopharma|biologics|drug|drugs|' +
        'medicines|therapeutics|clinical|FDA|NMPA|药企|医药|制药|药品|新药|创新药|生物药|药物|临床|生物医药|药厂|药监',
    ),
    applies: (sense, _cues, medical) => sense.domain || medical || isPharmaOfficer(sense),
  },
  {
    // Software and web services: API references, developer docs, IT job posts.
    words: words(
      'endpoint|endpoints|SDK|JSON|REST|RESTful|curl|request|requests|response|responses|HTTP|HTTPS|OAuth|OAuth2|' +
        'token|webhook|developer|developers|integration|integrations|backend|server|client|query parameters|' +
        'rate limit|rate limits|GitHub|Python|JavaScript|software|platform|code|deprecated|route|gateway|' +
        'microservice|ERP|LIMS|MES|SAP|database|returns|exposes|calls|query|queries|paginated|changelog|version|' +
        'outage|downtime|uptime|latency|接口|调用|开发者|请求|网关|参数|返回|后端|前端|鉴权|服务端|客户端|代码|软件|' +
        '开放平台|开放|控制台|文档|路由|数据库|系统',
    ),
    applies: (sense, cues) =>
      !sense.domain && overlaps(cues, 'sdk|json|http|developer|developers|software|接口|调用|开发者|代码'),
  },
  {
    // Trading charts, for moving averages.
    words: words(
      'moving average|chart|charts|trading|traders|support|resistance|candlestick|RSI|MACD|bullish|bearish|' +
        'breakout|crossover|crosses|均线|k线|技术面|日线|成交量|站上|跌破|金叉|死叉|技术指标',
    ),
    applies: (sense, cues) => !sense.domain && overlaps(cues, 'macd|moving average|crossover|均线|k线'),
  },
  {
    // Bond markets, for mortgage and debt obligations.
    words: words(
      'bond|bonds|tranche|tranches|issuance|spreads|prepayment|securities|securitization|securitisation|mortgage|' +
        'mortgages|subprime|fixed income|rating agencies|Wall Street|债券|证券化|抵押|次级|次贷|评级|投行|华尔街|' +
        '金融危机|分档|档位',
    ),
    applies: (sense, cues) => !sense.domain && overlaps(cues, 'tranche|tranches|mortgage|bonds|bond|分档|证券化'),
  },
  {
    // Executive roles: for every chief-officer sense.
    words: words(
      'CEO|CFO|COO|CTO|CIO|c-suite|executive|executives|leadership|leadership team|board|appointed|appointment|' +
        'named|hired|hires|promoted|joins|joined|joining|steps down|stepped down|resigned|tenure|reports to|' +
        'reporting to|his|her|she|he|首席|高管|董事会|管理层|任命|聘任|出任|担任|离职|上任|汇报|一职|岗位|负责人|总裁|副总裁',
    ),
    applies: (sense) => isOfficer(sense),
  },
];

function overlaps(cues: Set<string>, list: string): boolean {
  return words(list).filter((word) => cues.has(word)).length >= 2;
}

const COMMON_WORDS: ReadonlySet<string> = new Set(
  words(
    'data|information|study|studies|service|services|project|projects|company|companies|market|work|team|people|' +
      'report|reports|time|new|process|system|systems|product|products|management|development|' +
      '数据|信息|服务|项目|合作|公司|企业|市场|工作|报告|系统|过程|时间|研究|技术|产品|管理|发展|问题|人员|相关|方面',
  ),
);

/** Cue words that make an other sense medical (a disease, a drug class, a diagnostic). */
const MEDICAL_WORDS: ReadonlySet<string> = new Set(
  words(
    'patients|patient|disease|cancer|tumor|tumour|oncology|dose|dosing|mg|tablet|tablets|mri|imaging|radiology|' +
      'hiv|diagnostic|diagnostics|medical devices|therapy|immunotherapy|inhibitor|neurology|symptoms|hospital|' +
      'clinic|bedside|assay|患者|肿瘤|癌|疾病|剂量|影像|磁共振|诊断|医疗器械|治疗|免疫治疗|抑制剂|神经|医院|床旁',
  ),
);
