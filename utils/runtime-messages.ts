/**
 * Messages between the content script and the background, validated on
 * arrival (zod): the content script asks for the match data once per page
 * and for the reader-facing text of a term when a tooltip opens.
 */
// zod/mini: this module is bundled into the content script.
import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import type { MatchView } from '../glossary/describe';
import type { MatchData } from '../glossary/match-data';
import type { Lang } from '../glossary/schema';

z.config({ jitless: true });

const lang = z.enum(['en', 'zh']);

/** A resolved match as the content script reports it: ids and numbers only. */
const id = z.string().check(z.maxLength(200));
export const matchRefSchema = z.object({
  termId: id,
  senseId: id,
  confidence: z.number().check(z.minimum(0), z.maximum(1)),
  evidence: z.array(z.string().check(z.maxLength(300))).check(z.maxLength(20)),
  alternatives: z.array(z.object({ termId: id, senseId: id, confidence: z.number() })).check(z.maxLength(20)),
  text: z.string().check(z.maxLength(200)),
});
export type MatchRef = z.infer<typeof matchRefSchema>;

export const backgroundRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('termlens:match-data') }),
  z.object({ type: z.literal('termlens:describe'), lang, match: matchRefSchema }),
  /** The page's count of painted domain terms, for the badge; `active` false when TermLens is off there. */
  z.object({
    type: z.literal('termlens:page-status'),
    count: z.int().check(z.minimum(0), z.maximum(1_000_000)),
    active: z.boolean(),
  }),
  /** Open the reference page at a term or comparison ("term/cmo", "compare/outsourcing-models"). */
  z.object({
    type: z.literal('termlens:open-reference'),
    target: z.string().check(z.regex(/^(term|compare)\/[a-z0-9-]{1,100}$/)),
  }),
  /** Glossary search for a selection that is not a term: the nearest entries. */
  z.object({ type: z.literal('termlens:suggest'), lang, query: z.string().check(z.maxLength(200)) }),
]);
export type BackgroundRequest = z.infer<typeof backgroundRequestSchema>;

/** Background → content script: keyboard commands and the context-menu look-up. */
export const contentRequestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('termlens:command'),
    command: z.enum(['next-term', 'previous-term', 'lookup-selection', 'reload-glossary']),
  }),
]);
export type ContentRequest = z.infer<typeof contentRequestSchema>;

/** A glossary entry offered for a selection that is not a term. */
export interface Suggestion {
  termId: string;
  name: string;
  expansion: string;
  short: string;
}

export function sendPageStatus(count: number, active: boolean): Promise<void> {
  return browser.runtime.sendMessage<BackgroundRequest, void>({ type: 'termlens:page-status', count, active });
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

export function requestMatchData(): Promise<MatchData> {
  return browser.runtime.sendMessage<BackgroundRequest, MatchData>({ type: 'termlens:match-data' });
}

export function requestDescription(match: MatchRef, readerLang: Lang): Promise<MatchView | null> {
  return browser.runtime.sendMessage<BackgroundRequest, MatchView | null>({
    type: 'termlens:describe',
    lang: readerLang,
    match,
  });
}
