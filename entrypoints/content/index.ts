import '../../components/tooltip.css';
import type { MatchView } from '../../glossary/describe';
import { buildLexicon, type Lexicon } from '../../glossary/lexicon';
import { createCollector } from '../../page/collect-text';
import { canPaint, createPainter, removeAllHighlights } from '../../page/highlight-painter';
import { createPageScanner, type PageScanner, type ScanSettings } from '../../page/page-scanner';
import type { PageMatch } from '../../page/scan-page';
import { watchMutations } from '../../page/watch-mutations';
import { readerLang, translator } from '../../utils/i18n';
import { requestDescription, requestMatchData } from '../../utils/runtime-messages';
import { isEnabledForHost, type Settings } from '../../utils/settings';
import { loadSettings, watchSettings } from '../../utils/settings-store';
import { watchHover } from './hover';
import { toMatchRef } from './match-ref';
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
      onOpenTerm: () => undefined,
    });
    const painter = canPaint() ? createPainter(settings.highlightStyle) : null;
    const activeHere = () => isEnabledForHost(settings, location.hostname);
    const scanSettings = (): ScanSettings => ({
      minConfidence: settings.minConfidence,
      firstOnly: settings.occurrences === 'first',
      hiddenCategories: settings.hiddenCategories,
    });

    // The lexicon comes from the background on first need: pages with no text never pay for it.
    let lexicon: Promise<Lexicon> | null = null;
    let scanner: PageScanner | null = null;
    const getScanner = async () => {
      lexicon ??= requestMatchData().then(buildLexicon);
      scanner ??= createPageScanner({
        lexicon: await lexicon,
        root: () => document.body,
        exclude: () => tooltip.host,
        title: () => document.title,
        painter,
      });
      return scanner;
    };

    let watching = false;
    const scanPage = async () => {
      if (!activeHere() || !document.body) return;
      if (!createCollector(document.body).next(1)) return; // nothing to read yet; mutations will tell us
      const active = await getScanner();
      await active.scanAll(scanSettings());
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
    };

    // Tooltip text is fetched when the pointer reaches a term, so it is ready when the delay ends.
    const descriptions = new WeakMap<PageMatch, Promise<MatchView | null>>();
    const describe = (match: PageMatch) => {
      let view = descriptions.get(match);
      if (!view) {
        view = requestDescription(toMatchRef(match), readerLang(settings)).catch(() => null);
        descriptions.set(match, view);
      }
      return view;
    };
    const showTooltip = async (match: PageMatch, pinned: boolean) => {
      const view = await describe(match);
      if (view) await tooltip.show(view, match.range, { pinned });
    };

    watchHover(ctx, {
      matchAt: (x, y) => (activeHere() ? (scanner?.matchAt(x, y) ?? null) : null),
      delay: () => settings.hoverDelayMs,
      needsModifier: () => settings.trigger === 'hover-modifier',
      insideTooltip: (event) => tooltip.contains(event),
      onEnter: (match) => void describe(match),
      onRest(match) {
        if (settings.trigger === 'click' || tooltip.isPinned()) return;
        void showTooltip(match, false);
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
        if (match) void showTooltip(match, true);
        else if (tooltip.isOpen()) tooltip.hide(); // a click outside closes it, pinned or not
      },
      { capture: true },
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
