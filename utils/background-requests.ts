/**
 * What the background accepts from content scripts and extension pages,
 * validated on arrival (zod). Only the background imports this module: the
 * content script sends these requests but never parses them, so it neither
 * carries nor builds these schemas on every page.
 */
import * as z from 'zod/mini';

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
  /** From a content script's loader: its frame has text (or a question), so inject the rest of TermLens there. */
  z.object({ type: z.literal('termlens:inject-page-script') }),
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
  /**
   * The cue words of a page's ambiguous terms, compiled (sense-cues-wire.ts); `version` is the page's
   * match data, so that cues of other packs are never sent to a page still matching the old ones.
   */
  z.object({
    type: z.literal('termlens:sense-cues'),
    version: z.string().check(z.maxLength(20_000)),
    termIds: z.array(id).check(z.maxLength(5_000)),
  }),
  /** From the popup: the frames of a tab to ask which terms they found (utils/tab-status.ts). */
  z.object({ type: z.literal('termlens:tab-frames'), tabId: z.int().check(z.minimum(0)) }),
  /** Glossary search for a selection that is not a term: the nearest entries. */
  z.object({ type: z.literal('termlens:suggest'), lang, query: z.string().check(z.maxLength(200)) }),
]);
export type BackgroundRequest = z.infer<typeof backgroundRequestSchema>;
