import { Window } from 'happy-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchMutations } from '../../../page/watch-mutations';

afterEach(() => vi.useRealTimers());

describe('watchMutations', () => {
  it('hands a storm of changes to one full scan, and gives a page that keeps storming longer between them', async () => {
    vi.useFakeTimers();
    const window = new Window();
    const document = window.document as unknown as Document;
    const MutationObserverOfPage = window.MutationObserver as unknown as typeof MutationObserver;
    vi.stubGlobal('MutationObserver', MutationObserverOfPage);
    const rescanAll = vi.fn();
    const rescan = vi.fn();
    watchMutations({
      root: document.body,
      isOwnNode: () => false,
      rescan,
      rescanAll,
      removed: () => undefined,
      signal: new AbortController().signal,
    });
    // 400 changed paragraphs every 100 ms for 6 s: a live table of quotes.
    for (let tick = 0; tick < 60; tick++) {
      for (let i = 0; i < 400; i++) {
        const p = document.createElement('p');
        p.textContent = `CDMO quote ${tick}.${i}`;
        document.body.append(p);
      }
      await vi.advanceTimersByTimeAsync(100);
    }
    vi.unstubAllGlobals();
    // A full scan at nearly every flush without backing off (30 here); after 240, 480, 960, 1,920 ms … with it.
    expect(rescanAll.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(rescanAll.mock.calls.length).toBeLessThanOrEqual(6);
    expect(rescan).not.toHaveBeenCalled();
  });
});
