/**
 * The messages between the popup and the content script of the active tab,
 * and their validation. Both ends parse what arrives with these schemas: the
 * content script runs next to page code it does not trust, and the popup
 * must not break on a reply from an older or newer content script.
 *
 * The popup sends with `browser.tabs.sendMessage(tabId, message, { frameId })`:
 * one frame answers (every frame runs a content script, and the first answer
 * would win), the top one unless the popup asks a frame that reported terms
 * (utils/tab-status.ts). No "tabs" permission is needed to message a tab.
 */
// zod/mini, and no glossary/schema import: this module is bundled into the content script.
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';

z.config({ jitless: true });

/*
 * The schemas are built on first use. The content script of every page
 * imports this module, and only the popup's questions (now and then) need
 * them: built at start, they cost every page some 25 zod constructions,
 * about a millisecond of cold code. The replies' schemas are the popup's
 * alone: marked pure, they stay out of the content script.
 */

/** The same id shapes as glossary/schema.ts (kebab-case term ids, snake_case sense ids), capped in length. */
const termIdSchema = () => z.string().check(z.maxLength(100), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
const senseIdSchema = () => z.string().check(z.maxLength(200), z.regex(/^[a-z0-9]+(?:_[a-z0-9]+)*$/));

const pageMessageSchema = /* @__PURE__ */ once(() =>
  // A plain union (both are strict objects with their own `type` literal): z.discriminatedUnion would add
  // its code to the content script of every page for a message the popup sends now and then.
  z.union([
    /** Popup → page: which terms are on the page, and what they mean there. */
    z.strictObject({ type: z.literal('termlens:get-page-terms') }),
    /** Popup → page: scroll to the first occurrence of a term (in this sense, when given) and flash it. */
    z.strictObject({
      type: z.literal('termlens:reveal-term'),
      termId: termIdSchema(),
      senseId: z.optional(senseIdSchema()),
    }),
  ]),
);

/** The page's answers, as the popup checks them. */
export const pageReplySchemas = /* @__PURE__ */ once(() => {
  const text = z.string().check(z.maxLength(500));
  /** One term found on the page, in one sense. */
  const pageTerm = z.strictObject({
    termId: termIdSchema(),
    senseId: senseIdSchema(),
    /** Whether the sense is the glossary's own (pharma) meaning. */
    domain: z.boolean(),
    /** The sense's full name, both languages. */
    expansion: z.strictObject({ en: text, zh: text }),
    /** Occurrences on the page in this sense… */
    count: z.number().check(z.multipleOf(1), z.minimum(1)),
    /** …and how many of them are painted (0: found, but not marked). */
    painted: z.number().check(z.multipleOf(1), z.minimum(0)),
  });
  return {
    pageTerm,
    pageTermsReply: z.strictObject({
      host: z.string().check(z.maxLength(253)),
      /** Whether TermLens is on for this page (globally on and the site not turned off). */
      active: z.boolean(),
      /** In order of first occurrence. */
      terms: z.array(pageTerm).check(z.maxLength(10_000)),
    }),
    revealTermReply: z.strictObject({ revealed: z.boolean() }),
  };
});

type PageReplySchemas = ReturnType<typeof pageReplySchemas>;
export type PageMessage = z.infer<ReturnType<typeof pageMessageSchema>>;
export type PageTerm = z.infer<PageReplySchemas['pageTerm']>;
export type PageTermsReply = z.infer<PageReplySchemas['pageTermsReply']>;
export type RevealTermReply = z.infer<PageReplySchemas['revealTermReply']>;

/** A message as it arrived, or null when it is not one of ours. */
export function parsePageMessage(raw: unknown): PageMessage | null {
  const parsed = pageMessageSchema().safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** What `make` returns, made on the first call. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}

/** Why a tab could not be asked. */
export class PageUnreachableError extends Error {
  override readonly name = 'PageUnreachableError';
}

/** A content script busy with a huge page answers late; past this we give up rather than spin. */
const REPLY_TIMEOUT_MS = 2500;

async function send<T>(tabId: number, frameId: number, message: PageMessage, schema: z.ZodMiniType<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PageUnreachableError('the page did not answer in time')), REPLY_TIMEOUT_MS);
  });
  try {
    const reply: unknown = await Promise.race([browser.tabs.sendMessage(tabId, message, { frameId }), timeout]);
    const parsed = schema.safeParse(reply);
    if (!parsed.success) throw new PageUnreachableError(`unexpected reply: ${parsed.error.issues[0]?.message}`);
    return parsed.data;
  } catch (error) {
    // "Could not establish connection. Receiving end does not exist.": no content
    // script there (browser pages, the web store, PDFs, tabs opened before install).
    if (error instanceof PageUnreachableError) throw error;
    throw new PageUnreachableError(error instanceof Error ? error.message : String(error));
  } finally {
    clearTimeout(timer);
  }
}

export function requestPageTerms(tabId: number, frameId = 0): Promise<PageTermsReply> {
  return send(tabId, frameId, { type: 'termlens:get-page-terms' }, pageReplySchemas().pageTermsReply);
}

export async function requestRevealTerm(
  tabId: number,
  termId: string,
  senseId?: string,
  frameId = 0,
): Promise<boolean> {
  const reply = await send(
    tabId,
    frameId,
    { type: 'termlens:reveal-term', termId, senseId },
    pageReplySchemas().revealTermReply,
  );
  return reply.revealed;
}
