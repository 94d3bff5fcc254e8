/**
 * The toolbar button per tab: the number of domain terms on the page on the
 * badge, and a grey icon where TermLens is off for the site. Frames report
 * separately; the badge shows their sum.
 */
import { browser } from 'wxt/browser';

const ICON_ON = { 16: '/icon/16.png', 32: '/icon/32.png', 48: '/icon/48.png', 128: '/icon/128.png' };
const ICON_OFF = { 16: '/icon-off/16.png', 32: '/icon-off/32.png', 48: '/icon-off/48.png', 128: '/icon-off/128.png' };

export interface TabStatus {
  report(tabId: number, frameId: number, count: number, active: boolean): void;
  forget(tabId: number): void;
  /** Re-draws every known tab (after the badge setting changed). */
  refresh(): void;
}

export function createTabStatus(showBadge: () => boolean): TabStatus {
  const frames = new Map<number, Map<number, { count: number; active: boolean }>>();

  const draw = (tabId: number) => {
    const byFrame = frames.get(tabId);
    if (!byFrame) return;
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
      const byFrame = frames.get(tabId) ?? new Map<number, { count: number; active: boolean }>();
      byFrame.set(frameId, { count, active });
      frames.set(tabId, byFrame);
      draw(tabId);
    },
    forget(tabId) {
      frames.delete(tabId);
    },
    refresh() {
      for (const tabId of frames.keys()) draw(tabId);
    },
  };
}
