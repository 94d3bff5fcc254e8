import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paintedTextsInPage } from '../shared/in-page';
import { bundledPack } from '../../glossary/data';
import { launchChromium } from '../../scripts/lib/chromium';
import {
  highlightSize,
  paintedCount,
  pointOfText,
  setSyncStorage,
  startE2E,
  TOOLTIP,
  waitForPainted,
  type E2E,
} from './support';

const cdmo = bundledPack.terms.find((term) => term.id === 'cdmo')!;

describe('TermLens in Chromium', () => {
  let e2e: E2E;
  let page: Page;

  beforeAll(async () => {
    e2e = await startE2E();
    page = await e2e.browser.context.newPage();
    // Record every DOM mutation once the parser is done (the content script runs at document_idle, later).
    await page.addInitScript(() => {
      const log: string[] = [];
      (window as unknown as { __mutations: string[] }).__mutations = log;
      const observer = new MutationObserver((records) => {
        for (const record of records) {
          const target = record.target as Element;
          const added = [...record.addedNodes].map((n) => n.nodeName.toLowerCase());
          const removed = [...record.removedNodes].map((n) => n.nodeName.toLowerCase());
          log.push(
            `${record.type}:${target.nodeName?.toLowerCase()}:+${added.join(',')}:-${removed.join(',')}:${record.attributeName ?? ''}`,
          );
        }
      });
      document.addEventListener('DOMContentLoaded', () =>
        observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true }),
      );
      // And every message posted to the page's window.
      const messages: unknown[] = [];
      (window as unknown as { __messages: unknown[] }).__messages = messages;
      window.addEventListener('message', (event) => messages.push(event.data));
    });
    await page.goto(`${e2e.server.url}/demo.html`);
    await waitForPainted(page, (n) => n > 10);
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it('paints the starter terms with the CSS Custom Highlight API', async () => {
    expect(await highlightSize(page, 'termlens-underline')).toBeGreaterThan(10);
    const underline = await page.evaluate(
      () => getComputedStyle(document.querySelector('#p-cdmo')!, '::highlight(termlens-underline)').textDecorationLine,
    );
    expect(underline).toBe('underline');
  });

  it('does not paint CMO where it means the chief marketing officer', async () => {
    const paintedInAside = (await page.evaluate(paintedTextsInPage, '#p-officer')).filter((t) => t === 'CMO').length;
    expect(paintedInAside).toBe(0);
  });

  it('shows the definition when the pointer rests on CDMO in English, and closes when it leaves', async () => {
    const { x, y } = await pointOfText(page, '#p-cdmo', 'CDMO');
    await page.mouse.move(x, y);
    const tooltip = page.locator(TOOLTIP);
    await tooltip.waitFor({ state: 'visible' });
    expect(await tooltip.getAttribute('data-term')).toBe('cdmo');
    expect(await tooltip.locator('[data-testid=termlens-definition]').textContent()).toBe(cdmo.short.en);
    expect(await tooltip.getAttribute('role')).toBe('tooltip');
    // The card's own stylesheet: a rule above each section and the footer, only the headings in capitals, and
    // headings and icon buttons in the dim colour, links in the accent (the light palette).
    const looks = await tooltip.evaluate((card) =>
      [...card.querySelectorAll('section, section h3, footer, .tl-icon, .tl-link')].map((element) => {
        const style = getComputedStyle(element);
        return `${element.localName}.${element.className} ${style.borderTopWidth} ${style.textTransform} ${style.color}`;
      }),
    );
    const DIM = 'rgb(91, 101, 115)';
    const ACCENT = 'rgb(11, 122, 117)';
    expect(new Set(looks)).toEqual(
      new Set([
        'section.tl-section 1px none rgb(28, 36, 48)',
        `h3. 0px uppercase ${DIM}`,
        'footer.tl-foot 1px none rgb(28, 36, 48)',
        `button.tl-icon 0px none ${DIM}`,
        `button.tl-link 0px none ${ACCENT}`,
      ]),
    );

    await page.mouse.move(5, 5);
    await tooltip.waitFor({ state: 'detached' });
  });

  it('shows the tooltip for CDMO inside Chinese text', async () => {
    const { x, y } = await pointOfText(page, '#p-zh-cdmo', 'CDMO');
    await page.mouse.move(x, y);
    const tooltip = page.locator(TOOLTIP);
    await tooltip.waitFor({ state: 'visible' });
    expect(await tooltip.getAttribute('data-term')).toBe('cdmo');
    expect(await tooltip.locator('[data-testid=termlens-definition]').textContent()).toBe(cdmo.short.en);
    await page.mouse.move(5, 5);
    await tooltip.waitFor({ state: 'detached' });
  });

  it('posts nothing to the page: no message tells its scripts that TermLens is there', async () => {
    expect(await page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages)).toEqual([]);
  });

  it('changes nothing in the page DOM but adding its own UI host', async () => {
    const mutations = await page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations);
    const foreign = mutations.filter((m) => !/termlens-ui/.test(m));
    expect(foreign).toEqual([]);
    expect(mutations.length).toBeGreaterThan(0); // the tooltip host was added

    // And the serialized page equals the same page loaded without the extension.
    const clean = await launchChromium({ withExtension: false });
    try {
      const plain = await clean.context.newPage();
      await plain.goto(page.url());
      const expected = await plain.evaluate(() => document.documentElement.outerHTML);
      const actual = await page.evaluate(() => {
        const copy = document.documentElement.cloneNode(true) as Element;
        copy.querySelectorAll('termlens-ui').forEach((host) => host.remove());
        return copy.outerHTML;
      });
      expect(actual).toBe(expected);
    } finally {
      await clean.close();
    }
  });

  it('turns highlighting off from the popup, and the open page follows at once', async () => {
    const popup = await e2e.browser.context.newPage();
    await popup.goto(`chrome-extension://${e2e.browser.extensionId}/popup.html`);
    // The glossary is one tab away: Browse, then the term's category.
    await popup.locator('[data-testid=tab-browse]').click();
    await popup.locator(`[data-category=${cdmo.category}] summary`).click();
    await popup.locator('[data-testid=term-list] [data-term=cdmo]').waitFor();
    expect(await popup.locator('[data-term=cdmo] .term-short').textContent()).toBe(cdmo.short.en);

    const toggle = popup.locator('[data-testid=toggle-enabled]');
    expect(await toggle.isChecked()).toBe(true);
    await toggle.click({ force: true });
    await waitForPainted(page, (n) => n === 0);

    await toggle.click({ force: true });
    await waitForPainted(page, (n) => n > 10);
    await popup.close();
  });

  it('changes the highlight style from the options page', async () => {
    const options = await e2e.browser.context.newPage();
    await options.goto(`chrome-extension://${e2e.browser.extensionId}/options.html`);
    await options.locator('input[name=highlight-style][value=background]').check({ force: true });
    await expect.poll(() => highlightSize(page, 'termlens-background'), { timeout: 10_000 }).toBeGreaterThan(10);
    expect(await highlightSize(page, 'termlens-underline')).toBe(0);
    const background = await page.evaluate(
      () => getComputedStyle(document.querySelector('#p-cdmo')!, '::highlight(termlens-background)').backgroundColor,
    );
    expect(background).toMatch(/^rgba\(11, 122, 117/);
    await options.locator('input[name=highlight-style][value=underline]').check({ force: true });
    await expect.poll(() => highlightSize(page, 'termlens-underline')).toBeGreaterThan(10);
    await options.close();
  });

  it('recovers from corrupt stored settings: defaults for the broken fields, a notice, still working', async () => {
    await setSyncStorage(e2e.browser, {
      settings: { version: 1, enabled: 'yes please', highlightStyle: 42, hoverDelayMs: -5, mystery: { a: 1 } },
    });
    const fresh = await e2e.browser.context.newPage();
    await fresh.goto(`${e2e.server.url}/demo.html`);
    await waitForPainted(fresh, (n) => n > 10);
    expect(await paintedCount(fresh)).toBeGreaterThan(10);

    const options = await e2e.browser.context.newPage();
    await options.goto(`chrome-extension://${e2e.browser.extensionId}/options.html`);
    const notice = options.locator('[data-testid=settings-notice]');
    await notice.waitFor();
    const text = await notice.textContent();
    expect(text).toContain('"enabled"');
    expect(text).toContain('"highlightStyle"');
    expect(text).toContain('"mystery"');
    await fresh.close();
    await options.close();
  });
});
