/**
 * One frozen copy of each distinct explanation a match carries: its reasons
 * ("“campaign” nearby", "the page is about pharma") and its other meanings
 * with their confidences, and the whole verdict (sense, confidence, reasons,
 * other meanings). A long page has tens of thousands of matches, and most
 * repeat the same few explanations: kept once per match, their lists,
 * strings and numbers were the largest part of the JS heap TermLens added
 * to the bench's 5 MB page after the match objects themselves, and the
 * verdict's five fields (a boxed number among them) were a third of each
 * match object (heap snapshots; `npm run bench` measures the total).
 *
 * One pool per lexicon: other meanings hold the lexicon's Sense objects,
 * which a new pack replaces.
 */
import type { Lexicon, Sense } from './lexicon';

export interface Alternative {
  sense: Sense;
  confidence: number;
}

/**
 * What the resolver decided about a match, apart from where it is and
 * whether it is painted. The pool's verdicts and other meanings are class
 * instances whose confidence is a getter: read their fields, never spread
 * them.
 */
export interface Verdict {
  readonly termId: string;
  readonly sense: Sense;
  /** 0..1: how sure we are of `sense`. */
  readonly confidence: number;
  /** Short human-readable reasons for the choice ("“manufacturing” nearby"), strongest first. */
  readonly evidence: readonly string[];
  /** Other senses, best first, for "did you mean". */
  readonly alternatives: readonly Alternative[];
}

export interface ExplanationPool {
  /** These reasons, as a frozen list shared with every match that gives the same ones. */
  evidence(list: readonly string[]): readonly string[];
  /** These other meanings, likewise. */
  alternatives(list: readonly Alternative[]): readonly Alternative[];
  /**
   * This verdict, as a frozen object shared with every match that has the
   * same one: the same sense and confidence, and reasons and other meanings
   * that came from this pool.
   */
  verdict(verdict: Verdict): Verdict;
  /**
   * Forgets what it holds: what it handed out stays shared by the matches
   * that have it, and what comes next is shared anew. For the end of a
   * scan: on a long page most verdicts and lists of reasons are distinct
   * (each ambiguous match has its own neighbours), and the maps that find
   * them again, with their keys, outweighed what they saved once the
   * scan was done (0.4 MB of the bench's 5 MB page).
   */
  forget(): void;
}

/** Distinct values kept per kind; past this a page gets its own copies (a hostile page cannot grow the pool). */
const MAX_SHARED = 4096;

/** The empty list of reasons or of other meanings, shared by every match without any. */
export const EMPTY: readonly never[] = Object.freeze([]);

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
  let reasonIds = new Map<string, number>();
  let reasons: string[] = [];
  let evidence = new Map<string, readonly string[]>();
  let alternatives = new Map<string, readonly Alternative[]>();
  // Verdicts are keyed by a number made of their parts' numbers: string keys cost more than the
  // matches' fields they save.
  let verdicts = new Map<number, Verdict>();
  let senseIds = new Map<Sense, number>();
  // The lists kept in this pool, numbered (the empty list is 0).
  let listIds = new WeakMap<object, number>([[EMPTY, 0]]);
  let lists = 0;
  /** shared() for lists, numbering each list it keeps. */
  const sharedList = <T extends readonly unknown[]>(pool: Map<string, T>, key: string, make: () => T): T => {
    let list = pool.get(key);
    if (list === undefined) {
      list = make();
      if (pool.size < MAX_SHARED) {
        pool.set(key, list);
        listIds.set(list, ++lists);
      }
    }
    return list;
  };
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
  /** This sense's number in this pool, or undefined past MAX_SENSES. */
  const senseIdOf = (sense: Sense): number | undefined => {
    let id = senseIds.get(sense);
    if (id === undefined && senseIds.size < MAX_SENSES) senseIds.set(sense, (id = senseIds.size));
    return id;
  };
  // Lists are keyed by their parts' numbers as characters: written out in digits, numbers fill V8's
  // number-to-string caches, which then stay at their full size for the page's life (0.1 MB).
  return {
    evidence(list) {
      if (list.length === 0) return EMPTY;
      const ids = list.map(reasonId);
      if (ids.includes(undefined)) return Object.freeze(list.map(detached));
      // Fewer than MAX_SHARED reasons: each number is one character.
      return sharedList(evidence, String.fromCharCode(...(ids as number[])), () =>
        Object.freeze(ids.map((id) => reasons[id!])),
      );
    },
    alternatives(list) {
      if (list.length === 0) return EMPTY;
      let key = '';
      for (const { sense, confidence } of list) {
        const id = senseIdOf(sense);
        const hundredths = hundredthsOf(confidence);
        if (id === undefined || hundredths === undefined) return Object.freeze(list.map(frozenAlternative));
        key += String.fromCharCode(id >>> 16, id & 0xffff, hundredths);
      }
      return sharedList(alternatives, key, () => Object.freeze(list.map(frozenAlternative)));
    },
    verdict(given) {
      const hundredths = hundredthsOf(given.confidence);
      const evidenceId = listIds.get(given.evidence);
      const alternativesId = listIds.get(given.alternatives);
      // Lists this pool did not keep are the match's own, and so is its verdict; so is an unrounded confidence.
      if (evidenceId === undefined || alternativesId === undefined || hundredths === undefined) {
        const { termId, sense, confidence, evidence, alternatives } = given;
        return Object.freeze({ termId, sense, confidence, evidence, alternatives });
      }
      const copy = (): Verdict => Object.freeze(new VerdictInHundredths(given, hundredths));
      const senseId = senseIdOf(given.sense);
      if (senseId === undefined) return copy();
      // Below 2^53: fewer than MAX_SENSES senses, 101 values of hundredths, and fewer than LIST_IDS lists of each kind.
      const key = ((senseId * 101 + hundredths) * LIST_IDS + evidenceId) * LIST_IDS + alternativesId;
      return shared(verdicts, key, copy);
    },
    forget() {
      reasonIds = new Map();
      reasons = [];
      evidence = new Map();
      alternatives = new Map();
      verdicts = new Map();
      senseIds = new Map();
      listIds = new WeakMap([[EMPTY, 0]]);
      lists = 0;
    },
  };
}

/*
 * Confidences in hundredths. The resolver rounds them to two places, and
 * a fraction such as 0.83 in an object's field is a 12-byte box of its own
 * in V8, one per verdict and per other meaning: 7,000 of them on the bench's
 * 5 MB page (82 KB, a heap snapshot). A whole number up to 100 is kept in
 * the field itself.
 */

class VerdictInHundredths implements Verdict {
  readonly termId: string;
  readonly sense: Sense;
  readonly evidence: readonly string[];
  readonly alternatives: readonly Alternative[];
  private readonly hundredths: number;

  constructor(verdict: Verdict, hundredths: number) {
    this.termId = verdict.termId;
    this.sense = verdict.sense;
    this.evidence = verdict.evidence;
    this.alternatives = verdict.alternatives;
    this.hundredths = hundredths;
  }

  get confidence(): number {
    return this.hundredths / 100;
  }
}

class AlternativeInHundredths implements Alternative {
  constructor(
    readonly sense: Sense,
    private readonly hundredths: number,
  ) {}

  get confidence(): number {
    return this.hundredths / 100;
  }
}

/** A frozen copy of another meaning, in hundredths where its confidence is rounded to them. */
function frozenAlternative({ sense, confidence }: Alternative): Alternative {
  const hundredths = hundredthsOf(confidence);
  return Object.freeze(
    hundredths === undefined ? { sense, confidence } : new AlternativeInHundredths(sense, hundredths),
  );
}

/** A confidence as a whole number of hundredths, or undefined when it is not rounded to them. */
function hundredthsOf(confidence: number): number | undefined {
  const hundredths = Math.round(confidence * 100);
  return hundredths / 100 === confidence ? hundredths : undefined;
}

/** Numbers a pool gives its lists: each kind keeps at most MAX_SHARED, and the empty list is 0. */
const LIST_IDS = 2 * MAX_SHARED + 1;
/** Senses a pool numbers for its verdicts' keys; the bundled glossary has a few hundred. */
const MAX_SENSES = 100_000;

/** The pool's value for this key, made (and kept, while there is room) on first use. */
function shared<K, T>(pool: Map<K, T>, key: K, make: () => T): T {
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
