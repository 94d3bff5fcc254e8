import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../utils/i18n';
import type { SearchResultItem } from '../utils/reference-glossary';

export interface SearchBoxProps {
  /** Unique id prefix for the input and its list. */
  id: string;
  query: string;
  /** Results for the query; shown only while the query is not blank. */
  results: readonly SearchResultItem[];
  /** False hides the results (the popup shows a chosen term in their place). Default true. */
  showResults?: boolean;
  t: Translate;
  /** Focus the input when mounted (the popup opens ready to type). */
  autoFocus?: boolean;
  /** Hide the results while focus is elsewhere (where they overlay the page, as on the reference page). */
  collapseOnBlur?: boolean;
  onQueryChange: (query: string) => void;
  onSelect: (termId: string) => void;
}

/**
 * A search field with its results below it, as an ARIA combobox: focus
 * stays in the field while ArrowUp/ArrowDown move through the results,
 * Enter opens the active one (the first by default), Escape clears.
 */
export function SearchBox({
  id,
  query,
  results,
  showResults = true,
  t,
  autoFocus,
  collapseOnBlur = false,
  onQueryChange,
  onSelect,
}: SearchBoxProps) {
  const input = useRef<HTMLInputElement>(null);
  const [active, setActive] = useState(0);
  const [blurred, setBlurred] = useState(false);
  const open = showResults && !(collapseOnBlur && blurred) && query.trim().length > 0;
  const listId = `${id}-results`;
  const optionId = (index: number) => `${id}-option-${index}`;

  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);
  // New results: the best one is active again. By their terms, not the list's identity: the same
  // results computed again (the settings arriving late) must not undo the reader's arrow presses.
  const resultTerms = results.map((result) => result.termId).join('\n');
  useEffect(() => setActive(0), [resultTerms]);
  useEffect(() => {
    if (open) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active, open]);

  const onKeyDown = (event: KeyboardEvent) => {
    const count = open ? results.length : 0;
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      // From the state itself: two presses before a render must move two steps.
      setActive((current) => (current + 1) % count);
    } else if (event.key === 'ArrowUp' && count > 0) {
      event.preventDefault();
      setActive((current) => (current - 1 + count) % count);
    } else if (event.key === 'Enter' && count > 0) {
      event.preventDefault();
      onSelect(results[Math.min(active, count - 1)].termId);
    } else if (event.key === 'Escape' && query) {
      // Only when there is something to clear; otherwise Escape closes the popup as usual.
      event.preventDefault();
      event.stopPropagation();
      onQueryChange('');
    }
  };

  return (
    <div class="search" role="search">
      <label class="visually-hidden" for={`${id}-input`}>
        {t('searchLabel')}
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        class="search-input"
        // type="text": ARIA in HTML allows role="combobox" on it without a <datalist>.
        type="text"
        role="combobox"
        enterKeyHint="search"
        autoComplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && results.length > 0 ? optionId(active) : undefined}
        placeholder={t('searchPlaceholder')}
        value={query}
        data-testid="search-input"
        onInput={(event) => onQueryChange(event.currentTarget.value)}
        onFocus={() => setBlurred(false)}
        // A click on a result does not blur (see onMouseDown below), so this is focus really leaving.
        onBlur={() => setBlurred(true)}
        onKeyDown={onKeyDown}
      />
      <p class="visually-hidden" role="status" aria-live="polite">
        {open ? t('searchResultCount', results.length) : ''}
      </p>
      <ul
        id={listId}
        role="listbox"
        class="search-results"
        data-testid="search-results"
        hidden={!open || results.length === 0}
      >
        {results.map((result, index) => (
          <li
            key={result.termId}
            id={optionId(index)}
            role="option"
            class="search-result"
            aria-selected={index === active}
            data-term={result.termId}
            // Keep focus in the field: a click must not blur it before it selects.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onSelect(result.termId)}
            onMouseMove={() => index !== active && setActive(index)}
          >
            <span class="term-name">{result.name}</span>
            {result.expansion && <span class="term-expansion">{result.expansion}</span>}
            {result.hint && <span class="search-hint">{result.hint}</span>}
          </li>
        ))}
      </ul>
      {open && results.length === 0 && (
        <p class="empty" data-testid="search-empty">
          {t('searchNoResults', query.trim())}
        </p>
      )}
    </div>
  );
}
