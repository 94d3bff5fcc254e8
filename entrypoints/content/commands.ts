/**
 * Commands from the background (keyboard shortcuts, the context menu):
 * move to the next or previous marked term, look up the selection.
 */
import { browser } from 'wxt/browser';
import { contentRequestSchema, type ContentRequest } from '../../utils/runtime-messages';
import type { MessageAnswer } from './start';

export type CommandHandler = (command: ContentRequest['command']) => void;

/** Answers command messages (the loader in index.ts listens, and hands them here). */
export function commandAnswer(handle: CommandHandler): MessageAnswer {
  return (raw, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const request = contentRequestSchema.safeParse(raw);
    if (!request.success) return undefined;
    handle(request.data.command);
    return Promise.resolve(true);
  };
}

/** Scrolls a range to the middle of the viewport, through any scrolling containers. */
export function scrollRangeIntoView(range: Range): void {
  range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
}
