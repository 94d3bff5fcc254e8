import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CategoryBrowser } from '../../components/CategoryBrowser';
import { ComparisonTable } from '../../components/ComparisonTable';
import { ReferenceNav } from '../../components/ReferenceNav';
import { SearchBox } from '../../components/SearchBox';
import { TermView } from '../../components/TermView';
import { bundledPack } from '../../glossary/data';
import { translator, type Translate } from '../../utils/i18n';
import { browserLang, readerLang } from '../../utils/reader-lang';
import { createReferenceGlossary, toResultItems } from '../../utils/reference-glossary';
import { formatRoute, parseRoute, type ReferenceRoute } from '../../utils/reference-route';
import { applyTheme } from '../../utils/theme';
import { useSettings } from '../../utils/use-settings';

const glossary = createReferenceGlossary(bundledPack);

function useRoute(): ReferenceRoute {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onHashChange = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onHashChange);
    return () => removeEventListener('hashchange', onHashChange);
  }, []);
  return route;
}

const go = (route: ReferenceRoute) => {
  location.hash = formatRoute(route);
};

/** The full-page reference: the popup's views at full width, with deep links (#term/cmo, #compare/…). */
export function GlossaryApp() {
  const { settings } = useSettings();
  const lang = settings ? readerLang(settings) : browserLang();
  const t = translator(lang);
  const route = useRoute();
  const [query, setQuery] = useState('');
  const main = useRef<HTMLElement>(null);
  const firstRoute = useRef(true);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    if (settings) applyTheme(document.documentElement, settings.theme);
  }, [lang, settings?.theme]);

  useEffect(() => {
    document.title = `${titleOf(route, lang, t)} · TermLens`;
    // After a link inside the page, move focus to the new content; on load, leave it at the top.
    if (!firstRoute.current) main.current?.querySelector<HTMLElement>('h2')?.focus();
    firstRoute.current = false;
    scrollTo(0, 0);
  }, [route, lang]);

  const results = useMemo(
    () => (query.trim() ? toResultItems(bundledPack, glossary.search(query), lang, t) : []),
    [query, lang],
  );
  const openTerm = (id: string) => go({ kind: 'term', id });
  const printButton = (
    <button type="button" class="chip no-print" onClick={() => print()}>
      {t('print')}
    </button>
  );

  const content = () => {
    if (route.kind === 'term') {
      const entries = glossary.entry(route.id);
      if (entries) {
        return (
          <TermView
            key={route.id}
            entries={entries}
            lang={lang}
            t={t}
            actions={printButton}
            onOpenTerm={openTerm}
            onOpenComparison={(id) => go({ kind: 'compare', id })}
          />
        );
      }
    } else if (route.kind === 'compare') {
      const sheets = glossary.comparison(route.id);
      if (sheets) {
        return (
          <ComparisonTable
            key={route.id}
            sheets={sheets}
            lang={lang}
            t={t}
            layout="table"
            actions={printButton}
            onOpenTerm={openTerm}
          />
        );
      }
    } else {
      const groups = glossary.categories(lang).filter((group) => route.kind === 'home' || group.id === route.id);
      if (groups.length > 0) {
        return (
          <section aria-labelledby="overview-title">
            <div class="section-head">
              <h2 id="overview-title" tabIndex={-1}>
                {route.kind === 'home' ? t('overview') : groups[0].name}
              </h2>
              {printButton}
            </div>
            <CategoryBrowser categories={groups} t={t} initiallyOpen withShort onSelect={openTerm} />
          </section>
        );
      }
    }
    return (
      <h2 class="empty" tabIndex={-1} data-testid="not-found">
        {t('notFound', 'id' in route ? route.id : '')}
      </h2>
    );
  };

  return (
    <div class="reference">
      <a class="skip-link" href="#main" onClick={skipToMain}>
        {t('skipToContent')}
      </a>
      <header class="reference-head">
        <h1>
          <a href="#" class="home-link">
            {t('referenceTitle')}
          </a>
        </h1>
        <SearchBox
          id="reference-search"
          query={query}
          results={results}
          t={t}
          collapseOnBlur
          onQueryChange={setQuery}
          onSelect={(id) => {
            setQuery('');
            openTerm(id);
          }}
        />
        <a class="settings-link no-print" href={browser.runtime.getURL('/options.html')}>
          {t('settings')}
        </a>
      </header>
      <div class="reference-body">
        <nav class="reference-nav no-print" aria-label={t('referenceNav')}>
          <ReferenceNav
            route={route}
            comparisons={glossary.comparisons(lang)}
            categories={glossary.categories(lang)}
            t={t}
          />
        </nav>
        <main id="main" ref={main} class="reference-main" tabIndex={-1} data-testid="reference-main">
          {content()}
        </main>
      </div>
    </div>
  );
}

/** Skip links must move focus too, not just scroll: the target is a hash link like every route here. */
function skipToMain(event: MouseEvent) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

function titleOf(route: ReferenceRoute, lang: 'en' | 'zh', t: Translate): string {
  if (route.kind === 'term') return bundledPack.terms.find((term) => term.id === route.id)?.name[lang] ?? route.id;
  if (route.kind === 'compare') {
    return bundledPack.comparisons.find((comparison) => comparison.id === route.id)?.title[lang] ?? route.id;
  }
  if (route.kind === 'category') {
    return bundledPack.categories.find((category) => category.id === route.id)?.name[lang] ?? route.id;
  }
  return t('referenceTitle');
}
