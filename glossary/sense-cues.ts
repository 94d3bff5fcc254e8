/**
 * What the sense resolver looks for around a match: the cue words of every
 * sense and every way a meaning is written out ("chief marketing officer",
 * 合同生产组织), compiled for a lexicon's ambiguous terms (sense-cue-compile.ts,
 * in the background and in Node), so that resolving a page costs a pass over
 * the windows around its ambiguous matches and nothing more. A page's
 * lexicon compiles nothing: it adopts what the background compiled for it.
 */
import type { Lexicon, Sense } from './lexicon';
import {
  hasBit,
  matcherFromTrie,
  newCodeUnitSet,
  setBit,
  type Matcher,
  type MatcherHit,
  type MatcherTrie,
} from './matcher';

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
  /** The lower-cased first characters of Chinese cues (a set from matcher.ts): most characters of a page start none. */
  cjkFirst: Int32Array;
  /**
   * Their first two characters, hashed (cjkPairOf): most Chinese characters
   * start some cue, few start one with the character that follows them.
   */
  cjkPairs: Int32Array;
  expansions: Matcher<ExpansionRef>;
  /** Other senses that are medical too (Parkinson's disease, colorectal cancer): pharma vocabulary does not argue against them. */
  medical: Set<string>;
  /**
   * What `latin` and `expansions` match with, for sending them
   * (sense-cues-wire.ts): kept by a compile, not by a decoded copy, whose
   * matchers keep narrower copies of their own.
   */
  tries?: { latin: MatcherTrie<CueRef>; expansions: MatcherTrie<ExpansionRef> };
}

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

/** Cue words the background compiled for a page's lexicon, and the terms they cover. */
const adopted = new WeakMap<Lexicon, { terms: ReadonlySet<string>; cues: SenseCues }>();

/**
 * The terms whose cues the background should compile for this page's
 * lexicon so that these terms are covered: every term adopted so far and
 * the new ones (a page's set only grows, as senseCuesOf explains), or null when
 * the adopted cues cover these terms.
 */
export function senseCueTermsToCompile(lexicon: Lexicon, termIds: Iterable<string>): string[] | null {
  const known = adopted.get(lexicon)?.terms ?? new Set<string>();
  const missing = [...new Set(termIds)].filter((termId) => !known.has(termId));
  return missing.length > 0 ? [...known, ...missing] : null;
}

/** Cues compiled by the background for `termIds`, used by this lexicon's resolutions from now on. */
export function adoptSenseCues(lexicon: Lexicon, termIds: Iterable<string>, cues: SenseCues): void {
  // An answer to an earlier, smaller request that arrives last must not replace a larger one.
  if (senseCueTermsToCompile(lexicon, termIds) === null) return;
  adopted.set(lexicon, { terms: new Set(termIds), cues });
}

/**
 * The cues this page's lexicon adopted; none before the background answers
 * (or when it cannot), which leaves an ambiguous match to the page's topic
 * and the text's own patterns, and so mostly unpainted.
 */
export function adoptedSenseCues(lexicon: Lexicon): SenseCues {
  return (
    adopted.get(lexicon)?.cues ?? (noCues ??= assembleSenseCues({ latin: EMPTY_TRIE, expansions: EMPTY_TRIE }, [], []))
  );
}

let noCues: SenseCues | undefined;

/** A trie of no forms: its root only. */
const EMPTY_TRIE: MatcherTrie<never> = {
  childStart: new Int32Array(2),
  childChars: new Uint16Array(0),
  childNodes: new Int32Array(0),
  formNodes: new Int32Array(0),
  formFlags: new Uint8Array(0),
  formExact: [],
  formValues: [],
  maxDepth: 0,
};

/** Compiled cues from their parts: here after a compile, on a page after decoding (sense-cues-wire.ts). */
export function assembleSenseCues(
  tries: NonNullable<SenseCues['tries']>,
  cjkCues: readonly CjkCue[],
  medical: Iterable<string>,
  keepTries = true,
): SenseCues {
  // Chinese cues by their first character, in the order given.
  const cjk = new Map<number, CjkCue[]>();
  const cjkFirst = newCodeUnitSet();
  const cjkPairs = new Int32Array(CJK_PAIR_BITS >>> 5);
  for (const cue of cjkCues) {
    const first = cue.key.charCodeAt(0);
    const list = cjk.get(first);
    if (list) list.push(cue);
    else cjk.set(first, [cue]);
    setBit(cjkFirst, first);
    setBit(cjkPairs, cjkPairOf(first, cue.key.length > 1 ? cue.key.charCodeAt(1) : ANY_NEXT));
  }
  return {
    latin: matcherFromTrie(tries.latin),
    cjk,
    cjkFirst,
    cjkPairs,
    expansions: matcherFromTrie(tries.expansions),
    medical: new Set(medical),
    ...(keepTries && { tries }),
  };
}

/**
 * Cue words in text[from, to), in text order, added to `into`: Latin ones by
 * the matcher, Chinese ones at every character, overlapping.
 */
export function findCues(
  cues: SenseCues,
  text: string,
  from: number,
  to: number,
  into: MatcherHit<CueRef>[] = [],
): MatcherHit<CueRef>[] {
  // The window alone, so that its edges are word boundaries; hits are moved back to text offsets in place.
  const latin = cues.latin.findAll(text.slice(from, to));
  for (const hit of latin) {
    hit.start += from;
    hit.end += from;
  }
  let nextLatin = 0;
  const { cjk, cjkFirst, cjkPairs } = cues;
  // Character codes, not one-character strings: a page of Chinese would allocate one per character.
  for (let i = from; i < to; i++) {
    const first = asciiLower(text.charCodeAt(i));
    if (!hasBit(cjkFirst, first)) continue;
    const next = i + 1 < to ? asciiLower(text.charCodeAt(i + 1)) : ANY_NEXT;
    if (!hasBit(cjkPairs, cjkPairOf(first, next)) && !hasBit(cjkPairs, cjkPairOf(first, ANY_NEXT))) continue;
    for (const { key, ref } of cjk.get(first)!) {
      if (!startsWithKey(text, i, to, key)) continue;
      // The Latin cues before it, and one that starts here, come first.
      while (nextLatin < latin.length && latin[nextLatin].start <= i) into.push(latin[nextLatin++]);
      into.push({ start: i, end: i + key.length, values: [ref] });
    }
  }
  while (nextLatin < latin.length) into.push(latin[nextLatin++]);
  return into;
}

/** Bits in the set of hashed first two characters: 2 KB, with few false hits for a few thousand Chinese cues. */
const CJK_PAIR_SHIFT = 14;
const CJK_PAIR_BITS = 1 << CJK_PAIR_SHIFT;
/** The "next character" of a one-character cue: it matches whatever follows. */
const ANY_NEXT = 0xffff;

function cjkPairOf(first: number, next: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ Math.imul(next, 0x85ebca6b)) >>> (32 - CJK_PAIR_SHIFT);
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
