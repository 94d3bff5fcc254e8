/**
 * Untrusted text, read carefully: bytes to a string with the line of the
 * first bad byte, invisible and text-direction control characters removed,
 * and the line and column where JSON goes wrong. Used by the pack importer.
 */

const SAVE_AS_UTF8 = 'save it as UTF-8 (in Excel: "CSV UTF-8")';

/**
 * Bytes of a text file to a string: UTF-8 with or without a byte order mark,
 * decoded strictly. Anything else (UTF-16, Latin-1, binary) is an error
 * naming the line, with the advice to save as UTF-8.
 */
export function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; error: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, error: `The file is UTF-16 text; ${SAVE_AS_UTF8}.` };
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(bom);
  // NUL is valid UTF-8, but no text file has one: it is binary, or UTF-16 without a byte order mark.
  const nul = body.indexOf(0);
  let bad = nul;
  let text = '';
  if (nul < 0) {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    } catch {
      bad = Math.max(0, firstInvalidUtf8(body));
    }
  }
  if (bad >= 0) {
    return { ok: false, error: `The file is not valid UTF-8 text (line ${lineAtByte(body, bad)}); ${SAVE_AS_UTF8}.` };
  }
  return text.trim() === '' ? { ok: false, error: 'The file is empty.' } : { ok: true, text };
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence, or -1 (WHATWG decoder rules). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    let continuation: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) continuation = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      continuation = 2;
      if (lead === 0xe0) low = 0xa0; // overlong
      if (lead === 0xed) high = 0x9f; // surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      continuation = 3;
      if (lead === 0xf0) low = 0x90; // overlong
      if (lead === 0xf4) high = 0x8f; // above U+10FFFF
    } else return i;
    for (let k = 1; k <= continuation; k++) {
      const byte = bytes[i + k];
      const min = k === 1 ? low : 0x80;
      const max = k === 1 ? high : 0xbf;
      if (byte === undefined || byte < min || byte > max) return i;
    }
    i += continuation + 1;
  }
  return -1;
}

function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * C0/C1 controls (but tab and line breaks), zero-width space, word joiner,
 * byte order mark, and the bidirectional controls: marks, embeddings,
 * overrides and isolates (U+061C, U+200E-F, U+202A-E, U+2066-9).
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/** Removes invisible and direction control characters; says how many went. */
export function stripInvisible(text: string): { text: string; removed: number } {
  let removed = 0;
  const clean = text.replace(INVISIBLE, () => {
    removed++;
    return '';
  });
  return { text: clean, removed };
}

/**
 * Where JSON.parse failed, as "line 3, column 14". Engines word (and
 * sometimes omit) the position differently, so a small validating scanner
 * finds the first offending character itself; it runs only on failure.
 */
export function describeJsonError(text: string): string {
  const offset = jsonErrorOffset(text);
  if (offset < 0) return 'The file is not valid JSON.';
  const before = text.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length;
  const column = offset - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return `The file is not valid JSON (line ${line}, column ${column}).`;
}

/** Offset of the first character that makes `text` invalid JSON (RFC 8259), or -1. */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const fail = (): never => {
    throw new JsonSyntaxError(i);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const string = () => {
    i++; // the opening quote
    for (;;) {
      const char = text[i];
      if (char === undefined || char.charCodeAt(0) < 0x20) fail();
      if (char === '"') return void i++;
      if (char === '\\') {
        const escape = text[i + 1];
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail();
          i += 6;
        } else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) i += 2;
        else fail();
      } else i++;
    }
  };
  const value = (depth: number): void => {
    space();
    if (depth > 1000) fail();
    const char = text[i];
    if (char === '{' || char === '[') {
      const close = char === '{' ? '}' : ']';
      i++;
      space();
      if (text[i] === close) return void i++;
      for (;;) {
        if (close === '}') {
          space();
          if (text[i] !== '"') fail();
          string();
          space();
          if (text[i] !== ':') fail();
          i++;
        }
        value(depth + 1);
        space();
        if (text[i] === ',') i++;
        else if (text[i] === close) return void i++;
        else fail();
      }
    }
    if (char === '"') return string();
    number.lastIndex = i;
    if (number.test(text)) return void (i = number.lastIndex);
    for (const literal of ['true', 'false', 'null']) if (text.startsWith(literal, i)) return void (i += literal.length);
    fail();
  };
  try {
    value(0);
    space();
    if (i < text.length) fail();
    return -1;
  } catch (error) {
    if (error instanceof JsonSyntaxError) return error.offset;
    return -1;
  }
}

class JsonSyntaxError extends Error {
  constructor(readonly offset: number) {
    super(`invalid JSON at ${offset}`);
  }
}
