/**
 * Messages between the content script and the background, validated on
 * arrival (zod): the content script asks for the match data once per page,
 * for the compiled cue words of the page's ambiguous terms, and for the
 * reader-facing text of a term when a tooltip opens. What the
 * background accepts is in background-requests.ts (not bundled into the
 * content script, which only sends those).
 */
// zod/mini: this module is bundled into the content script.
import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import type { MatchView } from '../glossary/describe';
import type { MatchData, PageTerm } from '../glossary/match-data';
import type { Lang } from '../glossary/schema';
import type { SenseCuesWire } from '../glossary/sense-cues-wire';
import type { BackgroundRequest, MatchRef } from './background-requests';

z.config({ jitless: true });

/** Background → content script: keyboard commands and the context-menu look-up (one kind of message so far). */
export const contentRequestSchema = z.object({
  type: z.literal('termlens:command'),
  command: z.enum(['next-term', 'previous-term', 'lookup-selection', 'reload-glossary']),
});
export type ContentRequest = z.infer<typeof contentRequestSchema>;

/** A glossary entry offered for a selection that is not a term. */
export interface Suggestion {
  termId: string;
  name: string;
  expansion: string;
  short: string;
}

/** This frame's count for the badge. Nothing to do if the background cannot take it (an update under way). */
export function sendPageStatus(count: number, active: boolean): void {
  browser.runtime
    .sendMessage<BackgroundRequest, void>({ type: 'termlens:page-status', count, active })
    .catch(() => undefined);
}

export function openReference(target: string): Promise<void> {
  return browser.runtime.sendMessage<BackgroundRequest, void>({ type: 'termlens:open-reference', target });
}

export function requestSuggestions(query: string, readerLang: Lang): Promise<Suggestion[]> {
  return browser.runtime.sendMessage<BackgroundRequest, Suggestion[]>({
    type: 'termlens:suggest',
    lang: readerLang,
    query,
  });
}

export function requestMatchData(): Promise<MatchData<PageTerm>> {
  return browser.runtime.sendMessage<BackgroundRequest, MatchData<PageTerm>>({ type: 'termlens:match-data' });
}

/** The cue words of these terms, compiled by the background for match data `version`; null if it has other packs now. */
export function requestSenseCues(version: string, termIds: string[]): Promise<SenseCuesWire | null> {
  return browser.runtime.sendMessage<BackgroundRequest, SenseCuesWire | null>({
    type: 'termlens:sense-cues',
    version,
    termIds,
  });
}

export function requestDescription(match: MatchRef, readerLang: Lang): Promise<MatchView | null> {
  return browser.runtime.sendMessage<BackgroundRequest, MatchView | null>({
    type: 'termlens:describe',
    lang: readerLang,
    match,
  });
}
