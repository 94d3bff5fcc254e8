/**
 * Commands from the background (keyboard shortcuts, the context menu):
 * move to the next or previous marked term, look up the selection.
 */
import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { contentRequestSchema, type ContentRequest } from '../../utils/runtime-messages';

export type CommandHandler = (command: ContentRequest['command']) => void;

export function listenForCommands(ctx: ContentScriptContext, handle: CommandHandler): void {
  const listener = (raw: unknown, sender: Browser.runtime.MessageSender): Promise<boolean> | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const request = contentRequestSchema.safeParse(raw);
    if (!request.success) return undefined;
    handle(request.data.command);
    return Promise.resolve(true);
  };
  // A listener answers by returning a promise (webextension-polyfill), hence the cast.
  const onMessage = listener as Parameters<typeof browser.runtime.onMessage.addListener>[0];
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}

/** Scrolls a range to the middle of the viewport, through any scrolling containers. */
export function scrollRangeIntoView(range: Range): void {
  range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
}
