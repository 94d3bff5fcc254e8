/**
 * What the build writes, read as files. The content script runs in every
 * frame of every page, so how Chromium stores its source matters: V8 keeps
 * a script with any character outside ASCII at two bytes a character (the
 * Chinese tooltip strings would double the copy of the source every renderer
 * holds, about 110 KB more, outside the heap the bench measures).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR, LOADER_SCRIPT as LOADER, PAGE_SCRIPT } from '../../scripts/lib/chromium';
import { PAGE_SCRIPT_APIS, POLYFILLED_APIS } from '../../wxt.config';

const read = (file: string) => readFileSync(join(EXTENSION_DIR, file), 'utf8');

describe('the built extension', () => {
  it('writes the scripts that run in pages in ASCII, their Chinese strings escaped', () => {
    for (const file of [LOADER, PAGE_SCRIPT]) {
      const outside = [...read(file)].filter((char) => char.charCodeAt(0) > 0x7f);
      expect(outside.slice(0, 10), file).toEqual([]);
    }
    // The tooltip's Chinese labels are still there, escaped: "主要区别" (key differences).
    expect(read(PAGE_SCRIPT)).toContain('\\u4E3B\\u8981\\u533A\\u522B');
  });

  it('keeps the loader small: every frame compiles it, text or not; with the page script, within 120 KB', () => {
    const loader = Buffer.byteLength(read(LOADER));
    const pageScript = Buffer.byteLength(read(PAGE_SCRIPT));
    expect(loader).toBeLessThan(16_000);
    // Issue #5's budget for the content script, all of it that a page with text compiles.
    expect(loader + pageScript).toBeLessThanOrEqual(120_000);
    // The rest of TermLens is in the page script, not in the loader.
    expect(read(LOADER)).not.toContain('\\u4E3B\\u8981');
  });

  it('carries webextension-polyfill’s description of the extension APIs TermLens calls, and of no other', () => {
    const background = read('background.js');
    for (const api of POLYFILLED_APIS) expect(background).toContain(`${api}:{`);
    for (const other of ['alarms', 'bookmarks', 'downloads', 'webRequest'])
      expect(background).not.toContain(`${other}:{`);
    // The scripts in pages describe only what they call (the polyfill's own code names tabs too, so no check there).
    for (const file of [LOADER, PAGE_SCRIPT]) {
      const script = read(file);
      for (const api of PAGE_SCRIPT_APIS) expect(script, file).toContain(`${api}:{`);
      for (const other of ['commands', 'contextMenus', 'alarms']) expect(script, file).not.toContain(`${other}:{`);
    }
  });

  it('takes the polyfill as an ES module: no CommonJS interop that would set up every namespace of Chrome’s own browser', () => {
    // The interop copies each property of a CommonJS module's exports, checking `__esModule` first; in Chrome,
    // the polyfill exports Chrome's `browser`, whose namespaces are each made when first read.
    for (const file of [LOADER, PAGE_SCRIPT]) expect(read(file), file).not.toContain('__esModule');
  });

  it('calls from the scripts in pages only the namespaces their builds describe', () => {
    // Minified, a call still reads `<binding>.<namespace>.<member>`; the polyfill's own code reads runtime's too.
    const described = describedByPolyfill();
    const reached = new Set(
      [LOADER, PAGE_SCRIPT].flatMap((file) => [...read(file).matchAll(/\.(\w+)\.\w+/g)].map((m) => m[1])),
    );
    const called = [...reached].filter((name) => described.has(name));
    expect(called).toContain('storage');
    expect(called.filter((api) => !PAGE_SCRIPT_APIS.includes(api))).toEqual([]);
  });
});

describe('the extension APIs the code calls', () => {
  it('are all described to webextension-polyfill (POLYFILLED_APIS in wxt.config.ts), and no others are', () => {
    const described = describedByPolyfill();
    expect(described.size).toBeGreaterThan(20);
    const called = new Set<string>();
    for (const dir of ['entrypoints', 'components', 'utils', 'page', 'glossary']) {
      for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
        if (!/\.tsx?$/.test(file)) continue;
        for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/\bbrowser\.(\w+)/g)) called.add(m[1]);
      }
    }
    expect(called).toContain('runtime');
    // A namespace the polyfill describes but the list leaves out would reach the code unwrapped.
    expect([...called].filter((api) => described.has(api) && !POLYFILLED_APIS.includes(api))).toEqual([]);
    expect(POLYFILLED_APIS.filter((api) => !called.has(api))).toEqual([]);
  });
});

/** The namespaces webextension-polyfill describes, from its source. */
function describedByPolyfill(): Set<string> {
  const polyfill = readFileSync('node_modules/webextension-polyfill/dist/browser-polyfill.js', 'utf8');
  return new Set([...polyfill.matchAll(/^ {8}"(\w+)": \{$/gm)].map((m) => m[1]));
}
