/**
 * TermLens in real Firefox: Debian's firefox-esr driven by puppeteer-core
 * over WebDriver BiDi, with `.output/firefox-mv3` installed as a temporary
 * add-on. Skipped, with the reason printed, only where Firefox is not installed.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledPack } from '../../glossary/data';
import {
  evaluateInBrowserChrome,
  findFirefox,
  launchFirefox,
  missingFirefoxReason,
  type FirefoxWithExtension,
} from '../../scripts/lib/firefox';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';
import {
  copyWithoutGeckoId,
  FIXTURE_PAGES,
  highlightSize,
  paintedCount,
  pointOfText,
  TOOLTIP,
  waitForPainted,
} from './support';
import { paintedCountInPage } from '../shared/in-page';

const cdmo = bundledPack.terms.find((term) => term.id === 'cdmo')!;

const firefoxFound = findFirefox() !== null;
if (!firefoxFound) console.warn(`Skipping the Firefox end-to-end tests: ${missingFirefoxReason()}`);

/** Opens the popup as a tab and waits for its glossary term list (extension pages fire no load event). */
async function openPopupTermList(firefox: FirefoxWithExtension): Promise<Page> {
  const popup = await firefox.openExtensionPage('/popup.html');
  const browseTab = await popup.waitForSelector('[data-testid=tab-browse]');
  await browseTab!.click();
  await popup.waitForSelector('[data-testid=term-list] [data-term=cdmo]');
  return popup;
}

describe.skipIf(!firefoxFound)('TermLens in Firefox', () => {
  let server: StaticServer;
  let firefox: FirefoxWithExtension;
  let page: Page;

  beforeAll(async () => {
    server = await startStaticServer(FIXTURE_PAGES);
    firefox = await launchFirefox();
    page = await firefox.browser.newPage();
    // A new tab may open in the background, where Firefox throttles timers to a second and stops
    // animation frames: the hover test then waited for a check that never came (about half the runs).
    await page.bringToFront();
    await page.setViewport({ width: 1100, height: 800 });
    await page.goto(`${server.url}/demo.html`);
    await waitForPainted(page, (n) => n > 10);
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('installs under its gecko id, so storage.sync and the pinned moz-extension:// host work', () => {
    expect(firefox.addonId).toBe('termlens@termlens.dev');
  });

  it('paints the terms with the CSS Custom Highlight API, from the manifest stylesheet', async () => {
    expect(await highlightSize(page, 'termlens-underline')).toBeGreaterThan(10);
    const underline = await page.evaluate(
      () => getComputedStyle(document.querySelector('#p-cdmo')!, '::highlight(termlens-underline)').textDecorationLine,
    );
    expect(underline).toBe('underline');
  });

  it('receives the compiled forms and cue words from the background, through Firefox messaging', async () => {
    const details = (name: string) =>
      page.evaluate(
        (entry) => performance.getEntriesByName(entry).map((m) => (m as PerformanceMeasure).detail as unknown),
        name,
      );
    const [lexicon] = (await details('termlens:lexicon')) as { forms: number }[];
    expect(lexicon.forms).toBeGreaterThan(1000);
    const cues = (await details('termlens:cues')) as { terms: number }[];
    expect(cues).toHaveLength(1);
    expect(cues[0].terms).toBeGreaterThan(0);
  });

  it('shows the definition when the pointer rests on CDMO, and closes when it leaves', async () => {
    // Firefox answers document.caretPositionFromPoint; page/hit-test.ts is the one place that chooses.
    expect(await page.evaluate(() => typeof document.caretPositionFromPoint)).toBe('function');
    const { x, y } = await pointOfText(page, '#p-cdmo', 'CDMO');
    await page.bringToFront();
    await page.mouse.move(x, y);
    const tooltip = await page.waitForSelector(TOOLTIP, { visible: true });
    expect(await tooltip!.evaluate((el) => el.getAttribute('data-term'))).toBe('cdmo');
    expect(await tooltip!.evaluate((el) => el.getAttribute('role'))).toBe('tooltip');
    const definition = await page.waitForSelector(`${TOOLTIP} [data-testid=termlens-definition]`);
    expect(await definition!.evaluate((el) => el.textContent)).toBe(cdmo.short.en);

    await page.mouse.move(5, 5);
    await page.waitForSelector(TOOLTIP, { hidden: true });
  });

  it('paints the terms of a same-origin frame and of a srcdoc frame: the background injects the page script into each', async () => {
    const framed = await firefox.browser.newPage();
    await framed.bringToFront();
    await framed.goto(`${server.url}/frames.html`);
    const frameAt = (url: string) => framed.frames().find((frame) => frame.url().includes(url));
    const paintedIn = async (url: string) => (await frameAt(url)?.evaluate(paintedCountInPage)) ?? 0;
    await waitForPainted(framed, (n) => n >= 2);
    await expect.poll(() => paintedIn('frame-child'), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    await expect.poll(() => paintedIn('srcdoc'), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    await framed.close();
    await page.bringToFront();
  });

  it('opens the popup page with the glossary term list', async () => {
    const popup = await openPopupTermList(firefox);
    const short = await popup.$eval('[data-testid=term-list] [data-term=cdmo] .term-short', (el) => el.textContent);
    expect(short).toBe(cdmo.short.en);
    await popup.close();
  });

  it('shows the number of terms on the toolbar button, through the action API', async () => {
    const popup = await firefox.openExtensionPage('/popup.html');
    await popup.waitForSelector('[data-testid=popup]');
    const badges = await popup.evaluate(async () => {
      const tabs = await browser.tabs.query({});
      return Promise.all(tabs.map((tab) => browser.action.getBadgeText({ tabId: tab.id })));
    });
    expect(badges.map(Number).some((count) => count > 10)).toBe(true);
    await popup.close();
  });

  it('turns highlighting off from the popup, and the open page follows (storage.sync in Firefox)', async () => {
    const popup = await firefox.openExtensionPage('/popup.html');
    const toggle = await popup.waitForSelector('[data-testid=toggle-enabled]');
    expect(await toggle!.evaluate((el) => (el as HTMLInputElement).checked)).toBe(true);
    await toggle!.evaluate((el) => (el as HTMLInputElement).click());
    await waitForPainted(page, (n) => n === 0);

    await toggle!.evaluate((el) => (el as HTMLInputElement).click());
    await waitForPainted(page, (n) => n > 10);
    await popup.close();
  });

  it('registers the keyboard commands, and Alt+Shift+H toggles highlighting through the background', async () => {
    // Synthesized key events never reach Firefox's shortcut handling, so fire the <key> element
    // Firefox built for our command, in the browser window, as a real key press would.
    const keys = `[...document.querySelectorAll('keyset[id^="ext-keyset-id-termlens"] key')]`;
    const shortcuts = await evaluateInBrowserChrome(
      firefox.browser,
      `${keys}.map((key) => key.getAttribute('modifiers') + '+' + key.getAttribute('key')).sort().join(' ')`,
    );
    expect(shortcuts).toBe('alt,shift+H alt,shift+L alt,shift+N alt,shift+P');
    const pressToggle = `${keys}.find((key) => key.getAttribute('key') === 'H').doCommand()`;

    await evaluateInBrowserChrome(firefox.browser, pressToggle);
    await waitForPainted(page, (n) => n === 0);
    await evaluateInBrowserChrome(firefox.browser, pressToggle);
    await waitForPainted(page, (n) => n > 10);
  });
});

describe.skipIf(!firefoxFound)('TermLens in Firefox without a gecko id (storage.sync rejects)', () => {
  let server: StaticServer;
  let firefox: FirefoxWithExtension;
  let build: { dir: string; remove(): void };

  beforeAll(async () => {
    server = await startStaticServer(FIXTURE_PAGES);
    build = copyWithoutGeckoId();
    firefox = await launchFirefox({ extensionDir: build.dir });
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
    build?.remove();
  });

  it('keeps the settings in storage.local, and they still take effect', async () => {
    expect(firefox.addonId).toMatch(/@temporary-addon$/);
    const page = await firefox.browser.newPage();
    await page.goto(`${server.url}/demo.html`);
    await waitForPainted(page, (n) => n > 10);

    const popup = await firefox.openExtensionPage('/popup.html');
    const toggle = await popup.waitForSelector('[data-testid=toggle-enabled]');
    // The situation the fallback is for: Firefox refuses storage.sync to a temporary id.
    const syncError = await popup.evaluate(() =>
      browser.storage.sync.get('settings').then(
        () => null,
        (error: unknown) => String(error),
      ),
    );
    expect(syncError).toMatch(/temporary addon ID/);

    await toggle!.evaluate((el) => (el as HTMLInputElement).click());
    await waitForPainted(page, (n) => n === 0);
    const stored = await popup.evaluate(() => browser.storage.local.get('settings'));
    expect(stored.settings).toMatchObject({ enabled: false });
    expect(await paintedCount(page)).toBe(0);
  });
});
