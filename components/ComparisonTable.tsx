import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { ComparisonSheet } from '../glossary/reference';
import type { Lang } from '../glossary/schema';
import type { Translate } from '../utils/i18n';
import { LangToggle } from './LangToggle';
import { LANG_TAG } from './TermView';

export interface ComparisonTableProps {
  /** The comparison in both languages; `lang`'s is shown first. */
  sheets: Record<Lang, ComparisonSheet>;
  lang: Lang;
  t: Translate;
  /**
   * "cards": one card per term, its aspects listed down (the 400 px popup);
   * "table": terms as columns, aspects as rows (the reference page, print).
   */
  layout: 'cards' | 'table';
  /** Extra buttons next to the language switch. */
  actions?: ComponentChildren;
  onOpenTerm: (termId: string) => void;
}

/**
 * A comparison of several terms along the same aspects. Every cell carries
 * `data-term` and `data-dimension`, in both layouts. Give it a `key` per
 * comparison so the language choice starts over.
 */
export function ComparisonTable({ sheets, lang, t, layout, actions, onOpenTerm }: ComparisonTableProps) {
  const [shown, setShown] = useState(lang);
  const sheet = sheets[shown];
  const tag = LANG_TAG[shown];
  const headingId = `comparison-${sheet.id}-title`;
  return (
    <section
      class={`comparison comparison-${layout}`}
      data-testid="comparison"
      data-comparison={sheet.id}
      data-lang={shown}
      aria-labelledby={headingId}
    >
      <header class="comparison-head">
        <h2 id={headingId} tabIndex={-1} lang={tag}>
          {sheet.title}
        </h2>
        <span class="term-view-actions">
          <LangToggle shown={shown} t={t} testId="comparison-lang-toggle" onToggle={setShown} />
          {actions}
        </span>
      </header>
      {sheet.summary && (
        <p class="comparison-summary" lang={tag}>
          {sheet.summary}
        </p>
      )}
      {layout === 'cards' ? (
        <ComparisonCards sheet={sheet} tag={tag} t={t} onOpenTerm={onOpenTerm} />
      ) : (
        <ComparisonGrid sheet={sheet} tag={tag} t={t} headingId={headingId} onOpenTerm={onOpenTerm} />
      )}
    </section>
  );
}

interface LayoutProps {
  sheet: ComparisonSheet;
  tag: string;
  t: Translate;
  onOpenTerm: (termId: string) => void;
}

function TermHeading({
  column,
  tag,
  t,
  onOpenTerm,
}: Omit<LayoutProps, 'sheet'> & { column: ComparisonSheet['columns'][number] }) {
  return (
    <>
      <button
        type="button"
        class="link comparison-term"
        lang={tag}
        aria-label={t('openTerm', column.name)}
        onClick={() => onOpenTerm(column.termId)}
      >
        {column.name}
      </button>
      {column.expansion && column.expansion !== column.name && (
        <span class="comparison-expansion" lang={tag}>
          {column.expansion}
        </span>
      )}
    </>
  );
}

/** One card per term: reads top to bottom at any width. */
function ComparisonCards({ sheet, tag, t, onOpenTerm }: LayoutProps) {
  return (
    <ul class="comparison-cards">
      {sheet.columns.map((column, index) => (
        <li key={column.termId} class="comparison-card" data-term={column.termId}>
          <h3>
            <TermHeading column={column} tag={tag} t={t} onOpenTerm={onOpenTerm} />
          </h3>
          <dl>
            {sheet.rows.map((row) => (
              <div key={row.dimensionId} class="comparison-pair">
                <dt lang={tag}>{row.label}</dt>
                <dd lang={tag} data-testid="comparison-cell" data-term={column.termId} data-dimension={row.dimensionId}>
                  {row.cells[index].text || '—'}
                </dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ul>
  );
}

/** The full table; scrolls sideways inside its frame when the window is narrow. */
function ComparisonGrid({ sheet, tag, t, headingId, onOpenTerm }: LayoutProps & { headingId: string }) {
  return (
    // Focusable so keyboard users can scroll it (WCAG 2.1.1; axe scrollable-region-focusable).
    <div class="comparison-scroll" tabIndex={0} role="region" aria-labelledby={headingId}>
      <table class="comparison-grid">
        <thead>
          <tr>
            <th scope="col">{t('aspect')}</th>
            {sheet.columns.map((column) => (
              <th key={column.termId} scope="col" data-term={column.termId}>
                <TermHeading column={column} tag={tag} t={t} onOpenTerm={onOpenTerm} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sheet.rows.map((row) => (
            <tr key={row.dimensionId}>
              <th scope="row" lang={tag}>
                {row.label}
              </th>
              {row.cells.map((cell) => (
                <td
                  key={cell.termId}
                  lang={tag}
                  data-testid="comparison-cell"
                  data-term={cell.termId}
                  data-dimension={row.dimensionId}
                >
                  {cell.text || '—'}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
