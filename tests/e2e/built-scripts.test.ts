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
import { EXTENSION_DIR } from '../../scripts/lib/chromium';
import { POLYFILLED_APIS } from '../../wxt.config';

describe('the built extension', () => {
  it('writes the content script in ASCII, its Chinese strings escaped', () => {
    const script = readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'), 'utf8');
    const outside = [...script].filter((char) => char.charCodeAt(0) > 0x7f);
    expect(outside.slice(0, 10)).toEqual([]);
    // The tooltip's Chinese labels are still there, escaped: "主要区别" (key differences).
    expect(script).toContain('\\u4E3B\\u8981\\u533A\\u522B');
  });

  it('carries webextension-polyfill’s description of the extension APIs TermLens calls, and of no other', () => {
    const script = readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'), 'utf8');
    for (const api of POLYFILLED_APIS) expect(script).toContain(`${api}:{`);
    for (const other of ['alarms', 'bookmarks', 'downloads', 'webRequest']) expect(script).not.toContain(`${other}:{`);
  });
});

describe('the extension APIs the code calls', () => {
  it('are all described to webextension-polyfill (POLYFILLED_APIS in wxt.config.ts), and no others are', () => {
    const polyfill = readFileSync('node_modules/webextension-polyfill/dist/browser-polyfill.js', 'utf8');
    const described = new Set([...polyfill.matchAll(/^ {8}"(\w+)": \{$/gm)].map((m) => m[1]));
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
