/**
 * Measurements of the real, built extension in Chromium: its first scan on
 * a fresh load, long tasks during load with and without it, and the trace
 * that says which main-thread work was TermLens's.
 *
 * The scan's figures come from the content script itself. It records them
 * with `performance.measure('termlens:scan', { detail: stats })`; we read
 * them in the content script's isolated world over CDP, so the bench keeps
 * working when the hook moves to an isolated-world global (`__termlensScans`,
 * which the page cannot see; see the README's Performance section).
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { ScanStats } from '../../page/page-scanner';
import { navigate } from './in-page-timing';
import { median } from './stats';
import { attributeTrace, recordTrace, type TraceAttribution } from './trace';

export interface TrackedPage {
  page: Page;
  cdp: CDPSession;
  /** The content script's isolated world in the main frame, once it exists. */
  termlensContext(): string | null;
  close(): Promise<void>;
}

interface ExecutionContext {
  uniqueId: string;
  origin: string;
  auxData?: { frameId?: string; type?: string };
}

/** A new tab with a CDP session that follows the extension's isolated world across navigations. */
export async function openTrackedPage(context: BrowserContext, extensionOrigin: string): Promise<TrackedPage> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  let current: string | null = null;
  const tree = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const mainFrame = tree.frameTree.frame.id;
  cdp.on('Runtime.executionContextCreated', (event: { context: ExecutionContext }) => {
    const created = event.context;
    if (created.origin === extensionOrigin && created.auxData?.frameId === mainFrame) current = created.uniqueId;
  });
  cdp.on('Runtime.executionContextsCleared', () => (current = null));
  await cdp.send('Runtime.enable');
  return {
    page,
    cdp,
    termlensContext: () => current,
    async close() {
      await cdp.detach().catch(() => undefined);
      await page.close();
    },
  };
}

export interface ScanReport extends ScanStats {
  /** How many scans the content script reported (more than one: it scanned again). */
  scans: number;
}

/**
 * Read in the content script's isolated world: the first full scan's stats.
 * Today from the `termlens:scan` performance measure (which the page can read
 * too); the proposed hook keeps them in an isolated-world global instead.
 */
const READ_STATS = `(() => {
  const own = globalThis.__termlensScans;
  if (Array.isArray(own) && own.length > 0) return { ...own[0], scans: own.length };
  const entries = performance.getEntriesByName('termlens:scan');
  return entries.length ? { ...entries[0].detail, scans: entries.length } : null;
})()`;

/** The content script's first scan of the current document, once it has finished. */
export async function waitForScan(tracked: TrackedPage, timeoutMs = 60_000): Promise<ScanReport | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const context = tracked.termlensContext();
    if (context) {
      const result = (await tracked.cdp
        .send('Runtime.evaluate', { uniqueContextId: context, expression: READ_STATS, returnByValue: true })
        .catch(() => null)) as { result?: { value?: ScanReport | null } } | null;
      const value = result?.result?.value;
      if (value) return value;
    }
    await tracked.page.waitForTimeout(50);
  }
  return null;
}

/** Installed before any page script: collects long tasks from the start of the load. */
export const LONG_TASK_OBSERVER = `(() => {
  const tasks = [];
  window.__benchLongTasks = tasks;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, ms: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

export interface LongTasks {
  count: number;
  longest_ms: number;
  total_ms: number;
}

export async function readLongTasks(page: Page): Promise<LongTasks> {
  const tasks = await page.evaluate(
    () => (window as unknown as { __benchLongTasks?: { start: number; ms: number }[] }).__benchLongTasks ?? [],
  );
  return {
    count: tasks.length,
    longest_ms: tasks.reduce((longest, task) => Math.max(longest, task.ms), 0),
    total_ms: tasks.reduce((sum, task) => sum + task.ms, 0),
  };
}

/**
 * Loads `url` in a fresh tracked page and lets it settle: after TermLens's
 * first scan when the extension runs, after the load otherwise. The caller
 * closes the page.
 */
export async function openSettledPage(
  context: BrowserContext,
  extensionOrigin: string,
  url: string,
  withExtension: boolean,
  settleMs: number,
): Promise<TrackedPage> {
  const tracked = await openTrackedPage(context, extensionOrigin);
  try {
    await navigate(tracked.page, url);
    if (withExtension && !(await waitForScan(tracked))) throw new Error(`no scan finished on ${url}`);
    await tracked.page.waitForTimeout(settleMs);
    return tracked;
  } catch (error) {
    await tracked.close();
    throw error;
  }
}

export interface ExtensionLoad {
  scan: ScanReport | null;
  /** From the start of navigation to the end of the first scan. */
  elapsedMs: number;
  longTasks: LongTasks;
}

/** A fresh load with the extension: its first (cold) scan and the long tasks until half a second after it. */
export async function loadWithExtension(
  context: BrowserContext,
  extensionOrigin: string,
  url: string,
): Promise<ExtensionLoad> {
  const tracked = await openTrackedPage(context, extensionOrigin);
  try {
    await tracked.page.addInitScript(LONG_TASK_OBSERVER);
    const started = Date.now();
    await navigate(tracked.page, url);
    const scan = await waitForScan(tracked);
    const elapsedMs = Date.now() - started;
    await tracked.page.waitForTimeout(500);
    return { scan, elapsedMs, longTasks: await readLongTasks(tracked.page) };
  } finally {
    await tracked.close();
  }
}

/** The same load without the extension, observed for as long as the run with it took. */
export async function loadWithout(context: BrowserContext, url: string, observeMs: number): Promise<LongTasks> {
  const page = await context.newPage();
  try {
    await page.addInitScript(LONG_TASK_OBSERVER);
    const started = Date.now();
    await navigate(page, url);
    await page.waitForTimeout(Math.max(0, observeMs - (Date.now() - started)) + 500);
    return await readLongTasks(page);
  } finally {
    await page.close();
  }
}

export interface TracedLoad {
  scan: ScanReport | null;
  attribution: TraceAttribution | null;
}

/** A fresh load with the extension under the tracer. */
export async function tracedLoad(
  context: BrowserContext,
  extensionOrigin: string,
  url: string,
  waitForScanToo = true,
): Promise<TracedLoad> {
  const tracked = await openTrackedPage(context, extensionOrigin);
  try {
    let scan: ScanReport | null = null;
    const events = await recordTrace(tracked.cdp, async () => {
      await navigate(tracked.page, url);
      if (waitForScanToo) scan = await waitForScan(tracked);
      await tracked.page.waitForTimeout(waitForScanToo ? 300 : 1000);
    });
    return { scan, attribution: attributeTrace(events, extensionOrigin) };
  } finally {
    await tracked.close();
  }
}

export interface StartupCost {
  evaluateMs: number;
  callbacksMs: number;
  totalMs: number;
  loads: number;
  matches: number;
}

/** The content script's main-thread cost on a page (evaluation + everything it ran), median of traced loads. */
export async function measureStartup(
  context: BrowserContext,
  extensionOrigin: string,
  url: string,
  loads: number,
  hasText: boolean,
): Promise<StartupCost> {
  const evaluate: number[] = [];
  const callbacks: number[] = [];
  const totals: number[] = [];
  let matches = 0;
  for (let load = 0; load < loads; load++) {
    const { attribution, scan } = await tracedLoad(context, extensionOrigin, url, hasText);
    if (!attribution) continue;
    evaluate.push(attribution.evaluateMs);
    callbacks.push(attribution.callbacksMs);
    totals.push(attribution.evaluateMs + attribution.callbacksMs);
    matches = scan?.matches ?? matches;
  }
  return {
    evaluateMs: median(evaluate),
    callbacksMs: median(callbacks),
    totalMs: median(totals),
    loads: totals.length,
    matches,
  };
}

/**
 * What the page's own DOM changes cost: 500 appends and removals of a
 * paragraph, timed in the page, once the scan is done (with the extension)
 * or the page has loaded (without). Live Ranges would be updated on every
 * mutation; TermLens's StaticRanges are not, so what is left is its
 * mutation observer.
 */
export async function measureMutations(
  context: BrowserContext,
  extensionOrigin: string,
  url: string,
  withExtension: boolean,
): Promise<number> {
  const tracked = await openSettledPage(context, extensionOrigin, url, withExtension, 300);
  try {
    const runs = await tracked.page.evaluate(() => {
      const times: number[] = [];
      for (let run = 0; run < 5; run++) {
        const started = performance.now();
        for (let i = 0; i < 500; i++) {
          const paragraph = document.createElement('p');
          paragraph.textContent = 'x';
          document.body.appendChild(paragraph);
          paragraph.remove();
        }
        times.push(performance.now() - started);
      }
      return times;
    });
    return median(runs);
  } finally {
    await tracked.close();
  }
}
