import type { Translate } from '../utils/i18n';

/** A term found on the page, ready to show. */
export interface OnPageTerm {
  termId: string;
  senseId: string;
  name: string;
  /** The meaning chosen on the page, in the reader's language. */
  meaning: string;
  /** Whether the meaning is the glossary's own (pharma) one. */
  domain: boolean;
  count: number;
  /** Occurrences painted; 0 when found but not marked (another meaning, a hidden category…). */
  painted: number;
}

export type OnThisPageState =
  | { status: 'loading' }
  /** No content script answers there: browser pages, the web store, PDFs, tabs opened before install. */
  | { status: 'unavailable' }
  | { status: 'ready'; host: string; active: boolean; terms: readonly OnPageTerm[] };

export interface OnThisPageProps {
  state: OnThisPageState;
  t: Translate;
  /** Scroll the page to the term's first occurrence and flash it. */
  onReveal: (termId: string, senseId: string) => void;
  onOpenTerm: (termId: string) => void;
}

/** The terms TermLens found on the active tab, in page order, or why there are none. */
export function OnThisPage({ state, t, onReveal, onOpenTerm }: OnThisPageProps) {
  if (state.status === 'loading') {
    return (
      <p class="empty" data-testid="on-page-loading" role="status">
        {t('onPageLoading')}
      </p>
    );
  }
  if (state.status === 'unavailable') {
    return (
      <div class="empty" data-testid="on-page-unavailable">
        <p>
          <strong>{t('onPageUnavailable')}</strong>
        </p>
        <p>{t('onPageUnavailableWhy')}</p>
      </div>
    );
  }
  if (!state.active) {
    return (
      <p class="empty" data-testid="on-page-off">
        {t('onPageOff', state.host || t('thisPage'))}
      </p>
    );
  }
  if (state.terms.length === 0) {
    return (
      <p class="empty" data-testid="on-page-empty">
        {t('onPageEmpty')}
      </p>
    );
  }
  const marked = state.terms.filter((term) => term.painted > 0);
  const unmarked = state.terms.filter((term) => term.painted === 0);
  return (
    <div class="on-page" data-testid="on-page">
      <p class="dim">{t('onPageIntro')}</p>
      <TermRows terms={marked} t={t} onReveal={onReveal} onOpenTerm={onOpenTerm} />
      {unmarked.length > 0 && (
        <>
          <h3 class="subhead">{t('onPageNotMarked')}</h3>
          <TermRows terms={unmarked} t={t} onReveal={onReveal} onOpenTerm={onOpenTerm} />
        </>
      )}
    </div>
  );
}

function TermRows({
  terms,
  t,
  onReveal,
  onOpenTerm,
}: { terms: readonly OnPageTerm[] } & Pick<OnThisPageProps, 't' | 'onReveal' | 'onOpenTerm'>) {
  return (
    <ul class="page-terms">
      {terms.map((term) => (
        <li
          key={`${term.termId}/${term.senseId}`}
          class="page-term"
          data-testid="page-term"
          data-term={term.termId}
          data-sense={term.senseId}
        >
          <button
            type="button"
            class="page-term-reveal"
            data-testid="reveal-term"
            title={t('showOnPage')}
            onClick={() => onReveal(term.termId, term.senseId)}
          >
            <span class="term-name">{term.name}</span>
            {term.meaning !== term.name && <span class="term-expansion">{term.meaning}</span>}
            <span class="count">
              <span aria-hidden="true">×{term.count}</span>
              <span class="visually-hidden">{t('occurrences', term.count)}</span>
            </span>
          </button>
          {term.domain && (
            <button type="button" class="chip" data-testid="open-term" onClick={() => onOpenTerm(term.termId)}>
              {t('details')}
              <span class="visually-hidden"> {term.name}</span>
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
