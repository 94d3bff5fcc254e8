/**
 * Latencies a reader feels: hover → tooltip, and popup open → first paint.
 *
 * Hover: a probe in the page's main world records the pointermove's
 * timestamp, watches the tooltip's open shadow root with a
 * MutationObserver (the card inserted, then positioned), and takes the next
 * animation frame after the last change as the frame it is painted in. The
 * latency is counted from the end of the hover delay.
 *
 * Popup: popup.html opened in a tab; its first-contentful-paint entry (from
 * navigation start) — the toolbar click itself cannot be automated.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { openTrackedPage, waitForScan } from './extension-runs';
import { navigate } from './in-page-timing';
import { median } from './stats';

interface HoverProbe {
  moveAt: number;
  lastChangeAt: number;
  frameAt: number;
  done: boolean;
}
type ProbeWindow = Window & { __hoverProbe?: HoverProbe };

/** Installs the probe; resolves at once. */
function installProbe(page: Page): Promise<void> {
  return page.evaluate(() => {
    const probe: HoverProbe = { moveAt: -1, lastChangeAt: -1, frameAt: -1, done: false };
    (window as ProbeWindow).__hoverProbe = probe;
    const onMove = (event: PointerEvent) => {
      probe.moveAt = event.timeStamp;
    };
    addEventListener('pointermove', onMove, { capture: true, passive: true });
    let frameRequested = false;
    const changed = () => {
      const card = document.querySelector('termlens-ui')?.shadowRoot?.querySelector('[data-testid=termlens-tooltip]');
      if (!card || probe.moveAt < 0) return;
      probe.lastChangeAt = performance.now();
      if (frameRequested) return;
      frameRequested = true;
      // Changes later in the same task (positioning) still land before this frame.
      requestAnimationFrame(() => {
        probe.frameAt = performance.now();
        probe.done = true;
        removeEventListener('pointermove', onMove, { capture: true });
        shadowObserver.disconnect();
        hostObserver.disconnect();
      });
    };
    const shadowObserver = new MutationObserver(changed);
    const observeHost = () => {
      const root = document.querySelector('termlens-ui')?.shadowRoot;
      if (!root) return false;
      shadowObserver.observe(root, { subtree: true, childList: true, attributes: true });
      return true;
    };
    // The tooltip's host is created on first use.
    const hostObserver = new MutationObserver(() => {
      if (observeHost()) {
        hostObserver.disconnect();
        changed();
      }
    });
    if (!observeHost()) hostObserver.observe(document.documentElement, { childList: true });
  });
}

/** The centre of the n-th painted term, scrolled into view. */
function pointOfPaintedTerm(page: Page, nth: number): Promise<{ x: number; y: number } | null> {
  return page.evaluate((nth) => {
    const spans: AbstractRange[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (name.startsWith('termlens-') && !name.endsWith('unsure')) for (const span of highlight) spans.push(span);
    }
    const span = spans[nth % Math.max(1, spans.length)];
    if (!span) return null;
    // Painted spans are StaticRanges, which have no geometry: measure a live Range over the same text.
    const range = document.createRange();
    range.setStart(span.startContainer, span.startOffset);
    range.setEnd(span.endContainer, span.endOffset);
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0];
    return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
  }, nth);
}

export interface HoverTimes {
  /** From the end of the delay to the tooltip in place, per hover (the first is cold). */
  visible: number[];
  /** The same to the frame that paints it. */
  frame: number[];
}

export async function measureHover(
  context: BrowserContext,
  extensionOrigin: string,
  url: string,
  hovers: number,
  delayMs: number,
): Promise<HoverTimes> {
  const tracked = await openTrackedPage(context, extensionOrigin);
  const { page } = tracked;
  const times: HoverTimes = { visible: [], frame: [] };
  try {
    await navigate(page, url);
    if (!(await waitForScan(tracked))) throw new Error('hover: the page was never scanned');
    for (let hover = 0; hover < hovers; hover++) {
      // Away from any term, long enough for the tooltip to close (300 ms grace).
      await page.mouse.move(2, 2);
      await page.waitForTimeout(700);
      const point = await pointOfPaintedTerm(page, hover * 7);
      if (!point) throw new Error('hover: no painted term on the page');
      await page.waitForTimeout(200);
      await installProbe(page);
      await page.mouse.move(point.x, point.y);
      await page.waitForFunction(() => (window as ProbeWindow).__hoverProbe?.done === true, undefined, {
        timeout: 10_000,
      });
      const probe = await page.evaluate(() => (window as ProbeWindow).__hoverProbe!);
      const restAt = probe.moveAt + delayMs;
      times.visible.push(probe.lastChangeAt - restAt);
      times.frame.push(probe.frameAt - restAt);
    }
  } finally {
    await tracked.close();
  }
  return times;
}

export interface PopupTimes {
  firstPaint: number[];
}

export async function measurePopup(context: BrowserContext, extensionId: string, opens: number): Promise<PopupTimes> {
  const firstPaint: number[] = [];
  for (let open = 0; open < opens; open++) {
    const page = await context.newPage();
    try {
      await page.goto(`chrome-extension://${extensionId}/popup.html`, { waitUntil: 'load' });
      const paint = await page.waitForFunction(
        () => {
          const fcp = performance.getEntriesByName('first-contentful-paint')[0];
          const mark = performance.getEntriesByName('termlens:popup-painted')[0];
          return (fcp ?? mark)?.startTime ?? null;
        },
        undefined,
        { timeout: 10_000 },
      );
      firstPaint.push(await paint.jsonValue());
    } finally {
      await page.close();
    }
  }
  return { firstPaint };
}

/** Medians over loads: of each load's first hover (a page's first tooltip), and of the hovers after it. */
export function summarizeHover(loads: readonly HoverTimes[]) {
  const warm = loads.flatMap((times) => times.visible.slice(1));
  const warmFrames = loads.flatMap((times) => times.frame.slice(1));
  return {
    first: median(loads.map((times) => times.visible[0] ?? NaN)),
    median: median(warm),
    frameMedian: median(warmFrames),
  };
}
