/**
 * Where sentences and paragraphs end, for the sense resolver (a cue word in
 * another sentence counts less) and the person-title check (which reads one
 * clause). Pure functions over plain text.
 */

/** Short words a full stop follows without ending the sentence: "Dr. Wu", "Acme Inc. said", "e.g. API". */
const ABBREVIATIONS = [
  'Dr',
  'Mr',
  'Ms',
  'Mrs',
  'Prof',
  'St',
  'Inc',
  'Ltd',
  'Co',
  'Corp',
  'vs',
  'No',
  'Jr',
  'Sr',
  'e.g',
  'i.e',
];

const escaped = (word: string) => word.replace(/\./g, '\\.');

/** A sentence ends here: a full stop (not after Dr., Inc. …), a Chinese full stop, a semicolon or a line break. */
export const SENTENCE_END = new RegExp(
  // 。！？； as escapes: the bundler writes the content script in ASCII but leaves String.raw templates as they are.
  String.raw`(?<!\b(?:${ABBREVIATIONS.map(escaped).join('|')}))[.!?](?:\s|$)|[\u3002\uff01\uff1f\uff1b;\n\u2029]`,
);

/** A blank line or a block break. */
export const PARAGRAPH_END = /\n\s*\n|\u2029/;

/** Punctuation that may end a sentence: SENTENCE_END and PARAGRAPH_END match only where one of these is. */
const SENTENCE_PUNCTUATION = /[.!?。！？；;\n\u2029]/g;

/** The positions of the punctuation that may end a sentence, in order: an index that `boundaryBetween` reads. */
export function sentencePunctuationOf(text: string): Int32Array {
  // An exec loop, not matchAll: half the time (matchAll's iterator wraps every match), on every chunk.
  const positions: number[] = [];
  SENTENCE_PUNCTUATION.lastIndex = 0;
  for (let found = SENTENCE_PUNCTUATION.exec(text); found; found = SENTENCE_PUNCTUATION.exec(text)) {
    positions.push(found.index);
  }
  return Int32Array.from(positions);
}

export type Boundary = 'none' | 'sentence' | 'paragraph';

/**
 * What ends in text[from, to): a paragraph, else a sentence, else nothing,
 * as PARAGRAPH_END and SENTENCE_END would find them in text.slice(from, to).
 * The resolver asks this for every cue word near every ambiguous match; the
 * index of punctuation answers it without copying the text between, and
 * most spans hold no punctuation at all.
 */
export function boundaryBetween(text: string, punctuation: Int32Array, from: number, to: number): Boundary {
  let at = firstAtOrAfter(punctuation, from);
  let boundary: Boundary = 'none';
  for (; at < punctuation.length && punctuation[at] < to; at++) {
    const position = punctuation[at];
    const char = text[position];
    if (char === '\u2029' || (char === '\n' && blankLineFollows(text, position, to))) return 'paragraph';
    if (boundary === 'none' && endsSentenceAt(text, from, position, to)) boundary = 'sentence';
  }
  return boundary;
}

function firstAtOrAfter(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Only white space, then a line break, after the line break at `at`, before `to`. */
function blankLineFollows(text: string, at: number, to: number): boolean {
  for (let i = at + 1; i < to; i++) {
    if (text[i] === '\n') return true;
    if (!WHITE_SPACE.test(text[i])) return false;
  }
  return false;
}

const WHITE_SPACE = /\s/;
const ASCII_WORD = /\w/;

/** Whether SENTENCE_END matches at `at` in text.slice(from, to): its look-behind sees nothing before `from`. */
function endsSentenceAt(text: string, from: number, at: number, to: number): boolean {
  const char = text[at];
  if (char !== '.' && char !== '!' && char !== '?') return true; // 。！？；; or a line or block break
  if (at + 1 < to && !WHITE_SPACE.test(text[at + 1])) return false;
  return !ABBREVIATIONS.some((word) => {
    const start = at - word.length;
    return start >= from && text.startsWith(word, start) && (start === from || !ASCII_WORD.test(text[start - 1]));
  });
}
