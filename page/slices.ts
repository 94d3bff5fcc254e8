/**
 * Runs long work in short slices when the browser is idle, so a huge page
 * never gets a long task from us. Each slice gets a deadline of `sliceMs`.
 */

type IdleWindow = typeof globalThis & {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
};

/** Waits for an idle moment (or at most `timeout` ms), or a macrotask where idle callbacks do not exist. */
export function nextIdle(timeout = 150): Promise<void> {
  const w = globalThis as IdleWindow;
  return new Promise((resolve) => {
    if (typeof w.requestIdleCallback === 'function') w.requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 0);
  });
}

/**
 * Calls `step` repeatedly, one slice at a time, until it returns true (done)
 * or `signal` aborts. `step` checks `outOfTime()` between units of work.
 */
export async function runInSlices(
  step: (outOfTime: () => boolean) => boolean,
  signal: AbortSignal,
  sliceMs = 8,
): Promise<SliceStats> {
  const stats: SliceStats = { busyMs: 0, slices: 0, longestSliceMs: 0 };
  for (;;) {
    if (signal.aborted) return stats;
    const started = performance.now();
    const deadline = started + sliceMs;
    const outOfTime = () => performance.now() >= deadline;
    let done: boolean;
    do {
      done = step(outOfTime);
    } while (!done && !outOfTime() && !signal.aborted);
    const spent = performance.now() - started;
    stats.busyMs += spent;
    stats.slices++;
    stats.longestSliceMs = Math.max(stats.longestSliceMs, spent);
    if (done || signal.aborted) return stats;
    await nextIdle();
  }
}

export interface SliceStats {
  /** Time spent working, idle gaps excluded. */
  busyMs: number;
  slices: number;
  longestSliceMs: number;
}
