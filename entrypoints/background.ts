import { browser } from 'wxt/browser';
import { bundledPack } from '../glossary/data';
import type { Pack } from '../glossary/schema';
import { createGlossaryService } from '../utils/glossary-service';
import { watchEffectivePacks } from '../utils/pack-store';
import { backgroundRequestSchema } from '../utils/background-requests';
import type { ContentRequest } from '../utils/runtime-messages';
import { DEFAULT_SETTINGS } from '../utils/settings';
import { initializeSettings, loadSettings, saveSettings, watchSettings } from '../utils/settings-store';
import { createTabStatus } from '../utils/tab-status';

const LOOKUP_MENU_ID = 'termlens-lookup';

export default defineBackground(() => {
  // The bundled pack plus the user's enabled packs; requests wait for the first read of storage.
  let packs: readonly Pack[] = [bundledPack];
  const glossary = createGlossaryService(() => packs);
  let packsLoaded: () => void = () => undefined;
  const packsReady = new Promise<void>((resolve) => (packsLoaded = resolve));
  let showBadge = DEFAULT_SETTINGS.showBadge;
  void loadSettings().then(({ settings }) => (showBadge = settings.showBadge));
  const tabStatus = createTabStatus(() => showBadge);
  watchSettings((settings) => {
    showBadge = settings.showBadge;
    tabStatus.refresh();
  }, new AbortController().signal);

  browser.runtime.onInstalled.addListener(({ reason }) => {
    // Defaults on install, repairs on update; the welcome page only on a first install.
    if (reason === 'install' || reason === 'update') void initializeSettings();
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    void browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({
        id: LOOKUP_MENU_ID,
        title: browser.i18n.getMessage('lookupSelection') || 'Look up “%s” in TermLens',
        contexts: ['selection'],
      }),
    );
  });

  const tellTab = (tabId: number, command: ContentRequest['command'], frameId?: number) =>
    browser.tabs
      .sendMessage(
        tabId,
        { type: 'termlens:command', command } satisfies ContentRequest,
        frameId === undefined ? {} : { frameId },
      )
      .catch(() => undefined); // pages where content scripts cannot run (browser pages, the web store)

  watchEffectivePacks((next, changed) => {
    packs = next;
    packsLoaded();
    // Open tabs rebuild their lexicon: a command, not a storage listener, so tabs never receive pack data they did not ask for.
    if (changed) {
      void browser.tabs.query({}).then((tabs) => {
        for (const tab of tabs) if (tab.id !== undefined) void tellTab(tab.id, 'reload-glossary');
      });
    }
  }, new AbortController().signal);

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === LOOKUP_MENU_ID && tab?.id !== undefined) {
      void tellTab(tab.id, 'lookup-selection', info.frameId);
    }
  });

  browser.commands.onCommand.addListener((command, tab) => {
    void (async () => {
      if (command === 'toggle-highlighting') {
        const { settings } = await loadSettings();
        await saveSettings({ enabled: !settings.enabled });
        return;
      }
      const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId === undefined) return;
      // The selection may sit in any frame; moving between terms is the top page's job.
      if (command === 'lookup-selection') await tellTab(tabId, 'lookup-selection');
      else if (command === 'next-term' || command === 'previous-term') await tellTab(tabId, command, 0);
    })();
  });

  browser.tabs.onRemoved.addListener((tabId) => tabStatus.forget(tabId));

  // Returning a promise answers the message; returning undefined leaves it to other listeners.
  const answer = (
    message: unknown,
    sender: { tab?: { id?: number }; frameId?: number; url?: string },
  ): Promise<unknown> | undefined => {
    const request = backgroundRequestSchema.safeParse(message);
    if (!request.success) return undefined;
    const data = request.data;
    switch (data.type) {
      case 'termlens:inject-page-script':
        // Into the asking frame only. A frame that navigated meanwhile gets the script without anything
        // calling it: the script only leaves its start function for that frame's own loader.
        if (sender.tab?.id === undefined || sender.frameId === undefined) return undefined;
        return browser.scripting
          .executeScript({ target: { tabId: sender.tab.id, frameIds: [sender.frameId] }, files: ['/termlens.js'] })
          .then(() => undefined);
      case 'termlens:match-data':
        return packsReady.then(() => glossary.pageMatchData());
      case 'termlens:sense-cues':
        return packsReady.then(() => glossary.senseCues(data.version, data.termIds));
      case 'termlens:describe':
        return packsReady.then(() => glossary.describe(data.match, data.lang));
      case 'termlens:suggest':
        return packsReady.then(() => glossary.suggest(data.query, data.lang));
      case 'termlens:page-status':
        if (sender.tab?.id !== undefined) tabStatus.report(sender.tab.id, sender.frameId ?? 0, data.count, data.active);
        return Promise.resolve();
      case 'termlens:tab-frames':
        // Extension pages only: a page's content script has no business with other tabs.
        if (!sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
        return tabStatus.framesWithTerms(data.tabId);
      case 'termlens:open-reference':
        return browser.tabs
          .create({ url: browser.runtime.getURL(`/glossary.html#${data.target}`) })
          .then(() => undefined);
    }
  };
  browser.runtime.onMessage.addListener(answer as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
});
