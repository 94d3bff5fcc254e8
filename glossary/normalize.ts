/**
 * Character-level text normalization shared by the matcher and search.
 *
 * Every function maps one UTF-16 code unit to one code unit, so a match found
 * in the normalized text has the same offsets in the original text. That is
 * what lets us paint a `Range` over the page's own text node.
 */

const SPACE = 0x20;
const HYPHEN = 0x2d;
const APOSTROPHE = 0x27;

/**
 * Folds the width and typographic variants of a character to the form a
 * glossary author would type: full-width ASCII (ＣＭＯ) to ASCII (CMO), the
 * many Unicode spaces to a space, dashes to a hyphen, curly apostrophes to a
 * straight one. Case is kept. Idempotent: foldChar(foldChar(c)) === foldChar(c).
 */
export function foldChar(code: number): number {
  if (code < 0x80) {
    // Tabs and line breaks separate words like spaces do.
    return code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c ? SPACE : code;
  }
  if (code >= 0xff01 && code <= 0xff5e) return foldChar(code - 0xfee0);
  if (code === 0x3000 || code === 0x00a0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f) {
    return SPACE;
  }
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0xfe63) return HYPHEN;
  if (code === 0x2019 || code === 0x2018 || code === 0x02bc) return APOSTROPHE;
  return code;
}

/** Lower-cases ASCII letters only: Unicode lower-casing can change a string's length. */
export function lowerAscii(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
}

/** foldChar, then lowerAscii: the key the matcher's trie is built on. */
export function foldKeyChar(code: number): number {
  return lowerAscii(foldChar(code));
}

/** Applies foldChar to every code unit; the result has the same length. */
export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(foldChar(text.charCodeAt(i)));
  return out;
}

/** Letters and digits of Latin scripts, and `_`: characters that glue a token together. */
export function isWordChar(code: number): boolean {
  const c = foldChar(code);
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x5f ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  );
}

/** Spaces and hyphens both join the words of a multi-word form (contract-manufacturing). */
export function isJoiner(code: number): boolean {
  const c = foldChar(code);
  return c === SPACE || c === HYPHEN;
}

/** Chinese, Japanese and Korean characters: no spaces between words, so no word boundaries. */
export function isCjk(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

/** The character codes of canonicalForm: built once, shared by the functions below. */
function canonicalCodes(form: string): number[] {
  const codes: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < form.length; i++) {
    const code = form.charCodeAt(i);
    if (isJoiner(code)) {
      pendingSpace = codes.length > 0;
      continue;
    }
    if (pendingSpace) codes.push(SPACE);
    pendingSpace = false;
    codes.push(foldChar(code));
  }
  return codes;
}

/**
 * The canonical spelling of a surface form for comparison: folded, hyphens
 * and runs of spaces turned into one space, trimmed. Case is kept.
 */
export function canonicalForm(form: string): string {
  return String.fromCharCode(...canonicalCodes(form));
}

/** The case-insensitive key of a form: canonicalForm with ASCII lower-cased. */
export function formKey(form: string): string {
  return String.fromCharCode(...canonicalCodes(form).map(lowerAscii));
}

/**
 * Acronyms and mixed-case forms (CMO, cGMP, mAb) match only in their own
 * case: "api" and "Api" are not API. A form is case-sensitive when one of
 * its words (split at spaces and slashes) has an uppercase letter after its
 * first character; full names such as "Contract Manufacturing Organization"
 * ignore case.
 */
export function isCaseSensitiveForm(form: string): boolean {
  let positionInWord = 0;
  for (const code of canonicalCodes(form)) {
    if (code === SPACE || code === 0x2f) positionInWord = 0;
    else if (positionInWord++ > 0 && code >= 0x41 && code <= 0x5a) return true;
  }
  return false;
}
