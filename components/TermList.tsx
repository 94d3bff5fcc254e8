import type { Lang, Term } from '../glossary/schema';

export interface TermListProps {
  terms: readonly Term[];
  lang: Lang;
  onSelect?: (termId: string) => void;
}

/** Terms with their short definitions, in the reader's language. */
export function TermList({ terms, lang, onSelect }: TermListProps) {
  return (
    <ul class="term-list" data-testid="term-list">
      {terms.map((term) => (
        <li key={term.id} class="term-item" data-term={term.id}>
          <button type="button" class="term-button" onClick={() => onSelect?.(term.id)}>
            <span class="term-name">{term.name[lang]}</span>
            {term.expansion && <span class="term-expansion">{term.expansion[lang]}</span>}
          </button>
          <p class="term-short">{term.short[lang]}</p>
        </li>
      ))}
    </ul>
  );
}
