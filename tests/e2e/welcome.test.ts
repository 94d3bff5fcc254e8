/**
 * The welcome page a first install opens: its sample sentence shows the
 * real tooltip, whose links and pin work as they do on a page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledPack } from '../../glossary/data';
import { launchChromium, type ExtensionBrowser } from '../../scripts/lib/chromium';

const cdmo = bundledPack.terms.find((term) => term.id === 'cdmo')!;

describe('welcome page', () => {
  let browser: ExtensionBrowser;
  let welcome: Page;

  beforeAll(async () => {
    browser = await launchChromium({ keepWelcome: true });
    const isWelcome = (page: Page) => page.url().endsWith('/welcome.html');
    welcome = browser.context.pages().find(isWelcome) ?? (await browser.context.waitForEvent('page', isWelcome));
    await welcome.getByRole('heading', { level: 1 }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const card = () => welcome.locator('[data-testid=termlens-tooltip]');
  const term = (text: string) => welcome.locator('[data-testid=sample-text] button.sample-term', { hasText: text });

  it('opens on install and explains a sample term on hover, with a card the pointer can move into', async () => {
    await expect.poll(() => welcome.getByRole('heading', { level: 1 }).textContent()).toBe('TermLens is ready');
    await term('CDMO').hover();
    await expect.poll(() => card().getAttribute('data-term')).toBe('cdmo');
    await expect.poll(() => card().locator('[data-testid=termlens-definition]').textContent()).toBe(cdmo.short.en);
    // Down from the term into the card, through the gap between them: the card stays.
    const box = (await term('CDMO').boundingBox())!;
    const cardBox = (await card().boundingBox())!;
    await welcome.mouse.move(box.x + 5, box.y + box.height / 2);
    await welcome.mouse.move(cardBox.x + 20, cardBox.y + 40, { steps: 8 });
    expect(await card().isVisible()).toBe(true);
    await welcome.mouse.move(5, 5);
    await expect.poll(() => card().count()).toBe(0);
  });

  it('opens the reference page from a "vs" link', async () => {
    await term('CDMO').hover();
    const versus = card().locator('.tl-differences button').first();
    await versus.waitFor();
    const compared = cdmo.differences[0].term;
    const opened = browser.context.waitForEvent('page');
    await versus.click();
    const reference = await opened;
    await reference.waitForURL(/glossary\.html/);
    expect(new URL(reference.url()).hash).toBe(`#term/${compared}`);
    await reference.close();
    await welcome.bringToFront();
  });

  it('keeps a pinned card open when the pointer leaves, until Escape or a click elsewhere', async () => {
    // The "vs" link above pinned the CDMO card (a click inside a card pins it, as on a page).
    await welcome.mouse.click(5, 5);
    await expect.poll(() => card().count()).toBe(0);
    await term('GMP').hover();
    await card().locator('button[aria-label="Pin"]').click();
    await expect.poll(() => card().getAttribute('data-pinned')).toBe('true');
    await welcome.mouse.move(5, 5);
    await term('CRO').hover();
    // Still the pinned GMP card: hovering another term while one is pinned opens nothing.
    await expect.poll(() => card().getAttribute('data-term')).toBe('gmp');
    await welcome.keyboard.press('Escape');
    await expect.poll(() => card().count()).toBe(0);

    // API ends the first line: its card moves left to stay inside the window.
    await term('API').hover();
    const box = (await card().boundingBox())!;
    const windowWidth = await welcome.evaluate(() => document.documentElement.clientWidth);
    expect(box.x + box.width).toBeLessThanOrEqual(windowWidth);
    expect(await welcome.evaluate(() => scrollX)).toBe(0);
    await card().locator('button[aria-label="Pin"]').click();
    await welcome.mouse.click(5, 5);
    await expect.poll(() => card().count()).toBe(0);
  });
});
