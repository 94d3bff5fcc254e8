/**
 * The toolbar button per tab: the number of domain terms on the page on the
 * badge, and a grey icon where TermLens is off for the site. Frames report
 * separately; the badge shows their sum, and the popup asks the frames with
 * terms what they found.
 *
 * The reports are kept in storage.session as well: the browser stops the
 * background's worker when it is idle, and a frame's report after a restart
 * must still add up with those of the frames that reported before it.
 */
import * as z from 'zod/mini';
import { browser } from 'wxt/browser';

z.config({ jitless: true });

const ICON_ON = { 16: '/icon/16.png', 32: '/icon/32.png', 48: '/icon/48.png', 128: '/icon/128.png' };
const ICON_OFF = { 16: '/icon-off/16.png', 32: '/icon-off/32.png', 48: '/icon-off/48.png', 128: '/icon-off/128.png' };

export interface TabStatus {
  report(tabId: number, frameId: number, count: number, active: boolean): void;
  forget(tabId: number): void;
  /** Re-draws every known tab (after the badge setting changed). */
  refresh(): void;
  /** The tab's frames to ask about its terms: the top frame, then every frame whose last report had some. */
  framesWithTerms(tabId: number): Promise<number[]>;
}

interface FrameReport {
  count: number;
  active: boolean;
}

/** A tab's reports as stored: [frameId, count, active] each. */
const storedReportsSchema = z
  .array(z.tuple([z.int().check(z.minimum(0)), z.int().check(z.minimum(0)), z.boolean()]))
  .check(z.maxLength(1000));

const storageKey = (tabId: number) => `tabFrames:${tabId}`;

/** Closed tabs remembered, to ignore their frames' late reports. */
const MAX_CLOSED = 500;

async function readStored(tabId: number): Promise<Map<number, FrameReport>> {
  const key = storageKey(tabId);
  const stored = await browser.storage.session.get(key).then(
    (items) => items[key],
    () => undefined,
  );
  const parsed = storedReportsSchema.safeParse(stored ?? []);
  if (!parsed.success) console.warn(`TermLens: the stored frame reports of tab ${tabId} are unreadable; starting over`);
  return new Map((parsed.data ?? []).map(([frameId, count, active]) => [frameId, { count, active }]));
}

export function createTabStatus(showBadge: () => boolean): TabStatus {
  // Each tab's reports, read from storage.session on first use after a start; every change waits for
  // that read, in the order the reports came.
  const tabs = new Map<number, Promise<Map<number, FrameReport>>>();
  // Closed tabs, whose frames' last reports (sent as they unload) may come after the close: kept out of
  // storage. Tab ids are not reused within a browser session; the newest few hundred are enough.
  const closed = new Set<number>();
  const reportsOf = (tabId: number) => {
    let reports = tabs.get(tabId);
    if (!reports) tabs.set(tabId, (reports = readStored(tabId)));
    return reports;
  };

  const draw = (tabId: number, byFrame: Map<number, FrameReport>) => {
    let total = 0;
    for (const { count } of byFrame.values()) total += count;
    const active = byFrame.get(0)?.active ?? true;
    const text = showBadge() && active && total > 0 ? (total > 999 ? '999+' : String(total)) : '';
    // A tab can close between the report and the drawing: nothing to do then.
    const ignoreClosed = () => undefined;
    void browser.action.setBadgeText({ tabId, text }).catch(ignoreClosed);
    void browser.action.setBadgeBackgroundColor({ tabId, color: '#0b7a75' }).catch(ignoreClosed);
    void browser.action.setIcon({ tabId, path: active ? ICON_ON : ICON_OFF }).catch(ignoreClosed);
  };

  return {
    report(tabId, frameId, count, active) {
      if (closed.has(tabId)) return;
      void reportsOf(tabId).then((byFrame) => {
        // A frame without terms is dropped (a page's ad frames come and go); the top frame keeps its on/off.
        if (count === 0 && frameId !== 0) byFrame.delete(frameId);
        else byFrame.set(frameId, { count, active });
        draw(tabId, byFrame);
        const stored = [...byFrame].map(([id, report]) => [id, report.count, report.active]);
        void browser.storage.session.set({ [storageKey(tabId)]: stored }).catch(() => undefined);
      });
    },
    forget(tabId) {
      closed.add(tabId);
      if (closed.size > MAX_CLOSED) closed.delete(closed.values().next().value!);
      tabs.delete(tabId);
      void browser.storage.session.remove(storageKey(tabId)).catch(() => undefined);
    },
    refresh() {
      for (const [tabId, reports] of tabs) void reports.then((byFrame) => draw(tabId, byFrame));
    },
    async framesWithTerms(tabId) {
      const byFrame = await reportsOf(tabId);
      return [0, ...[...byFrame].filter(([id, report]) => id !== 0 && report.count > 0).map(([id]) => id)];
    },
  };
}
