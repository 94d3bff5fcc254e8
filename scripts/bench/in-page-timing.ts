/**
 * Floor, collector and TermLens timed inside one loaded page of a browser
 * without the extension: the harness (in-page/harness.ts) is injected, the
 * three are warmed up, then run in turns (floor, collect, TermLens, floor, …)
 * so that drift in the machine's load hits all three alike.
 */
import type { Page } from 'playwright-core';
import type { MatchData } from '../../glossary/match-data';
import type { ScanSettings } from '../../page/page-scanner';
import type { BenchHarness, CollectRun, FloorRun, ReferenceRun, ScanRun } from './in-page/harness';

export interface InPageTimes {
  buildMs: number;
  floor: FloorRun[];
  collect: CollectRun[];
  scan: ScanRun[];
  /** After the rounds: the floor, a walk over elements too and the matcher alone, in turns (references, not budgets). */
  references: ReferenceRun[];
}

export interface InPageOptions {
  harness: string;
  highlightCss: string;
  matchData: MatchData;
  settings: ScanSettings;
  warmups: number;
  runs: number;
}

type HarnessWindow = Window & { __termlensBench: BenchHarness };

/**
 * Navigates and waits until the document has loaded. Not `goto`'s own
 * waiting: when a page's script starts a navigation elsewhere (answered with
 * 204 by the bench, so the page stays), Playwright keeps waiting for it.
 */
export async function navigate(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
  await page.waitForFunction(() => document.readyState === 'complete', undefined, { timeout: 120_000, polling: 50 });
}

/** Loads `url` and lets the page's own scripts settle. */
export async function loadPage(page: Page, url: string, settleMs = 300): Promise<void> {
  await navigate(page, url);
  await page.waitForTimeout(settleMs);
}

/** A page whose scripts navigated away measured something else. */
export function assertStillAt(page: Page, url: string): void {
  if (page.url() !== url) throw new Error(`${url} navigated to ${page.url()} during the measurement`);
}

export async function timeInPage(page: Page, url: string, options: InPageOptions): Promise<InPageTimes> {
  await loadPage(page, url);
  // The extension's manifest stylesheet, so painted highlights cost what they cost with the extension.
  await page.addStyleTag({ content: options.highlightCss });
  await page.addScriptTag({ content: options.harness });
  const { buildMs } = await page.evaluate(
    (data) => (window as unknown as HarnessWindow).__termlensBench.init(data),
    options.matchData,
  );
  const times: InPageTimes = { buildMs, floor: [], collect: [], scan: [], references: [] };
  for (let run = 0; run < options.warmups + options.runs; run++) {
    const round = await page.evaluate(async (settings) => {
      const bench = (window as unknown as HarnessWindow).__termlensBench;
      const floor = bench.floor();
      const collect = bench.collect();
      const scan = await bench.scan(settings);
      return { floor, collect, scan };
    }, options.settings);
    if (run < options.warmups) continue;
    times.floor.push(round.floor);
    times.collect.push(round.collect);
    times.scan.push(round.scan);
  }
  await page.evaluate(() => (window as unknown as HarnessWindow).__termlensBench.clear());
  // Three times the runs, so that each of the three takes each place in turn equally often.
  times.references = await page.evaluate((runs) => {
    const bench = (window as unknown as HarnessWindow).__termlensBench;
    return Array.from({ length: runs }, () => bench.references());
  }, 3 * options.runs);
  assertStillAt(page, url);
  return times;
}
