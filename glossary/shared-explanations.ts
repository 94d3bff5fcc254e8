/**
 * One frozen copy of each distinct explanation a match carries: its reasons
 * ("“campaign” nearby", "the page is about pharma") and its other meanings
 * with their confidences. A long page has tens of thousands of ambiguous
 * matches, and most repeat the same few explanations: kept once per match,
 * their lists, strings and numbers were the largest part of the JS heap
 * TermLens added to the bench's 5 MB page after the match objects
 * themselves (a heap snapshot; `npm run bench` measures the total).
 *
 * One pool per lexicon: other meanings hold the lexicon's Sense objects,
 * which a new pack replaces.
 */
import type { Lexicon, Sense } from './lexicon';
import { senseKey } from './sense-cues';

export interface Alternative {
  sense: Sense;
  confidence: number;
}

export interface ExplanationPool {
  /** These reasons, as a frozen list shared with every match that gives the same ones. */
  evidence(list: readonly string[]): readonly string[];
  /** These other meanings, likewise. */
  alternatives(list: readonly Alternative[]): readonly Alternative[];
}

/** Distinct values kept per kind; past this a page gets its own copies (a hostile page cannot grow the pool). */
const MAX_SHARED = 4096;

const EMPTY: readonly never[] = Object.freeze([]);

const pools = new WeakMap<Lexicon, ExplanationPool>();

export function explanationPoolOf(lexicon: Lexicon): ExplanationPool {
  let pool = pools.get(lexicon);
  if (!pool) {
    pool = createExplanationPool();
    pools.set(lexicon, pool);
  }
  return pool;
}

export function createExplanationPool(): ExplanationPool {
  // Lists of reasons vary more than the reasons in them (which neighbours a match has): both are
  // shared, each list keyed by its reasons' numbers, which keeps the keys short.
  const reasonIds = new Map<string, number>();
  const reasons: string[] = [];
  const evidence = new Map<string, readonly string[]>();
  const alternatives = new Map<string, readonly Alternative[]>();
  const reasonId = (text: string): number | undefined => {
    let id = reasonIds.get(text);
    if (id === undefined && reasons.length < MAX_SHARED) {
      // Keyed by the copy: the text given may be a slice of the page's.
      const copy = detached(text);
      id = reasons.push(copy) - 1;
      reasonIds.set(copy, id);
    }
    return id;
  };
  return {
    evidence(list) {
      if (list.length === 0) return EMPTY;
      const ids = list.map(reasonId);
      if (ids.includes(undefined)) return Object.freeze(list.map(detached));
      return shared(evidence, ids.join(','), () => Object.freeze(ids.map((id) => reasons[id!])));
    },
    alternatives(list) {
      if (list.length === 0) return EMPTY;
      const key = list.map((alt) => `${senseKey(alt.sense)}:${alt.confidence}`).join('\n');
      return shared(alternatives, key, () =>
        Object.freeze(list.map((alt) => Object.freeze({ sense: alt.sense, confidence: alt.confidence }))),
      );
    },
  };
}

/** The pool's value for this key, made (and kept, while there is room) on first use. */
function shared<T>(pool: Map<string, T>, key: string, make: () => T): T {
  let value = pool.get(key);
  if (value === undefined) {
    value = make();
    if (pool.size < MAX_SHARED) pool.set(key, value);
  }
  return value;
}

/**
 * A copy of a string that shares no memory with the page text it quotes. V8 keeps a slice (and a
 * concatenation holding one) pointing into the string it was cut from, here a chunk of up to 16,000
 * characters: the reasons kept with a page's matches would keep all of its text alive.
 */
function detached(text: string): string {
  return [...text].join('');
}
