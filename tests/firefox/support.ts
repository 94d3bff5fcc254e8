/**
 * Shared set-up for the Firefox tests: the built add-on in Firefox ESR over
 * WebDriver BiDi (scripts/lib/firefox.ts), fixture pages on a loopback
 * server, and page helpers for puppeteer (tests/e2e/support.ts has the
 * Playwright ones for Chromium).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { FIREFOX_EXTENSION_DIR } from '../../scripts/lib/firefox';
import { paintedCountInPage, textPointInPage } from '../shared/in-page';

export const FIXTURE_PAGES = resolve(import.meta.dirname, '../fixtures/pages');

/** Puppeteer's shadow-piercing combinator: the tooltip lives in the shadow root of <termlens-ui>. */
export const TOOLTIP = 'termlens-ui >>> [data-testid=termlens-tooltip]';

/** The centre of the `nth` occurrence of `word` inside the element matching `selector`, in viewport pixels. */
export async function pointOfText(
  page: Page,
  selector: string,
  word: string,
  nth = 0,
): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(textPointInPage, { selector, word, nth });
  if (!point) throw new Error(`"${word}" #${nth} not found in ${selector}`);
  return point;
}

/** Number of ranges in a named highlight of the page's registry (0 when it is not registered). */
export function highlightSize(page: Page, name: string): Promise<number> {
  return page.evaluate((n) => CSS.highlights.get(n)?.size ?? 0, name);
}

/** Sum of ranges over every TermLens highlight. */
export function paintedCount(page: Page): Promise<number> {
  return page.evaluate(paintedCountInPage);
}

/** Waits until the page's highlights satisfy `predicate`; returns the count. */
export async function waitForPainted(
  page: Page,
  predicate: (count: number) => boolean,
  timeout = 10_000,
): Promise<number> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const count = await paintedCount(page);
    if (predicate(count)) return count;
    if (Date.now() > deadline) throw new Error(`highlights never satisfied the condition (last count ${count})`);
    await new Promise((resolveWait) => setTimeout(resolveWait, 50));
  }
}

/**
 * A copy of the Firefox build without `browser_specific_settings`, the way a
 * developer might load an unconfigured build: Firefox gives it a temporary
 * id, and every storage.sync call from it rejects.
 */
export function copyWithoutGeckoId(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'termlens-no-gecko-id-'));
  cpSync(FIREFOX_EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  delete manifest.browser_specific_settings;
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
