/**
 * Watches the page for new and changed text and hands the changed blocks to
 * the scanner in small batches. A page that mutates without end (tickers,
 * chat streams, infinite scroll) gets a bounded share of CPU: each flush has
 * a time budget, and flushes back off while the page keeps changing.
 */
import { outermostConnected, rescanRootOf } from './page-scanner';
import { isSkippedElement } from './collect-text';

export interface MutationWatchOptions {
  root: Node;
  /** Our own UI host: its changes are ours, not the page's. */
  isOwnNode: (node: Node) => boolean;
  /** Re-scan these subtrees; called at most once per flush. */
  rescan: (roots: Node[]) => void;
  /** A subtree too large to re-scan in one go: the caller schedules a sliced full scan. */
  rescanAll: () => void;
  /** Some text left the page. */
  removed: () => void;
  signal: AbortSignal;
  /** Milliseconds of re-scanning per flush. */
  flushBudgetMs?: number;
  /** Subtrees with more text than this are handed to rescanAll. */
  largeRootChars?: number;
}

const BASE_DELAY_MS = 120;
const MAX_DELAY_MS = 5_000;
const MAX_PENDING_ROOTS = 300;

export function watchMutations(options: MutationWatchOptions): void {
  const budget = options.flushBudgetMs ?? 8;
  const largeRootChars = options.largeRootChars ?? 200_000;
  const pending = new Set<Node>();
  let removedSomething = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let delay = BASE_DELAY_MS;

  const note = (node: Node) => {
    if (options.isOwnNode(node)) return;
    const root = rescanRootOf(node);
    if (root && !(root.nodeType === 1 && isSkippedElement(root as Element))) pending.add(root);
  };

  const flush = () => {
    timer = undefined;
    if (options.signal.aborted) return;
    if (removedSomething) {
      removedSomething = false;
      options.removed();
    }
    if (pending.size > MAX_PENDING_ROOTS) {
      // A storm of changes: one sliced full scan is cheaper than thousands of small ones. A page that
      // storms again gets longer and longer to do so before the next, so that the scan can finish.
      pending.clear();
      delay = Math.min(delay * 2, MAX_DELAY_MS);
      options.rescanAll();
      return;
    }
    const roots = outermostConnected([...pending]);
    pending.clear();
    const started = performance.now();
    const batch: Node[] = [];
    let leftOver = false;
    for (const root of roots) {
      if (performance.now() - started > budget) {
        pending.add(root);
        leftOver = true;
        continue;
      }
      if ((root.textContent?.length ?? 0) > largeRootChars) {
        options.rescanAll();
        pending.clear();
        return;
      }
      batch.push(root);
      if (batch.length >= 16) {
        options.rescan(batch.splice(0));
      }
    }
    if (batch.length > 0) options.rescan(batch);
    // Still busy: come back later, and later still while the page keeps at it.
    delay = leftOver || performance.now() - started > budget ? Math.min(delay * 2, MAX_DELAY_MS) : BASE_DELAY_MS;
    if (pending.size > 0) schedule();
  };

  const schedule = () => {
    timer ??= setTimeout(flush, delay);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') note(record.target);
      else {
        record.addedNodes.forEach(note);
        if (record.removedNodes.length > 0) removedSomething = true;
      }
    }
    if (pending.size > 0 || removedSomething) schedule();
  });
  observer.observe(options.root, { childList: true, characterData: true, subtree: true });
  options.signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
    },
    { once: true },
  );
}
