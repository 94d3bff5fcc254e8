import type { MatchView } from '../../glossary/describe';
import { canPaint, createPainter } from '../../page/highlight-painter';
import { readerLang } from '../../utils/reader-lang';
import { tooltipTranslator } from '../../utils/tooltip-strings';
import { openReference, requestDescription, requestSuggestions } from '../../utils/runtime-messages';
import { isEnabledForHost, type Settings } from '../../utils/settings';
import { loadSettings, watchSettings } from '../../utils/settings-store';
import { listenForCommands, scrollRangeIntoView } from './commands';
import { watchHover } from './hover';
import { lookUpSelection } from './lookup-selection';
import { toMatchRef, type DescribableRef } from './match-ref';
import { listenForPageMessages } from './page-messages';
import { createPageSession } from './page-session';
import { createTermNavigator } from './term-navigator';
import { createTooltipHost } from './tooltip-host';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // WXT otherwise announces each start to the page with window.postMessage: every page script with a
  // "message" listener sees our extension id (and some choke on foreign messages), and the call cost
  // ~9 ms per page (the browser records where it came from). The same-world custom event WXT also
  // sends is enough to stop an older copy of this script after an update.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    let settings: Settings = (await loadSettings()).settings;
    const abort = new AbortController();
    const tooltip = createTooltipHost(ctx, {
      t: () => tooltipTranslator(readerLang(settings)),
      bilingual: () => settings.language === 'both',
      onOpenTerm: (termId) => void openReference(`term/${termId}`),
      onOpenReference: (target) => void openReference(target),
    });
    const painter = canPaint() ? createPainter(settings.highlightStyle) : null;
    const activeHere = () => isEnabledForHost(settings, location.hostname);
    const session = createPageSession({
      settings: () => settings,
      activeHere,
      painter,
      ownHost: () => tooltip.host,
      signal: abort.signal,
    });

    const apply = () => {
      tooltip.hide();
      tooltip.setTheme(settings.theme);
      painter?.setStyle(settings.highlightStyle);
      session.settingsChanged();
      session.reportStatus();
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
      if (view) tooltip.show(view, anchor, { pinned });
    };

    watchHover(ctx, {
      matchAt: (x, y) => (activeHere() ? (session.scanner()?.matchAt(x, y) ?? null) : null),
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
            ? (session.scanner()?.matchAt(event.clientX, event.clientY) ?? null)
            : null;
        if (match) void showTooltip(match, match.range, true);
        else if (tooltip.isOpen()) tooltip.hide(); // a click outside closes it, pinned or not
      },
      { capture: true },
    );

    const navigator = createTermNavigator(() => session.scanner()?.matches ?? []);
    listenForCommands(ctx, (command) => {
      void (async () => {
        if (command === 'reload-glossary') {
          await session.reloadGlossary();
          return;
        }
        if (command === 'lookup-selection') {
          const scanner = session.scanner();
          const found = lookUpSelection(
            window.getSelection(),
            await session.lexicon(),
            scanner?.matches ?? [],
            scanner?.domainScore ?? 0,
          );
          if (!found) return;
          if (found.kind === 'match') await showTooltip(found.match, found.anchor, true);
          else {
            const suggestions = await requestSuggestions(found.query, readerLang(settings)).catch(() => []);
            tooltip.showMiss(found.query, suggestions, found.anchor);
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
          return session.scanner()?.matches ?? [];
        },
      },
      {
        isActive: activeHere,
        flash: (range) => painter?.flash(range),
      },
    );

    // Only terms near the viewport are painted; a printout shows the whole page.
    ctx.addEventListener(window, 'beforeprint', () => painter?.paintEverywhere(true));
    ctx.addEventListener(window, 'afterprint', () => painter?.paintEverywhere(false));

    // Single-page apps: a new "page" deserves a fresh scan and a fresh page prior.
    ctx.addEventListener(window, 'wxt:locationchange', () => void session.scanPage());

    ctx.onInvalidated(() => {
      abort.abort();
      session.clear();
    });
    watchSettings((next) => {
      settings = next;
      apply();
    }, abort.signal);
    apply();
  },
});
