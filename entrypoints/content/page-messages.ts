/**
 * The content script's side of "On this page": answers the popup's questions
 * about the terms found here, and scrolls to a term and flashes it when asked.
 * Message shapes and validation live in utils/messages.ts.
 */
import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageMatch } from '../../page/scan-page';
import { parsePageMessage, type PageTerm, type PageTermsReply, type RevealTermReply } from '../../utils/messages';

/** What this module reads of a match. */
export type ListedMatch = Pick<PageMatch, 'termId' | 'sense' | 'painted' | 'range'>;

export interface PageMessageDeps {
  /** Whether TermLens is on for this page right now (settings and site rules). */
  isActive(): boolean;
  /** Briefly marks a range: the painter's `flash`. */
  flash(range: Range): void;
}

/** Terms in order of first occurrence, one entry per term and sense. */
export function listPageTerms(matches: readonly ListedMatch[]): PageTerm[] {
  const byKey = new Map<string, PageTerm>();
  for (const match of matches) {
    const key = `${match.termId}\u0000${match.sense.id}`;
    let entry = byKey.get(key);
    if (!entry) {
      entry = {
        termId: match.termId,
        senseId: match.sense.id,
        domain: match.sense.domain,
        expansion: match.sense.expansion,
        count: 0,
        painted: 0,
      };
      byKey.set(key, entry);
    }
    entry.count++;
    if (match.painted) entry.painted++;
  }
  return [...byKey.values()];
}

/** The occurrence to show: the first painted one still in the document, else the first one there. */
export function pickOccurrence<M extends ListedMatch>(
  matches: readonly M[],
  termId: string,
  senseId?: string,
): M | undefined {
  const candidates = matches.filter(
    (m) =>
      m.termId === termId && (senseId === undefined || m.sense.id === senseId) && m.range.startContainer.isConnected,
  );
  return candidates.find((m) => m.painted) ?? candidates[0];
}

/** Brings a range to the middle of the viewport, through any scrolling containers around it. */
function scrollToRange(range: Range): void {
  const element = range.startContainer.parentElement;
  // Instant, not smooth: the flash must land on the term's final position, and
  // an instant jump also respects reduced-motion preferences.
  element?.scrollIntoView({ block: 'center', inline: 'nearest' });
  // A tall paragraph centred is not the term centred.
  const rect = range.getBoundingClientRect();
  if (rect.top < 0 || rect.bottom > window.innerHeight) {
    window.scrollBy(0, rect.top - window.innerHeight / 2);
  }
}

/**
 * Answers `termlens:get-page-terms` and `termlens:reveal-term` from the popup
 * until the content script is invalidated. `session.matches` is read at the
 * time of each question, so it may be replaced by later scans.
 */
export function listenForPageMessages(
  ctx: ContentScriptContext,
  session: { readonly matches: readonly ListedMatch[] },
  deps: PageMessageDeps,
): void {
  // Every frame runs the content script; the popup talks to the top one only.
  if (window !== window.top) return;

  const listener = (raw: unknown, sender: Browser.runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const message = parsePageMessage(raw);
    if (!message) return undefined;
    if (message.type === 'termlens:get-page-terms') {
      const active = deps.isActive();
      const reply: PageTermsReply = {
        host: location.hostname,
        active,
        terms: active ? listPageTerms(session.matches) : [],
      };
      return Promise.resolve(reply);
    }
    const target = deps.isActive() ? pickOccurrence(session.matches, message.termId, message.senseId) : undefined;
    if (target) {
      scrollToRange(target.range);
      deps.flash(target.range);
    }
    const reply: RevealTermReply = { revealed: !!target };
    return Promise.resolve(reply);
  };

  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
