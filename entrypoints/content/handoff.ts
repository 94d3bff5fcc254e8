/**
 * How the loader (index.ts) and the rest of TermLens (entrypoints/termlens.ts)
 * meet. The rest is a script of its own, which the background injects into
 * a frame only once the loader asks (the frame has text, or the popup or a
 * command asks it something); both run in this extension's isolated world,
 * whose globals the page cannot see, so the rest leaves its start function
 * there under this name for the loader to call.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MessageAnswer } from './start';

const START_TERMLENS = 'termlensStart';

export type StartTermLens = (ctx: ContentScriptContext) => Promise<MessageAnswer>;

/** For the injected script: leaves its start function in this world for the loader. */
export function leaveStart(start: StartTermLens): void {
  (globalThis as Record<string, unknown>)[START_TERMLENS] = start;
}

/** For the loader: the start function the injected script left in this world, if it has run here. */
export function injectedStart(): StartTermLens | undefined {
  const start: unknown = (globalThis as Record<string, unknown>)[START_TERMLENS];
  return typeof start === 'function' ? (start as StartTermLens) : undefined;
}
