/**
 * Which main-thread work is TermLens's: a Chromium trace of a page load.
 * V8's trace events name the JavaScript world each call runs in, so a
 * `v8.callFunction` / `v8.run` in the content script's isolated world (its
 * world name is the extension's name), and the compile and run of its
 * scripts (the loader and the page script the background injects after it),
 * are TermLens's; the page's main thread tasks come from
 * `ThreadControllerImpl::RunTask`. No CPU profiler: it slows compilation and
 * JavaScript down enough to distort the very tasks we look for. The tracer
 * still adds a little per call into JavaScript (TermLens's TreeWalker filter
 * is called for every node), which errs against TermLens.
 */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: {
    fileName?: string;
    /** Metadata events: the thread's name. */
    name?: string;
    worldName?: string;
    data?: { url?: string };
    chrome_mojo_event_info?: { mojo_interface_tag?: string };
  };
}

const CATEGORIES = ['toplevel', 'v8'];
const TASK = 'ThreadControllerImpl::RunTask';
const CHECKPOINT = 'BlinkScheduler_PerformMicrotaskCheckpoint';

/** Records a trace while `action` runs. */
export async function recordTrace(
  cdp: CDPSession,
  action: () => Promise<void>,
  categories: readonly string[] = CATEGORIES,
): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = (event: { value: object[] }) => {
    events.push(...(event.value as TraceEvent[]));
  };
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: [...categories], excludedCategories: ['*'] },
  });
  try {
    await action();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  return events;
}

export interface TaskShare {
  startUs: number;
  ms: number;
  /** TermLens's JavaScript (and the GC it triggered) inside this task. */
  termlensMs: number;
  /** Whether this task evaluated the content script. */
  evaluation: boolean;
}

export interface TraceAttribution {
  /** Main-thread tasks of the page's renderer in which TermLens ran, longest first. */
  tasks: TaskShare[];
  /** The compile + top-level run of the content script's loader and of the page script injected after it. */
  evaluateMs: number;
  /** TermLens's JavaScript after that (settings, lexicon, scan, painting calls). */
  callbacksMs: number;
}

/** Attributes the trace's main-thread work to the extension with this origin; null if its script never ran. */
export function attributeTrace(events: readonly TraceEvent[], extensionOrigin: string): TraceAttribution | null {
  const isScript = (url: string | undefined) => !!url && url.startsWith(extensionOrigin + '/');
  const run = events.find((e) => e.name === 'v8.run' && e.ph === 'X' && isScript(e.args?.fileName));
  if (!run) return null;
  const { pid, tid } = run;
  const world = run.args?.worldName;
  const onMain = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X');
  const evaluation = onMain.filter(
    (e) =>
      (e.name === 'v8.compile' && isScript(e.args?.data?.url)) || (e.name === 'v8.run' && isScript(e.args?.fileName)),
  );
  const calls = onMain.filter(
    (e) => (e.name === 'v8.callFunction' || e.name === 'v8.run') && world !== undefined && e.args?.worldName === world,
  );
  const spans = outermost([...evaluation, ...calls]);
  const evaluationSet = new Set(evaluation);
  // Replies and messages from the extension's other parts (storage reads, the match data, the popup's
  // questions): their callbacks run TermLens code that leaves no V8 event naming its world, and the
  // promise continuations after them (building the lexicon, for one) run in the task's checkpoint. The
  // bench installs no other extension, so such a task is TermLens's whole.
  const extensionIpc = onMain.filter(
    (e) =>
      (e.name === 'Receive mojo reply' || e.name === 'Receive mojo message') &&
      !!e.args?.chrome_mojo_event_info?.mojo_interface_tag?.startsWith('extensions.mojom'),
  );

  const shares: TaskShare[] = [];
  let s = 0;
  for (const unit of eventLoopTasks(onMain)) {
    while (s < spans.length && spans[s].ts < unit.start) s++;
    let ours = 0;
    let evaluated = false;
    const counted = new Set<TraceEvent>();
    for (let k = s; k < spans.length && spans[k].ts < unit.end; k++) {
      const span = spans[k];
      evaluated ||= evaluationSet.has(span);
      // Promise continuations run in a microtask checkpoint with no world named: a checkpoint in
      // which TermLens code was called is TermLens's continuations (its scan runs in them).
      const checkpoint = unit.checkpoints.find((c) => span.ts >= c.ts && span.ts < c.ts + (c.dur ?? 0));
      if (checkpoint) {
        ours += checkpoint.dur ?? 0;
        counted.add(checkpoint);
        const checkpointEnd = checkpoint.ts + (checkpoint.dur ?? 0);
        while (k + 1 < spans.length && spans[k + 1].ts < checkpointEnd) k++;
      } else ours += span.dur ?? 0;
    }
    // So is the checkpoint after a task in which TermLens ran: it runs what TermLens's code queued, such as
    // the continuation that builds the lexicon when the background's reply arrives, which calls nothing
    // into Blink and so leaves no event of its own. Page microtasks queued in the same task would be
    // counted too, which errs against TermLens.
    if (ours > 0) for (const c of unit.checkpoints) if (!counted.has(c)) ours += c.dur ?? 0;
    if (extensionIpc.some((e) => e.ts >= unit.start && e.ts < unit.end)) ours = unit.end - unit.start;
    if (ours > 0) {
      shares.push({
        startUs: unit.start,
        ms: (unit.end - unit.start) / 1000,
        termlensMs: ours / 1000,
        evaluation: evaluated,
      });
    }
  }
  shares.sort((a, b) => b.ms - a.ms);
  const evaluateMs = evaluation.reduce((total, e) => total + (e.dur ?? 0), 0) / 1000;
  const ours = shares.reduce((total, task) => total + task.termlensMs, 0);
  return { tasks: shares, evaluateMs, callbacksMs: ours - evaluateMs };
}

interface EventLoopTask {
  start: number;
  end: number;
  checkpoints: TraceEvent[];
}

/** A task's microtask checkpoint starts this soon after it (µs); 70 µs was seen on this machine. */
const CHECKPOINT_GAP_US = 1000;

/** The main thread's tasks, each with the microtask checkpoint that directly follows it (one event-loop task). */
function eventLoopTasks(onMain: readonly TraceEvent[]): EventLoopTask[] {
  const units: EventLoopTask[] = [];
  for (const event of outermost(onMain.filter((e) => e.name === TASK || e.name === CHECKPOINT))) {
    const end = event.ts + (event.dur ?? 0);
    const last = units[units.length - 1];
    if (event.name === CHECKPOINT && last && event.ts - last.end < CHECKPOINT_GAP_US) {
      last.end = end;
      last.checkpoints.push(event);
    } else units.push({ start: event.ts, end, checkpoints: event.name === CHECKPOINT ? [event] : [] });
  }
  return units;
}

/** Events not nested in an earlier one (of the same list), by start time. */
function outermost(list: readonly TraceEvent[]): TraceEvent[] {
  const sorted = [...list].sort((a, b) => a.ts - b.ts);
  const result: TraceEvent[] = [];
  let end = -Infinity;
  for (const event of sorted) {
    if (event.ts < end) continue;
    result.push(event);
    end = event.ts + (event.dur ?? 0);
  }
  return result;
}
