/**
 * The content script's answer to command messages from the background
 * (keyboard shortcuts, the context menu): move to the next or previous
 * marked term, look up the selection, reload the glossary.
 */
import { browser, type Browser } from 'wxt/browser';
import { contentRequestSchema, type ContentRequest } from './runtime-messages';

export type CommandHandler = (command: ContentRequest['command']) => Promise<void>;

/**
 * Answers command messages at once, and runs them; undefined for a message
 * that is not one (another listener's). A command that fails (no glossary
 * for the page, the background gone after an update) is a warning, not an
 * uncaught rejection, which the browser would list as the extension's error.
 */
export function commandAnswer(
  handle: CommandHandler,
): (raw: unknown, sender: Browser.runtime.MessageSender) => Promise<true> | undefined {
  return (raw, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const request = contentRequestSchema.safeParse(raw);
    if (!request.success) return undefined;
    const { command } = request.data;
    handle(command).catch((error: unknown) =>
      console.warn(`TermLens: the ${command} command failed;`, error instanceof Error ? error.message : error),
    );
    return Promise.resolve(true);
  };
}
