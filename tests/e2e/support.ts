/**
 * Shared set-up for end-to-end tests: the built extension in Debian's
 * Chromium, and the fixture pages on a loopback server.
 */
import { resolve } from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';
import { launchChromium, type ExtensionBrowser, type LaunchOptions } from '../../scripts/lib/chromium';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';
import { paintedCountInPage, paintedTextsInPage, textPointInPage } from '../shared/in-page';

export const FIXTURE_PAGES = resolve(import.meta.dirname, '../fixtures/pages');

export interface E2E {
  browser: ExtensionBrowser;
  server: StaticServer;
  close(): Promise<void>;
}

export async function startE2E(options: LaunchOptions = {}): Promise<E2E> {
  const server = await startStaticServer(FIXTURE_PAGES);
  const browser = await launchChromium(options);
  return {
    browser,
    server,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** The centre of the `nth` occurrence of `word` inside the element matching `selector`, in viewport pixels. */
export function pointOfText(page: Page, selector: string, word: string, nth = 0): Promise<{ x: number; y: number }> {
  return pointOfTextIn(page.mainFrame(), selector, word, nth);
}

/** Number of ranges in a named highlight of the page's registry (0 when it is not registered). */
export function highlightSize(page: Page, name: string): Promise<number> {
  return page.evaluate((n) => CSS.highlights.get(n)?.size ?? 0, name);
}

/** Sum of ranges over every TermLens highlight. */
export function paintedCount(page: Page): Promise<number> {
  return page.evaluate(paintedCountInPage);
}

/** Waits until the page's highlights satisfy `predicate`. */
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
    await page.waitForTimeout(50);
  }
}

/** Writes raw values into the extension's storage.sync, through its service worker. */
export async function setSyncStorage(browser: ExtensionBrowser, values: Record<string, unknown>): Promise<void> {
  const worker = browser.context.serviceWorkers()[0];
  await worker.evaluate(
    (v) =>
      (
        globalThis as unknown as { chrome: { storage: { sync: { set(v: unknown): Promise<void> } } } }
      ).chrome.storage.sync.set(v),
    values,
  );
}

export const TOOLTIP = 'termlens-ui [data-testid=termlens-tooltip]';

/** Moves the pointer onto `word` (inside `frame` when given) and waits for the tooltip there. */
export async function hoverWord(
  page: Page,
  selector: string,
  word: string,
  options: { frame?: Frame; nth?: number } = {},
): Promise<Locator> {
  const target = options.frame ?? page.mainFrame();
  const point = await pointOfTextIn(target, selector, word, options.nth ?? 0);
  let offsetX = 0;
  let offsetY = 0;
  if (options.frame) {
    const box = await (await options.frame.frameElement()).boundingBox();
    offsetX = box?.x ?? 0;
    offsetY = box?.y ?? 0;
  }
  await page.mouse.move(point.x + offsetX, point.y + offsetY);
  const tooltip = (options.frame ?? page).locator(TOOLTIP);
  await tooltip.waitFor({ state: 'visible' });
  return tooltip;
}

/** Like pointOfText, in any frame. */
export async function pointOfTextIn(
  frame: Frame,
  selector: string,
  word: string,
  nth = 0,
): Promise<{ x: number; y: number }> {
  const point = await frame.evaluate(textPointInPage, { selector, word, nth });
  if (!point) throw new Error(`"${word}" #${nth} not found in ${selector}`);
  return point;
}

/** The painted texts whose range starts inside `selector` (in the frame's or page's registry). */
export function paintedTextsIn(frame: Page | Frame, selector: string): Promise<string[]> {
  return frame.evaluate(paintedTextsInPage, selector);
}

/** Calls an extension event's listeners from the service worker, as the browser would. */
export async function dispatchExtensionEvent(
  browser: ExtensionBrowser,
  event: 'commands.onCommand' | 'contextMenus.onClicked',
  args: unknown[],
): Promise<void> {
  const worker = browser.context.serviceWorkers()[0];
  await worker.evaluate(
    ({ event, args }) => {
      const [namespace, name] = event.split('.');
      const chromeApi = (
        globalThis as unknown as { chrome: Record<string, Record<string, { dispatch(...a: unknown[]): void }>> }
      ).chrome;
      chromeApi[namespace][name].dispatch(...args);
    },
    { event, args },
  );
}

/**
 * The id the extension sees for the tab showing `page`. Without the "tabs"
 * permission the extension cannot read tab URLs, so the page is brought to
 * the front and the active tab is taken.
 */
export async function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = browser.context.serviceWorkers()[0];
  return worker.evaluate(async () => {
    const chromeApi = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } })
      .chrome;
    const [tab] = await chromeApi.tabs.query({ active: true, lastFocusedWindow: true });
    if (!tab) throw new Error('no active tab');
    return tab.id;
  });
}

/** Reads the toolbar badge's text for a tab, as the extension's worker sees it. */
export function badgeOf(browser: ExtensionBrowser, tabId: number): () => Promise<string> {
  const worker = browser.context.serviceWorkers()[0];
  return () =>
    worker.evaluate(
      (id) =>
        (
          globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }
        ).chrome.action.getBadgeText({ tabId: id }),
      tabId,
    );
}
