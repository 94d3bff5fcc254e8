import type { Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MatchView } from '../../glossary/describe';
import { createPainter } from '../../page/highlight-painter';
import type { PageMatch } from '../../page/scan-page';
import { readerLang } from '../../utils/reader-lang';
import { tooltipTranslator } from '../../utils/tooltip-strings';
import { openReference, requestDescription, requestSuggestions, sendPageStatus } from '../../utils/runtime-messages';
import { isEnabledForHost, type Settings } from '../../utils/settings';
import { loadSettings, watchSettings } from '../../utils/settings-store';
import { commandAnswer } from '../../utils/command-answer';
import { scrollRangeIntoView } from './scroll-into-view';
import { watchHover } from './hover';
import { lookUpSelection } from './lookup-selection';
import { toMatchRef, type DescribableRef } from './match-ref';
import { pageMessageAnswer } from './page-messages';
import { createPageSession } from './page-session';
import { createTermNavigator } from './term-navigator';
import { createTooltipHost } from './tooltip-host';

/**
 * The site whose rules apply here: the page the reader sees. A frame goes by its top page where the
 * browser names it (Chrome's ancestorOrigins), else by its own origin, which an about:blank or srcdoc
 * frame (a webmail's message body, often) takes from the page that made it; its host is empty.
 */
const SITE = new URL(
  [location.href, self.origin, ...((location.ancestorOrigins as DOMStringList | undefined) ?? [])]
    .filter((url) => url !== 'null')
    .at(-1)!,
).hostname;

/** Answers one runtime message as the content script's listeners would; undefined when it is not theirs. */
export type MessageAnswer = (raw: unknown, sender: Browser.runtime.MessageSender) => Promise<unknown> | undefined;

/**
 * Everything TermLens does on a page: scan and paint, hover and tooltips,
 * commands, the popup's questions. The loader (index.ts) calls this once
 * the page has text, or when a message for this page arrives first, and
 * hands every message to what this returns.
 */
export async function startTermLens(ctx: ContentScriptContext): Promise<MessageAnswer> {
  let settings: Settings = (await loadSettings()).settings;
  const abort = new AbortController();
  const tooltip = createTooltipHost(ctx, {
    t: () => tooltipTranslator(readerLang(settings)),
    bilingual: () => settings.language === 'both',
    onOpenTerm: (termId) => void openReference(`term/${termId}`),
    onOpenReference: (target) => void openReference(target),
  });
  const painter = createPainter<PageMatch>(settings.highlightStyle);
  const activeHere = () => isEnabledForHost(settings, SITE);
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
    painter.setStyle(settings.highlightStyle);
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

  let warmingUp = false;
  watchHover(ctx, {
    matchAt: (x, y) => (activeHere() ? (session.scanner()?.matchAt(x, y) ?? null) : null),
    delay: () => settings.hoverDelayMs,
    needsModifier: () => settings.trigger === 'hover-modifier',
    insideTooltip: (event) => tooltip.contains(event),
    // No hit test of its own while no tooltip is open (most scroll pauses).
    tooltipAt: (x, y) => tooltip.isOpen() && document.elementFromPoint(x, y) === tooltip.host,
    onEnter(match) {
      const view = describe(match);
      // The first term the pointer reaches readies the tooltip (TooltipHost.warmUp), in a task of its
      // own: a tooltip shown meanwhile makes it a no-op.
      if (!warmingUp) {
        warmingUp = true;
        void view.then((ready) => ready && ctx.setTimeout(() => tooltip.warmUp(ready), 0));
      }
    },
    onRest(match) {
      if (settings.trigger === 'click' || tooltip.isPinned()) return;
      void showTooltip(match, match.liveRange(), false);
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
      if (match) void showTooltip(match, match.liveRange(), true);
      else if (tooltip.isOpen()) tooltip.hide(); // a click outside closes it, pinned or not
    },
    { capture: true },
  );

  const navigator = createTermNavigator(() => session.scanner()?.matches ?? []);
  const answerCommand = commandAnswer(async (command) => {
    if (command === 'reload-glossary') {
      await session.reloadGlossary();
      return;
    }
    if (command === 'lookup-selection') {
      const scanner = session.scanner();
      const found = await lookUpSelection(
        window.getSelection(),
        await session.lexicon(),
        scanner?.matches ?? [],
        scanner?.domainScore ?? 0,
        (text) => session.cuesFor(text),
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
    const range = match.liveRange();
    scrollRangeIntoView(range);
    await showTooltip(match, range, true);
  });
  const answerPageMessage = pageMessageAnswer(
    {
      get matches() {
        return session.scanner()?.matches ?? [];
      },
    },
    {
      isActive: activeHere,
      flash: (range) => painter.flash(range),
    },
  );

  // Only terms near the viewport are painted; a printout shows the whole page.
  ctx.addEventListener(window, 'beforeprint', () => painter.paintEverywhere(true));
  ctx.addEventListener(window, 'afterprint', () => painter.paintEverywhere(false));

  // The badge adds up every frame's last report: a frame that goes (navigated away, removed, into the
  // back-forward cache) takes its terms off, and one back from that cache puts them on again (the first
  // pageshow, if this script starts before it, only reports once more).
  ctx.addEventListener(window, 'pagehide', () => sendPageStatus(0, activeHere()));
  ctx.addEventListener(window, 'pageshow', () => session.reportStatus());

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
  return (raw, sender) => answerCommand(raw, sender) ?? answerPageMessage(raw, sender);
}
