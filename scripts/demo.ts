/**
 * `npm start` (after the build): opens Chromium with TermLens on the demo
 * page. With a display, a real window you can use; without one, headless
 * screenshots of the page, an open tooltip, the popup and the options page
 * in demo-output/.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from './lib/chromium';
import { startStaticServer } from './lib/static-server';

const OUTPUT = resolve('demo-output');
const PAGES = resolve('tests/fixtures/pages');

async function centreOf(page: Page, selector: string, word: string) {
  return page.evaluate(
    ({ selector, word }) => {
      const root = document.querySelector(selector)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const i = node.textContent!.indexOf(word);
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + word.length);
        const rect = range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      throw new Error(`${word} not found`);
    },
    { selector, word },
  );
}

async function main() {
  const server = await startStaticServer(PAGES);
  const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const browser = await launchChromium({ headless: !headed, viewport: { width: 1100, height: 860 } });
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/demo.html`);

  if (headed) {
    console.log(`TermLens is running on ${server.url}/demo.html — hover a marked term. Close the window to stop.`);
    await new Promise<void>((done) => browser.context.on('close', () => done()));
    await server.close();
    return;
  }

  mkdirSync(OUTPUT, { recursive: true });
  const shots: string[] = [];
  const shoot = async (target: Page, name: string) => {
    const path = resolve(OUTPUT, name);
    await target.screenshot({ path });
    shots.push(path);
  };

  await page.waitForFunction(() => [...CSS.highlights.keys()].some((name) => name.startsWith('termlens-')));
  await page.waitForTimeout(300);
  await shoot(page, '1-page-highlights.png');

  const { x, y } = await centreOf(page, '#p-cdmo', 'CDMO');
  await page.mouse.move(x, y);
  await page.locator('termlens-ui [data-testid=termlens-tooltip]').waitFor();
  await page.waitForTimeout(200);
  await shoot(page, '2-tooltip-en.png');

  await page.mouse.move(5, 5);
  await page.locator('termlens-ui [data-testid=termlens-tooltip]').waitFor({ state: 'detached' });

  // The options page: switch the reader's language to Chinese, as a reader in China would.
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.locator('[data-testid=style-choice]').waitFor();
  await shoot(options, '5-options.png');
  await options.locator('input[name=language][value=zh]').check({ force: true });
  await options.close();

  await page.bringToFront();
  await page.locator('#p-zh-cdmo').scrollIntoViewIfNeeded();
  const zh = await centreOf(page, '#p-zh-cmo', 'CMO');
  await page.mouse.move(zh.x, zh.y);
  await page.locator('termlens-ui [data-testid=termlens-tooltip][data-term=cmo]').waitFor();
  await page.waitForTimeout(200);
  await shoot(page, '3-tooltip-zh.png');

  // The popup, asked about the demo tab (as if opened from the toolbar there).
  const tabId = await browser.context.serviceWorkers()[0].evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } }).chrome;
    return (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
  });
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('[data-testid=search-input]').waitFor();
  await popup.waitForTimeout(600);
  await shoot(popup, '4-popup.png');

  await browser.close();
  await server.close();
  console.log('No display found, so TermLens ran headless. Screenshots:');
  for (const shot of shots) console.log(`  ${shot}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
