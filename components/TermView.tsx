import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { TermEntry } from '../glossary/reference';
import type { Lang } from '../glossary/schema';
import type { Translate } from '../utils/i18n';
import { LangToggle } from './LangToggle';

export interface TermViewProps {
  /** The entry in both languages; `lang`'s is shown first, the other one click away. */
  entries: Record<Lang, TermEntry>;
  /** The reader's language. */
  lang: Lang;
  t: Translate;
  /** Extra buttons next to the language switch (open on the full page, print). */
  actions?: ComponentChildren;
  onOpenTerm: (termId: string) => void;
  onOpenComparison: (comparisonId: string) => void;
}

export const LANG_TAG: Record<Lang, string> = { en: 'en', zh: 'zh-CN' };

/**
 * A term's full entry: names in both languages, the short and full
 * definitions, how it differs from the terms it is confused with, the
 * comparison tables it is in, related terms, its other meanings and where it
 * is defined. Give it a `key` per term so the language choice starts over.
 */
export function TermView({ entries, lang, t, actions, onOpenTerm, onOpenComparison }: TermViewProps) {
  const [shown, setShown] = useState(lang);
  const { term, categoryName, otherMeanings } = entries[shown];
  const { comparisons } = term;
  const tag = LANG_TAG[shown];
  return (
    <article class="term-view" data-testid="term-view" data-term={term.termId} data-lang={shown}>
      <header class="term-view-head">
        <h2 class="term-view-name" tabIndex={-1} lang={tag}>
          {term.name}
        </h2>
        {term.expansion && term.expansion !== term.name && (
          <p class="term-view-expansion" lang={tag}>
            {term.expansion}
          </p>
        )}
        {term.otherLanguageName && (
          <p class="term-view-other-name" lang={LANG_TAG[shown === 'en' ? 'zh' : 'en']}>
            {term.otherLanguageName}
          </p>
        )}
        <div class="term-view-meta">
          <span class="tag" lang={tag}>
            {categoryName}
          </span>
          <span class="term-view-actions">
            <LangToggle shown={shown} t={t} testId="term-lang-toggle" onToggle={setShown} />
            {actions}
          </span>
        </div>
      </header>

      <p class="term-view-short" data-testid="term-short" lang={tag}>
        {term.short}
      </p>

      <section class="term-section">
        <h3>{t('inDepth')}</h3>
        <p data-testid="term-details" lang={tag}>
          {term.details}
        </p>
      </section>

      {term.differences.length > 0 && (
        <section class="term-section" data-testid="term-differences">
          <h3>{t('keyDifferences')}</h3>
          <ul class="differences">
            {term.differences.map((difference) => (
              <li key={difference.termId} data-term={difference.termId}>
                <button type="button" class="link" onClick={() => onOpenTerm(difference.termId)}>
                  {t('versus', difference.name)}
                </button>{' '}
                <span lang={tag}>{difference.text}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {comparisons.length > 0 && (
        <section class="term-section">
          <h3>{t('comparisons')}</h3>
          <ul class="plain">
            {comparisons.map((comparison) => (
              <li key={comparison.id}>
                <button
                  type="button"
                  class="link"
                  data-comparison={comparison.id}
                  lang={tag}
                  onClick={() => onOpenComparison(comparison.id)}
                >
                  {comparison.title}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {term.related.length > 0 && (
        <section class="term-section">
          <h3>{t('related')}</h3>
          <ul class="chips" data-testid="term-related">
            {term.related.map((related) => (
              <li key={related.termId}>
                <button
                  type="button"
                  class="chip"
                  data-term={related.termId}
                  lang={tag}
                  onClick={() => onOpenTerm(related.termId)}
                >
                  {related.name}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {otherMeanings.length > 0 && (
        <section class="term-section" data-testid="term-other-meanings">
          <h3>{t('otherMeanings')}</h3>
          <ul class="plain">
            {otherMeanings.map((meaning) => (
              <li key={meaning.id} lang={tag}>
                <strong>{meaning.expansion}</strong> <span class="dim">({meaning.expansionOther})</span>:{' '}
                {meaning.short}
              </li>
            ))}
          </ul>
        </section>
      )}

      {term.references.length > 0 && (
        <section class="term-section">
          <h3>{t('references')}</h3>
          <ul class="plain references">
            {term.references.map((reference) => (
              <li key={reference}>{reference}</li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
