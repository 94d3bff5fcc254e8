/**
 * The extension pages' colour theme: the system's unless the settings pick
 * one. page.css reads `data-theme` on the root element.
 */
import type { Settings } from './settings';

export function applyTheme(root: HTMLElement, theme: Settings['theme']): void {
  if (theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme;
}
