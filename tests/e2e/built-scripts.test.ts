/**
 * What the build writes, read as files. The content script runs in every
 * frame of every page, so how Chromium stores its source matters: V8 keeps
 * a script with any character outside ASCII at two bytes a character (the
 * Chinese tooltip strings would double the copy of the source every renderer
 * holds, about 110 KB more, outside the heap the bench measures).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../scripts/lib/chromium';

describe('the built extension', () => {
  it('writes the content script in ASCII, its Chinese strings escaped', () => {
    const script = readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'), 'utf8');
    const outside = [...script].filter((char) => char.charCodeAt(0) > 0x7f);
    expect(outside.slice(0, 10)).toEqual([]);
    // The tooltip's Chinese labels are still there, escaped: "主要区别" (key differences).
    expect(script).toContain('\\u4E3B\\u8981\\u533A\\u522B');
  });
});
