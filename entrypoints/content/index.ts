/**
 * The content script the manifest lists: a loader. Most frames a browser
 * opens have no text to explain (ad slots, empty about:blank frames,
 * single-page apps before they render), and even compiling the whole of
 * TermLens there cost ~8 ms each: V8 pre-parses every byte of a script it
 * is given. So the rest (start.ts and everything it imports) is a script of
 * its own, entrypoints/termlens.ts, which the background injects into this
 * frame once the page has text or when the popup or a command asks this
 * page something (handoff.ts). A frame without text compiles this 10 KB
 * file and nothing more. (A dynamic import of an ES module would need no
 * background, but Chrome refuses module imports in frames whose site has
 * JavaScript blocked; injected scripts run there as content scripts do.)
 */
import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { whenTextAppears } from '../../page/page-text-presence';
import type { MessageAnswer } from './start';
import type { BackgroundRequest } from '../../utils/background-requests';
import { injectedStart } from './handoff';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // WXT otherwise announces each start to the page with window.postMessage: every page script with a
  // "message" listener sees our extension id (and some choke on foreign messages), and the call cost
  // ~9 ms per page (the browser records where it came from). The same-world custom event WXT also
  // sends is enough to stop an older copy of this script after an update.
  noScriptStartedPostMessage: true,
  main(ctx) {
    let started: Promise<MessageAnswer> | null = null;
    const start = () => (started ??= startTermLensHere(ctx));

    // The one listener for messages to this page: a question before the page has text (the popup's
    // "On this page", a command) starts TermLens, which answers it and every later one.
    const answer = (raw: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined => {
      if (sender.id !== browser.runtime.id) return undefined;
      return start().then((answerHere) => answerHere(raw, sender));
    };
    // A listener answers by returning a promise (webextension-polyfill); Chrome's types only know sendResponse.
    const onMessage = answer as Parameters<typeof browser.runtime.onMessage.addListener>[0];
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    void whenTextAppears(document, ctx.signal).then(start);
  },
});

async function startTermLensHere(ctx: ContentScriptContext): Promise<MessageAnswer> {
  await browser.runtime.sendMessage({ type: 'termlens:inject-page-script' } satisfies BackgroundRequest);
  const start = injectedStart();
  if (!start) throw new Error('TermLens: the background did not inject its page script into this frame');
  return start(ctx);
}
