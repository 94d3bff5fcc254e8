/**
 * A Preact hook for the popup's "On this page": finds the tab the popup is
 * about, asks its content scripts for the terms found there (the top frame,
 * and every frame the badge counts), and asks them to reveal one.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import type { OnPageTerm, OnThisPageState } from '../components/OnThisPage';
import type { Lang, Pack } from '../glossary/schema';
import { requestPageTerms, requestRevealTerm, type PageTerm, type PageTermsReply } from './messages';
import type { BackgroundRequest } from './background-requests';

z.config({ jitless: true });

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

/** Frame ids, as the background answers them. */
const frameIdsSchema = z.array(z.int().check(z.minimum(0))).check(z.maxLength(1000));

/** The tab's frames to ask, top first: those whose terms the badge counts. Just the top one if the background cannot say. */
async function framesToAsk(tabId: number): Promise<number[]> {
  const request: BackgroundRequest = { type: 'termlens:tab-frames', tabId };
  const parsed = frameIdsSchema.safeParse(await browser.runtime.sendMessage(request).catch(() => null));
  return parsed.success && parsed.data[0] === 0 ? parsed.data : [0];
}

/**
 * The terms of several frames as one list: each term and meaning once, its
 * occurrences and painted ones added up, in the order they first appear
 * (the top frame's first).
 */
export function mergePageTerms(lists: readonly (readonly PageTerm[])[]): PageTerm[] {
  const merged = new Map<string, PageTerm>();
  for (const terms of lists) {
    for (const term of terms) {
      const key = `${term.termId} ${term.senseId}`;
      const seen = merged.get(key);
      merged.set(key, seen ? { ...seen, count: seen.count + term.count, painted: seen.painted + term.painted } : term);
    }
  }
  return [...merged.values()];
}

/** The top frame's answer with the terms of the other frames added; a frame that cannot answer adds none. */
async function askFrames(tabId: number, frameIds: readonly number[]): Promise<PageTermsReply> {
  const [top, ...others] = await Promise.all([
    requestPageTerms(tabId),
    ...frameIds.slice(1).map((frameId) => requestPageTerms(tabId, frameId).catch(() => null)),
  ]);
  return { ...top, terms: mergePageTerms([top.terms, ...others.map((reply) => reply?.terms ?? [])]) };
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
  /** The frames last asked, top first. */
  const frames = useRef<number[]>([0]);
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
      framesToAsk(tabId)
        .then((frameIds) => {
          frames.current = frameIds;
          return askFrames(tabId, frameIds);
        })
        .then(
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

  // The first frame that has the term shows it: the top one, then the others in the order the badge lists them.
  const reveal = useCallback(
    (termId: string, senseId: string) => {
      if (typeof tabId !== 'number') return;
      void (async () => {
        for (const frameId of frames.current) {
          if (await requestRevealTerm(tabId, termId, senseId, frameId).catch(() => false)) return;
        }
      })();
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
