/**
 * Tells the painter which watched blocks are near the viewport, with far
 * fewer IntersectionObserver targets than blocks on a long page.
 *
 * Chromium recomputes every target of an observer in each frame in which
 * the page's layout changed (a ticker, an image loading): about 2.5 µs per
 * target, 20 ms a frame for the 8,100 blocks with terms of the bench's 5 MB
 * page. Each target also keeps about 300 bytes. So consecutive blocks of one
 * flow (a parent's blocks and the items of lists in it: an article's
 * paragraphs and bullet lists are one flow) are grouped in runs, and a
 * second, coarse observer watches only the first and last block of each
 * run, ten screens ahead. A run that comes within reach has its blocks
 * watched one by one by the fine observer, which decides what is painted;
 * a run that goes out of reach is let go.
 *
 * Blocks in the page's flow lie between the first and the last, so a run
 * is within reach when either end is, or when its ends are on both sides of
 * the reach (the reader is inside a long run). A run taller than half the
 * reach, where a jump could land with both ends out of reach and nothing
 * reported, is split in two until its parts fit (how many blocks fit
 * depends on the page: a run is made before anything is measured); a run
 * too short to split and a run whose end is let go are watched block by
 * block.
 */

/**
 * Blocks per run, at most: 64 paragraphs of a long article span a few
 * screens, and taller runs are split. Fewer than MIN_RUN blocks are watched
 * one by one.
 */
const RUN_BLOCKS = 64;
const MIN_RUN = 4;

/** The coarse observer's reach: ten screens up and down, a screen sideways; in pixels inside scrollable boxes. */
const REACH = '1000% 100%';
const SCROLL_REACH = '4000px 1000px';

/** Where a run's end is, against the coarse observer's reach. */
type Side = 'above' | 'within' | 'below';

interface Run {
  blocks: Element[];
  first: Element;
  last: Element;
  firstSide?: Side;
  lastSide?: Side;
  /** Its blocks are watched one by one now. */
  fine: boolean;
}

export interface NearBlockWatcher {
  /** Starts watching these blocks, new ones, in page order: at the end of the task, with any others given in it. */
  watch(blocks: readonly Element[]): void;
  unwatch(block: Element): void;
}

/**
 * `report(block, near)` hears of blocks whose nearness may have changed
 * (with the fine observer's margins); `settled()` follows each batch.
 */
export function watchNearBlocks(
  fineOptions: IntersectionObserverInit,
  report: (block: Element, near: boolean) => void,
  settled: () => void,
): NearBlockWatcher {
  // Each run by its two ends; the blocks between are known to their run only (an entry for every block
  // was 0.11 MB on the bench's 5 MB page). Blocks let go meanwhile are taken out of their runs at the end
  // of the task (settle).
  const runOfEnd = new Map<Element, Run>();
  const runs = new Set<Run>();
  const dropped = new Set<Element>();

  const fine = new IntersectionObserver((entries) => {
    for (const { target, isIntersecting, boundingClientRect: box } of entries) {
      // A block without a box of its own (display: contents) cannot be located: it counts as near.
      report(target, isIntersecting || (box.width === 0 && box.height === 0));
    }
    settled();
  }, fineOptions);

  /** Watches a run's blocks one by one, or stops; the blocks let go are reported far. */
  const setFine = (run: Run, on: boolean) => {
    if (run.fine === on) return;
    run.fine = on;
    const { blocks } = run;
    for (const block of blocks) {
      if (on) fine.observe(block);
      else fine.unobserve(block);
    }
    if (!on) for (const block of blocks) report(block, false);
  };

  /** Watches these blocks (in page order, at least MIN_RUN) as a run, through its two ends. */
  const startRun = (blocks: Element[], fineNow: boolean) => {
    const run: Run = { blocks, first: blocks[0], last: blocks[blocks.length - 1], fine: fineNow };
    runs.add(run);
    runOfEnd.set(run.first, run);
    runOfEnd.set(run.last, run);
    coarse.observe(run.first);
    coarse.observe(run.last);
  };

  /** Stops watching a run through its ends. */
  const endRun = (run: Run) => {
    runs.delete(run);
    runOfEnd.delete(run.first);
    runOfEnd.delete(run.last);
    coarse.unobserve(run.first);
    coarse.unobserve(run.last);
  };

  /** Gives up on a run: its blocks are watched one by one from now on. */
  const dissolve = (run: Run) => {
    endRun(run);
    for (const block of run.blocks) if (!dropped.has(block)) fine.observe(block);
  };

  /**
   * A run too tall for its ends to tell where the reader is becomes two,
   * each watched through its own ends (and split again if still too tall);
   * a short one is dissolved. Its blocks stay watched one by one meanwhile
   * if they were.
   */
  const split = (run: Run) => {
    if (run.blocks.length < 2 * MIN_RUN) return dissolve(run);
    endRun(run);
    const middle = run.blocks.length >> 1;
    startRun(run.blocks.slice(0, middle), run.fine);
    startRun(run.blocks.slice(middle), run.fine);
  };

  const coarse = new IntersectionObserver(
    (entries) => {
      // The boxes of the runs' ends in this batch, and the reach's height.
      const ends = new Map<Run, DOMRectReadOnly[]>();
      let reach = Infinity;
      for (const { target, isIntersecting, boundingClientRect: box, rootBounds } of entries) {
        const run = runOfEnd.get(target);
        if (!run || (target !== run.first && target !== run.last)) continue;
        const side: Side =
          isIntersecting || !rootBounds || (box.width === 0 && box.height === 0)
            ? 'within'
            : box.bottom <= rootBounds.top
              ? 'above'
              : box.top >= rootBounds.bottom
                ? 'below'
                : 'within';
        if (target === run.first) run.firstSide = side;
        else run.lastSide = side;
        if (rootBounds) reach = rootBounds.height;
        const boxes = ends.get(run);
        if (boxes) boxes.push(box);
        else ends.set(run, [box]);
      }
      for (const [run, boxes] of ends) {
        if (run.firstSide && run.lastSide) {
          setFine(run, run.firstSide === 'within' || run.lastSide === 'within' || run.firstSide !== run.lastSide);
        }
        // Both ends measured at once: a run taller than half the reach could hold the reader with both
        // ends out of it after a jump, which the coarse observer does not see. Its parts keep what was
        // just decided until their own ends are measured, so the blocks near now are watched at once.
        if (boxes.length === 2 && spanOf(boxes) > reach / 2) split(run);
      }
      settled();
    },
    { rootMargin: REACH, scrollMargin: SCROLL_REACH },
  );

  /** Groups blocks into runs and starts watching them. */
  const group = (blocks: readonly Element[]) => {
    // Each block's flow is looked up once: the run's is the flow of its first block.
    let start = 0;
    let runFlow = blocks.length > 0 ? flowOf(blocks[0]) : null;
    for (let i = 1; i <= blocks.length; i++) {
      const flow = i < blocks.length ? flowOf(blocks[i]) : null;
      const full = i - start === RUN_BLOCKS;
      if (i < blocks.length && !full && flow === runFlow) continue;
      const run = blocks.slice(start, i);
      start = i;
      runFlow = flow;
      if (run.length < MIN_RUN) {
        for (const block of run) fine.observe(block);
        continue;
      }
      startRun(run, false);
    }
  };

  // Blocks given to watch() wait for the end of the task, so that runs are made of all the blocks one
  // slice of a scan added: the painter adds them a batch of resolved matches at a time, a few blocks
  // each, which cut every run short (twice the observed elements on the bench's 5 MB page).
  // A set, in the order given: unwatch() takes a waiting block out at once. The blocks let go in the
  // task leave their runs first, so that one let go and given again joins only its new run.
  const pending = new Set<Element>();
  let settling = false;
  const settle = () => {
    settling = false;
    if (dropped.size > 0) {
      for (const run of runs) {
        if (run.blocks.some((block) => dropped.has(block)))
          run.blocks = run.blocks.filter((block) => !dropped.has(block));
      }
      dropped.clear();
    }
    const blocks = [...pending];
    pending.clear();
    group(blocks);
  };
  const settleAtEndOfTask = () => {
    if (!settling) queueMicrotask(settle);
    settling = true;
  };

  return {
    watch(blocks) {
      if (blocks.length === 0) return;
      settleAtEndOfTask();
      for (const block of blocks) pending.add(block);
    },
    unwatch(block) {
      pending.delete(block);
      fine.unobserve(block);
      const run = runOfEnd.get(block);
      if (run) {
        run.blocks = run.blocks.filter((other) => other !== block);
        dissolve(run);
      } else if (runs.size > 0) {
        dropped.add(block);
        settleAtEndOfTask();
      }
    },
  };
}

const LISTS = new Set(['ul', 'ol', 'dl']);

/** The box whose flow a block is laid out in: its parent, or the parent of the list it is an item of. */
function flowOf(block: Element): Node | null {
  const parent = block.parentNode;
  return parent?.nodeType === 1 && LISTS.has((parent as Element).localName) ? parent.parentNode : parent;
}

/** The height from the top of the higher box to the bottom of the lower one. */
function spanOf(boxes: readonly DOMRectReadOnly[]): number {
  return Math.max(...boxes.map((box) => box.bottom)) - Math.min(...boxes.map((box) => box.top));
}
