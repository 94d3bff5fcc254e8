import type { Suggestion } from '../utils/runtime-messages';
import type { Translate } from '../utils/i18n';

export interface LookupMissProps {
  query: string;
  suggestions: readonly Suggestion[];
  t: Translate;
  onOpenTerm: (termId: string) => void;
  onClose: () => void;
}

/** The card for a looked-up selection that is not in the glossary: the nearest entries instead. */
export function LookupMiss({ query, suggestions, t, onOpenTerm, onClose }: LookupMissProps) {
  return (
    <div
      class="tl-card"
      role="tooltip"
      data-testid="termlens-lookup-miss"
      tabIndex={-1}
      onKeyDown={(event) => event.key === 'Escape' && onClose()}
    >
      <header class="tl-head">
        <span>{t('notInGlossary', query)}</span>
        <button type="button" class="tl-icon" title={t('close')} aria-label={t('close')} onClick={onClose}>
          ×
        </button>
      </header>
      {suggestions.length > 0 ? (
        <section class="tl-section">
          <h3>{t('nearest')}</h3>
          <ul>
            {suggestions.map((s) => (
              <li key={s.termId}>
                <button type="button" class="tl-link" onClick={() => onOpenTerm(s.termId)}>
                  {s.name}
                </button>{' '}
                {s.expansion && <span class="tl-dim">{s.expansion} — </span>}
                {s.short}
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p class="tl-short">{t('noSuggestions')}</p>
      )}
    </div>
  );
}
