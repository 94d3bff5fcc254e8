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
]);
export type BackgroundRequest = z.infer<typeof backgroundRequestSchema>;

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
