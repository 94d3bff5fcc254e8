/**
 * Every real page of ../shared/corpus, with and without TermLens: the DOM
 * after the scan equals the DOM without the extension, TermLens raises no
 * error, selection and copy give the same text, and the scan finishes.
 * Page scripts are off for the comparison so both loads are deterministic
 * (content scripts still run; the scan uses idle callbacks, not frames).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ExtensionBrowser } from '../../scripts/lib/chromium';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';

const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus');
const available = existsSync(resolve(CORPUS, 'index.tsv'));
if (!available)
  console.warn(`corpus tests skipped: ${CORPUS} not found (it exists only inside the TermLens workplace)`);

const pages = available
  ? readFileSync(resolve(CORPUS, 'index.tsv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t')[0])
  : [];

async function serializedDom(page: Page): Promise<string> {
  return page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as Element;
    copy.querySelectorAll('termlens-ui').forEach((host) => host.remove());
    return copy.outerHTML;
  });
}

/** Selects the whole body and returns what a copy would put on the clipboard. */
function selectedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const selection = getSelection()!;
    selection.selectAllChildren(document.body);
    return selection.toString();
  });
}

describe.skipIf(!available)('real pages of the corpus', () => {
  let server: StaticServer;
  let withTermLens: ExtensionBrowser;
  let without: ExtensionBrowser;
  let plainContext: BrowserContext;

  beforeAll(async () => {
    server = await startStaticServer(CORPUS);
    withTermLens = await launchChromium({ javaScriptEnabled: false });
    without = await launchChromium({ withExtension: false, javaScriptEnabled: false });
    plainContext = without.context;
  });

  afterAll(async () => {
    await withTermLens?.close();
    await without?.close();
    await server?.close();
  });

  it.each(pages)('%s: same DOM, same text, no errors, scan finishes', async (file) => {
    const url = `${server.url}/${file}`;
    const errors: string[] = [];
    const page = await withTermLens.context.newPage();
    await page.route('**/*', (route) =>
      route.request().url().startsWith(server.url) ? route.continue() : route.abort(),
    );
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && /termlens/i.test(message.text())) errors.push(message.text());
    });
    await page.goto(url, { waitUntil: 'load' });
    // The scan reports itself with a performance measure when it is done. Polled from Node:
    // with page scripts off, waitForFunction's in-page timers never fire.
    // A saved page may redirect itself to its live site (blocked here): then there is nothing left to scan.
    const scanned = async () => {
      if (!page.url().startsWith(server.url)) return 'left the page';
      const count = await page.evaluate(() => performance.getEntriesByName('termlens:scan').length).catch(() => 0);
      return count > 0 ? 'scanned' : 'scanning';
    };
    await expect.poll(scanned, { timeout: 30_000 }).not.toBe('scanning');
    if (!page.url().startsWith(server.url)) {
      // The saved page sent the browser to its live site: Chrome's error page is all that is left.
      expect(errors).toEqual([]);
      await page.close();
      return;
    }

    const plain = await plainContext.newPage();
    await plain.route('**/*', (route) =>
      route.request().url().startsWith(server.url) ? route.continue() : route.abort(),
    );
    await plain.goto(url, { waitUntil: 'load' });

    expect(await serializedDom(page)).toBe(await serializedDom(plain));
    expect(await selectedText(page)).toBe(await selectedText(plain));
    expect(errors).toEqual([]);
    await page.close();
    await plain.close();
  });
});
