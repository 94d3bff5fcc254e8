import type { ComparisonSummary } from '../glossary/reference';
import type { Translate } from '../utils/i18n';

export interface ComparisonListProps {
  comparisons: readonly ComparisonSummary[];
  t: Translate;
  onSelect: (comparisonId: string) => void;
}

/** Every comparison table of the glossary, with the terms each one compares. */
export function ComparisonList({ comparisons, t, onSelect }: ComparisonListProps) {
  if (comparisons.length === 0) {
    return (
      <p class="empty" data-testid="comparisons-empty">
        {t('noComparisons')}
      </p>
    );
  }
  return (
    <ul class="term-list" data-testid="comparison-list">
      {comparisons.map((comparison) => (
        <li key={comparison.id} class="term-item" data-comparison={comparison.id}>
          <button type="button" class="term-button" onClick={() => onSelect(comparison.id)}>
            <span class="term-name">{comparison.title}</span>
          </button>
          <p class="term-expansion">{comparison.termNames.join(' · ')}</p>
          {comparison.summary && <p class="term-short">{comparison.summary}</p>}
        </li>
      ))}
    </ul>
  );
}
