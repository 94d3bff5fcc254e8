/**
 * The one element TermLens adds to a page: a host after <body> with a shadow
 * root that holds the tooltip's styles and a layer to render into.
 *
 * Why not WXT's createShadowRootUi: it fetches the stylesheet from a
 * web-accessible file on first use (a round trip before the first tooltip,
 * and a file every page could probe for) and brings ~10 KB of helpers into a
 * script that runs on every page. The stylesheet is bundled as text instead.
 */
import tooltipCss from '../../components/tooltip.css?inline';

export const UI_HOST_NAME = 'termlens-ui';

/** Keys typed in the tooltip stay ours: the page's shortcuts never see them. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

export interface UiHost {
  host: HTMLElement;
  /** Where cards are rendered. */
  layer: HTMLDivElement;
  remove(): void;
}

export function createUiHost(): UiHost {
  const host = document.createElement(UI_HOST_NAME);
  // Open, so that assistive technology and tests can read the card; nothing in it is secret.
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  // `all: initial` keeps the page's inherited styles (font, colour, line height) out of the card.
  style.textContent = `:host{all:initial!important}${tooltipCss}`;
  const layer = document.createElement('div');
  layer.className = 'tl-layer';
  shadow.append(style, layer);
  for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, (event) => event.stopPropagation());
  // After <body>, not inside it: page rules such as `body > :last-child` never see us.
  document.documentElement.append(host);
  return { host, layer, remove: () => host.remove() };
}
