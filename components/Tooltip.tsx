import type { MatchView } from '../glossary/describe';
import type { Translate } from '../utils/i18n';

export interface TooltipProps {
  view: MatchView;
  t: Translate;
  id: string;
  pinned: boolean;
  onClose: () => void;
  onPin: () => void;
  /** Shows another term of the glossary (a "vs" link). */
  onOpenTerm: (termId: string) => void;
  /** Opens the reference page at "term/<id>" or "compare/<id>". */
  onOpenReference?: (target: string) => void;
  /** Show the definition in both languages (the "both" language setting). */
  bilingual?: boolean;
}

/** How many differences fit in a tooltip; the popup shows them all. */
const MAX_DIFFERENCES = 3;

/** The card shown for a term on the page. Text only: nothing here is rendered as HTML. */
export function Tooltip({ view, t, id, pinned, onClose, onPin, onOpenTerm, onOpenReference, bilingual }: TooltipProps) {
  const { term, sense } = view;
  const comparison = term.comparisons[0];
  const ambiguous = view.otherMeanings.length > 0;
  return (
    <div
      id={id}
      class="tl-card"
      role="tooltip"
      data-testid="termlens-tooltip"
      data-term={term.termId}
      data-sense={sense.id}
      data-pinned={pinned ? 'true' : 'false'}
      tabIndex={pinned ? -1 : undefined}
      onPointerDown={pinned ? undefined : onPin}
      onKeyDown={(event) => {
        // Keys typed inside the tooltip never reach the page, so Escape is handled here too.
        if (event.key === 'Escape') onClose();
      }}
    >
      <header class="tl-head">
        <div>
          <span class="tl-name">{sense.domain ? term.name : sense.expansion}</span>
          {sense.domain && term.expansion && <span class="tl-expansion">{term.expansion}</span>}
        </div>
        <div class="tl-actions">
          {!pinned && (
            <button type="button" class="tl-icon" title={t('pin')} aria-label={t('pin')} onClick={onPin}>
              <PinIcon />
            </button>
          )}
          <button type="button" class="tl-icon" title={t('close')} aria-label={t('close')} onClick={onClose}>
            ×
          </button>
        </div>
      </header>
      {sense.domain && term.otherLanguageName && <div class="tl-other-lang">{term.otherLanguageName}</div>}
      {term.formNote && <div class="tl-note">{term.formNote}</div>}
      <p class="tl-short" data-testid="termlens-definition">
        {sense.domain ? term.short : sense.short}
      </p>
      {bilingual && sense.domain && (
        <p class="tl-short tl-dim" data-testid="termlens-definition-other">
          {term.shortOther}
        </p>
      )}
      {sense.domain && term.differences.length > 0 && (
        <section class="tl-section">
          <h3>{t('keyDifferences')}</h3>
          <ul class="tl-differences">
            {term.differences.slice(0, MAX_DIFFERENCES).map((d) => (
              <li key={d.termId}>
                <button type="button" class="tl-link" onClick={() => onOpenTerm(d.termId)}>
                  {t('versus', d.name)}
                </button>{' '}
                {d.text}
              </li>
            ))}
          </ul>
        </section>
      )}
      {ambiguous && (
        <section class="tl-section" data-testid="termlens-meaning">
          <h3>{t('meaningHere')}</h3>
          <p class="tl-meaning">
            {sense.expansion}
            {sense.confidence !== undefined && (
              <span class="tl-confidence"> · {t('confidence', Math.round(sense.confidence * 100))}</span>
            )}
          </p>
          {view.evidence.length > 0 && (
            <p class="tl-evidence">
              {t('why')}: {view.evidence.join('; ')}
            </p>
          )}
          <details class="tl-others">
            <summary>{t('otherMeanings')}</summary>
            <ul>
              {view.otherMeanings.map((other) => (
                <li key={other.id}>
                  <strong>{other.expansion}</strong> <span class="tl-dim">({other.expansionOther})</span> —{' '}
                  {other.short}
                </li>
              ))}
            </ul>
          </details>
        </section>
      )}
      {sense.domain && onOpenReference && (
        <footer class="tl-foot">
          <button
            type="button"
            class="tl-link"
            data-testid="termlens-open-reference"
            onClick={() => onOpenReference(comparison ? `compare/${comparison.id}` : `term/${term.termId}`)}
          >
            {comparison ? `${t('openReference')} — ${comparison.title}` : t('openTerm')} →
          </button>
        </footer>
      )}
    </div>
  );
}

function PinIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M9.8 1.2 14.8 6.2 13.4 7.6 12.7 6.9 10.1 9.5 10.5 12.6 9.1 14 6.3 11.2 2.6 14.9 1.1 13.4 4.8 9.7 2 6.9 3.4 5.5 6.5 5.9 9.1 3.3 8.4 2.6Z"
      />
    </svg>
  );
}
