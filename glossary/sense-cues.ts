/**
 * What the sense resolver looks for around a match, compiled once per
 * lexicon: the cue words of every sense (the glossary's own, plus a few
 * built-in vocabularies), and every way a meaning is written out ("chief
 * marketing officer", 合同生产组织), so that resolving a page costs a pass
 * over the windows around its ambiguous matches and nothing more.
 */
import type { Lexicon, Sense } from './lexicon';
import { compileTrie, matcherFromTrie, type Matcher, type MatcherHit, type MatcherTrie } from './matcher';
import { isCjk } from './normalize';

/** A cue word, and the weight it has for each sense it points to. */
export interface CueRef {
  cue: string;
  /** Sense keys (see senseKey) with this word's weight for each: 1 for the glossary's cues, less for built-in vocabularies. */
  senses: SenseWeights;
}

/** Weights by sense key: a Map while cues are gathered, a flat list once decoded on a page (pairedWeights). */
export interface SenseWeights extends Iterable<[senseKey: string, weight: number]> {
  get(senseKey: string): number | undefined;
}

/** A cue gathered here: its weights grow as terms are added. */
interface GatheredCueRef extends CueRef {
  senses: Map<string, number>;
}

/**
 * Weights kept as one flat list of key, weight, key, weight: a page decodes
 * thousands of cue words, most pointing to one or two senses, and a Map for
 * each cost more (0.17 MB of heap on the bench's 5 MB page, 3,200 cue words,
 * with one string per sense key either way).
 */
class PairedWeights implements SenseWeights {
  constructor(private readonly pairs: (string | number)[]) {}

  get(senseKey: string): number | undefined {
    for (let i = 0; i < this.pairs.length; i += 2) if (this.pairs[i] === senseKey) return this.pairs[i + 1] as number;
    return undefined;
  }

  *[Symbol.iterator](): Iterator<[string, number]> {
    for (let i = 0; i < this.pairs.length; i += 2) yield [this.pairs[i] as string, this.pairs[i + 1] as number];
  }
}

/** The weight of a cue word that points to one sense (most do): no list at all. */
class OneWeight implements SenseWeights {
  constructor(
    private readonly key: string,
    private readonly weight: number,
  ) {}

  get(senseKey: string): number | undefined {
    return senseKey === this.key ? this.weight : undefined;
  }

  *[Symbol.iterator](): Iterator<[string, number]> {
    yield [this.key, this.weight];
  }
}

/** Decoded weights, with each key the one interned string (a page decodes thousands of these at once). */
export function pairedWeights(pairs: readonly (readonly [senseKey: string, weight: number])[]): SenseWeights {
  if (pairs.length === 1) return new OneWeight(internedKey(pairs[0][0]), pairs[0][1]);
  // Sized up front: a list grown by push keeps room for more.
  const flat = new Array<string | number>(pairs.length * 2);
  pairs.forEach(([key, weight], i) => {
    flat[2 * i] = internedKey(key);
    flat[2 * i + 1] = canonical(weightBoxes, weight);
  });
  return new PairedWeights(flat);
}

/*
 * In a list, V8 keeps a number that is not a small integer (0.7, 0.35) in a
 * box the list points to; each decoded weight brought its own (5,000 boxes of
 * 0.7 on the bench's 5 MB page, 90 KB). A Map hands back the one box it holds.
 */
const weightBoxes = new Map<number, number>();

/** A written-out meaning, and the senses it spells out. */
export interface ExpansionRef {
  senseKeys: string[];
}

/** A Chinese cue and its spelling with ASCII letters in lower case (k线), compared with the text. */
export interface CjkCue {
  key: string;
  ref: CueRef;
}

export interface SenseCues {
  /** Latin cue words, matched on word boundaries. */
  latin: Matcher<CueRef>;
  /**
   * Chinese cue words by their first character. Chinese cues overlap (签订,
   * 订单 in 新签订单), which a leftmost-longest matcher would hide, so the
   * windows around matches are read character by character instead.
   */
  cjk: Map<number, CjkCue[]>;
  /** Non-zero for the lower-cased first characters of Chinese cues: most characters of a page start none. */
  cjkFirst: Uint8Array;
  expansions: Matcher<ExpansionRef>;
  /** Other senses that are medical too (Parkinson's disease, colorectal cancer): pharma vocabulary does not argue against them. */
  medical: Set<string>;
  /** What `latin` and `expansions` match with, for sending them (sense-cues-wire.ts). */
  tries: { latin: MatcherTrie<CueRef>; expansions: MatcherTrie<ExpansionRef> };
}

/**
 * Everyday words ("data", "project", 信息, 服务) appear near any acronym on
 * any page; as cues they count this much, so that a glossary entry listing
 * one cannot paint a match on a page that is not about pharma by itself.
 */
const COMMON_WORD_WEIGHT = 0.35;

/** A built-in vocabulary word counts as this fraction of one of the glossary's own cue words. */
const VOCABULARY_WEIGHT = 0.7;

/** Identifies a sense across terms: PV's "photovoltaic" under two terms is one meaning per term. */
export function senseKey(sense: Sense): string {
  let key = senseKeys.get(sense);
  if (key === undefined) senseKeys.set(sense, (key = internedKey(`${sense.termId}/${sense.id}`)));
  return key;
}

/*
 * A sense's key is made once and is the same string as the cue words' copy of
 * it: the resolver compares keys for every cue word near every ambiguous
 * match, and a key built anew each time was a concatenation that V8 first
 * had to flatten, then compare character by character.
 */
const senseKeys = new WeakMap<Sense, string>();
const keyStrings = new Map<string, string>();

/** One string object per distinct key (a few hundred in a glossary). */
export function internedKey(key: string): string {
  return canonical(keyStrings, key);
}

/** The first value equal to this one that the pool has seen: one object (or box) per distinct value. */
function canonical<T>(pool: Map<T, T>, value: T): T {
  const known = pool.get(value);
  if (known !== undefined) return known;
  pool.set(value, value);
  return value;
}

export function isOfficer(sense: Sense): boolean {
  return !sense.domain && /(^|_)officer$/.test(sense.id);
}

/** Officers of medicine and science: the likelier reading of CMO and CSO on a pharma page. */
export function isPharmaOfficer(sense: Sense): boolean {
  return isOfficer(sense) && /medical|scien/.test(sense.id);
}

/**
 * The cue words gathered for a lexicon so far, for which of its ambiguous
 * terms, and their compiled form (null when terms were added since).
 */
interface Compilation {
  terms: Set<string>;
  cueRefs: Map<string, GatheredCueRef>;
  expansionRefs: Map<string, ExpansionRef>;
  medical: Set<string>;
  /** Counts the terms gathered, so that a compile knows whether it is still complete when it ends. */
  version: number;
  compiled: SenseCues | null;
  /**
   * Compiled elsewhere (by the background) and adopted: `compiled` holds
   * the cues of `terms`, but nothing was gathered here to add more terms to.
   */
  adopted?: boolean;
}

function newCompilation(terms: Iterable<string> = []): Compilation {
  return {
    terms: new Set(terms),
    cueRefs: new Map(),
    expansionRefs: new Map(),
    medical: new Set(),
    version: 0,
    compiled: null,
  };
}

const compilations = new WeakMap<Lexicon, Compilation>();

/** Terms whose cues one step gathers: about a millisecond of cold code. */
const TERMS_PER_STEP = 8;

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
export function senseCuesOf(lexicon: Lexicon, termIds: Iterable<string>): SenseCues {
  return runToEnd(senseCueSteps(lexicon, termIds));
}

function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * senseCuesOf one step at a time, each a millisecond or two, so that a
 * page's first scan can spread the compile over idle slices: on a page with
 * dozens of ambiguous terms it takes 20–35 ms of cold code in all.
 */
export function* senseCueSteps(lexicon: Lexicon, termIds: Iterable<string>): Generator<void, SenseCues> {
  let state = compilations.get(lexicon);
  let wanted = new Set(termIds);
  if (state?.adopted && [...wanted].some((termId) => !state!.terms.has(termId))) {
    // Adopted cues bring no gathered words to add to: gather every term here.
    wanted = new Set([...state.terms, ...wanted]);
    state = undefined;
  }
  if (!state) compilations.set(lexicon, (state = newCompilation()));
  return yield* compileSteps(state, lexicon, wanted);
}

/**
 * The cues of exactly these terms, compiled afresh rather than added to
 * what this lexicon has gathered: what the background compiles for a page.
 */
export function compileSenseCues(lexicon: Lexicon, termIds: Iterable<string>): SenseCues {
  return runToEnd(compileSteps(newCompilation(), lexicon, new Set(termIds)));
}

/**
 * The terms whose cues a page should have compiled (by the background) so
 * that these terms are covered: every term compiled for it so far and the
 * new ones, or null when the cues compiled so far cover these terms.
 */
export function senseCueTermsToCompile(lexicon: Lexicon, termIds: Iterable<string>): string[] | null {
  const state = compilations.get(lexicon);
  const known = state?.compiled ? state.terms : new Set<string>();
  const missing = [...new Set(termIds)].filter((termId) => !known.has(termId));
  return missing.length > 0 ? [...new Set([...(state?.terms ?? []), ...missing])] : null;
}

/** Cues compiled by the background for `termIds`, used by this lexicon's next calls for those terms. */
export function adoptSenseCues(lexicon: Lexicon, termIds: Iterable<string>, cues: SenseCues): void {
  // Terms compiled here while the background worked, or cues compiled here already cover these terms: keep them.
  if (senseCueTermsToCompile(lexicon, termIds) === null) return;
  const state = newCompilation(termIds);
  state.compiled = cues;
  state.adopted = true;
  compilations.set(lexicon, state);
}

function* compileSteps(state: Compilation, lexicon: Lexicon, termIds: Set<string>): Generator<void, SenseCues> {
  let gathered = 0;
  for (const termId of termIds) {
    if (state.terms.has(termId)) continue;
    gatherCues(state, lexicon, termId);
    state.terms.add(termId);
    state.version++;
    state.compiled = null;
    if (++gathered % TERMS_PER_STEP === 0) yield;
  }
  if (state.compiled) return state.compiled;
  if (gathered > 0) yield;
  // Another caller may gather more terms between the steps below: this compile is then kept for our terms
  // only, not cached, and the next call compiles again.
  const version = state.version;
  const latin = [...state.cueRefs.values()].filter((ref) => !hasCjk(ref.cue));
  subsumeCues(new Map(latin.map((ref) => [ref.cue.toLowerCase(), ref])));
  const cjk = [...state.cueRefs.values()]
    .filter((ref) => hasCjk(ref.cue))
    .map((ref) => ({ key: ref.cue.replace(/[A-Z]/g, (c) => c.toLowerCase()), ref }));
  yield;
  const latinTrie = compileTrie(latin.map((ref) => ({ form: ref.cue, value: ref })));
  yield;
  const expansionTrie = compileTrie([...state.expansionRefs.entries()].map(([form, value]) => ({ form, value })));
  const compiled = assembleSenseCues({ latin: latinTrie, expansions: expansionTrie }, cjk, state.medical);
  if (state.version === version) state.compiled = compiled;
  return compiled;
}

/** Compiled cues from their parts: here after a compile, on a page after decoding (sense-cues-wire.ts). */
export function assembleSenseCues(
  tries: SenseCues['tries'],
  cjkCues: readonly CjkCue[],
  medical: Iterable<string>,
): SenseCues {
  // Chinese cues by their first character, in the order given.
  const cjk = new Map<number, CjkCue[]>();
  const cjkFirst = new Uint8Array(0x10000);
  for (const cue of cjkCues) {
    const first = cue.key.charCodeAt(0);
    const list = cjk.get(first);
    if (list) list.push(cue);
    else cjk.set(first, [cue]);
    cjkFirst[first] = 1;
  }
  return {
    latin: matcherFromTrie(tries.latin),
    cjk,
    cjkFirst,
    expansions: matcherFromTrie(tries.expansions),
    medical: new Set(medical),
    tries,
  };
}

/** Adds the cue words and written-out meanings of one term's senses to what is gathered. */
function gatherCues(state: Compilation, lexicon: Lexicon, termId: string): void {
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
    const cues = [...sense.cues.en, ...sense.cues.zh];
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

/** Cue words in text[from, to): Latin ones by the matcher, Chinese ones at every character, overlapping. */
export function findCues(cues: SenseCues, text: string, from: number, to: number): MatcherHit<CueRef>[] {
  // The window alone, so that its edges are word boundaries; hits are moved back to text offsets in place.
  const found = cues.latin.findAll(text.slice(from, to));
  for (const hit of found) {
    hit.start += from;
    hit.end += from;
  }
  // Character codes, not one-character strings: a page of Chinese would allocate one per character.
  for (let i = from; i < to; i++) {
    const first = asciiLower(text.charCodeAt(i));
    if (!cues.cjkFirst[first]) continue;
    for (const { key, ref } of cues.cjk.get(first) ?? []) {
      if (startsWithKey(text, i, to, key)) found.push({ start: i, end: i + key.length, values: [ref] });
    }
  }
  return found;
}

function asciiLower(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
}

/** Whether text[at, to) starts with `key`, ASCII letters compared without case. */
function startsWithKey(text: string, at: number, to: number, key: string): boolean {
  if (at + key.length > to) return false;
  for (let k = 0; k < key.length; k++) if (asciiLower(text.charCodeAt(at + k)) !== key.charCodeAt(k)) return false;
  return true;
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
