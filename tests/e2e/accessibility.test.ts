/**
 * axe-core on the extension's own pages, in light and dark: no serious or
 * critical violations on the popup (each section, a term, a comparison), the
 * reference page and the options page.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledPack } from '../../glossary/data';
import { startE2E, type E2E } from './support';

const comparisonId = bundledPack.comparisons[0]?.id;

/** Serious and critical violations, one readable line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

describe.each(['light', 'dark'] as const)('accessibility (%s)', (colorScheme) => {
  let e2e: E2E;
  let page: Page;
  const extensionUrl = (path: string) => `chrome-extension://${e2e.browser.extensionId}/${path}`;

  beforeAll(async () => {
    e2e = await startE2E({ colorScheme });
    page = await e2e.browser.context.newPage();
  });

  afterAll(async () => {
    await e2e?.close();
  });

  const popupStates: [string, (popup: Page) => Promise<void>][] = [
    ['on open', () => Promise.resolve()],
    [
      'with search results',
      async (popup) => {
        await popup.locator('[data-testid=search-input]').fill('contract');
        await popup.locator('[data-testid=search-results] [role=option]').first().waitFor();
      },
    ],
    [
      'on a term',
      async (popup) => {
        await popup.locator('[data-testid=search-input]').fill('CMO');
        await popup.keyboard.press('Enter');
        await popup.locator('[data-testid=term-view]').waitFor();
      },
    ],
    [
      'browsing a category',
      async (popup) => {
        await popup.locator('[data-testid=tab-browse]').click();
        await popup.locator('[data-category=outsourcing] summary').click();
      },
    ],
    [
      'on a comparison',
      async (popup) => {
        await popup.locator('[data-testid=tab-compare]').click();
        if (!comparisonId) return;
        await popup.locator(`[data-comparison=${comparisonId}] button`).click();
        await popup.locator('[data-testid=comparison]').waitFor();
      },
    ],
  ];

  it.each(popupStates)('popup %s', async (_name, prepare) => {
    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(extensionUrl('popup.html'));
    await page.locator('[data-testid=search-input]').waitFor();
    await prepare(page);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it.each(['', '#term/cmo', ...(comparisonId ? [`#compare/${comparisonId}`] : []), '#category/quality'])(
    'reference page %s',
    async (hash) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(extensionUrl(`glossary.html${hash}`));
      await page.locator('[data-testid=reference-main] h2').first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    },
  );

  it('options page', async () => {
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.goto(extensionUrl('options.html'));
    await page.locator('main').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
