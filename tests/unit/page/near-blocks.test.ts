import { Window } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchNearBlocks } from '../../../page/near-blocks';

/**
 * A page laid out by hand (each block's top and height, in page pixels),
 * scrolled by the test, and IntersectionObservers that report as Chromium's
 * do: every target once when first observed, then each one whose
 * intersection with the root (the viewport grown by the observer's margin)
 * changed.
 */
const VIEWPORT = 500;
/** The painter's lead (PAINT_AHEAD is 200% of the viewport) and the coarse reach (ten screens). */
const FINE_MARGIN = 2 * VIEWPORT;
const COARSE_MARGIN = 10 * VIEWPORT;

let scroll = 0;
const boxes = new Map<Element, { top: number; height: number }>();
const observers: FakeObserver[] = [];

class FakeObserver {
  readonly states = new Map<Element, boolean | undefined>();
  readonly margin: number;

  constructor(
    private readonly callback: (entries: IntersectionObserverEntry[]) => void,
    options: IntersectionObserverInit,
  ) {
    this.margin = options.rootMargin === '1000% 100%' ? COARSE_MARGIN : FINE_MARGIN;
    observers.push(this);
  }

  observe(target: Element) {
    if (!this.states.has(target)) this.states.set(target, undefined);
  }

  unobserve(target: Element) {
    this.states.delete(target);
  }

  /** Reports the targets whose intersection changed; whether there were any. */
  deliver(): boolean {
    const root = { top: -this.margin, bottom: VIEWPORT + this.margin, height: VIEWPORT + 2 * this.margin };
    const entries: IntersectionObserverEntry[] = [];
    for (const [target, was] of this.states) {
      const box = boxes.get(target)!;
      const top = box.top - scroll;
      const bottom = top + box.height;
      const isIntersecting = bottom > root.top && top < root.bottom;
      if (isIntersecting === was) continue;
      this.states.set(target, isIntersecting);
      entries.push({
        target,
        isIntersecting,
        boundingClientRect: { top, bottom, width: 600, height: box.height },
        rootBounds: root,
      } as unknown as IntersectionObserverEntry);
    }
    if (entries.length > 0) this.callback(entries);
    return entries.length > 0;
  }
}

/** Lets the observers report until nothing changes, as the frames after a scroll would. */
function settle() {
  for (let round = 0; observers.some((observer) => observer.deliver()); round++) {
    if (round > 10) throw new Error('the observers never settled');
  }
}

/** Blocks under their parents, stacked down the page with these heights; `parentEvery` blocks per parent. */
function layOut(heights: readonly number[], parentEvery = Infinity): Element[] {
  const { document } = new Window();
  let parent = document.createElement('div');
  let top = 0;
  return heights.map((height, i) => {
    if (i > 0 && i % parentEvery === 0) parent = document.createElement('div');
    const block = document.createElement('p') as unknown as Element;
    parent.appendChild(block as never);
    boxes.set(block, { top, height });
    top += height;
    return block;
  });
}

/**
 * An article: paragraphs under one parent with a bullet list of three items after every fifth, stacked
 * down the page 40 pixels each; its blocks (paragraphs and items) in page order.
 */
function layOutArticle(paragraphs: number): Element[] {
  const { document } = new Window();
  const article = document.createElement('article');
  const blocks: Element[] = [];
  const add = (block: Element, parent: { appendChild(node: never): unknown }) => {
    parent.appendChild(block as never);
    boxes.set(block, { top: blocks.length * 40, height: 40 });
    blocks.push(block);
  };
  for (let i = 0; i < paragraphs; i++) {
    add(document.createElement('p') as unknown as Element, article);
    if (i % 5 !== 4) continue;
    const list = document.createElement('ul');
    article.appendChild(list);
    for (let item = 0; item < 3; item++) add(document.createElement('li') as unknown as Element, list);
  }
  return blocks;
}

/** What the painter would hold near: the blocks within its lead of the viewport. */
function expectedNear(blocks: readonly Element[]): Element[] {
  return blocks.filter((block) => {
    const { top, height } = boxes.get(block)!;
    return top + height > scroll - FINE_MARGIN && top < scroll + VIEWPORT + FINE_MARGIN;
  });
}

/** Watches these blocks, handed over `batch` at a time in one task as the painter does, and lets the observers report. */
async function watch(blocks: readonly Element[], batch = blocks.length) {
  const near = new Set<Element>();
  const watcher = watchNearBlocks(
    { rootMargin: '200% 50%' },
    (block, isNear) => (isNear ? near.add(block) : near.delete(block)),
    () => undefined,
  );
  for (let at = 0; at < blocks.length; at += batch) watcher.watch(blocks.slice(at, at + batch));
  // The watcher takes the blocks of a task at its end.
  await Promise.resolve();
  settle();
  const [fine, coarse] = observers;
  return { near, watcher, fine, coarse };
}

const nearInOrder = (near: Set<Element>, blocks: readonly Element[]) => blocks.filter((block) => near.has(block));

beforeEach(() => {
  scroll = 0;
  boxes.clear();
  observers.length = 0;
  globalThis.IntersectionObserver = FakeObserver as unknown as typeof IntersectionObserver;
});

afterEach(() => {
  delete (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver;
});

describe('watching which blocks are near', () => {
  it('watches a long run of sibling blocks through its two ends until it comes within reach', async () => {
    const blocks = layOut(Array(1000).fill(40));
    const { near, fine, coarse } = await watch(blocks);
    expect(nearInOrder(near, blocks)).toEqual(expectedNear(blocks));
    // 16 runs (15 of 64 blocks and one of 40), two ends each; only the runs within ten screens, one by one.
    expect(coarse.states.size).toBe(32);
    expect(fine.states.size).toBeLessThan(200);
  });

  it('makes full runs of blocks handed over a few at a time in one task', async () => {
    // The painter hands over the blocks of each batch of resolved matches: five at a time here.
    const blocks = layOut(Array(1000).fill(40));
    const { near, coarse } = await watch(blocks, 5);
    expect(coarse.states.size).toBe(32);
    expect(nearInOrder(near, blocks)).toEqual(expectedNear(blocks));
  });

  it('runs an article’s bullet lists together with its paragraphs', async () => {
    // 400 paragraphs and 80 lists of 3 items: 640 blocks, 10 runs of 64 when the lists' items join the flow.
    const blocks = layOutArticle(400);
    const { near, coarse } = await watch(blocks);
    expect(coarse.states.size).toBe(20);
    for (const at of [0, 3000, 12_000, 25_000, 9000]) {
      scroll = at;
      settle();
      expect(nearInOrder(near, blocks), `scrolled to ${at}`).toEqual(expectedNear(blocks));
    }
  });

  it('finds the blocks near wherever the reader jumps or scrolls, and lets go of the rest', async () => {
    // Runs of several lengths (a parent every 11 blocks), short blocks and blocks taller than the screen.
    const heights = Array.from({ length: 600 }, (_, i) => [30, 45, 80, 700, 25, 60][i % 6] + (i % 7) * 5);
    const blocks = layOut(heights, 11);
    const pageHeight = heights.reduce((sum, height) => sum + height, 0);
    const { near } = await watch(blocks);
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let step = 0; step < 200; step++) {
      // Mostly reading (a wheel step either way), sometimes a jump anywhere.
      scroll =
        step % 5 === 0
          ? Math.floor(random() * pageHeight)
          : Math.max(0, Math.min(pageHeight - VIEWPORT, scroll + Math.floor((random() - 0.3) * 400)));
      settle();
      expect(nearInOrder(near, blocks), `scrolled to ${scroll}`).toEqual(expectedNear(blocks));
    }
  });

  it('splits a run taller than half its reach until each part fits: a jump could land inside it unseen', async () => {
    // A run of 64 blocks of two screens spans 128 screens, far more than the 21 of the coarse reach; it is
    // halved until its parts span 8 (4 blocks), less than half of it.
    const blocks = layOut(Array(64).fill(2 * VIEWPORT));
    const { near, coarse } = await watch(blocks);
    expect(coarse.states.size).toBe(32);
    for (const at of [40 * VIEWPORT, 100 * VIEWPORT, 3 * VIEWPORT, 77 * VIEWPORT]) {
      scroll = at;
      settle();
      expect(nearInOrder(near, blocks), `scrolled to ${at}`).toEqual(expectedNear(blocks));
    }
  });

  it('watches the blocks of a tall run one by one once its parts would be too short to be runs', async () => {
    // Blocks of ten screens: even four of them span more than half the reach.
    const blocks = layOut(Array(64).fill(10 * VIEWPORT));
    const { near, fine, coarse } = await watch(blocks);
    expect([fine.states.size, coarse.states.size]).toEqual([64, 0]);
    scroll = 300 * VIEWPORT;
    settle();
    expect(nearInOrder(near, blocks)).toEqual(expectedNear(blocks));
  });

  it('keeps reporting the rest of a run whose first or last block is let go', async () => {
    const blocks = layOut(Array(320).fill(40));
    const { near, watcher } = await watch(blocks);
    // Let go of the ends of two runs far down the page (a re-scan dropped their terms), and a middle block.
    const gone = new Set([blocks[160], blocks[191], blocks[200]]);
    for (const block of gone) watcher.unwatch(block);
    const kept = blocks.filter((block) => !gone.has(block));
    for (const at of [6000, 7000, 7800, 0]) {
      scroll = at;
      settle();
      expect(nearInOrder(near, kept), `scrolled to ${at}`).toEqual(expectedNear(kept));
    }
  });

  it('never reports a block let go from inside a run, and watches one given again in the same task', async () => {
    const blocks = layOut(Array(320).fill(40));
    const { near, watcher, fine } = await watch(blocks);
    // Inside the run of blocks 192-255: one let go (a re-scan found no terms in it), one given again.
    const [gone, again] = [blocks[200], blocks[210]];
    watcher.unwatch(gone);
    watcher.unwatch(again);
    watcher.watch([again]);
    await Promise.resolve();
    const kept = blocks.filter((block) => block !== gone);
    for (const at of [7000, 0, 8000, 12_000, 7600]) {
      scroll = at;
      settle();
      expect([near.has(gone), fine.states.has(gone)], `scrolled to ${at}`).toEqual([false, false]);
      expect(nearInOrder(near, kept), `scrolled to ${at}`).toEqual(expectedNear(kept));
    }
  });
});
