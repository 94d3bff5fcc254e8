/**
 * The tooltip's home: a shadow root created on first use, the only node
 * TermLens ever adds to a page. Positions the card next to the match with
 * @floating-ui/dom (flip and shift keep it in the viewport; the offset keeps
 * it off the term itself).
 */
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { h, render, type ComponentChild } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { LookupMiss } from '../../components/LookupMiss';
import { Tooltip } from '../../components/Tooltip';
import type { MatchView } from '../../glossary/describe';
import type { Translate } from '../../utils/i18n';
import type { Suggestion } from '../../utils/runtime-messages';

export const UI_HOST_NAME = 'termlens-ui';

export interface TooltipHost {
  show(view: MatchView, anchor: Range, options: { pinned: boolean }): Promise<void>;
  /** The card for a looked-up selection that is not in the glossary. */
  showMiss(query: string, suggestions: readonly Suggestion[], anchor: Range): Promise<void>;
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
  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let creating: Promise<ShadowRootContentScriptUi<HTMLElement>> | null = null;
  let stopAutoUpdate: (() => void) | null = null;
  let shown = false;
  let pinned = false;
  let theme: 'auto' | 'light' | 'dark' = 'auto';

  const ensureUi = () => {
    creating ??= createShadowRootUi(ctx, {
      name: UI_HOST_NAME,
      position: 'inline',
      // After <body>, not inside it: page rules such as `body > :last-child` never see us.
      anchor: () => document.documentElement,
      append: 'last',
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount(container) {
        const layer = document.createElement('div');
        layer.className = 'tl-layer';
        container.append(layer);
        return layer;
      },
      onRemove(layer) {
        if (layer) render(null, layer);
      },
    }).then((created) => {
      created.mount();
      ui = created;
      return created;
    });
    return creating;
  };

  const hide = () => {
    stopAutoUpdate?.();
    stopAutoUpdate = null;
    shown = false;
    pinned = false;
    const layer = ui?.mounted;
    if (layer) render(null, layer);
  };

  /** Renders a card into the layer, places it against `anchor`, and keeps it there while open. */
  const openCard = async (card: ComponentChild, anchor: Range, asPinned: boolean) => {
    const created = await ensureUi();
    const layer = created.mounted;
    if (!layer) return;
    created.shadowHost.dataset.theme = theme;
    pinned = asPinned;
    shown = true;
    render(card, layer);
    const element = layer.firstElementChild as HTMLElement | null;
    if (!element) return;
    const reference = {
      getBoundingClientRect: () => anchor.getBoundingClientRect(),
      getClientRects: () => anchor.getClientRects(),
    };
    const place = async () => {
      const { x, y } = await computePosition(reference, layer, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
      });
      Object.assign(layer.style, { transform: `translate(${Math.round(x)}px, ${Math.round(y)}px)` });
    };
    stopAutoUpdate?.();
    // Follows scroll and resize while open.
    stopAutoUpdate = autoUpdate(reference, layer, () => void place(), { animationFrame: false });
    if (pinned) element.focus({ preventScroll: true });
  };

  const showView = (view: MatchView, anchor: Range, asPinned: boolean): Promise<void> =>
    openCard(
      h(Tooltip, {
        view,
        t: deps.t(),
        id: 'termlens-tooltip',
        pinned: asPinned,
        onClose: hide,
        onPin: () => void showView(view, anchor, true),
        onOpenTerm: deps.onOpenTerm,
        onOpenReference: deps.onOpenReference,
        bilingual: deps.bilingual(),
      }),
      anchor,
      asPinned,
    );

  return {
    show: (view, anchor, options) => showView(view, anchor, options.pinned),
    showMiss: (query, suggestions, anchor) =>
      openCard(
        h(LookupMiss, { query, suggestions, t: deps.t(), onOpenTerm: deps.onOpenTerm, onClose: hide }),
        anchor,
        true,
      ),
    hide,
    isOpen: () => shown,
    isPinned: () => pinned,
    contains: (event) => (ui ? event.composedPath().includes(ui.shadowHost) : false),
    setTheme(next) {
      theme = next;
      if (ui) ui.shadowHost.dataset.theme = next;
    },
    get host() {
      return ui?.shadowHost ?? null;
    },
  };
}
