import type { CategoryGroup } from '../glossary/reference';
import type { Translate } from '../utils/i18n';
import { TermList } from './TermList';

export interface CategoryBrowserProps {
  categories: readonly CategoryGroup[];
  t: Translate;
  /** Categories shown open at first (the reference page opens all; the popup none). */
  initiallyOpen?: boolean;
  /** Show short definitions in the lists. */
  withShort?: boolean;
  onSelect: (termId: string) => void;
}

/**
 * The glossary by category. Native <details> elements: keyboard and screen
 * reader support come with them, and they print open.
 */
export function CategoryBrowser({ categories, t, initiallyOpen = false, withShort, onSelect }: CategoryBrowserProps) {
  return (
    <div class="category-browser" data-testid="category-browser">
      {categories
        .filter((category) => category.terms.length > 0)
        .map((category) => (
          <details key={category.id} class="category" data-category={category.id} open={initiallyOpen}>
            <summary id={`category-${category.id}`}>
              <span class="category-name">{category.name}</span>{' '}
              <span class="category-count">{t('termCount', category.terms.length)}</span>
            </summary>
            <TermList terms={category.terms} withShort={withShort} onSelect={onSelect} />
          </details>
        ))}
    </div>
  );
}
