/**
 * A Preact hook for the popup's "On this page": finds the tab the popup is
 * about, asks its content script for the terms found there, and asks it to
 * reveal one.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { OnPageTerm, OnThisPageState } from '../components/OnThisPage';
import type { Lang, Pack } from '../glossary/schema';
import { requestPageTerms, requestRevealTerm, type PageTerm } from './messages';

/**
 * The tab the popup describes: the active tab of its window, or the tab
 * given as `?tab=<id>` (tests open the popup as a tab of its own, which would
 * otherwise be the active one).
 */
export async function findTargetTabId(search: string): Promise<number | null> {
  const fromQuery = Number.parseInt(new URLSearchParams(search).get('tab') ?? '', 10);
  if (Number.isSafeInteger(fromQuery) && fromQuery >= 0) return fromQuery;
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  } catch {
    return null;
  }
}

/** The reply's terms as the list shows them, named in the reader's language. */
export function toOnPageTerms(pack: Pack, terms: readonly PageTerm[], lang: Lang): OnPageTerm[] {
  return terms.map((term) => {
    const known = pack.terms.find((candidate) => candidate.id === term.termId);
    return {
      termId: term.termId,
      senseId: term.senseId,
      name: known?.name[lang] ?? term.expansion[lang],
      meaning: term.expansion[lang],
      domain: term.domain && !!known,
      count: term.count,
      painted: term.painted,
    };
  });
}

/** How often the popup asks the page again while it is open. */
const REFRESH_MS = 2000;

export interface PageTerms {
  state: OnThisPageState;
  /** The page's host, once its content script has answered. */
  host: string | null;
  reveal: (termId: string, senseId: string) => void;
}

/**
 * `refreshKey` asks again when it changes (after a settings change the
 * content script repaints, and the list should follow). The list stays
 * "loading" until `pack` (which names the terms) is there.
 */
export function usePageTerms(pack: Pack | null, lang: Lang, refreshKey: unknown): PageTerms {
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  const [reply, setReply] = useState<
    | { status: 'loading' }
    | { status: 'unavailable' }
    | { status: 'ready'; host: string; active: boolean; terms: PageTerm[] }
  >({ status: 'loading' });

  useEffect(() => {
    void findTargetTabId(location.search).then(setTabId);
  }, []);

  useEffect(() => {
    if (tabId === undefined) return;
    if (tabId === null) {
      setReply({ status: 'unavailable' });
      return;
    }
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = '';
    // Pages keep changing while the popup is open (scans run in idle slices,
    // feeds load more, a tab opened before install gets reloaded): ask again
    // now and then, and re-render only when the answer changed.
    const ask = () => {
      requestPageTerms(tabId).then(
        (answer) => {
          if (!current) return;
          const key = JSON.stringify(answer);
          if (key !== last) setReply({ status: 'ready', ...answer });
          last = key;
          timer = setTimeout(ask, REFRESH_MS);
        },
        () => {
          if (!current) return;
          last = '';
          setReply({ status: 'unavailable' });
          timer = setTimeout(ask, REFRESH_MS);
        },
      );
    };
    // The content script repaints on the same storage change that bumped
    // refreshKey; give it a moment before asking.
    timer = setTimeout(ask, refreshKey === undefined ? 0 : 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [tabId, refreshKey]);

  const reveal = useCallback(
    (termId: string, senseId: string) => {
      if (typeof tabId === 'number') void requestRevealTerm(tabId, termId, senseId).catch(() => undefined);
    },
    [tabId],
  );

  const state: OnThisPageState =
    reply.status !== 'ready'
      ? reply
      : pack
        ? { ...reply, terms: toOnPageTerms(pack, reply.terms, lang) }
        : { status: 'loading' };
  return { state, host: reply.status === 'ready' && reply.host ? reply.host : null, reveal };
}
