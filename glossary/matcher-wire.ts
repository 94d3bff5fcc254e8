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
 * entry: a stale or damaged copy is refused and the page compiles its own.
 */
import { base64ToBytes, bytesToBase64 } from './base64';
import type { MatcherTrie } from './matcher';

/** Changes with the layout below, so that a copy in another layout is refused, not misread. */
export const TRIE_WIRE_FORMAT = 1;

/** MatcherTrie with its typed arrays in base64, in the byte order of the machine that encoded them (the same one). */
export interface TrieWire<T> {
  format: number;
  childStart: string;
  childChars: string;
  childNodes: string;
  acceptStart: string;
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
    acceptStart: base64(trie.acceptStart),
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
  const acceptStart = new Int32Array(whole(wire, 'acceptStart', 4));
  const formFlags = new Uint8Array(whole(wire, 'formFlags', 1));
  const nodeCount = childStart.length - 1;
  if (nodeCount < 1 || childStart[0] !== 0 || childStart[nodeCount] !== childChars.length) {
    throw new Error(`compiled trie's rows (${childStart.length}) do not cover its ${childChars.length} edges`);
  }
  if (childNodes.length !== childChars.length) {
    throw new Error(`compiled trie has ${childChars.length} edge characters but ${childNodes.length} edge targets`);
  }
  const forms = formFlags.length;
  if (acceptStart.length !== nodeCount + 1 || acceptStart[0] !== 0 || acceptStart[nodeCount] !== forms) {
    throw new Error(`compiled trie's accepted forms (${acceptStart.length} rows) do not cover its ${forms} forms`);
  }
  if (wire.formExact.length !== forms || wire.formValues.length !== forms) {
    throw new Error(`compiled trie's forms have columns of different lengths`);
  }
  if (!Number.isInteger(wire.maxDepth) || wire.maxDepth < 0 || wire.maxDepth > nodeCount) {
    throw new Error(`compiled trie has an impossible depth, ${wire.maxDepth}`);
  }
  const { formExact, formValues, maxDepth } = wire;
  return { childStart, childChars, childNodes, acceptStart, formFlags, formExact, formValues, maxDepth };
}

type ArrayName = 'childStart' | 'childChars' | 'childNodes' | 'acceptStart' | 'formFlags';

/** The decoded bytes of one array, when they hold whole elements of `size` bytes. */
function whole(wire: TrieWire<unknown>, name: ArrayName, size: number): ArrayBufferLike {
  const bytes = base64ToBytes(wire[name]);
  if (bytes.byteLength % size !== 0) {
    throw new Error(`compiled trie's ${name} has ${bytes.byteLength} bytes, not whole ${size}-byte numbers`);
  }
  // Decoding gives a buffer of its own; a typed array over it needs it to start at 0.
  return bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.byteLength ? bytes.buffer : bytes.slice().buffer;
}
