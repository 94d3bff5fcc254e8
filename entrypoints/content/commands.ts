/**
 * Commands from the background (keyboard shortcuts, the context menu):
 * move to the next or previous marked term, look up the selection.
 */
import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { contentRequestSchema, type ContentRequest } from '../../utils/runtime-messages';

export type CommandHandler = (command: ContentRequest['command']) => void;

export function listenForCommands(ctx: ContentScriptContext, handle: CommandHandler): void {
  const listener = (raw: unknown, sender: Browser.runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const request = contentRequestSchema.safeParse(raw);
    if (!request.success) return undefined;
    handle(request.data.command);
    return Promise.resolve(true);
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}

/** Scrolls a range to the middle of the viewport, through any scrolling containers. */
export function scrollRangeIntoView(range: Range): void {
  range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
}
