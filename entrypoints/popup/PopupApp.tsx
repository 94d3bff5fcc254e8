import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CategoryBrowser } from '../../components/CategoryBrowser';
import { ComparisonList } from '../../components/ComparisonList';
import { ComparisonTable } from '../../components/ComparisonTable';
import { OnThisPage } from '../../components/OnThisPage';
import { QuickSwitches } from '../../components/QuickSwitches';
import { SearchBox } from '../../components/SearchBox';
import { Tabs } from '../../components/Tabs';
import { TermView } from '../../components/TermView';
import { translator } from '../../utils/i18n';
import { browserLang, readerLang } from '../../utils/reader-lang';
import { toResultItems, useEffectiveGlossary } from '../../utils/reference-glossary';
import { referencePath, type ReferenceRoute } from '../../utils/reference-route';
import { changeSiteRules, siteRulesAllow } from '../../utils/settings';
import { applyTheme } from '../../utils/theme';
import { usePageTerms } from '../../utils/use-page-terms';
import { useSettings } from '../../utils/use-settings';

type Tab = 'page' | 'browse' | 'compare';
/** A term or comparison opened over the tabs; Back returns to what was there. */
type Detail = { kind: 'term' | 'compare'; id: string };

/** Wires the popup views to settings, the glossary and the active tab. */
export function PopupApp() {
  const { settings, update } = useSettings();
  const lang = settings ? readerLang(settings) : browserLang();
  const t = translator(lang);
  const [query, setQuery] = useState('');
  const [tab, setTab] = useState<Tab>('page');
  const [stack, setStack] = useState<Detail[]>([]);
  const detailHeading = useRef<HTMLDivElement>(null);
  // Null for the first few frames: the popup paints before the glossary data is loaded.
  const glossary = useEffectiveGlossary();
  const page = usePageTerms(glossary?.pack ?? null, lang, settings ? JSON.stringify(settings) : undefined);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    if (settings) applyTheme(document.documentElement, settings.theme);
  }, [lang, settings?.theme]);
  // Move focus to what was opened, so keyboard and screen reader users land on it.
  useEffect(() => {
    if (stack.length > 0) detailHeading.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [stack]);

  const results = useMemo(
    () => (glossary && query.trim() ? toResultItems(glossary.pack, glossary.search(query), lang, t) : []),
    [glossary, query, lang],
  );
  const loading = <p class="empty">{t('loading')}</p>;

  const open = (detail: Detail) => setStack((previous) => [...previous, detail]);
  const openInTab = (route: ReferenceRoute) =>
    void browser.tabs.create({ url: browser.runtime.getURL(referencePath(route)) });
  const detail = stack.at(-1);
  const back = () => {
    setStack(stack.slice(0, -1));
    if (stack.length === 1) document.getElementById('popup-search-input')?.focus();
  };
  const host = page.host;

  const renderDetail = (current: Detail) => {
    if (!glossary) return loading;
    if (current.kind === 'term') {
      const entries = glossary.entry(current.id);
      if (!entries) return <p class="empty">{t('notFound', current.id)}</p>;
      return (
        <TermView
          key={current.id}
          entries={entries}
          lang={lang}
          t={t}
          actions={
            <button type="button" class="chip" onClick={() => openInTab({ kind: 'term', id: current.id })}>
              {t('openFullPage')}
            </button>
          }
          onOpenTerm={(id) => open({ kind: 'term', id })}
          onOpenComparison={(id) => open({ kind: 'compare', id })}
        />
      );
    }
    const sheets = glossary.comparison(current.id);
    if (!sheets) return <p class="empty">{t('notFound', current.id)}</p>;
    return (
      <ComparisonTable
        key={current.id}
        sheets={sheets}
        lang={lang}
        t={t}
        layout="cards"
        actions={
          <button type="button" class="chip" onClick={() => openInTab({ kind: 'compare', id: current.id })}>
            {t('openFullTable')}
          </button>
        }
        onOpenTerm={(id) => open({ kind: 'term', id })}
      />
    );
  };

  return (
    <main
      class="popup"
      data-testid="popup"
      onKeyDown={(event) => {
        // Escape steps back out of a term or comparison; the search field handles its own first.
        if (event.key === 'Escape' && stack.length > 0 && !event.defaultPrevented) {
          event.preventDefault();
          back();
        }
      }}
    >
      <header class="popup-head">
        <h1>TermLens</h1>
        {settings && (
          <QuickSwitches
            enabled={settings.enabled}
            site={host ? { host, on: siteRulesAllow(settings, host) } : null}
            t={t}
            settingsHref={browser.runtime.getURL('/options.html')}
            onEnabledChange={(enabled) => update({ enabled })}
            onSiteChange={(on) => host && update(changeSiteRules(settings, host, on))}
            onOpenSettings={() => void browser.runtime.openOptionsPage()}
          />
        )}
      </header>
      <SearchBox
        id="popup-search"
        query={query}
        results={results}
        showResults={stack.length === 0}
        t={t}
        autoFocus
        onQueryChange={(next) => {
          setQuery(next);
          setStack([]);
        }}
        onSelect={(id) => open({ kind: 'term', id })}
      />
      {(stack.length > 0 || !query.trim()) && (
        <Tabs
          label={t('popupSections')}
          idPrefix="popup"
          selected={tab}
          tabs={[
            { id: 'page', label: t('tabOnThisPage') },
            { id: 'browse', label: t('tabBrowse') },
            { id: 'compare', label: t('tabCompare') },
          ]}
          onSelect={(next) => {
            setTab(next);
            setStack([]);
          }}
        >
          {detail ? (
            <div ref={detailHeading} class="detail">
              <button type="button" class="link back" data-testid="back" onClick={back}>
                ← {t('back')}
              </button>
              {renderDetail(detail)}
            </div>
          ) : tab === 'page' ? (
            <OnThisPage
              state={page.state}
              t={t}
              onReveal={page.reveal}
              onOpenTerm={(id) => open({ kind: 'term', id })}
            />
          ) : !glossary ? (
            loading
          ) : tab === 'browse' ? (
            <CategoryBrowser
              categories={glossary.categories(lang)}
              t={t}
              withShort
              onSelect={(id) => open({ kind: 'term', id })}
            />
          ) : (
            <ComparisonList
              comparisons={glossary.comparisons(lang)}
              t={t}
              onSelect={(id) => open({ kind: 'compare', id })}
            />
          )}
        </Tabs>
      )}
    </main>
  );
}
