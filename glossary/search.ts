/**
 * Bilingual search over a glossary pack, for the popup and the reference page.
 *
 * Readers type whatever they half-remember: an acronym ("CRO", or "ＣＲＯ" from
 * a Chinese input method), the start of a full name ("contract research"),
 * a Chinese fragment with no word boundaries ("合同研究"), a word with a typo
 * ("contarct"). Every term is turned into a few keyed texts once; a query is
 * then compared with each term in tiers, and the best tier decides the rank:
 *
 * 1. exact   — the query is a term's name, acronym or one of its surface forms;
 * 2. prefix  — a name or surface form starts with the query;
 * 3. words   — every query word starts (or, with one typo, is) a word of a
 *              name, expansion or form; Chinese fragments match anywhere in them;
 * 4. text    — every query word occurs in the definition text.
 *
 * Shaped like MiniSearch: no dependencies, every default in
 * `defaultSearchOptions`, behaviour changed through options. The pack has a
 * few hundred terms, so a linear pass per query costs well under a
 * millisecond and needs no inverted index.
 */
import { formKey, isCjk, isWordChar } from './normalize';
import type { Lang, Pack, Term } from './schema';

/** Which part of a term matched. */
export type SearchField = 'name' | 'form' | 'expansion' | 'other-sense' | 'definition';

/** The tiers, best first; see the module comment. */
export type SearchTier = 'exact' | 'prefix' | 'words' | 'text';

export interface SearchHit {
  termId: string;
  /** Higher is better; tiers occupy disjoint bands, so a better tier always ranks first. */
  score: number;
  tier: SearchTier;
  /** Where the best match was found… */
  field: SearchField;
  lang: Lang;
  /** …and the text it was found in (a name, form or expansion; empty for definitions). */
  text: string;
}

export interface SearchOptions {
  /** At most this many hits, best first. Default 20. */
  maxResults: number;
  /**
   * Query words of at least this many letters also match words one edit away
   * (a letter missing, added, changed, or two neighbours swapped). Shorter
   * words must be exact or a prefix: "cso" must not find CRO. Default 4.
   */
  fuzzyMinLength: number;
  /** Search the short and full definitions as the last tier. Default true. */
  searchDefinitions: boolean;
  /** A Latin query word must have at least this many letters to be looked up in definitions. Default 3. */
  definitionMinLength: number;
  /** A Chinese query fragment must have at least this many characters to be looked up in definitions. Default 2. */
  cjkDefinitionMinLength: number;
  /** Only terms for which this returns true are searched (a category filter, say). Default: all. */
  filter: (term: Term) => boolean;
}

export const defaultSearchOptions: Readonly<SearchOptions> = Object.freeze({
  maxResults: 20,
  fuzzyMinLength: 4,
  searchDefinitions: true,
  definitionMinLength: 3,
  cjkDefinitionMinLength: 2,
  filter: () => true,
});

export interface SearchIndex {
  /** Hits for a query, best first; an empty or blank query gives none. */
  search(query: string, options?: Partial<SearchOptions>): SearchHit[];
}

/** A name, form or expansion of a term, keyed for comparison. */
interface KeyedText {
  field: Exclude<SearchField, 'definition'>;
  lang: Lang;
  text: string;
  /** Folded, lower-cased, punctuation as spaces, no spaces between Chinese characters. */
  key: string;
  /** `key` without spaces: "IQ/OQ/PQ" and "iq oq pq" both become "iqoqpq". */
  compact: string;
  /** Latin words of `key`. */
  words: string[];
}

interface IndexedTerm {
  term: Term;
  order: number;
  texts: KeyedText[];
  /** Per language, the definition as " word word … " for word-prefix lookups. */
  definitions: { lang: Lang; short: string; details: string }[];
}

/** Score bands: each tier's scores lie inside its band, so tiers never mix. */
const BAND = { exact: 900, prefix: 700, words: 400, text: 100 } as const;
const BAND_WIDTH = 200;

/** How much a match in each field counts inside a tier. */
const FIELD_WEIGHT: Record<KeyedText['field'], number> = {
  name: 1,
  form: 0.97,
  expansion: 0.97,
  // A meaning the glossary only mentions (CMO as Chief Marketing Officer).
  'other-sense': 0.6,
};

/**
 * The search key of a text: width-folded and lower-cased like the matcher's
 * keys, with punctuation turned into spaces and no spaces left between
 * Chinese characters ("合同研究、开发" → "合同研究开发").
 */
export function searchKey(text: string): string {
  const folded = formKey(text);
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (!isWordChar(code) && !isCjk(code)) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace && !(isCjk(code) && isCjk(out.charCodeAt(out.length - 1)))) out += ' ';
    pendingSpace = false;
    out += folded[i];
  }
  return out;
}

/** Latin words and Chinese runs of a search key: "cro 合同研究" → ["cro", "合同研究"]. */
function tokensOf(key: string): string[] {
  const tokens: string[] = [];
  let current = '';
  let currentCjk = false;
  for (const char of key) {
    const code = char.charCodeAt(0);
    if (char === ' ') {
      if (current) tokens.push(current);
      current = '';
      continue;
    }
    const cjk = isCjk(code);
    if (current && cjk !== currentCjk) {
      tokens.push(current);
      current = '';
    }
    currentCjk = cjk;
    current += char;
  }
  if (current) tokens.push(current);
  return tokens;
}

function isCjkToken(token: string): boolean {
  return isCjk(token.charCodeAt(0));
}

/**
 * Whether two words are at most one edit apart: one letter inserted,
 * deleted or substituted, or two neighbouring letters swapped.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const diff = a.length - b.length;
  if (diff > 1 || diff < -1) return false;
  const [long, short] = diff >= 0 ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  if (long.length !== short.length) return long.slice(i + 1) === short.slice(i);
  if (long.slice(i + 1) === short.slice(i + 1)) return true;
  return long[i] === short[i + 1] && long[i + 1] === short[i] && long.slice(i + 2) === short.slice(i + 2);
}

/** "cros" → "cro", "therapies" → "therapy"; undefined when there is nothing to strip. */
function singular(word: string): string | undefined {
  if (word.length >= 5 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length >= 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return undefined;
}

function keyed(field: KeyedText['field'], lang: Lang, text: string): KeyedText {
  const key = searchKey(text);
  return {
    field,
    lang,
    text,
    key,
    compact: key.replace(/ /g, ''),
    words: tokensOf(key).filter((token) => !isCjkToken(token)),
  };
}

function indexTerm(term: Term, order: number): IndexedTerm {
  const texts: KeyedText[] = [];
  for (const lang of ['en', 'zh'] as const) {
    texts.push(keyed('name', lang, term.name[lang]));
    if (term.expansion) texts.push(keyed('expansion', lang, term.expansion[lang]));
    for (const form of term.forms[lang]) texts.push(keyed('form', lang, form));
    for (const other of term.otherSenses) texts.push(keyed('other-sense', lang, other.expansion[lang]));
  }
  const definitions = (['en', 'zh'] as const).map((lang) => ({
    lang,
    short: ` ${searchKey(term.short[lang])} `,
    details: ` ${searchKey(term.details[lang])} `,
  }));
  return { term, order, texts: texts.filter((t) => t.key.length > 0), definitions };
}

/** The query, keyed once. */
interface Query {
  compact: string;
  /** compact, and its singular when the query is one Latin word ("CROs"). */
  exactKeys: string[];
  tokens: string[];
}

function parseQuery(query: string): Query | null {
  const key = searchKey(query);
  if (!key) return null;
  const compact = key.replace(/ /g, '');
  const tokens = tokensOf(key);
  const one = tokens.length === 1 && !isCjkToken(tokens[0]) ? singular(tokens[0]) : undefined;
  return { compact, exactKeys: one ? [compact, one] : [compact], tokens };
}

interface Candidate {
  score: number;
  tier: SearchTier;
  field: SearchField;
  lang: Lang;
  text: string;
}

function better(a: Candidate | null, b: Candidate | null): Candidate | null {
  if (!a) return b;
  if (!b) return a;
  return b.score > a.score ? b : a;
}

/** How well one query token matches one keyed text: 0 for no match, up to 1. */
function tokenQuality(token: string, text: KeyedText, options: SearchOptions): number {
  if (isCjkToken(token)) {
    const at = text.compact.indexOf(token);
    if (at < 0) return 0;
    return (at === 0 ? 0.95 : 0.8) * (0.8 + (0.2 * token.length) / text.compact.length);
  }
  let best = 0;
  const variants = [token, singular(token)].filter((v): v is string => !!v);
  for (const word of text.words) {
    for (const variant of variants) {
      if (word === variant) return 1;
      if (word.startsWith(variant)) best = Math.max(best, 0.7 + (0.2 * variant.length) / word.length);
    }
    if (best < 0.6 && token.length >= options.fuzzyMinLength && word.length >= options.fuzzyMinLength) {
      if (withinOneEdit(token, word)) best = 0.6;
    }
  }
  return best;
}

function matchTexts(entry: IndexedTerm, query: Query, options: SearchOptions): Candidate | null {
  let best: Candidate | null = null;
  for (const text of entry.texts) {
    const weight = FIELD_WEIGHT[text.field];
    if (query.exactKeys.includes(text.compact)) {
      // "chief marketing officer" finds CMO, but it ranks with the prefixes:
      // the glossary's term is not what the reader typed.
      const hit: Candidate =
        text.field === 'other-sense'
          ? { score: BAND.prefix + BAND_WIDTH * weight - 1, tier: 'prefix', ...where(text) }
          : { score: BAND.exact + BAND_WIDTH * weight - 1, tier: 'exact', ...where(text) };
      best = better(best, hit);
      continue;
    }
    if (text.compact.startsWith(query.compact)) {
      const coverage = query.compact.length / text.compact.length;
      const score = BAND.prefix + BAND_WIDTH * weight * (0.5 + 0.5 * coverage) - 2;
      best = better(best, { score, tier: 'prefix', ...where(text) });
      continue;
    }
    if (best && best.tier !== 'words') continue;
    let sum = 0;
    for (const token of query.tokens) {
      const quality = tokenQuality(token, text, options);
      if (quality === 0) {
        sum = 0;
        break;
      }
      sum += quality;
    }
    if (sum > 0) {
      const score = BAND.words + BAND_WIDTH * weight * (sum / query.tokens.length) - 3;
      best = better(best, { score, tier: 'words', ...where(text) });
    }
  }
  return best ?? matchAcrossTexts(entry, query, options);
}

/** "contract 组织": each token may match a different name or form of the same term. */
function matchAcrossTexts(entry: IndexedTerm, query: Query, options: SearchOptions): Candidate | null {
  if (query.tokens.length < 2) return null;
  let sum = 0;
  let first: KeyedText | null = null;
  for (const token of query.tokens) {
    let tokenBest = 0;
    for (const text of entry.texts) {
      const quality = tokenQuality(token, text, options) * FIELD_WEIGHT[text.field];
      if (quality > tokenBest) {
        tokenBest = quality;
        first ??= text;
      }
    }
    if (tokenBest === 0) return null;
    sum += tokenBest;
  }
  if (!first) return null;
  // Below a match inside a single text of the same quality.
  const score = BAND.words + BAND_WIDTH * 0.8 * (sum / query.tokens.length) - 3;
  return { score, tier: 'words', ...where(first) };
}

function matchDefinitions(entry: IndexedTerm, query: Query, options: SearchOptions): Candidate | null {
  const usable = query.tokens.filter((token) =>
    isCjkToken(token) ? token.length >= options.cjkDefinitionMinLength : token.length >= options.definitionMinLength,
  );
  if (usable.length === 0 || usable.length < query.tokens.length) return null;
  let best: Candidate | null = null;
  for (const definition of entry.definitions) {
    let sum = 0;
    for (const token of usable) {
      const quality = Math.max(
        definitionQuality(definition.short, token),
        0.8 * definitionQuality(definition.details, token),
      );
      if (quality === 0) {
        sum = 0;
        break;
      }
      sum += quality;
    }
    if (sum > 0) {
      const score = BAND.text + BAND_WIDTH * (sum / usable.length) - 4;
      best = better(best, { score, tier: 'text', field: 'definition', lang: definition.lang, text: '' });
    }
  }
  return best;
}

/** A whole word scores higher than a word start; Chinese matches anywhere. */
function definitionQuality(text: string, token: string): number {
  if (isCjkToken(token)) return text.includes(token) ? 1 : 0;
  if (text.includes(` ${token} `)) return 1;
  return text.includes(` ${token}`) ? 0.8 : 0;
}

function where(text: KeyedText): Pick<Candidate, 'field' | 'lang' | 'text'> {
  return { field: text.field, lang: text.lang, text: text.text };
}

/**
 * Builds a search index over a pack's terms. Cheap (a few milliseconds for
 * the bundled pack), but the popup still builds it after its first paint.
 */
export function createSearchIndex(pack: Pack, options: Partial<SearchOptions> = {}): SearchIndex {
  const indexed = pack.terms.map(indexTerm);
  const base: SearchOptions = { ...defaultSearchOptions, ...options };
  return {
    search(raw, overrides = {}) {
      const query = parseQuery(raw);
      if (!query) return [];
      const opts: SearchOptions = { ...base, ...overrides };
      const hits: (SearchHit & { order: number })[] = [];
      for (const entry of indexed) {
        if (!opts.filter(entry.term)) continue;
        let found = matchTexts(entry, query, opts);
        if (!found && opts.searchDefinitions) found = matchDefinitions(entry, query, opts);
        if (found) hits.push({ termId: entry.term.id, order: entry.order, ...found });
      }
      hits.sort((a, b) => b.score - a.score || a.order - b.order);
      return hits.slice(0, opts.maxResults).map(({ order: _order, ...hit }) => hit);
    },
  };
}
