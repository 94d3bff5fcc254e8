/**
 * The compiled multi-pattern matcher: one pass over a text finds every
 * surface form of every term.
 *
 * Why a trie walked from candidate starts, not Aho–Corasick or one big regex:
 * Latin forms may only start at a word start, so in English text we try one
 * position per word and skip the rest of the word; in Chinese text a 64 K
 * table says in one read whether a character can start a form at all. The
 * walks are short (most fail on the first or second character), and
 * leftmost-longest with no overlaps falls out of walking from the left and
 * jumping past each match. Aho–Corasick would visit every character and needs
 * extra work to pick leftmost-longest; a single alternation regex measured
 * slower (see `npm run bench`, matcher section) and cannot fold full-width
 * letters without copying the text.
 */
import {
  canonicalForm,
  foldChar,
  foldKeyChar,
  formKey,
  isCaseSensitiveForm,
  isCjk,
  isJoiner,
  isWordChar,
} from './normalize';

/** One surface form to look for, and what it stands for. */
export interface PatternInput<T> {
  form: string;
  value: T;
}

/** A form found in a text. `start`/`end` are UTF-16 offsets into that text. */
export interface MatcherHit<T> {
  start: number;
  end: number;
  /** Every value whose form matched here (more than one for shared forms such as PV). */
  values: T[];
}

export interface Matcher<T> {
  /** Leftmost-longest, non-overlapping matches, in text order. */
  findAll(text: string): MatcherHit<T>[];
  /** Number of distinct compiled form keys. */
  readonly size: number;
}

interface Accepting<T> {
  /** Canonical spelling, compared to the text when the form is case-sensitive. */
  exact: string;
  caseSensitive: boolean;
  /** Latin forms need a word boundary at that edge; CJK edges do not. */
  boundaryStart: boolean;
  boundaryEnd: boolean;
  value: T;
}

const SPACE = 0x20;
const NO_NODE = -1;

/** Open-addressing hash of trie edges (node, char) → child node, in typed arrays. */
class EdgeTable {
  private nodes: Int32Array;
  private chars: Uint16Array;
  private children: Int32Array;
  private mask: number;
  private count = 0;

  constructor(capacity = 1024) {
    const size = 1 << Math.ceil(Math.log2(capacity * 2));
    this.nodes = new Int32Array(size).fill(NO_NODE);
    this.chars = new Uint16Array(size);
    this.children = new Int32Array(size);
    this.mask = size - 1;
  }

  get(node: number, char: number): number {
    let slot = (Math.imul(node, 0x9e3779b1) ^ Math.imul(char, 0x85ebca6b)) & this.mask;
    for (;;) {
      const n = this.nodes[slot];
      if (n === NO_NODE) return NO_NODE;
      if (n === node && this.chars[slot] === char) return this.children[slot];
      slot = (slot + 1) & this.mask;
    }
  }

  set(node: number, char: number, child: number): void {
    if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    let slot = (Math.imul(node, 0x9e3779b1) ^ Math.imul(char, 0x85ebca6b)) & this.mask;
    while (this.nodes[slot] !== NO_NODE) slot = (slot + 1) & this.mask;
    this.nodes[slot] = node;
    this.chars[slot] = char;
    this.children[slot] = child;
    this.count++;
  }

  private grow(): void {
    const { nodes, chars, children } = this;
    const size = (this.mask + 1) * 2;
    this.nodes = new Int32Array(size).fill(NO_NODE);
    this.chars = new Uint16Array(size);
    this.children = new Int32Array(size);
    this.mask = size - 1;
    this.count = 0;
    for (let i = 0; i < nodes.length; i++) {
      if (nodes[i] !== NO_NODE) this.set(nodes[i], chars[i], children[i]);
    }
  }
}

/**
 * Compiles surface forms into a matcher. Compile once per glossary version;
 * `findAll` is then allocation-light and safe to call on every text node.
 */
export function compileMatcher<T>(patterns: Iterable<PatternInput<T>>): Matcher<T> {
  const edges = new EdgeTable(4096);
  /** Root's children by key char, read once per candidate start. */
  const rootChild = new Int32Array(0x10000).fill(NO_NODE);
  const accepting = new Map<number, Accepting<T>[]>();
  let nodeCount = 1;

  for (const { form, value } of patterns) {
    const key = formKey(form);
    if (key.length === 0) continue;
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const char = key.charCodeAt(i);
      let child = node === 0 ? rootChild[char] : edges.get(node, char);
      if (child === NO_NODE) {
        child = nodeCount++;
        if (node === 0) rootChild[char] = child;
        else edges.set(node, char, child);
      }
      node = child;
    }
    const exact = canonicalForm(form);
    const list = accepting.get(node) ?? [];
    list.push({
      exact,
      caseSensitive: isCaseSensitiveForm(form),
      boundaryStart: isWordChar(exact.charCodeAt(0)),
      boundaryEnd: isWordChar(exact.charCodeAt(exact.length - 1)),
      value,
    });
    accepting.set(node, list);
  }

  function findAll(text: string): MatcherHit<T>[] {
    const hits: MatcherHit<T>[] = [];
    const length = text.length;
    // Ends of the accepting nodes met on the current walk, longest last.
    const acceptNodes: number[] = [];
    const acceptEnds: number[] = [];
    let i = 0;
    while (i < length) {
      const code = text.charCodeAt(i);
      const first = rootChild[foldKeyChar(code)];
      const wordChar = isWordChar(code);
      if (first === NO_NODE || (wordChar && i > 0 && isWordChar(text.charCodeAt(i - 1)))) {
        // No form starts here. Inside a Latin word, no form can start before the word ends.
        i++;
        if (wordChar) while (i < length && isWordChar(text.charCodeAt(i))) i++;
        continue;
      }
      acceptNodes.length = 0;
      acceptEnds.length = 0;
      let node = first;
      let j = i + 1;
      for (;;) {
        if (accepting.has(node)) {
          acceptNodes.push(node);
          acceptEnds.push(j);
        }
        if (j >= length) break;
        const c = text.charCodeAt(j);
        if (isJoiner(c)) {
          // A run of spaces and hyphens in the text stands for one space in the form.
          const next = edges.get(node, SPACE);
          if (next === NO_NODE) break;
          node = next;
          j++;
          while (j < length && isJoiner(text.charCodeAt(j))) j++;
          continue;
        }
        const next = edges.get(node, foldKeyChar(c));
        if (next === NO_NODE) break;
        node = next;
        j++;
      }
      const hit = pickLongest(text, i, acceptNodes, acceptEnds);
      if (hit) {
        hits.push(hit);
        i = hit.end;
      } else {
        i++;
        if (wordChar) while (i < length && isWordChar(text.charCodeAt(i))) i++;
      }
    }
    return hits;
  }

  function pickLongest(text: string, start: number, nodes: number[], ends: number[]): MatcherHit<T> | null {
    for (let k = nodes.length - 1; k >= 0; k--) {
      const values: T[] = [];
      let end = ends[k];
      for (const candidate of accepting.get(nodes[k]) ?? []) {
        if (candidate.caseSensitive && !sameCase(text, start, ends[k], candidate.exact)) continue;
        if (candidate.boundaryStart && !isTokenStart(text, start)) continue;
        const withSuffix = candidate.boundaryEnd ? endWithSuffix(text, ends[k]) : ends[k];
        if (withSuffix < 0) continue;
        end = Math.max(end, withSuffix);
        values.push(candidate.value);
      }
      if (values.length > 0) return { start, end, values };
    }
    return null;
  }

  return { findAll, size: accepting.size };
}

/** Compares text[start, end) to a canonical form, case-sensitively, with joiner runs as one space. */
function sameCase(text: string, start: number, end: number, exact: string): boolean {
  let k = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isJoiner(c)) {
      if (exact.charCodeAt(k) !== SPACE) return false;
      k++;
      while (i + 1 < end && isJoiner(text.charCodeAt(i + 1))) i++;
      continue;
    }
    if (foldChar(c) !== exact.charCodeAt(k)) return false;
    k++;
  }
  return k === exact.length;
}

const APOSTROPHE = 0x27;
const LOWER_S = 0x73;

/**
 * A Latin form ends at a token boundary, optionally after a plural or
 * possessive suffix (CMOs, CRO's, CDMOs'). Returns the end including the
 * suffix, or -1 when the form runs on into a longer token (CMOS, API_KEY,
 * api.example.com, report.csv).
 */
function endWithSuffix(text: string, end: number): number {
  let e = end;
  const at = (i: number) => (i < text.length ? foldChar(text.charCodeAt(i)) : 0);
  if (at(e) === LOWER_S) {
    e++;
    if (at(e) === APOSTROPHE && !isWordChar(text.charCodeAt(e + 1))) e++;
  } else if (at(e) === APOSTROPHE && at(e + 1) === LOWER_S && !isWordCharAt(text, e + 2)) {
    e += 2;
  }
  return isTokenEnd(text, e) ? e : isTokenEnd(text, end) ? end : -1;
}

function isWordCharAt(text: string, i: number): boolean {
  return i < text.length && isWordChar(text.charCodeAt(i));
}

/** Characters that join a word to a longer token when followed by a word character: api.example.com, API_KEY. */
function isTokenGlue(code: number): boolean {
  const c = foldChar(code);
  return c === 0x2e || c === 0x5f || c === 0x40 || c === 0x3a;
}

function isTokenEnd(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const c = text.charCodeAt(end);
  if (isWordChar(c) || foldChar(c) === 0x40) return false;
  if (isTokenGlue(c) && isWordCharAt(text, end + 1)) return false;
  // A hyphen and a number make a different name: GLP-1, PD-1, PD-L1, IL-6 are not GLP, PD, IL.
  if (foldChar(c) === 0x2d && (isDigitAt(text, end + 1) || (isUpperAt(text, end + 1) && isDigitAt(text, end + 2)))) {
    return false;
  }
  return true;
}

function isDigitAt(text: string, i: number): boolean {
  const c = i < text.length ? foldChar(text.charCodeAt(i)) : 0;
  return c >= 0x30 && c <= 0x39;
}

function isUpperAt(text: string, i: number): boolean {
  const c = i < text.length ? foldChar(text.charCodeAt(i)) : 0;
  return c >= 0x41 && c <= 0x5a;
}

/**
 * A Latin form starts a token: no word character before it, and it is not
 * part of an identifier, URL, path, e-mail address, hashtag or file name.
 * CJK characters before it are a boundary (中国的CDMO企业).
 */
function isTokenStart(text: string, start: number): boolean {
  if (start === 0) return true;
  const prev = foldChar(text.charCodeAt(start - 1));
  if (isWordChar(prev) || prev === 0x40 || prev === 0x23 || prev === 0x24) return false;
  if (isTokenGlue(prev) && start >= 2 && isWordChar(text.charCodeAt(start - 2))) return false;
  if (prev === 0x2f || prev === 0x5c) {
    // A slash between two terms (CRO/CMO) is prose; one that opens the token (/v1/api) is a path.
    return !isPathToken(text, start);
  }
  return true;
}

/** Looks back over the token that contains `start` for signs of a URL or path. */
function isPathToken(text: string, start: number): boolean {
  let i = start - 1;
  const limit = Math.max(0, start - 200);
  while (i >= limit) {
    const c = text.charCodeAt(i);
    if (foldChar(c) === SPACE || isCjk(c)) break;
    i--;
  }
  const token = text.slice(i + 1, start);
  return token.startsWith('/') || token.startsWith('\\') || token.includes(':') || token.includes('.');
}
