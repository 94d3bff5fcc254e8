/**
 * A compiled trie as JSON-safe data, so that the background compiles the
 * lexicon once and every page receives it ready. Compiling on the page cost
 * ~16 ms of cold code per page load in Chromium (a CPU profile of loading a
 * text page), the largest part of TermLens's start on a page; decoding the
 * arrays is a native call each. Chrome sends extension messages as JSON,
 * where typed arrays do not survive, so they travel as base64.
 *
 * The data comes from our own background, not from the page, so decoding
 * checks the shape (a format number, lengths that agree) rather than every
 * entry: a stale or damaged copy is refused (the page then has no glossary
 * until the background answers again; buildLexicon compiles its own).
 */
import { base64ToBytes, bytesToBase64 } from './base64';
import type { MatcherTrie } from './matcher';

/** Changes with the layout below, so that a copy in another layout is refused, not misread. */
export const TRIE_WIRE_FORMAT = 2;

/** MatcherTrie with its typed arrays in base64, in the byte order of the machine that encoded them (the same one). */
export interface TrieWire<T> {
  format: number;
  childStart: string;
  childChars: string;
  childNodes: string;
  /** The node of each form, in node order (per form, not per node: 7 against 49 KB for the bundled glossary). */
  formNodes: string;
  formFlags: string;
  formExact: string[];
  formValues: T[];
  maxDepth: number;
}

export function trieToWire<T>(trie: MatcherTrie<T>): TrieWire<T> {
  const base64 = (array: Int32Array | Uint16Array | Uint8Array) =>
    bytesToBase64(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  return {
    format: TRIE_WIRE_FORMAT,
    childStart: base64(trie.childStart),
    childChars: base64(trie.childChars),
    childNodes: base64(trie.childNodes),
    formNodes: base64(trie.formNodes),
    formFlags: base64(trie.formFlags),
    formExact: trie.formExact,
    formValues: trie.formValues,
    maxDepth: trie.maxDepth,
  };
}

/** Throws an Error that says what is wrong when the copy is not one `trieToWire` made. */
export function trieFromWire<T>(wire: TrieWire<T>): MatcherTrie<T> {
  if (wire.format !== TRIE_WIRE_FORMAT) {
    throw new Error(`compiled trie has format ${String(wire.format)}, expected ${TRIE_WIRE_FORMAT}`);
  }
  const childStart = new Int32Array(whole(wire, 'childStart', 4));
  const childChars = new Uint16Array(whole(wire, 'childChars', 2));
  const childNodes = new Int32Array(whole(wire, 'childNodes', 4));
  const formNodes = new Int32Array(whole(wire, 'formNodes', 4));
  const formFlags = new Uint8Array(whole(wire, 'formFlags', 1));
  const nodeCount = childStart.length - 1;
  if (nodeCount < 1 || childStart[0] !== 0 || childStart[nodeCount] !== childChars.length) {
    throw new Error(`compiled trie's rows (${childStart.length}) do not cover its ${childChars.length} edges`);
  }
  if (childNodes.length !== childChars.length) {
    throw new Error(`compiled trie has ${childChars.length} edge characters but ${childNodes.length} edge targets`);
  }
  const forms = formFlags.length;
  if (formNodes.length !== forms || wire.formExact.length !== forms || wire.formValues.length !== forms) {
    throw new Error(`compiled trie's forms have columns of different lengths`);
  }
  checkFormNodes(formNodes, nodeCount);
  if (!Number.isInteger(wire.maxDepth) || wire.maxDepth < 0 || wire.maxDepth > nodeCount) {
    throw new Error(`compiled trie has an impossible depth, ${wire.maxDepth}`);
  }
  const { formExact, formValues, maxDepth } = wire;
  return { childStart, childChars, childNodes, formNodes, formFlags, formExact, formValues, maxDepth };
}

/** Throws unless the forms' nodes are trie nodes in increasing order. */
function checkFormNodes(formNodes: Int32Array, nodeCount: number): void {
  let previous = 0;
  for (const node of formNodes) {
    if (node < previous || node >= nodeCount) {
      throw new Error(`compiled trie accepts a form at node ${node}, out of order or beyond its ${nodeCount} nodes`);
    }
    previous = node;
  }
}

type ArrayName = 'childStart' | 'childChars' | 'childNodes' | 'formNodes' | 'formFlags';

/** The decoded bytes of one array, when they hold whole elements of `size` bytes. */
function whole(wire: TrieWire<unknown>, name: ArrayName, size: number): ArrayBufferLike {
  const bytes = base64ToBytes(wire[name]);
  if (bytes.byteLength % size !== 0) {
    throw new Error(`compiled trie's ${name} has ${bytes.byteLength} bytes, not whole ${size}-byte numbers`);
  }
  // Decoding gives a buffer of its own; a typed array over it needs it to start at 0.
  return bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.byteLength ? bytes.buffer : bytes.slice().buffer;
}
