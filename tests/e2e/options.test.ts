/**
 * The options page in real Chromium: every setting it changes shows on an
 * open page at once, without a reload; site lists sync within the quotas;
 * settings files export, import and are refused when invalid.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bundledPack } from '../../glossary/data';
import {
  highlightSize,
  paintedCount,
  paintedTextsIn,
  pointOfText,
  setSyncStorage,
  startE2E,
  TOOLTIP,
  waitForPainted,
  type E2E,
} from './support';

const cdmo = bundledPack.terms.find((term) => term.id === 'cdmo')!;

describe('options page', () => {
  let e2e: E2E;
  let page: Page;
  let options: Page;

  /** Everything in the extension's storage.sync. */
  const readSync = (): Promise<Record<string, unknown>> =>
    e2e.browser.context
      .serviceWorkers()[0]
      .evaluate(() =>
        (
          globalThis as unknown as { chrome: { storage: { sync: { get(k: null): Promise<Record<string, unknown>> } } } }
        ).chrome.storage.sync.get(null),
      );

  const storedSettings = async () => (await readSync()).settings as Record<string, unknown> | undefined;

  /** Waits until the saved settings say so; the open page hears of it in the same storage event. */
  const waitForSaved = async (expected: Record<string, unknown>) => {
    await expect.poll(storedSettings, { timeout: 10_000 }).toMatchObject(expected);
    await page.waitForTimeout(150); // the content script reads the settings back and re-applies
  };

  const openOptions = async () => {
    const tab = await e2e.browser.context.newPage();
    await tab.goto(`chrome-extension://${e2e.browser.extensionId}/options.html`);
    await tab.locator('[data-testid=toggle-enabled]').waitFor({ state: 'attached' });
    return tab;
  };

  const paintedTerms = (word: string) => paintedTextsIn(page, 'body').then((texts) => texts.filter((t) => t === word));

  const hover = async (selector: string, word: string) => {
    const { x, y } = await pointOfText(page, selector, word);
    await page.mouse.move(x, y);
  };

  const moveAway = async () => {
    await page.mouse.move(2, 2);
    await page.locator(TOOLTIP).waitFor({ state: 'detached' });
  };

  beforeAll(async () => {
    e2e = await startE2E();
    page = await e2e.browser.context.newPage();
    await page.goto(`${e2e.server.url}/demo.html`);
    await waitForPainted(page, (n) => n > 10);
    options = await openOptions();
  });

  beforeEach(async () => {
    await e2e.browser.context
      .serviceWorkers()[0]
      .evaluate(() =>
        (
          globalThis as unknown as { chrome: { storage: { sync: { clear(): Promise<void> } } } }
        ).chrome.storage.sync.clear(),
      );
    await options.reload();
    await options.locator('[data-testid=toggle-enabled]').waitFor({ state: 'attached' });
    await waitForPainted(page, (n) => n > 10);
    await page.mouse.move(2, 2);
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it('highlight style: background, underline, and none (tooltips still work)', async () => {
    await options.locator('input[name=highlight-style][value=background]').check();
    await expect.poll(() => highlightSize(page, 'termlens-background'), { timeout: 10_000 }).toBeGreaterThan(10);
    expect(await highlightSize(page, 'termlens-underline')).toBe(0);

    await options.locator('input[name=highlight-style][value=none]').check();
    const registered = () =>
      page.evaluate(() => [...CSS.highlights.keys()].filter((name) => name.startsWith('termlens-')));
    await expect.poll(registered, { timeout: 10_000 }).toEqual([]);
    await hover('#p-cdmo', 'CDMO');
    await page.locator(TOOLTIP).waitFor({ state: 'visible' });
    await moveAway();

    await options.locator('input[name=highlight-style][value=underline]').check();
    await expect.poll(() => highlightSize(page, 'termlens-underline'), { timeout: 10_000 }).toBeGreaterThan(10);
  });

  it('occurrences: "first per page" paints each term once', async () => {
    expect((await paintedTerms('CDMO')).length).toBeGreaterThan(1);
    const all = await paintedCount(page);
    await options.locator('input[name=occurrences][value=first]').check();
    await expect.poll(() => paintedTerms('CDMO'), { timeout: 10_000 }).toHaveLength(1);
    expect(await paintedCount(page)).toBeLessThan(all);
    const texts = await paintedTextsIn(page, 'body');
    expect(new Set(texts).size).toBe(texts.length);

    await options.locator('input[name=occurrences][value=all]').check();
    await expect.poll(() => paintedCount(page), { timeout: 10_000 }).toBe(all);
  });

  it('a change of what is marked repaints the page without a blank moment', async () => {
    // Counts the painted ranges every few milliseconds while the page scans again.
    await page.evaluate(() => {
      const sampler = window as unknown as { samples: number[]; timer: number };
      sampler.samples = [];
      sampler.timer = window.setInterval(() => {
        let painted = 0;
        for (const [name, highlight] of CSS.highlights) if (name.startsWith('termlens-')) painted += highlight.size;
        sampler.samples.push(painted);
      }, 2);
    });
    const all = await paintedCount(page);
    await options.locator('input[name=occurrences][value=first]').check();
    await expect.poll(() => paintedTerms('CDMO'), { timeout: 10_000 }).toHaveLength(1);
    const samples = await page.evaluate(() => {
      const sampler = window as unknown as { samples: number[]; timer: number };
      clearInterval(sampler.timer);
      return sampler.samples;
    });
    expect(samples.length).toBeGreaterThan(5);
    expect(Math.min(...samples)).toBeGreaterThan(0);
    // The old terms went once the new ones were painted: each term once now. Read here, not from the
    // samples: a busy page's timer may not have fired since the old terms went.
    expect(await paintedCount(page)).toBeLessThan(all);
  });

  it('per-site rules: off on a listed site (pasted as a URL), with validation, and on again', async () => {
    const input = options.locator('#disabled-sites-input');
    await input.fill('hello, example.org');
    await input.press('Enter');
    await expect
      .poll(() => options.locator('[data-testid=disabled-sites-error]').textContent())
      .toBe('“hello” is not a site. Type a domain such as example.com.');
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(await input.inputValue()).toBe('hello'); // what was valid was added; the rest waits to be fixed
    await options.getByRole('button', { name: 'Remove example.org' }).click();

    await input.fill(page.url()); // http://127.0.0.1:<port>/demo.html
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await expect
      .poll(() => options.locator('[data-testid=disabled-sites] li').allTextContents())
      .toEqual(['127.0.0.1×']);
    expect(await input.inputValue()).toBe('');
    await waitForPainted(page, (n) => n === 0);
    expect((await readSync())['sites.disabled.0']).toEqual(['127.0.0.1']);

    // Hover does nothing on a site where TermLens is off.
    await hover('#p-cdmo', 'CDMO');
    await page.waitForTimeout(800);
    expect(await page.locator(TOOLTIP).count()).toBe(0);

    await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
    await waitForPainted(page, (n) => n > 10);
    // Focus stays usable for the keyboard: back on the input once the list is empty.
    expect(await options.evaluate(() => document.activeElement?.id)).toBe('disabled-sites-input');
  });

  it('per-site rules: a page turned off is quiet in its frames too, a srcdoc frame and another site’s', async () => {
    const { port } = new URL(e2e.server.url);
    e2e.server.put(
      '/framed.html',
      '<!doctype html><meta charset="utf-8"><title>Framed</title><p id="top">The parent page mentions a CDMO.</p>' +
        `<iframe src="http://localhost:${port}/frame-child.html"></iframe>` +
        `<iframe srcdoc="<p id='inner'>In the srcdoc frame a CDMO validates its process under GMP.</p>"></iframe>`,
    );
    const framed = await e2e.browser.context.newPage();
    await framed.goto(`${e2e.server.url}/framed.html`);
    const otherSite = () => framed.frame({ url: /\/\/localhost:\d+\/frame-child\.html/ })!;
    const srcdoc = () => framed.frames().find((frame) => frame.url() === 'about:srcdoc')!;
    await expect.poll(() => paintedTextsIn(framed, '#top')).toContain('CDMO');
    await expect.poll(() => paintedTextsIn(otherSite(), '#child')).toContain('CDMO');
    await expect.poll(() => paintedTextsIn(srcdoc(), '#inner')).toContain('CDMO');

    const input = options.locator('#disabled-sites-input');
    await input.fill(new URL(e2e.server.url).hostname);
    await input.press('Enter');
    // The srcdoc frame has no host of its own; the other site's frame is named by Chrome's ancestorOrigins.
    await expect.poll(() => paintedTextsIn(framed, '#top')).toEqual([]);
    await expect.poll(() => paintedTextsIn(srcdoc(), '#inner')).toEqual([]);
    await expect.poll(() => paintedTextsIn(otherSite(), '#child')).toEqual([]);
    await framed.close();
  });

  it('per-site rules: "only on the sites listed"', async () => {
    await options.locator('input[name=site-mode][value=only-listed]').check();
    await waitForPainted(page, (n) => n === 0);
    const input = options.locator('#enabled-sites-input');
    await input.fill('example.com, 127.0.0.1');
    await input.press('Enter');
    await waitForPainted(page, (n) => n > 10);
    expect(await options.locator('[data-testid=enabled-sites] li').count()).toBe(2);

    // The other mode keeps its own list.
    await options.locator('input[name=site-mode][value=all-except]').check();
    await waitForSaved({ siteMode: 'all-except' });
    expect(await options.locator('[data-testid=disabled-sites] li').count()).toBe(0);
    expect(await paintedCount(page)).toBeGreaterThan(10);
  });

  it('a thousand sites are saved across items under the sync quotas; far more give a clear error', async () => {
    const hosts = (count: number, stem: string) =>
      Array.from({ length: count }, (_, i) => `${stem}-${i}.pharma-news.example`).join(' ');
    const input = options.locator('#disabled-sites-input');
    await input.fill(hosts(1000, 'site'));
    await input.press('Enter');
    await expect.poll(() => options.locator('[data-testid=disabled-sites] li').count()).toBe(1000);
    const stored = await readSync();
    const chunks = Object.keys(stored).filter((key) => key.startsWith('sites.disabled.'));
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.flatMap((key) => stored[key] as string[])).toHaveLength(1000);
    expect(await paintedCount(page)).toBeGreaterThan(10); // 127.0.0.1 is not among them

    await input.fill(hosts(5000, 'more'));
    await input.press('Enter');
    const error = options.locator('[data-testid=save-error]');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/too long for browser sync/);
    await expect.poll(() => options.locator('[data-testid=disabled-sites] li').count()).toBe(1000);
    expect(Object.keys(await readSync()).filter((key) => key.startsWith('sites.disabled.'))).toEqual(chunks);
  });

  it('categories: hiding "outsourcing" stops painting CDMO, other categories stay', async () => {
    expect(await paintedTerms('CDMO')).not.toHaveLength(0);
    const outsourcing = options.locator('input[name=category][value=outsourcing]');
    expect(await outsourcing.isChecked()).toBe(true);
    await outsourcing.uncheck();
    await expect.poll(() => paintedTerms('CDMO'), { timeout: 10_000 }).toHaveLength(0);
    expect(await paintedTerms('GMP')).not.toHaveLength(0);

    await outsourcing.check();
    await expect.poll(() => paintedTerms('CDMO'), { timeout: 10_000 }).not.toHaveLength(0);
  });

  it('trigger "click": resting the pointer shows nothing, a click shows the tooltip', async () => {
    await options.locator('input[name=trigger][value=click]').check();
    await waitForSaved({ trigger: 'click' });
    await hover('#p-cdmo', 'CDMO');
    await page.waitForTimeout(1000);
    expect(await page.locator(TOOLTIP).count()).toBe(0);

    const { x, y } = await pointOfText(page, '#p-cdmo', 'CDMO');
    await page.mouse.click(x, y);
    const tooltip = page.locator(TOOLTIP);
    await tooltip.waitFor({ state: 'visible' });
    expect(await tooltip.getAttribute('data-term')).toBe('cdmo');
    await page.keyboard.press('Escape');
    await tooltip.waitFor({ state: 'detached' });
  });

  it('trigger "hover with a modifier key": only while a modifier is held', async () => {
    await options.locator('input[name=trigger][value=hover-modifier]').check();
    await waitForSaved({ trigger: 'hover-modifier' });
    await hover('#p-cdmo', 'CDMO');
    await page.waitForTimeout(1000);
    expect(await page.locator(TOOLTIP).count()).toBe(0);

    await page.mouse.move(2, 2);
    await page.keyboard.down('Shift');
    await hover('#p-cdmo', 'CDMO');
    await page.locator(TOOLTIP).waitFor({ state: 'visible' });
    await page.keyboard.up('Shift');
    await moveAway();
  });

  it('hover delay: the slider (by keyboard) sets how long the pointer must rest', async () => {
    const slider = options.locator('#hover-delay-input');
    await slider.focus();
    await options.keyboard.press('End');
    expect(await options.locator('[data-testid=range-hover-delay] output').textContent()).toBe('3000 ms');
    await waitForSaved({ hoverDelayMs: 3000 });

    await hover('#p-cdmo', 'CDMO');
    await page.waitForTimeout(1500);
    expect(await page.locator(TOOLTIP).count()).toBe(0);
    await page.locator(TOOLTIP).waitFor({ state: 'visible', timeout: 5000 });
    await moveAway();
  });

  it('minimum confidence: at 100% no ambiguous acronym is painted, plain terms still are', async () => {
    expect(await paintedTextsIn(page, '#p-cdmo')).toContain('CMO');
    await options.locator('#min-confidence-input').focus();
    await options.keyboard.press('End');
    await waitForSaved({ minConfidence: 1 });
    await expect.poll(() => paintedTextsIn(page, '#p-cdmo'), { timeout: 10_000 }).not.toContain('CMO');
    expect(await paintedTextsIn(page, '#p-cdmo')).toContain('CDMO');
  });

  it('language: Chinese explanations on the page, and a Chinese options page', async () => {
    await options.locator('input[name=language][value=zh]').check();
    await expect.poll(() => options.locator('h1').textContent()).toBe('TermLens 设置');
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await waitForSaved({ language: 'zh' });

    await hover('#p-cdmo', 'CDMO');
    const tooltip = page.locator(TOOLTIP);
    await tooltip.waitFor({ state: 'visible' });
    expect(await tooltip.locator('[data-testid=termlens-definition]').textContent()).toBe(cdmo.short.zh);
    await moveAway();
  });

  it('theme: the tooltip host and the options page follow it', async () => {
    await options.locator('input[name=theme][value=dark]').check();
    await waitForSaved({ theme: 'dark' });
    expect(await options.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await options.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
      'rgb(23, 27, 33)',
    );

    // The card's own colours, with the system light (as launched) and dark.
    const cardBackground = async () => {
      await hover('#p-cdmo', 'CDMO');
      const card = page.locator(TOOLTIP);
      await card.waitFor({ state: 'visible' });
      const background = await card.evaluate((element) => getComputedStyle(element).backgroundColor);
      await moveAway();
      return background;
    };
    const DARK = 'rgb(30, 35, 43)';
    const LIGHT = 'rgb(255, 255, 255)';
    expect(await cardBackground()).toBe(DARK);
    expect(await page.locator('termlens-ui').getAttribute('data-theme')).toBe('dark');

    // A theme change keeps the painted terms as they are: no re-scan (which would clear them first).
    const scans = () => page.evaluate(() => performance.getEntriesByName('termlens:scan').length);
    const scansBefore = await scans();
    const paintedBefore = await paintedCount(page);
    await options.locator('input[name=theme][value=light]').check();
    await expect.poll(() => page.locator('termlens-ui').getAttribute('data-theme')).toBe('light');
    await page.waitForTimeout(300);
    expect(await scans()).toBe(scansBefore);
    expect(await paintedCount(page)).toBe(paintedBefore);

    // The reader's choice wins over the system's, and "auto" follows the system.
    await page.emulateMedia({ colorScheme: 'dark' });
    try {
      expect(await cardBackground()).toBe(LIGHT);
      await options.locator('input[name=theme][value=auto]').check();
      await expect.poll(() => page.locator('termlens-ui').getAttribute('data-theme')).toBe('auto');
      expect(await cardBackground()).toBe(DARK);
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
    }
    expect(await cardBackground()).toBe(LIGHT);
  });

  it('on/off switch', async () => {
    await options.locator('[data-testid=toggle-enabled]').uncheck({ force: true });
    await waitForPainted(page, (n) => n === 0);
    await options.locator('[data-testid=toggle-enabled]').check({ force: true });
    await waitForPainted(page, (n) => n > 10);
  });

  it('exports settings to a file and imports them back', async () => {
    await options.locator('input[name=theme][value=dark]').check();
    await options.locator('#disabled-sites-input').fill('example.com');
    await options.locator('#disabled-sites-input').press('Enter');
    await waitForSaved({ theme: 'dark' });

    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.locator('[data-testid=export-settings]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('termlens-settings.json');
    const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as Record<string, unknown>;
    expect(exported).toMatchObject({ version: 2, theme: 'dark', disabledSites: ['example.com'] });

    const file = join(tmpdir(), `termlens-import-${process.pid}.json`);
    await writeFile(file, JSON.stringify({ ...exported, theme: 'light', highlightStyle: 'background' }));
    await options.locator('[data-testid=import-file]').setInputFiles(file);
    await expect.poll(() => options.locator('[data-testid=backup-status]').textContent()).toBe('Settings imported.');
    await waitForSaved({ theme: 'light', highlightStyle: 'background' });
    expect(await options.locator('input[name=theme][value=light]').isChecked()).toBe(true);
    await expect.poll(() => highlightSize(page, 'termlens-background'), { timeout: 10_000 }).toBeGreaterThan(10);
    await rm(file, { force: true });
  });

  it('refuses an invalid settings file with an error naming the field, and changes nothing', async () => {
    await options.locator('input[name=trigger][value=click]').check();
    await waitForSaved({ trigger: 'click' });
    const before = await readSync();

    const file = join(tmpdir(), `termlens-bad-import-${process.pid}.json`);
    await writeFile(file, JSON.stringify({ version: 2, trigger: 'hover', theme: 'sepia' }));
    await options.locator('[data-testid=import-file]').setInputFiles(file);
    const status = options.locator('[data-testid=backup-status]');
    await expect
      .poll(() => status.textContent())
      .toMatch(/^The file was not imported and nothing was changed: "theme"/);
    expect(await readSync()).toEqual(before);
    expect(await options.locator('input[name=trigger][value=click]').isChecked()).toBe(true);

    await writeFile(file, 'this is not json');
    await options.locator('[data-testid=import-file]').setInputFiles(file);
    await expect.poll(() => status.textContent()).toMatch(/not JSON/);
    expect(await readSync()).toEqual(before);
    await rm(file, { force: true });
  });

  it('resets to defaults only after confirmation', async () => {
    await options.locator('input[name=highlight-style][value=background]').check();
    await waitForSaved({ highlightStyle: 'background' });

    await options.locator('[data-testid=reset-settings]').click();
    // Focus goes to the safe answer.
    await expect
      .poll(() => options.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('reset-cancel');
    await options.keyboard.press('Enter');
    expect(await options.locator('[data-testid=reset-confirmation]').count()).toBe(0);
    expect(await storedSettings()).toMatchObject({ highlightStyle: 'background' });

    await options.locator('[data-testid=reset-settings]').click();
    await options.locator('[data-testid=reset-confirm]').click();
    await waitForSaved({ highlightStyle: 'underline' });
    await expect.poll(() => highlightSize(page, 'termlens-underline'), { timeout: 10_000 }).toBeGreaterThan(10);
    expect(await options.locator('[data-testid=backup-status]').textContent()).toBe(
      'All settings are back to their defaults.',
    );
  });

  it('recovers from corrupt storage: an old version, wrong types, a huge value, a broken site-list part', async () => {
    await setSyncStorage(e2e.browser, {
      settings: {
        version: 2,
        enabled: 'yes please',
        theme: 'x'.repeat(7000),
        trigger: 'click',
        siteChunks: { disabledSites: 2, enabledSites: 0 },
        mystery: { a: 1 },
      },
      'sites.disabled.0': ['example.com', 42],
    });
    const fresh = await e2e.browser.context.newPage();
    await fresh.goto(`${e2e.server.url}/demo.html`);
    await waitForPainted(fresh, (n) => n > 10);

    const repaired = await openOptions();
    const notice = repaired.locator('[data-testid=settings-notice]');
    await notice.waitFor();
    const text = (await notice.textContent())!;
    for (const field of ['"enabled"', '"theme"', '"disabledSites"', '"mystery"']) expect(text).toContain(field);
    expect(text.length).toBeLessThan(1000);
    expect(await repaired.locator('input[name=trigger][value=click]').isChecked()).toBe(true);
    expect(await repaired.locator('[data-testid=disabled-sites] li').allTextContents()).toEqual(['example.com×']);
    await fresh.close();
    await repaired.close();
  });

  it('migrates v1 settings on read: the old "off on these sites" list keeps working', async () => {
    await setSyncStorage(e2e.browser, { settings: { version: 1, disabledSites: ['127.0.0.1'], theme: 'dark' } });
    await waitForPainted(page, (n) => n === 0);
    const migrated = await openOptions();
    expect(await migrated.locator('input[name=site-mode][value=all-except]').isChecked()).toBe(true);
    expect(await migrated.locator('[data-testid=disabled-sites] li').allTextContents()).toEqual(['127.0.0.1×']);
    expect(await migrated.locator('[data-testid=settings-notice]').count()).toBe(0);
    await migrated.close();
  });
});
