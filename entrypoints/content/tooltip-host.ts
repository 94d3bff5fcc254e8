/**
 * The tooltip's home: a shadow root created on first use, the only node
 * TermLens ever adds to a page. Places the card next to the match and keeps
 * it there while the page scrolls.
 */
import { h, render, type ComponentChild } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { LookupMiss } from '../../components/LookupMiss';
import { Tooltip } from '../../components/Tooltip';
import type { MatchView } from '../../glossary/describe';
import type { Translate } from '../../utils/i18n';
import type { Suggestion } from '../../utils/runtime-messages';
import { placeCard } from '../../page/place-card';
import { createUiHost, type UiHost } from './ui-host';

export interface TooltipHost {
  show(view: MatchView, anchor: Range, options: { pinned: boolean }): void;
  /**
   * Renders this card once where nothing paints it and takes it away in
   * the same task, unless a card was shown already: the first tooltip of a
   * page then finds the host made, its stylesheet parsed and the card's
   * code run once, instead of paying for them after the hover delay.
   */
  warmUp(view: MatchView): void;
  /** The card for a looked-up selection that is not in the glossary. */
  showMiss(query: string, suggestions: readonly Suggestion[], anchor: Range): void;
  hide(): void;
  isOpen(): boolean;
  isPinned(): boolean;
  /** Whether an event happened inside the tooltip. */
  contains(event: Event): boolean;
  setTheme(theme: 'auto' | 'light' | 'dark'): void;
  readonly host: HTMLElement | null;
}

export function createTooltipHost(
  ctx: ContentScriptContext,
  deps: {
    t: () => Translate;
    bilingual: () => boolean;
    onOpenTerm: (termId: string) => void;
    onOpenReference: (target: string) => void;
  },
): TooltipHost {
  let ui: UiHost | null = null;
  let stopFollowing: (() => void) | null = null;
  let shown = false;
  let pinned = false;
  let theme: 'auto' | 'light' | 'dark' = 'auto';

  const ensureUi = (): UiHost => {
    if (ui) return ui;
    const created = createUiHost();
    ctx.onInvalidated(() => {
      hide();
      created.remove();
    });
    return (ui = created);
  };

  const hide = () => {
    stopFollowing?.();
    stopFollowing = null;
    shown = false;
    pinned = false;
    if (ui) render(null, ui.layer);
  };

  /** Renders a card into the layer, places it against `anchor`, and keeps it there while open. */
  const openCard = (card: ComponentChild, anchor: Range, asPinned: boolean) => {
    const { host, layer } = ensureUi();
    host.dataset.theme = theme;
    pinned = asPinned;
    shown = true;
    render(card, layer);
    const element = layer.firstElementChild as HTMLElement | null;
    if (!element) return;
    const place = () => {
      const { x, y } = placeCard(anchor.getBoundingClientRect(), layer.getBoundingClientRect(), {
        width: document.documentElement.clientWidth,
        height: document.documentElement.clientHeight,
      });
      layer.style.transform = `translate(${x}px, ${y}px)`;
    };
    stopFollowing?.();
    place();
    stopFollowing = followScrollAndResize(place);
    if (pinned) element.focus({ preventScroll: true });
  };

  const tooltipCard = (view: MatchView, asPinned: boolean, onPin: () => void) =>
    h(Tooltip, {
      view,
      t: deps.t(),
      id: 'termlens-tooltip',
      pinned: asPinned,
      onClose: hide,
      onPin,
      onOpenTerm: deps.onOpenTerm,
      onOpenReference: deps.onOpenReference,
      bilingual: deps.bilingual(),
    });

  const showView = (view: MatchView, anchor: Range, asPinned: boolean): void =>
    openCard(
      tooltipCard(view, asPinned, () => showView(view, anchor, true)),
      anchor,
      asPinned,
    );

  return {
    show: (view, anchor, options) => showView(view, anchor, options.pinned),
    warmUp(view) {
      // The host is made with the first card rendered here, shown or not: then there is nothing to ready.
      if (ui) return;
      const { host, layer } = ensureUi();
      host.dataset.theme = theme;
      // Rendered, laid out and removed before the browser can paint: the page never shows it.
      render(
        tooltipCard(view, false, () => undefined),
        layer,
      );
      layer.getBoundingClientRect();
      render(null, layer);
    },
    showMiss: (query, suggestions, anchor) =>
      openCard(
        h(LookupMiss, { query, suggestions, t: deps.t(), onOpenTerm: deps.onOpenTerm, onClose: hide }),
        anchor,
        true,
      ),
    hide,
    isOpen: () => shown,
    isPinned: () => pinned,
    contains: (event) => (ui ? event.composedPath().includes(ui.host) : false),
    setTheme(next) {
      theme = next;
      if (ui) ui.host.dataset.theme = next;
    },
    get host() {
      return ui?.host ?? null;
    },
  };
}

/**
 * Calls `place` while any scroller of the page scrolls or the window
 * resizes (browsers send both at most once per frame). A card that lives
 * for a hover needs no watch on element resizes or layout shifts.
 */
function followScrollAndResize(place: () => void): () => void {
  // Capture: scroll events do not bubble, and the page may scroll any element.
  const options = { capture: true, passive: true };
  const types = ['scroll', 'resize'];
  for (const type of types) window.addEventListener(type, place, options);
  return () => {
    for (const type of types) window.removeEventListener(type, place, options);
  };
}
