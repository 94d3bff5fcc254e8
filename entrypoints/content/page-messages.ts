/**
 * The content script's side of "On this page": answers the popup's questions
 * about the terms found here, and scrolls to a term and flashes it when asked.
 * Message shapes and validation live in utils/messages.ts.
 */
import { browser } from 'wxt/browser';
import { scrollRangeIntoView } from './scroll-into-view';
import { listPageTerms, pickOccurrence, type ListedMatch } from '../../page/page-terms';
import type { PageMatch } from '../../page/scan-page';
import { parsePageMessage, type PageTermsReply, type RevealTermReply } from '../../utils/messages';
import type { MessageAnswer } from './start';

export interface PageMessageDeps {
  /** Whether TermLens is on for this page right now (settings and site rules). */
  isActive(): boolean;
  /** Briefly marks a range: the painter's `flash`. */
  flash(range: Range): void;
}

/**
 * Brings a range to the middle of the viewport, through any scrolling
 * containers around it. Instant, not smooth: the flash must land where the
 * term ends up, and an instant jump suits reduced-motion preferences too.
 */
function scrollToRange(range: Range): void {
  scrollRangeIntoView(range);
  // A tall paragraph centred is not the term centred.
  const rect = range.getBoundingClientRect();
  if (rect.top < 0 || rect.bottom > window.innerHeight) {
    window.scrollBy(0, rect.top - window.innerHeight / 2);
  }
}

/**
 * Answers `termlens:get-page-terms` and `termlens:reveal-term` from the popup
 * (the loader in index.ts listens, and hands them here), in whichever frame
 * the popup asks: the top one, and those whose terms the badge counts.
 * `session.matches` is read at the time of each question, so it may be
 * replaced by later scans.
 */
export function pageMessageAnswer(
  session: { readonly matches: readonly (ListedMatch & Pick<PageMatch, 'liveRange'>)[] },
  deps: PageMessageDeps,
): MessageAnswer {
  const answer: MessageAnswer = (raw, sender) => {
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
      const range = target.liveRange();
      scrollToRange(range);
      deps.flash(range);
    }
    const reply: RevealTermReply = { revealed: !!target };
    return Promise.resolve(reply);
  };

  return answer;
}
