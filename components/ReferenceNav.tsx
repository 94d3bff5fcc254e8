import type { CategoryGroup, ComparisonSummary } from '../glossary/reference';
import type { Translate } from '../utils/i18n';
import { formatRoute, type ReferenceRoute } from '../utils/reference-route';

export interface ReferenceNavProps {
  route: ReferenceRoute;
  comparisons: readonly ComparisonSummary[];
  categories: readonly CategoryGroup[];
  t: Translate;
}

/** The reference page's table of contents: real links, so they open in new tabs and print as text. */
export function ReferenceNav({ route, comparisons, categories, t }: ReferenceNavProps) {
  const current = (candidate: ReferenceRoute) => {
    const same = formatRoute(candidate) === formatRoute(route);
    return same ? ('page' as const) : undefined;
  };
  return (
    <>
      <a href="#" aria-current={current({ kind: 'home' })}>
        {t('overview')}
      </a>
      <h2>{t('comparisons')}</h2>
      {comparisons.length > 0 ? (
        <ul class="plain">
          {comparisons.map((comparison) => (
            <li key={comparison.id}>
              <a
                href={formatRoute({ kind: 'compare', id: comparison.id })}
                aria-current={current({ kind: 'compare', id: comparison.id })}
                data-comparison={comparison.id}
              >
                {comparison.title}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p class="dim">{t('noComparisons')}</p>
      )}
      <h2>{t('categories')}</h2>
      <ul class="plain">
        {categories.map((group) => (
          <li key={group.id}>
            <a
              href={formatRoute({ kind: 'category', id: group.id })}
              aria-current={current({ kind: 'category', id: group.id })}
            >
              {group.name} <span class="dim">({group.terms.length})</span>
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
