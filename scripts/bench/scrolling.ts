/**
 * What scrolling a page costs its main thread, with and without TermLens.
 * Not one of the budgets, but what a reader of a long page feels:
 * every change to a registered Highlight makes Chromium repaint the whole
 * document, and the painter's IntersectionObserver is updated as the page
 * moves. Measured from a trace (Blink's own work, not just our scripts): the
 * renderer main thread's task time during mouse-wheel steps of 1,500 px,
 * 30 ms apart, after the first scan.
 */
import type { BrowserContext } from 'playwright-core';
import { openSettledPage } from './extension-runs';
import { median } from './stats';
import { recordTrace, type TraceEvent } from './trace';

const STEP_PX = 1500;
const STEP_GAP_MS = 30;

export interface ScrollCost {
  /** The renderer main thread's task time during the scroll, median over loads. */
  busyMs: number;
  /** How long the scripted scroll took (the wheel steps wait for the page). */
  wallMs: number;
  loads: number;
}

export async function measureScroll(
  context: BrowserContext,
  extensionOrigin: string,
  url: string,
  withExtension: boolean,
  plan: { loads: number; steps: number },
): Promise<ScrollCost> {
  const { loads, steps } = plan;
  const busy: number[] = [];
  const wall: number[] = [];
  for (let load = 0; load < loads; load++) {
    const tracked = await openSettledPage(context, extensionOrigin, url, withExtension, 500);
    try {
      await tracked.page.mouse.move(500, 400);
      let started = 0;
      let finished = 0;
      const events = await recordTrace(
        tracked.cdp,
        async () => {
          started = Date.now();
          for (let step = 0; step < steps; step++) {
            await tracked.page.mouse.wheel(0, STEP_PX);
            await tracked.page.waitForTimeout(STEP_GAP_MS);
          }
          finished = Date.now();
          await tracked.page.waitForTimeout(300); // the last frames and the painter's last repaint
        },
        ['toplevel'],
      );
      busy.push(busiestRendererMs(events));
      wall.push(finished - started);
    } finally {
      await tracked.close();
    }
  }
  return { busyMs: median(busy), wallMs: median(wall), loads };
}

/** Task time of the busiest renderer main thread: the scrolled page's (other renderers sit idle). */
function busiestRendererMs(events: readonly TraceEvent[]): number {
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const busy = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask') continue;
    const thread = `${e.pid}:${e.tid}`;
    if (mainThreads.has(thread)) busy.set(thread, (busy.get(thread) ?? 0) + (e.dur ?? 0) / 1000);
  }
  return Math.max(0, ...busy.values());
}
