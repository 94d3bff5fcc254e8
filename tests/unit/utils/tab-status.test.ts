/**
 * The badge's sum over a tab's frames (utils/tab-status.ts), across a
 * restart of the background's worker: the reports live in storage.session.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createTabStatus } from '../../../utils/tab-status';

const TAB = 12;

/** Waits until the badge text last set for the tab is this. */
async function expectBadge(tabId: number, text: string): Promise<void> {
  await vi.waitFor(() => {
    const calls = vi.mocked(fakeBrowser.action.setBadgeText).mock.calls.filter(([details]) => details.tabId === tabId);
    expect(calls.at(-1)?.[0].text).toBe(text);
  });
}

describe('tab status', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    for (const method of ['setBadgeText', 'setBadgeBackgroundColor', 'setIcon'] as const) {
      vi.spyOn(fakeBrowser.action, method).mockResolvedValue(undefined);
    }
  });

  it('adds up the frames, and lists those with terms after the top one', async () => {
    const status = createTabStatus(() => true);
    status.report(TAB, 0, 2, true);
    status.report(TAB, 7, 3, true);
    status.report(TAB, 9, 0, true);
    await expectBadge(TAB, '5');
    expect(await status.framesWithTerms(TAB)).toEqual([0, 7]);

    // A frame that goes reports none, and drops out.
    status.report(TAB, 7, 0, true);
    await expectBadge(TAB, '2');
    expect(await status.framesWithTerms(TAB)).toEqual([0]);
  });

  it('keeps the other frames’ reports when the worker restarts between two reports', async () => {
    const before = createTabStatus(() => true);
    before.report(TAB, 0, 2, true);
    before.report(TAB, 7, 3, true);
    await expectBadge(TAB, '5');

    const after = createTabStatus(() => true);
    after.report(TAB, 7, 4, true);
    await expectBadge(TAB, '6');
    expect(await after.framesWithTerms(TAB)).toEqual([0, 7]);
  });

  it('starts over, with a warning, from unreadable stored reports', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.session.set({ [`tabFrames:${TAB}`]: [[0, 'two', true]] });
    const status = createTabStatus(() => true);
    status.report(TAB, 3, 1, true);
    await expectBadge(TAB, '1');
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('unreadable'));
  });

  it('forgets a closed tab, stored reports too', async () => {
    const status = createTabStatus(() => true);
    status.report(TAB, 0, 2, true);
    await expectBadge(TAB, '2');
    status.forget(TAB);
    await vi.waitFor(async () => expect(await fakeBrowser.storage.session.get(null)).toEqual({}));
    expect(await createTabStatus(() => true).framesWithTerms(TAB)).toEqual([0]);

    // A frame's last report, sent as the closing tab unloads, may come after the close.
    status.report(TAB, 0, 0, true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});
