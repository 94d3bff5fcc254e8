/**
 * The compiled multi-pattern matcher: one pass over a text finds every
 * surface form of every term.
 *
 * Why a trie walked from candidate starts, not Aho–Corasick or one big regex:
 * Latin forms may only start at a word start, so in English text we try one
 * position per word and skip the rest of the word; bit sets of the forms'
 * first characters and first two characters reject most positions (most
 * Chinese characters, most English words) before any walk. The walks are
 * short, and leftmost-longest with no overlaps falls out of walking from the
 * left and jumping past each match. Aho–Corasick would visit every character
 * and needs extra work to pick leftmost-longest. Measured with the full
 * glossary on the corpus pages' text (`npm run bench`, matcher section): this
 * matcher ~110 MB/s in English and Chinese, one regex per term in a loop 4–9
 * MB/s, a single alternation of all forms under 1 MB/s; a regex also cannot
 * fold full-width letters without copying the text.
 */
import { canonicalForm, foldChar, foldKeyChar, isCaseSensitiveForm, isCjk, isJoiner, isWordChar } from './normalize';

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

/** What a form needs of the text around it (MatcherTrie's formFlags). */
const FORM_CASE_SENSITIVE = 1;
/** Latin forms need a word boundary at that edge; CJK edges do not. */
const FORM_BOUNDARY_START = 2;
const FORM_BOUNDARY_END = 4;

const SPACE = 0x20;
const NO_NODE = -1;

/*
 * Character classes for the hot loop. Calling foldKeyChar / isWordChar /
 * isJoiner on every character cost more than the trie walk itself (profiled
 * with `npm run bench`), so each character is folded once (foldFast: ASCII
 * from a table, CJK ideographs as themselves) and its key and class are read
 * from the folded value. This relies on foldChar being idempotent, and on
 * joiners and ASCII letters folding into ASCII.
 */
const HYPHEN = 0x2d;
/** foldChar of each ASCII character. */
const ASCII_FOLD = new Uint16Array(0x80);
/** The trie key (lower-cased) and isWordChar of each ASCII character. */
const ASCII_KEY = new Uint16Array(0x80);
const ASCII_WORD = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) {
  ASCII_FOLD[c] = foldChar(c);
  ASCII_KEY[c] = foldKeyChar(c);
  ASCII_WORD[c] = isWordChar(c) ? 1 : 0;
}

/** foldChar, without the checks for ASCII and CJK ideographs (which fold to themselves). */
function foldFast(code: number): number {
  if (code < 0x80) return ASCII_FOLD[code];
  if (code >= 0x3400 && code < 0xa000) return code;
  return foldChar(code);
}

/** foldKeyChar of a character already folded: only ASCII letters change. */
function keyOfFolded(folded: number): number {
  return folded < 0x80 ? ASCII_KEY[folded] : folded;
}

/** isWordChar of a folded character: beyond ASCII, only Latin letters count. */
function isWordFolded(folded: number): boolean {
  if (folded < 0x80) return ASCII_WORD[folded] === 1;
  return folded >= 0xc0 && folded <= 0x24f && folded !== 0xd7 && folded !== 0xf7;
}

function isWordAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code < 0x80 ? ASCII_WORD[code] === 1 : isWordFolded(foldFast(code));
}

function isJoinerAt(text: string, i: number): boolean {
  const folded = foldFast(text.charCodeAt(i));
  return folded === SPACE || folded === HYPHEN;
}

/** ASCII letters lower-cased, the rest kept (formKey of a canonical form). */
function lowerAsciiText(text: string): string {
  return /[A-Z]/.test(text) ? text.replace(/[A-Z]+/g, (upper) => upper.toLowerCase()) : text;
}

/**
 * Bit sets over all UTF-16 code units: 8 KB each, where a byte per code
 * unit would be 64 KB. The matcher's start filters use them, and the Chinese
 * cue words' first characters (sense-cues.ts).
 */
const BITSET_WORDS = 0x10000 >>> 5;

/** An empty set of code units. */
export function newCodeUnitSet(): Int32Array {
  return new Int32Array(BITSET_WORDS);
}

export function hasBit(bits: Int32Array, x: number): boolean {
  return (bits[x >>> 5] & (1 << (x & 31))) !== 0;
}

export function setBit(bits: Int32Array, x: number): void {
  bits[x >>> 5] |= 1 << (x & 31);
}

/** A copy of these numbers (none negative) in two bytes each when they all fit, else the same array. */
function narrowed(numbers: Int32Array): Uint16Array | Int32Array {
  for (const n of numbers) if (n >= 0xffff) return numbers;
  return Uint16Array.from(numbers);
}

/** A 16-bit hash of a pair of key characters. */
function pairSlot(a: number, b: number): number {
  return Math.imul(a ^ (b << 16), 0x9e3779b1) >>> 16;
}

/**
 * The trie's edges in compressed rows: the children of node n are
 * childChars / childNodes[childStart[n] .. childStart[n + 1]), sorted by
 * character where a node has many. Nodes are numbered in depth-first order,
 * so a walk down the trie reads neighbouring memory; a hash of all edges
 * measured twice as slow (cache misses on every step).
 */
interface Trie {
  childStart: Int32Array;
  childChars: Uint16Array;
  childNodes: Int32Array;
  /** Build-time node id → depth-first id. */
  renumbered: Int32Array;
}

/** Nodes with more children than this are sorted and binary-searched; the rest are scanned. */
const WIDE = 8;

/**
 * Builds a trie of keys in typed arrays: children as linked sibling lists
 * while inserting, the root's through a 64 K table. It runs on every page
 * load (the content script compiles its matchers there, before the JIT has
 * warmed up), where a Map of edges and an object per node cost several times
 * more than this.
 */
class TrieBuilder {
  nodeCount = 1;
  private readonly firstChild: Int32Array;
  private readonly nextSibling: Int32Array;
  private readonly nodeChar: Uint16Array;
  private readonly rootChild = new Int32Array(0x10000).fill(NO_NODE);

  constructor(capacity: number) {
    this.firstChild = new Int32Array(capacity).fill(NO_NODE);
    this.nextSibling = new Int32Array(capacity).fill(NO_NODE);
    this.nodeChar = new Uint16Array(capacity);
  }

  /** The child of `node` along `char`, created if missing. */
  child(node: number, char: number): number {
    if (node === 0) {
      const existing = this.rootChild[char];
      if (existing !== NO_NODE) return existing;
      return (this.rootChild[char] = this.add(node, char));
    }
    for (let c = this.firstChild[node]; c !== NO_NODE; c = this.nextSibling[c]) {
      if (this.nodeChar[c] === char) return c;
    }
    return this.add(node, char);
  }

  private add(parent: number, char: number): number {
    const node = this.nodeCount++;
    this.nodeChar[node] = char;
    this.nextSibling[node] = this.firstChild[parent];
    this.firstChild[parent] = node;
    return node;
  }

  /** Depth-first numbering and compressed rows. */
  layOut(): Trie {
    const { nodeCount, firstChild, nextSibling, nodeChar } = this;
    const renumbered = new Int32Array(nodeCount).fill(NO_NODE);
    const order = new Int32Array(nodeCount);
    const stack = new Int32Array(nodeCount);
    let top = 0;
    let next = 0;
    stack[top++] = 0;
    while (top > 0) {
      const node = stack[--top];
      renumbered[node] = next;
      order[next++] = node;
      for (let c = firstChild[node]; c !== NO_NODE; c = nextSibling[c]) stack[top++] = c;
    }
    const edges = nodeCount - 1;
    const childStart = new Int32Array(nodeCount + 1);
    const childChars = new Uint16Array(edges);
    const childNodes = new Int32Array(edges);
    let at = 0;
    for (let id = 0; id < nodeCount; id++) {
      childStart[id] = at;
      const from = at;
      for (let c = firstChild[order[id]]; c !== NO_NODE; c = nextSibling[c]) {
        childChars[at] = nodeChar[c];
        childNodes[at] = renumbered[c];
        at++;
      }
      if (at - from > WIDE) sortRow(childChars, childNodes, from, at);
    }
    childStart[nodeCount] = at;
    return { childStart, childChars, childNodes, renumbered };
  }
}

/** Sorts a wide node's children by character, natively, as packed numbers. */
function sortRow(chars: Uint16Array, nodes: Int32Array, from: number, to: number): void {
  const packed = new Float64Array(to - from);
  for (let k = from; k < to; k++) packed[k - from] = chars[k] * 0x100000000 + nodes[k];
  packed.sort();
  for (let k = from; k < to; k++) {
    chars[k] = Math.floor(packed[k - from] / 0x100000000);
    nodes[k] = packed[k - from] % 0x100000000;
  }
}

/**
 * A compiled matcher as plain data: the trie's compressed rows and, in
 * columns, the forms accepted at each node. This is what compiling
 * costs (folding every form, building and laying out the trie); the lookup
 * tables `matcherFromTrie` derives from it take a pass over the first two
 * trie levels. The background compiles the lexicon's trie once and sends it
 * to every page (matcher-wire.ts), so pages skip the compile.
 */
export interface MatcherTrie<T> {
  childStart: Int32Array;
  childChars: Uint16Array;
  childNodes: Int32Array;
  /**
   * The node that accepts each form, in increasing order: the forms of a
   * node are neighbours in the columns below. A column per form rather than
   * per node: most nodes accept none, and a page keeps several tries (its
   * lexicon's, its cue words'); the matcher indexes them in two bytes a node.
   */
  formNodes: Int32Array;
  /** FORM_* bits of each form. */
  formFlags: Uint8Array;
  /** The canonical spelling of each case-sensitive form, compared to the text; empty for the others. */
  formExact: string[];
  formValues: T[];
  /** Length of the longest key: the most accepting nodes one walk can meet. */
  maxDepth: number;
}

/** Compiles surface forms into a matcher. Compile once per glossary version. */
export function compileMatcher<T>(patterns: Iterable<PatternInput<T>>): Matcher<T> {
  return matcherFromTrie(compileTrie(patterns));
}

/** Folds every form and builds the trie: the costly part of compiling. */
export function compileTrie<T>(patterns: Iterable<PatternInput<T>>): MatcherTrie<T> {
  // formKey(form) is the lower-cased canonical form: fold and collapse once.
  const forms: { exact: string; key: string; value: T }[] = [];
  let keyChars = 0;
  for (const { form, value } of patterns) {
    const exact = canonicalForm(form);
    const key = lowerAsciiText(exact);
    if (key.length === 0) continue;
    forms.push({ exact, key, value });
    keyChars += key.length;
  }
  const builder = new TrieBuilder(keyChars + 1);
  const formsByNode = new Map<number, number[]>();
  let maxDepth = 0;
  forms.forEach(({ key }, index) => {
    maxDepth = Math.max(maxDepth, key.length);
    let node = 0;
    for (let i = 0; i < key.length; i++) node = builder.child(node, key.charCodeAt(i));
    const atThisNode = formsByNode.get(node);
    if (atThisNode) atThisNode.push(index);
    else formsByNode.set(node, [index]);
  });
  const { childStart, childChars, childNodes, renumbered } = builder.layOut();
  // The columns, in node order.
  const atNode: number[][] = [];
  for (const [node, indexes] of formsByNode) atNode[renumbered[node]] = indexes;
  const formNodes = new Int32Array(forms.length);
  const formFlags = new Uint8Array(forms.length);
  const formExact: string[] = [];
  const formValues: T[] = [];
  for (let node = 0; node < builder.nodeCount; node++) {
    for (const index of atNode[node] ?? []) {
      formNodes[formExact.length] = node;
      const { exact, value } = forms[index];
      // isCaseSensitiveForm needs an upper-case letter; most forms have none.
      const caseSensitive = /[A-Z]/.test(exact) && isCaseSensitiveForm(exact);
      formFlags[formExact.length] =
        (caseSensitive ? FORM_CASE_SENSITIVE : 0) |
        (isWordChar(exact.charCodeAt(0)) ? FORM_BOUNDARY_START : 0) |
        (isWordChar(exact.charCodeAt(exact.length - 1)) ? FORM_BOUNDARY_END : 0);
      // Only case-sensitive spellings are ever compared with the text: the others are not kept (nor sent
      // to pages; for the cue words of the bench's 5 MB page, over 3,000 strings a page would keep).
      formExact.push(caseSensitive ? exact : '');
      formValues.push(value);
    }
  }
  return { childStart, childChars, childNodes, formNodes, formFlags, formExact, formValues, maxDepth };
}

/**
 * The matcher over a compiled trie. `findAll` is then allocation-light and
 * safe to call on every text node.
 */
export function matcherFromTrie<T>(trie: MatcherTrie<T>): Matcher<T> {
  const { childChars, formFlags, formExact, formValues, maxDepth } = trie;
  const nodeCount = trie.childStart.length - 1;
  // The matcher keeps its own copies of the trie's numbers, two bytes each where they fit (the bundled
  // glossary's trie and a page's cue-word tries have 6,000-10,000 nodes): a page keeps three tries, and
  // their Int32 columns were 0.2 MB of the heap TermLens added to the bench's 5 MB page.
  const childStart = narrowed(trie.childStart);
  const childNodes = narrowed(trie.childNodes);
  const formNodes = narrowed(trie.formNodes);
  // Each node's first form, plus one (0: the node accepts none), so that the walk tests one element
  // and a match finds its forms at once. Two bytes a node unless a pack has 65,535 forms or more.
  const firstForm = formNodes.length < 0xffff ? new Uint16Array(nodeCount) : new Int32Array(nodeCount);
  let acceptingNodes = 0;
  for (let form = formNodes.length - 1; form >= 0; form--) {
    if (firstForm[formNodes[form]] === 0) acceptingNodes++;
    firstForm[formNodes[form]] = form + 1;
  }
  // The root's children: ASCII by index, the others found through the trie.
  // Three 64 K-bit sets (8 KB each, so compiling several matchers stays
  // cheap on every page) reject most start positions before any lookup:
  // characters that start no form, first characters that are not a whole
  // form, and (hashed; exact for ASCII) first-two-character pairs that start
  // no form. Most Chinese characters and most English words fail one of them.
  const rootAscii = new Int32Array(0x80).fill(NO_NODE);
  const rootBits = newCodeUnitSet();
  const rootAcceptBits = newCodeUnitSet();
  const pairBits = newCodeUnitSet();
  for (let k = childStart[0]; k < childStart[1]; k++) {
    const first = childChars[k];
    const node = childNodes[k];
    setBit(rootBits, first);
    if (firstForm[node] !== 0) setBit(rootAcceptBits, first);
    for (let m = childStart[node]; m < childStart[node + 1]; m++) setBit(pairBits, pairSlot(first, childChars[m]));
    if (first < 0x80) rootAscii[first] = node;
  }
  // Two ASCII characters lead straight to their depth-2 node: most English
  // words that get past the filters start here, and the depth-1 nodes of
  // common letters are wide (a binary search each time otherwise).
  const asciiRow = new Int16Array(0x80).fill(-1);
  let rows = 0;
  for (let char = 0; char < 0x80; char++) if (rootAscii[char] !== NO_NODE) asciiRow[char] = rows++;
  // Each node plus one, so that 0 (an empty slot) is none.
  const asciiLevel2 = nodeCount < 0xffff ? new Uint16Array(rows * 0x80) : new Int32Array(rows * 0x80);
  for (let char = 0; char < 0x80; char++) {
    const first = rootAscii[char];
    if (first === NO_NODE) continue;
    for (let k = childStart[first]; k < childStart[first + 1]; k++) {
      if (childChars[k] < 0x80) asciiLevel2[(asciiRow[char] << 7) | childChars[k]] = childNodes[k] + 1;
    }
  }

  /** The child of `node` along `char`: a short scan, or a binary search for wide nodes (the root). */
  const childOf = (node: number, char: number): number => {
    let lo = childStart[node];
    let hi = childStart[node + 1];
    if (hi - lo <= WIDE) {
      for (; lo < hi; lo++) if (childChars[lo] === char) return childNodes[lo];
      return NO_NODE;
    }
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const c = childChars[mid];
      if (c === char) return childNodes[mid];
      if (c < char) lo = mid + 1;
      else hi = mid;
    }
    return NO_NODE;
  };

  const rootChildOf = (char: number): number => (char < 0x80 ? rootAscii[char] : childOf(0, char));

  /** Whether some form starts with these two key characters (hashed; false positives are fine). */
  const startsPair = (first: number, second: number): boolean =>
    first < 0x80 && second < 0x80
      ? asciiLevel2[(asciiRow[first] << 7) | second] !== 0
      : hasBit(pairBits, pairSlot(first, second));

  // Accepting nodes met on the current walk, longest last. A walk visits at
  // most one node per trie level, so maxDepth slots suffice; typed arrays
  // are reset by a counter, not by `length = 0` (a runtime call in V8).
  const acceptNodes = new Int32Array(maxDepth + 1);
  const acceptEnds = new Int32Array(maxDepth + 1);

  function findAll(text: string): MatcherHit<T>[] {
    const hits: MatcherHit<T>[] = [];
    const length = text.length;
    let i = 0;
    while (i < length) {
      const code = text.charCodeAt(i);
      let key: number;
      let wordChar: boolean;
      if (code < 0x80) {
        key = ASCII_KEY[code];
        wordChar = ASCII_WORD[code] === 1;
      } else {
        const folded = foldFast(code);
        key = keyOfFolded(folded);
        wordChar = isWordFolded(folded);
      }
      // Where a walk can start: the filters above, then the trie. No walk
      // starts inside a Latin word, without a look at text[i - 1] (which
      // cost 6% in English): a step past a word character that is not a
      // match skips the rest of its word, and a match that ends in a word
      // character ends at a token end. pickLongest's isTokenStart would
      // refuse such a start anyway.
      let node = NO_NODE;
      let j = i + 1;
      if (hasBit(rootBits, key)) {
        if (j >= length || hasBit(rootAcceptBits, key)) node = rootChildOf(key);
        else {
          const next = foldFast(text.charCodeAt(j));
          if (next === SPACE || next === HYPHEN) {
            if (startsPair(key, SPACE)) node = rootChildOf(key);
          } else {
            const second = keyOfFolded(next);
            if (key < 0x80 && second < 0x80) {
              node = asciiLevel2[(asciiRow[key] << 7) | second] - 1;
              j++;
            } else if (hasBit(pairBits, pairSlot(key, second))) node = rootChildOf(key);
          }
        }
      }
      if (node === NO_NODE) {
        i++;
        if (wordChar) while (i < length && isWordAt(text, i)) i++;
        continue;
      }
      let found = 0;
      for (;;) {
        if (firstForm[node] !== 0) {
          acceptNodes[found] = node;
          acceptEnds[found] = j;
          found++;
        }
        if (j >= length) break;
        const c = foldFast(text.charCodeAt(j));
        if (c === SPACE || c === HYPHEN) {
          // A run of spaces and hyphens in the text stands for one space in the form.
          const next = childOf(node, SPACE);
          if (next === NO_NODE) break;
          node = next;
          j++;
          while (j < length && isJoinerAt(text, j)) j++;
          continue;
        }
        const next = childOf(node, keyOfFolded(c));
        if (next === NO_NODE) break;
        node = next;
        j++;
      }
      const hit = found > 0 ? pickLongest(text, i, found) : null;
      if (hit) {
        hits.push(hit);
        i = hit.end;
      } else {
        i++;
        if (wordChar) while (i < length && isWordAt(text, i)) i++;
      }
    }
    return hits;
  }

  /** The longest of the `found` accepting nodes of this walk whose form fits here. */
  function pickLongest(text: string, start: number, found: number): MatcherHit<T> | null {
    for (let k = found - 1; k >= 0; k--) {
      let values: T[] | null = null;
      let end = acceptEnds[k];
      const node = acceptNodes[k];
      for (let form = firstForm[node] - 1; form < formNodes.length && formNodes[form] === node; form++) {
        const flags = formFlags[form];
        if (flags & FORM_CASE_SENSITIVE && !sameCase(text, start, acceptEnds[k], formExact[form])) continue;
        if (flags & FORM_BOUNDARY_START && !isTokenStart(text, start)) continue;
        const withSuffix = flags & FORM_BOUNDARY_END ? endWithSuffix(text, acceptEnds[k]) : acceptEnds[k];
        if (withSuffix < 0) continue;
        end = Math.max(end, withSuffix);
        (values ??= []).push(formValues[form]);
      }
      if (values) return { start, end, values };
    }
    return null;
  }

  return { findAll, size: acceptingNodes };
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
  if (foldedAt(text, e) === LOWER_S) {
    e++;
    if (foldedAt(text, e) === APOSTROPHE && !isWordChar(text.charCodeAt(e + 1))) e++;
  } else if (foldedAt(text, e) === APOSTROPHE && foldedAt(text, e + 1) === LOWER_S && !isWordCharAt(text, e + 2)) {
    e += 2;
  }
  return isTokenEnd(text, e) ? e : isTokenEnd(text, end) ? end : -1;
}

/** The folded character at `i`, or 0 past the end. */
function foldedAt(text: string, i: number): number {
  return i < text.length ? foldChar(text.charCodeAt(i)) : 0;
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
