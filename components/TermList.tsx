import type { TermSummary } from '../glossary/reference';

export interface TermListProps {
  terms: readonly TermSummary[];
  /** Show each term's short definition under its name. */
  withShort?: boolean;
  onSelect: (termId: string) => void;
}

/** Terms as buttons: name, full name, and optionally the short definition. */
export function TermList({ terms, withShort = true, onSelect }: TermListProps) {
  return (
    <ul class="term-list" data-testid="term-list">
      {terms.map((term) => (
        <li key={term.termId} class="term-item" data-term={term.termId}>
          <button type="button" class="term-button" onClick={() => onSelect(term.termId)}>
            <span class="term-name">{term.name}</span>
            {term.expansion && term.expansion !== term.name && <span class="term-expansion">{term.expansion}</span>}
          </button>
          {withShort && <p class="term-short">{term.short}</p>}
        </li>
      ))}
    </ul>
  );
}
