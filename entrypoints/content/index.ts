import '../../components/tooltip.css';
import { describeMatch } from '../../glossary/describe';
import { bundledPack } from '../../glossary/data';
import { buildLexicon } from '../../glossary/lexicon';
import { readerLang, translator } from '../../utils/i18n';
import { isEnabledForHost, type Settings } from '../../utils/settings';
import { loadSettings, watchSettings } from '../../utils/settings-store';
import { watchHover } from './hover';
import { createPageSession } from './page-session';
import { createTooltipHost } from './tooltip-host';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    let settings: Settings = (await loadSettings()).settings;
    const lexicon = buildLexicon(bundledPack);
    const tooltip = createTooltipHost(ctx, {
      t: () => translator(readerLang(settings)),
      onOpenTerm: () => undefined,
    });
    const session = createPageSession(lexicon, () => tooltip.host);
    const activeHere = () => isEnabledForHost(settings, location.hostname);

    const apply = () => {
      tooltip.hide();
      tooltip.setTheme(settings.theme);
      if (activeHere()) session.scan(settings);
      else session.clear();
    };

    watchHover(ctx, {
      matchAt: (x, y) => (activeHere() ? session.matchAt(x, y) : null),
      delay: () => settings.hoverDelayMs,
      needsModifier: () => settings.trigger === 'hover-modifier',
      insideTooltip: (event) => tooltip.contains(event),
      onRest(match) {
        if (settings.trigger === 'click' || tooltip.isPinned()) return;
        const view = describeMatch(lexicon, match, readerLang(settings));
        if (view) void tooltip.show(view, match.range, { pinned: false });
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
          activeHere() && settings.trigger === 'click' ? session.matchAt(event.clientX, event.clientY) : null;
        if (match) {
          const view = describeMatch(lexicon, match, readerLang(settings));
          if (view) void tooltip.show(view, match.range, { pinned: true });
        } else if (tooltip.isOpen()) {
          // A click outside closes the tooltip, pinned or not.
          tooltip.hide();
        }
      },
      { capture: true },
    );

    const abort = new AbortController();
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
