import '../../components/tooltip.css';
import type { MatchView } from '../../glossary/describe';
import { buildLexicon, type Lexicon } from '../../glossary/lexicon';
import { createCollector } from '../../page/collect-text';
import { canPaint, createPainter, removeAllHighlights } from '../../page/highlight-painter';
import { createPageScanner, type PageScanner, type ScanSettings } from '../../page/page-scanner';
import { watchMutations } from '../../page/watch-mutations';
import { readerLang, translator } from '../../utils/i18n';
import {
  openReference,
  requestDescription,
  requestMatchData,
  requestSuggestions,
  sendPageStatus,
} from '../../utils/runtime-messages';
import { isEnabledForHost, type Settings } from '../../utils/settings';
import { loadSettings, watchSettings } from '../../utils/settings-store';
import { listenForCommands, scrollRangeIntoView } from './commands';
import { watchHover } from './hover';
import { lookUpSelection } from './lookup-selection';
import { toMatchRef, type DescribableRef } from './match-ref';
import { listenForPageMessages } from './page-messages';
import { createTermNavigator } from './term-navigator';
import { createTooltipHost } from './tooltip-host';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    let settings: Settings = (await loadSettings()).settings;
    const abort = new AbortController();
    const tooltip = createTooltipHost(ctx, {
      t: () => translator(readerLang(settings)),
      bilingual: () => settings.language === 'both',
      onOpenTerm: (termId) => void openReference(`term/${termId}`),
      onOpenReference: (target) => void openReference(target),
    });
    const painter = canPaint() ? createPainter(settings.highlightStyle) : null;
    const activeHere = () => isEnabledForHost(settings, location.hostname);
    const scanSettings = (): ScanSettings => ({
      minConfidence: settings.minConfidence,
      firstOnly: settings.occurrences === 'first',
      hiddenCategories: settings.hiddenCategories,
    });

    // The badge counts painted terms; frames report their own share.
    let statusTimer: ReturnType<typeof setTimeout> | undefined;
    const reportStatus = () => {
      clearTimeout(statusTimer);
      statusTimer = setTimeout(() => {
        const count = activeHere() ? (scanner?.matches.filter((m) => m.painted && m.sense.domain).length ?? 0) : 0;
        void sendPageStatus(count, activeHere()).catch(() => undefined);
      }, 250);
    };

    // The lexicon comes from the background on first need: pages with no text never pay for it.
    let lexicon: Promise<Lexicon> | null = null;
    let scanner: PageScanner | null = null;
    const getScanner = async () => {
      lexicon ??= requestMatchData().then((data) => {
        const started = performance.now();
        const built = buildLexicon(data);
        performance.measure('termlens:lexicon', { start: started });
        return built;
      });
      scanner ??= createPageScanner({
        lexicon: await lexicon,
        root: () => document.body,
        exclude: () => tooltip.host,
        title: () => document.title,
        painter,
        onChange: reportStatus,
      });
      return scanner;
    };

    let watching = false;
    const scanPage = async () => {
      if (!activeHere() || !document.body) return;
      if (!createCollector(document.body).next(1)) return; // nothing to read yet; mutations will tell us
      const started = performance.now();
      const active = await getScanner();
      const stats = await active.scanAll(scanSettings());
      // For the benchmark, which reads it from the page: what the scan cost, idle gaps excluded.
      if (stats) performance.measure('termlens:scan', { start: started, detail: stats });
      if (!watching && !abort.signal.aborted) {
        watching = true;
        watchMutations({
          root: document.body,
          isOwnNode: (node) => tooltip.host?.contains(node) ?? false,
          rescan: (roots) => activeHere() && active.rescan(roots, scanSettings()),
          rescanAll: () => void scanPage(),
          removed: () => active.dropDisconnected(),
          signal: abort.signal,
        });
      }
    };

    const apply = () => {
      tooltip.hide();
      tooltip.setTheme(settings.theme);
      painter?.setStyle(settings.highlightStyle);
      if (activeHere()) void scanPage();
      else {
        scanner?.clear();
        removeAllHighlights();
      }
      reportStatus();
    };

    // Tooltip text is fetched when the pointer reaches a term, so it is ready when the delay ends.
    const descriptions = new WeakMap<object, Promise<MatchView | null>>();
    const describe = (match: DescribableRef) => {
      let view = descriptions.get(match);
      if (!view) {
        view = requestDescription(toMatchRef(match), readerLang(settings)).catch(() => null);
        descriptions.set(match, view);
      }
      return view;
    };
    const showTooltip = async (match: DescribableRef, anchor: Range, pinned: boolean) => {
      const view = await describe(match);
      if (view) await tooltip.show(view, anchor, { pinned });
    };

    watchHover(ctx, {
      matchAt: (x, y) => (activeHere() ? (scanner?.matchAt(x, y) ?? null) : null),
      delay: () => settings.hoverDelayMs,
      needsModifier: () => settings.trigger === 'hover-modifier',
      insideTooltip: (event) => tooltip.contains(event),
      onEnter: (match) => void describe(match),
      onRest(match) {
        if (settings.trigger === 'click' || tooltip.isPinned()) return;
        void showTooltip(match, match.range, false);
      },
      onLeave() {
        if (!tooltip.isPinned()) tooltip.hide();
      },
    });

    ctx.addEventListener(window, 'keydown', (event: KeyboardEvent) => {
      if (event.key === 'Escape' && tooltip.isOpen()) tooltip.hide();
    });
    ctx.addEventListener(
      window,
      'pointerdown',
      (event: PointerEvent) => {
        if (tooltip.contains(event)) return;
        const match =
          activeHere() && settings.trigger === 'click'
            ? (scanner?.matchAt(event.clientX, event.clientY) ?? null)
            : null;
        if (match) void showTooltip(match, match.range, true);
        else if (tooltip.isOpen()) tooltip.hide(); // a click outside closes it, pinned or not
      },
      { capture: true },
    );

    const navigator = createTermNavigator(() => scanner?.matches ?? []);
    listenForCommands(ctx, (command) => {
      void (async () => {
        if (command === 'lookup-selection') {
          const active = await getScanner();
          const found = lookUpSelection(window.getSelection(), await lexicon!, active.matches, active.domainScore);
          if (!found) return;
          if (found.kind === 'match') await showTooltip(found.match, found.anchor, true);
          else {
            const suggestions = await requestSuggestions(found.query, readerLang(settings)).catch(() => []);
            await tooltip.showMiss(found.query, suggestions, found.anchor);
          }
          return;
        }
        if (!activeHere()) return;
        const match = navigator.step(command === 'next-term' ? 1 : -1);
        if (!match) return;
        scrollRangeIntoView(match.range);
        await showTooltip(match, match.range, true);
      })();
    });
    listenForPageMessages(
      ctx,
      {
        get matches() {
          return scanner?.matches ?? [];
        },
      },
      {
        isActive: activeHere,
        flash: (range) => painter?.flash(range),
      },
    );

    // Single-page apps: a new "page" deserves a fresh scan and a fresh page prior.
    ctx.addEventListener(window, 'wxt:locationchange', () => void scanPage());

    ctx.onInvalidated(() => {
      abort.abort();
      scanner?.clear();
      removeAllHighlights();
    });
    watchSettings((next) => {
      settings = next;
      apply();
    }, abort.signal);
    apply();
  },
});
